-- Who reported a person's protection state (entry, rsd or desk): the desk never lowers a state
-- that RSD or the border's request for protection set (rule detention.protection-state.source).
ALTER TABLE detained_person ADD COLUMN protection_origin VARCHAR(10);

UPDATE detained_person SET protection_origin = protection_source
    WHERE protection_source IN ('entry', 'rsd');

UPDATE detained_person SET protection_origin = 'desk'
    WHERE protection_origin IS NULL AND protection_source IS NOT NULL;
