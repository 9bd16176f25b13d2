-- Household temporary documents (issue 4, capability 3: "per household where the profile says so").
-- A household document is held by the focal point (arrival_id) and covers every member listed here,
-- the holder included; a personal document has household_id NULL and no member rows.

ALTER TABLE temporary_document ADD COLUMN household_id VARCHAR(36);

CREATE TABLE temporary_document_member (
    document_id VARCHAR(36) NOT NULL,
    arrival_id  VARCHAR(36) NOT NULL,
    PRIMARY KEY (document_id, arrival_id),
    CONSTRAINT temporary_document_member_document FOREIGN KEY (document_id) REFERENCES temporary_document (id),
    CONSTRAINT temporary_document_member_arrival FOREIGN KEY (arrival_id) REFERENCES arrival (id)
);
CREATE INDEX temporary_document_member_by_arrival ON temporary_document_member (arrival_id);
