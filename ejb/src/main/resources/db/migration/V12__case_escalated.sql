-- A case once escalated stays serious (issue 18, found by the API walk): a receiver who assessed
-- a case as significant, which escalated it to the chefsläkare or MAS, and then reassessed it
-- lower made it "not serious" beside an open escalation, and the follow-up's count of serious
-- cases (the contract's escalations) lost it. The case now remembers that it was escalated.
ALTER TABLE cases ADD COLUMN escalated BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE cases SET escalated = TRUE
WHERE EXISTS (SELECT 1 FROM escalation e WHERE e.case_id = cases.id);
