-- Generated history for the follow-up benchmark (issue 7): cases :first .. :last - 1 of 2025,
-- spread evenly over the year in Stockholm time, every principal, area, type, consequence and
-- state the figures count, with measures on a third of the answered cases. Written straight into
-- the tables: ten million cases through the REST import would take over an hour, and the import
-- has its own benchmark (`./samverkan benchmark`). Ids from 10^9 up, clear of the server's.
\set ON_ERROR_STOP on
INSERT INTO cases (id, case_number, version, case_type, status, reporting_principal_id,
    concerned_principal_id, routed_to_principal_id, area_code, summary, description,
    consequence, likelihood, serious_event, purchased_service, assessed_consequence,
    occurred_at, submitted_at, acknowledge_due, answer_due, acknowledged_at, answered_at,
    closed_at, forward_count, reporter_username)
SELECT id,
       'BENCH-' || id,
       1,
       CASE WHEN n % 4 = 0 THEN 'COMPLAINT' ELSE 'DEVIATION' END,
       CASE WHEN answered IS NULL THEN 'RECEIVED'
            WHEN n % 10 < 6 THEN 'CLOSED' ELSE 'ANSWERED' END,
       CASE WHEN n % 2 = 0 THEN municipality ELSE 'region-jamtland-harjedalen' END,
       CASE WHEN n % 2 = 0 THEN 'region-jamtland-harjedalen' ELSE municipality END,
       CASE WHEN n % 2 = 0 THEN 'region-jamtland-harjedalen' ELSE municipality END,
       area, 'Benchmark', 'Genererat ärende',
       1 + (n / 3) % 4, 2, n % 13 = 0, false,
       CASE WHEN n % 17 = 0 THEN 3 END,
       submitted - interval '2 hours', submitted, submitted + interval '3 days',
       submitted + (30 + n % 40) * interval '1 day',
       CASE WHEN answered IS NOT NULL THEN submitted + interval '1 hour' END,
       answered,
       CASE WHEN answered IS NOT NULL AND n % 10 < 6 THEN answered + interval '2 days' END,
       CASE WHEN n % 9 = 0 THEN 1 ELSE 0 END,
       'bench'
FROM (
    SELECT 1000000000 + n AS id, n,
           timestamptz '2024-12-31 23:00:00+00'
               + ((n * 7919) % 31535999) * interval '1 second' AS submitted,
           (ARRAY['ragunda', 'bracke', 'krokom', 'stromsund', 'are', 'berg', 'harjedalen',
                  'ostersund'])[1 + (n / 2) % 8] AS municipality,
           (ARRAY['PHYSICIAN', 'MEDICATION', 'INFORMATION', 'DISCHARGE', 'CARE_CONTACT',
                  'DEVICES', 'EMERGENCY_SUPPLIES', 'LABORATORY', 'PURCHASED_SERVICE', 'OTHER'])
               [1 + (n / 7) % 10] AS area
    FROM generate_series(:first::bigint, :last::bigint - 1) AS n
) generated
CROSS JOIN LATERAL (
    SELECT CASE WHEN n % 10 < 8
                THEN submitted + (3600 + (n * 104729) % (90 * 86400)) * interval '1 second'
           END AS answered
) answer;

-- Each case with measures has one answer (its id the case's), holding them.
INSERT INTO case_answer (id, case_id, answer_number, answered_at, principal_id, username, summary)
SELECT 1000000000 + n, 1000000000 + n, 1,
       timestamptz '2024-12-31 23:00:00+00' + ((n * 7919) % 31535999) * interval '1 second',
       CASE WHEN n % 2 = 0 THEN 'region-jamtland-harjedalen' ELSE 'ostersund' END,
       'bench', 'Utrett'
FROM generate_series(:first::bigint, :last::bigint - 1) AS n
WHERE n % 10 < 8 AND n % 3 = 0;

INSERT INTO case_answer_measure (answer_id, ordinal, description)
SELECT 1000000000 + n, 0, 'Åtgärd ' || (n % 40) || ': rutinen ses över'
FROM generate_series(:first::bigint, :last::bigint - 1) AS n
WHERE n % 10 < 8 AND n % 3 = 0;

INSERT INTO case_answer_measure (answer_id, ordinal, description)
SELECT 1000000000 + n, 1, 'Utbildning ' || (n % 7)
FROM generate_series(:first::bigint, :last::bigint - 1) AS n
WHERE n % 10 < 8 AND n % 6 = 0;

-- A few of the cases raised to the forum, four in every million.
INSERT INTO forum_matter (id, version, case_id, kind, subject, raised_at,
    raised_by_principal_id, status, updated_at)
SELECT nextval('forum_matter_seq'), 1, 1000000000 + n, 'RECURRING_FAULT',
       'Återkommande fel ' || n, timestamptz '2025-03-01 10:00:00+01', 'ostersund', 'RAISED',
       timestamptz '2025-03-01 10:00:00+01'
FROM generate_series(:first::bigint, :last::bigint - 1) AS n
WHERE n % 250000 = 7;
