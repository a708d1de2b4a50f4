-- The follow-up's figures for 2025 in plain SQL (issue 7's baseline): what the batch job computes
-- (FollowUpStore, YearFigures, PublishFollowUp), the way a person would write it against the same
-- database. Nearest-rank percentiles are percentile_disc. The year is Stockholm's 2025.
\set ON_ERROR_STOP on
\set from '\'2024-12-31 23:00:00+00\''
\set to '\'2025-12-31 23:00:00+00\''
\pset pager off

-- The year's totals, answers and clocks, percentiles and the answers against their deadlines.
SELECT count(*) AS cases,
       count(*) FILTER (WHERE case_type = 'DEVIATION') AS deviations,
       count(*) FILTER (WHERE case_type = 'COMPLAINT') AS complaints,
       count(*) FILTER (WHERE consequence >= 3 OR serious_event OR escalated
                        OR coalesce(assessed_consequence, 0) >= 3) AS serious,
       count(answered_at) AS answered,
       count(*) FILTER (WHERE answered_at <= answer_due) AS answered_within_deadline,
       round(extract(epoch FROM percentile_disc(0.5) WITHIN GROUP
             (ORDER BY answered_at - submitted_at)) / 86400, 1) AS median_days,
       round(extract(epoch FROM percentile_disc(0.9) WITHIN GROUP
             (ORDER BY answered_at - submitted_at)) / 86400, 1) AS p90_days,
       count(*) FILTER (WHERE forward_count > 0) AS forwarded,
       count(*) FILTER (WHERE closed_at IS NULL OR closed_at >= :to) AS open_at_year_end,
       count(*) FILTER (WHERE answered_at < answer_due - interval '7 days') AS early_over_7,
       count(*) FILTER (WHERE answered_at >= answer_due - interval '7 days'
                        AND answered_at <= answer_due) AS early_0_7,
       count(*) FILTER (WHERE answered_at > answer_due
                        AND answered_at <= answer_due + interval '7 days') AS late_1_7,
       count(*) FILTER (WHERE answered_at > answer_due + interval '7 days'
                        AND answered_at <= answer_due + interval '30 days') AS late_8_30,
       count(*) FILTER (WHERE answered_at > answer_due + interval '30 days') AS late_over_30
FROM cases WHERE submitted_at >= :from AND submitted_at < :to;

-- The breakdowns: direction, reporting and concerned principal, area, consequence, month.
SELECT rp.kind || '_TO_' || cp.kind AS direction, c.reporting_principal_id,
       c.concerned_principal_id, c.area_code, c.consequence,
       extract(month FROM c.submitted_at AT TIME ZONE 'Europe/Stockholm') AS month, count(*)
FROM cases c
JOIN principal rp ON rp.id = c.reporting_principal_id
JOIN principal cp ON cp.id = c.concerned_principal_id
WHERE c.submitted_at >= :from AND c.submitted_at < :to
GROUP BY GROUPING SETS ((1), (2), (3), (4), (5), (6));

-- The year before, in total and by month.
SELECT extract(month FROM submitted_at AT TIME ZONE 'Europe/Stockholm') AS month, count(*),
       count(*) FILTER (WHERE case_type = 'DEVIATION'),
       count(*) FILTER (WHERE case_type = 'COMPLAINT'),
       count(*) FILTER (WHERE consequence >= 3 OR serious_event OR escalated
                        OR coalesce(assessed_consequence, 0) >= 3)
FROM cases WHERE submitted_at >= timestamptz '2023-12-31 23:00:00+00' AND submitted_at < :from
GROUP BY ROLLUP (1);

-- Measures of each case's current answer by area, and each area's ten most common.
SELECT c.area_code, count(DISTINCT c.id), count(*)
FROM cases c JOIN case_answer a ON a.case_id = c.id
JOIN case_answer_measure m ON m.answer_id = a.id
WHERE c.submitted_at >= :from AND c.submitted_at < :to
  AND NOT EXISTS (SELECT 1 FROM case_answer later
                  WHERE later.case_id = a.case_id AND later.answer_number > a.answer_number)
GROUP BY c.area_code;
SELECT area_code, description, n FROM (
    SELECT c.area_code, m.description, count(*) AS n,
           row_number() OVER (PARTITION BY c.area_code ORDER BY count(*) DESC, m.description) AS r
    FROM cases c JOIN case_answer a ON a.case_id = c.id
    JOIN case_answer_measure m ON m.answer_id = a.id
    WHERE c.submitted_at >= :from AND c.submitted_at < :to
      AND NOT EXISTS (SELECT 1 FROM case_answer later
                      WHERE later.case_id = a.case_id AND later.answer_number > a.answer_number)
    GROUP BY c.area_code, m.description) ranked
WHERE r <= 10 ORDER BY area_code, r;

-- The forum's register.
SELECT c.case_number, c.area_code, f.kind, f.subject, f.raised_at, f.owner_principal_id, f.status
FROM forum_matter f JOIN cases c ON c.id = f.case_id
WHERE f.raised_at < :to AND (f.raised_at >= :from OR f.status <> 'RESOLVED' OR f.updated_at >= :from)
ORDER BY f.raised_at, f.id;
