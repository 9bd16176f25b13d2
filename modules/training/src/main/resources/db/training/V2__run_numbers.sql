-- Run numbers are taken from one counter row, each in its own short transaction: two runs opened at once (the demo run
-- at start and a trainer's first run) never take the same number. A number of a run that failed to open is not given
-- again; a gap in the numbering is harmless.

CREATE TABLE training_run_counter (
    id           INTEGER      NOT NULL PRIMARY KEY,
    last_number  BIGINT       NOT NULL
);

INSERT INTO training_run_counter (id, last_number)
    SELECT 1, COALESCE(MAX(run_number), 0) FROM training_run;
