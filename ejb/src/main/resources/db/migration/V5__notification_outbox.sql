-- The transactional outbox of e-mail notifications (se.samverkan.notification). A row is written
-- in the transaction of the change that causes it and sent afterwards; delivery_key makes the
-- same event queue once, and is sent as the Message-ID.
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE notification (
    id               BIGINT        NOT NULL,
    delivery_key     VARCHAR(200)  NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    case_id          BIGINT,
    case_number      VARCHAR(32),
    principal_id     VARCHAR(64)   NOT NULL,
    audience         VARCHAR(16)   NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(400)  NOT NULL,
    text_body        VARCHAR(20000) NOT NULL,
    html_body        VARCHAR(40000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    attempts         INTEGER       DEFAULT 0 NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500),
    CONSTRAINT notification_pk PRIMARY KEY (id),
    CONSTRAINT notification_key_uq UNIQUE (delivery_key),
    CONSTRAINT notification_case_fk FOREIGN KEY (case_id) REFERENCES cases (id),
    CONSTRAINT notification_principal_fk FOREIGN KEY (principal_id) REFERENCES principal (id),
    CONSTRAINT notification_audience_ck CHECK (audience IN ('HANDLERS', 'MEDICAL_OFFICER'))
);

-- The worker's question: what is unsent and due.
CREATE INDEX notification_due_ix ON notification (sent_at, next_attempt_at);
-- A mailbox's notifications in the system.
CREATE INDEX notification_principal_ix ON notification (principal_id, audience, created_at);
