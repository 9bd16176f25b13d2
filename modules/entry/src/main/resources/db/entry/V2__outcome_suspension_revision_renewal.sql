-- Issue 10: a refusal of entry (or a handover of a child to detention) that the facts came to forbid is
-- suspended until a supervisor revises it with written reasons; a carried-out outcome is recorded; a child
-- is detained only with the reasons the profile asks for; a renewed protection request keeps the first time.

ALTER TABLE encounter ADD COLUMN detention_reasons VARCHAR(2000);
ALTER TABLE encounter ADD COLUMN outcome_suspended_at TIMESTAMP;
ALTER TABLE encounter ADD COLUMN outcome_suspension_rule VARCHAR(100);
ALTER TABLE encounter ADD COLUMN outcome_suspension_basis VARCHAR(1000);
ALTER TABLE encounter ADD COLUMN outcome_suspension_detail VARCHAR(1000);
ALTER TABLE encounter ADD COLUMN outcome_executed_at TIMESTAMP;
ALTER TABLE encounter ADD COLUMN outcome_executed_by VARCHAR(100);
ALTER TABLE encounter ADD COLUMN outcome_revised_from VARCHAR(50);
ALTER TABLE encounter ADD COLUMN outcome_revision_reasons VARCHAR(2000);
ALTER TABLE encounter ADD COLUMN protection_renewed_at TIMESTAMP;
ALTER TABLE encounter ADD COLUMN protection_renewal_words VARCHAR(2000);
ALTER TABLE encounter ADD COLUMN protection_renewals INTEGER DEFAULT 0 NOT NULL;
