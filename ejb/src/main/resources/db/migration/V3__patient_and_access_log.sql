-- Patient identity apart from the narrative, and the access log the Patient Data Act asks for
-- (HSLF-FS 2016:40 4 kap. 9 §). Kept at least five years: nothing in the application deletes an
-- entry, and on PostgreSQL a trigger (db/postgresql) refuses every change to the database user.

-- Whether a case has a patient identity: lists show "hasPatient" without reading the identity.
ALTER TABLE cases ADD COLUMN has_patient BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE case_patient (
    case_id                   BIGINT       NOT NULL,
    personal_identity_number  CHAR(12)     NOT NULL,
    legal_ground              VARCHAR(24)  NOT NULL,
    note                      VARCHAR(1000),
    recorded_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by               VARCHAR(255) NOT NULL,
    CONSTRAINT case_patient_pk PRIMARY KEY (case_id),
    CONSTRAINT case_patient_case_fk FOREIGN KEY (case_id) REFERENCES cases (id),
    CONSTRAINT case_patient_ground_ck CHECK (legal_ground IN ('CONSENT', 'SECRECY_ASSESSMENT'))
);

CREATE SEQUENCE access_log_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE access_log (
    id            BIGINT       NOT NULL,
    accessed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    username      VARCHAR(255) NOT NULL,
    principal_id  VARCHAR(64)  NOT NULL,
    case_id       BIGINT       NOT NULL,
    action        VARCHAR(24)  NOT NULL,
    CONSTRAINT access_log_pk PRIMARY KEY (id),
    CONSTRAINT access_log_case_fk FOREIGN KEY (case_id) REFERENCES cases (id)
);

-- The reviewer searches by period, by case and by user.
CREATE INDEX access_log_at_ix ON access_log (accessed_at);
CREATE INDEX access_log_case_ix ON access_log (case_id, accessed_at);
CREATE INDEX access_log_user_ix ON access_log (username, accessed_at);
