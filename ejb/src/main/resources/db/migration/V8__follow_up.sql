-- The yearly follow-up (#7): one row per compiled year with its latest job execution and, once
-- a run has completed, the figures document (JSON, no patient data, no names). A new run of the
-- same year replaces the document when it completes.
CREATE TABLE follow_up (
    report_year   INTEGER       NOT NULL,
    execution_id  BIGINT,
    total_cases   BIGINT,
    generated_at  TIMESTAMP WITH TIME ZONE,
    document      VARCHAR(1000000),
    CONSTRAINT follow_up_pk PRIMARY KEY (report_year)
);

-- The job reads a year's cases in the order of their submission.
CREATE INDEX cases_submitted_ix ON cases (submitted_at, id);
