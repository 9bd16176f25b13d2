-- A renewed request for protection after a withdrawn claim (asylum.renewed-request): the claim reopened, or a
-- subsequent application linked to the earlier one. closed_at: when the claim was withdrawn or became final, so
-- that a referral decided after it is told from one that came before. An arrival may now have one application
-- per renewal: (source_arrival_id, renewal) stays unique, so a redelivered referral still opens nothing twice.
ALTER TABLE asylum_application ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE asylum_application ADD COLUMN reopened_at TIMESTAMP;
ALTER TABLE asylum_application ADD COLUMN earlier_application_id VARCHAR(36);
ALTER TABLE asylum_application ADD COLUMN renewal INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE asylum_application DROP CONSTRAINT application_source_arrival;
ALTER TABLE asylum_application ADD CONSTRAINT application_source_arrival UNIQUE (source_arrival_id, renewal);
CREATE INDEX asylum_application_earlier ON asylum_application (earlier_application_id);
