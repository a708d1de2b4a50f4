-- The delivery worker's questions (OutboxStore.due): which unsent notifications are due, the
-- urgent kinds first, oldest first. Partial indexes hold only the unsent ones, in that order, so
-- each question reads a round's worth of entries however long the queue is: behind 600,000
-- unsent notifications (an SMTP relay down for days, or a load test) the old index on
-- (sent_at, next_attempt_at) had each question read every unsent row (700 ms, twice a round).
-- The kinds are those of OutboxStore.URGENT; the worker's SQL names them the same way.
DROP INDEX notification_due_ix;

CREATE INDEX notification_unsent_ix ON notification (next_attempt_at, id)
    WHERE sent_at IS NULL;

CREATE INDEX notification_urgent_unsent_ix ON notification (next_attempt_at, id)
    WHERE sent_at IS NULL AND kind IN ('ESCALATION', 'ESCALATION_INFORMED', 'ESCALATION_REMINDER');
