-- The joint forum's register (#7): cases raised to the forum as a recurring system fault, a matter
-- of principle or a dispute about responsibility, with the owner the forum gives each and its
-- status. One matter a case. The subject is a short line written for the forum; the register
-- never holds the case's narrative, patient data or names.
CREATE SEQUENCE forum_matter_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_matter (
    id                      BIGINT                   NOT NULL,
    version                 INTEGER                  NOT NULL,
    case_id                 BIGINT                   NOT NULL,
    kind                    VARCHAR(24)              NOT NULL,
    subject                 VARCHAR(200)             NOT NULL,
    raised_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_by_principal_id  VARCHAR(64)              NOT NULL,
    owner_principal_id      VARCHAR(64),
    status                  VARCHAR(16)              NOT NULL,
    status_note             VARCHAR(500),
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT forum_matter_pk PRIMARY KEY (id),
    CONSTRAINT forum_matter_case_uq UNIQUE (case_id),
    CONSTRAINT forum_matter_case_fk FOREIGN KEY (case_id) REFERENCES cases (id)
);

CREATE INDEX forum_matter_raised_ix ON forum_matter (raised_at, id);

-- The follow-up's progress: how many of the year's cases the latest run has counted, checkpoint
-- included, so that a restarted run shows its true share done (#7).
ALTER TABLE follow_up ADD COLUMN counted_cases BIGINT;
