-- Re-measuring a room (issue 11, places): who took the measurements now on record, and when.
-- Existing rows keep their registration as their measurement (read through when null).

ALTER TABLE room ADD COLUMN measured_at TIMESTAMP;
ALTER TABLE room ADD COLUMN measured_by VARCHAR(100);
