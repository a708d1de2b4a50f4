-- The SQL that filing a case writes, as pgbench's baseline for the REST benchmark: the case
-- row, its history row and the handlers' notification (its e-mail, of the size the server
-- writes: 0.6 kB of text, 1.2 kB of HTML) in one transaction, and one case-number block
-- reservation in 20 (the server reserves numbers 20 at a time). Ids come from the same
-- sequences. The notification is written unsent, as the server writes it (the same row and
-- the same index entries, the partial indexes of unsent notifications included), but due at
-- 'infinity', so that the server's outbox never mails pgbench's rows.
\set n random(1, 1000000000)
BEGIN;
INSERT INTO cases (id, case_number, version, case_type, status, reporting_principal_id,
    concerned_principal_id, routed_to_principal_id, area_code, summary, description,
    consequence, likelihood, serious_event, purchased_service, occurred_at, submitted_at,
    acknowledge_due, answer_due, forward_count, reporter_username)
VALUES (nextval('case_seq'), 'PGB-' || currval('case_seq'), 1, 'DEVIATION', 'SUBMITTED',
    'ostersund', 'region-jamtland-harjedalen', 'region-jamtland-harjedalen', 'MEDICATION',
    'Benchmark', 'Fel dos i dosett', 1, 2, false, false, now(), now(),
    now() + interval '3 days', now() + interval '60 days', 0, 'reporter.ostersund');
INSERT INTO case_event (id, case_id, occurred_at, event, principal_id, username)
VALUES (nextval('case_event_seq'), currval('case_seq'), now(), 'SUBMITTED', 'ostersund',
    'reporter.ostersund');
INSERT INTO notification (id, delivery_key, kind, case_id, case_number, principal_id, audience,
    recipient, subject, text_body, html_body, created_at, next_attempt_at, attempts)
VALUES (nextval('notification_seq'), 'new.' || currval('case_seq'), 'NEW_CASE', currval('case_seq'),
    'PGB-' || currval('case_seq'), 'region-jamtland-harjedalen', 'HANDLERS',
    'avvikelser@region-jamtland-harjedalen.samverkan.example',
    'Nytt ärende att ta emot / New case to receive: PGB-' || currval('case_seq'),
    repeat('Nytt ärende att ta emot. ', 23), repeat('<p>Nytt ärende att ta emot.</p> ', 37),
    now(), 'infinity', 0);
\if :n % 20 = 0
UPDATE case_number_series SET last_number = last_number + 20 WHERE series_year = 2026;
\endif
COMMIT;
