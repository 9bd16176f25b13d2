-- Places of detention (issue 11, capability 1): facilities, rooms as measured, placements.
-- Capacity is not stored: it is derived from the room's measurements and the profile's living-space
-- minimums. Occupancy is not stored: it is the count of placements without an end.

CREATE TABLE facility (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    location      VARCHAR(500) NOT NULL,
    operator      VARCHAR(200),
    registered_at TIMESTAMP    NOT NULL,
    registered_by VARCHAR(100) NOT NULL
);

CREATE TABLE room (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    facility_id    VARCHAR(36)   NOT NULL,
    label          VARCHAR(100)  NOT NULL,
    room_use       VARCHAR(10)   NOT NULL,
    living_space   DECIMAL(7, 2) NOT NULL,
    wall_distance  DECIMAL(5, 2) NOT NULL,
    ceiling_height DECIMAL(5, 2) NOT NULL,
    registered_at  TIMESTAMP     NOT NULL,
    registered_by  VARCHAR(100)  NOT NULL
);

CREATE INDEX room_facility ON room (facility_id);

-- One stay of one person in one room; a move ends the row and adds another.
CREATE TABLE placement (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    person_id     VARCHAR(36)  NOT NULL,
    facility_id   VARCHAR(36)  NOT NULL,
    room_id       VARCHAR(36)  NOT NULL,
    over_capacity BOOLEAN      NOT NULL,
    placed_at     TIMESTAMP    NOT NULL,
    placed_by     VARCHAR(100) NOT NULL,
    ended_at      TIMESTAMP,
    ended_by      VARCHAR(100)
);

CREATE INDEX placement_person ON placement (person_id, ended_at);
CREATE INDEX placement_room ON placement (room_id, ended_at);
CREATE INDEX placement_facility ON placement (facility_id, ended_at);
