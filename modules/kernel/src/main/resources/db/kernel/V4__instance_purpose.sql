-- What this database was made for. One row, written once: by a module started as part of a training
-- instance on a database that held nothing yet. A training instance refuses a database without it that
-- holds records, so that exercises, trainee accounts and scoring never run over real people's data.
CREATE TABLE instance_purpose (
    purpose   VARCHAR(20) NOT NULL PRIMARY KEY,
    marked_at TIMESTAMP   NOT NULL
);
