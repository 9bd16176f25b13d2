-- Issue 10 (2.3): facts the border knows, kept in reception. Plain types, for Derby and PostgreSQL alike.

-- An estimated date of birth stays an estimate (the benefit of the doubt is given on it).
ALTER TABLE arrival ADD COLUMN date_of_birth_estimated BOOLEAN DEFAULT FALSE NOT NULL;

-- Every group registered at the border (boats, families, travel groups): the people who arrived together
-- are an arrival's companions; only families become households (entry_group_member, V2).
CREATE TABLE border_group (
    group_id        VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind            VARCHAR(20)  NOT NULL,
    label           VARCHAR(200),
    parent_group_id VARCHAR(36),
    received_at     TIMESTAMP    NOT NULL
);

CREATE TABLE border_group_member (
    group_id     VARCHAR(36) NOT NULL,
    encounter_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (group_id, encounter_id),
    CONSTRAINT border_group_member_group FOREIGN KEY (group_id) REFERENCES border_group (group_id)
);

CREATE INDEX border_group_member_by_encounter ON border_group_member (encounter_id);
CREATE INDEX border_group_by_parent ON border_group (parent_group_id);
