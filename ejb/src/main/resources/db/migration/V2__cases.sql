-- Cases between the region and a municipality: the case itself, its history (append-only),
-- the dialogue, the measures of its answer, the yearly case-number series, the idempotency keys
-- of filing, and the escalations of serious cases. SQL that H2 2.x and PostgreSQL 15 both accept.

CREATE SEQUENCE case_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cases (
    id                        BIGINT         NOT NULL,
    case_number               VARCHAR(20)    NOT NULL,
    version                   INTEGER        NOT NULL,
    case_type                 VARCHAR(16)    NOT NULL,
    status                    VARCHAR(24)    NOT NULL,
    reporting_principal_id    VARCHAR(64)    NOT NULL,
    concerned_principal_id    VARCHAR(64)    NOT NULL,
    routed_to_principal_id    VARCHAR(64)    NOT NULL,
    informed_principal_id     VARCHAR(64),
    area_code                 VARCHAR(32)    NOT NULL,
    summary                   VARCHAR(200)   NOT NULL,
    description               VARCHAR(10000) NOT NULL,
    immediate_actions         VARCHAR(10000),
    consequence               SMALLINT       NOT NULL,
    likelihood                SMALLINT       NOT NULL,
    serious_event             BOOLEAN        NOT NULL,
    purchased_service         BOOLEAN        NOT NULL,
    assessed_consequence      SMALLINT,
    assessed_likelihood       SMALLINT,
    occurred_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledge_due           TIMESTAMP WITH TIME ZONE NOT NULL,
    answer_due                TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at           TIMESTAMP WITH TIME ZONE,
    answered_at               TIMESTAMP WITH TIME ZONE,
    closed_at                 TIMESTAMP WITH TIME ZONE,
    answer_summary            VARCHAR(10000),
    forward_count             INTEGER        NOT NULL,
    reporter_username         VARCHAR(255)   NOT NULL,
    external_id               VARCHAR(100),
    CONSTRAINT cases_pk PRIMARY KEY (id),
    CONSTRAINT cases_number_uq UNIQUE (case_number),
    CONSTRAINT cases_external_uq UNIQUE (external_id),
    CONSTRAINT cases_type_ck CHECK (case_type IN ('DEVIATION', 'COMPLAINT')),
    CONSTRAINT cases_status_ck CHECK (status IN ('SUBMITTED', 'RECEIVED', 'UNDER_INVESTIGATION', 'ANSWERED', 'CLOSED')),
    CONSTRAINT cases_consequence_ck CHECK (consequence BETWEEN 1 AND 4),
    CONSTRAINT cases_likelihood_ck CHECK (likelihood BETWEEN 1 AND 4),
    CONSTRAINT cases_reporting_fk FOREIGN KEY (reporting_principal_id) REFERENCES principal (id),
    CONSTRAINT cases_concerned_fk FOREIGN KEY (concerned_principal_id) REFERENCES principal (id),
    CONSTRAINT cases_routed_fk FOREIGN KEY (routed_to_principal_id) REFERENCES principal (id),
    CONSTRAINT cases_informed_fk FOREIGN KEY (informed_principal_id) REFERENCES principal (id),
    CONSTRAINT cases_area_fk FOREIGN KEY (area_code) REFERENCES area (code)
);

-- The boxes: newest first, keyset on (submitted_at, id).
CREATE INDEX cases_incoming_ix ON cases (routed_to_principal_id, submitted_at DESC, id DESC);
CREATE INDEX cases_informed_ix ON cases (informed_principal_id, submitted_at DESC, id DESC);
CREATE INDEX cases_outgoing_ix ON cases (reporting_principal_id, submitted_at DESC, id DESC);

CREATE SEQUENCE case_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_event (
    id           BIGINT        NOT NULL,
    case_id      BIGINT        NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    event        VARCHAR(32)   NOT NULL,
    principal_id VARCHAR(64)   NOT NULL,
    username     VARCHAR(255)  NOT NULL,
    detail       VARCHAR(2000),
    CONSTRAINT case_event_pk PRIMARY KEY (id),
    CONSTRAINT case_event_case_fk FOREIGN KEY (case_id) REFERENCES cases (id)
);

CREATE INDEX case_event_case_ix ON case_event (case_id, occurred_at, id);

CREATE SEQUENCE case_comment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_comment (
    id           BIGINT         NOT NULL,
    case_id      BIGINT         NOT NULL,
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    principal_id VARCHAR(64)    NOT NULL,
    username     VARCHAR(255)   NOT NULL,
    body         VARCHAR(10000) NOT NULL,
    CONSTRAINT case_comment_pk PRIMARY KEY (id),
    CONSTRAINT case_comment_case_fk FOREIGN KEY (case_id) REFERENCES cases (id)
);

CREATE INDEX case_comment_case_ix ON case_comment (case_id, written_at, id);

CREATE TABLE case_measure (
    case_id     BIGINT        NOT NULL,
    ordinal     INTEGER       NOT NULL,
    description VARCHAR(2000) NOT NULL,
    CONSTRAINT case_measure_pk PRIMARY KEY (case_id, ordinal),
    CONSTRAINT case_measure_case_fk FOREIGN KEY (case_id) REFERENCES cases (id)
);

-- One series of case numbers a year: SAM-2026-00042.
CREATE TABLE case_number_series (
    series_year INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    CONSTRAINT case_number_series_pk PRIMARY KEY (series_year)
);

-- A retried filing with the same key and body returns the first case.
CREATE TABLE idempotency_key (
    username     VARCHAR(255) NOT NULL,
    request_key  VARCHAR(255) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    case_id      BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (username, request_key),
    CONSTRAINT idempotency_key_case_fk FOREIGN KEY (case_id) REFERENCES cases (id)
);

CREATE SEQUENCE escalation_seq START WITH 50 INCREMENT BY 50;

-- Exactly one escalation a serious case, to the routed-to principal's medical officer.
CREATE TABLE escalation (
    id               BIGINT       NOT NULL,
    case_id          BIGINT       NOT NULL,
    principal_id     VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    acknowledged_by  VARCHAR(255),
    decision         VARCHAR(24),
    ivo_reference    VARCHAR(100),
    CONSTRAINT escalation_pk PRIMARY KEY (id),
    CONSTRAINT escalation_case_uq UNIQUE (case_id),
    CONSTRAINT escalation_case_fk FOREIGN KEY (case_id) REFERENCES cases (id),
    CONSTRAINT escalation_principal_fk FOREIGN KEY (principal_id) REFERENCES principal (id),
    CONSTRAINT escalation_decision_ck CHECK (decision IN ('UNDER_ASSESSMENT', 'NOT_REPORTABLE', 'LEX_MARIA', 'LEX_SARAH'))
);

CREATE INDEX escalation_principal_ix ON escalation (principal_id, created_at DESC);
