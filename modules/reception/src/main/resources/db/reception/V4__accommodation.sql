-- Accommodation (issue 4, capability 4): facilities, their places by type, and allocations.
-- Occupancy is not stored: it is the count of allocations without an end.

CREATE TABLE facility (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    location      VARCHAR(200),
    registered_at TIMESTAMP    NOT NULL,
    registered_by VARCHAR(100) NOT NULL
);

CREATE TABLE facility_place (
    facility_id VARCHAR(36) NOT NULL,
    place_type  VARCHAR(20) NOT NULL,
    places      INTEGER     NOT NULL,
    PRIMARY KEY (facility_id, place_type)
);

-- One stay of one arrival; a transfer ends the row and adds another, so the rows are the history.
CREATE TABLE allocation (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    arrival_id         VARCHAR(36)   NOT NULL,
    facility_id        VARCHAR(36)   NOT NULL,
    place_type         VARCHAR(20)   NOT NULL,
    household_id       VARCHAR(100),
    reason             VARCHAR(1000),
    emergency_override BOOLEAN       NOT NULL,
    override_reason    VARCHAR(1000),
    allocated_at       TIMESTAMP     NOT NULL,
    allocated_by       VARCHAR(100)  NOT NULL,
    ended_at           TIMESTAMP,
    ended_by           VARCHAR(100),
    end_reason         VARCHAR(1000)
);

CREATE INDEX allocation_arrival ON allocation (arrival_id);
CREATE INDEX allocation_facility ON allocation (facility_id, place_type);
CREATE INDEX allocation_household ON allocation (household_id);
