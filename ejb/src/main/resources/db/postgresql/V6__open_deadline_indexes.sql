-- The reminder scan (se.samverkan.notification.Reminders) asks every five minutes which open,
-- non-imported cases have a deadline within the next days. Partial indexes hold only those
-- cases, so the scan stays small however much history the table has (measured at 1.1 million
-- cases: 115 ms and 55 ms without them). H2 has no partial indexes; there the scan reads more.
CREATE INDEX cases_open_acknowledge_due_ix ON cases (acknowledge_due)
    WHERE external_id IS NULL AND status = 'SUBMITTED';

CREATE INDEX cases_open_answer_due_ix ON cases (answer_due)
    WHERE external_id IS NULL AND status IN ('SUBMITTED', 'RECEIVED', 'UNDER_INVESTIGATION');
