-- Feed consumers: how far this module has applied each upstream feed it follows. A row is updated
-- in the same transaction as the effect of the event it names, so after a crash or restart the
-- follower resumes exactly after the last event whose effect was committed.
CREATE TABLE feed_cursor (
    consumer      VARCHAR(100) NOT NULL PRIMARY KEY,
    last_sequence BIGINT       NOT NULL,
    -- CloudEvents ids are free strings when a state's own system feeds a module, not only UUIDs
    last_event_id VARCHAR(200),
    updated_at    TIMESTAMP    NOT NULL
);
