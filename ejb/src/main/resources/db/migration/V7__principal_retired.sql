-- A principal can be retired (a municipality merged away): it stays on its old cases and in old
-- statistics, but no new case is filed about it or forwarded to it.
ALTER TABLE principal ADD retired BOOLEAN DEFAULT FALSE NOT NULL;
