-- Issue 10 (2.4): one specific-needs code set for the suite (kernel asylon/codes/specific-needs.tsv). The
-- assessed needs recorded under reception's former names take their code. An arrival's needs recorded under
-- former names (arrival.specific_needs) are read as their code (Arrival.specificNeeds) and rewritten with the
-- next need noted. Plain UPDATEs, for Derby and PostgreSQL alike.
UPDATE vulnerability_need SET category = 'SC' WHERE category = 'UNACCOMPANIED_OR_SEPARATED_CHILD';
UPDATE vulnerability_need SET category = 'CR' WHERE category = 'CHILD_AT_RISK';
UPDATE vulnerability_need SET category = 'WR' WHERE category = 'WOMAN_AT_RISK';
UPDATE vulnerability_need SET category = 'WR-PL' WHERE category = 'PREGNANT_OR_LACTATING';
UPDATE vulnerability_need SET category = 'ER' WHERE category = 'OLDER_PERSON_AT_RISK';
UPDATE vulnerability_need SET category = 'DS' WHERE category = 'DISABILITY';
UPDATE vulnerability_need SET category = 'SM' WHERE category = 'SERIOUS_MEDICAL_CONDITION';
UPDATE vulnerability_need SET category = 'TR' WHERE category = 'SURVIVOR_OF_TORTURE_OR_VIOLENCE';
UPDATE vulnerability_need SET category = 'FU' WHERE category = 'FAMILY_UNITY';
UPDATE vulnerability_need SET category = 'LP-TP' WHERE category = 'VICTIM_OF_TRAFFICKING';
UPDATE vulnerability_need SET category = 'LP-SG' WHERE category = 'SOGIESC_RELATED_RISK';
