-- Every answer of a case is kept, each with its own summary and measures (issue 18). Before,
-- the case held one answer in place (cases.answer_summary and case_measure), and EclipseLink
-- rewrote that element collection when a returned case was answered again: it deleted the old
-- measures by description and inserted the new ones from ordinal 0, which broke the primary key,
-- so the second answer failed. An answer is now a row of its own that is written once and never
-- changed; the current answer is the one with the highest number. SQL that H2 2.x and
-- PostgreSQL 15 both accept.

CREATE SEQUENCE case_answer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_answer (
    id            BIGINT         NOT NULL,
    case_id       BIGINT         NOT NULL,
    answer_number INTEGER        NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    principal_id  VARCHAR(64)    NOT NULL,
    username      VARCHAR(255)   NOT NULL,
    summary       VARCHAR(10000) NOT NULL,
    CONSTRAINT case_answer_pk PRIMARY KEY (id),
    CONSTRAINT case_answer_number_uq UNIQUE (case_id, answer_number),
    CONSTRAINT case_answer_number_ck CHECK (answer_number >= 1),
    CONSTRAINT case_answer_case_fk FOREIGN KEY (case_id) REFERENCES cases (id)
);

CREATE TABLE case_answer_measure (
    answer_id   BIGINT        NOT NULL,
    ordinal     INTEGER       NOT NULL,
    description VARCHAR(2000) NOT NULL,
    CONSTRAINT case_answer_measure_pk PRIMARY KEY (answer_id, ordinal),
    CONSTRAINT case_answer_measure_answer_fk FOREIGN KEY (answer_id) REFERENCES case_answer (id)
);

-- The answers given so far become answer 1 of their case, by the handler of the case's latest
-- ANSWERED event. Their ids are the case's id negated: the sequence hands out positive ids only,
-- so the two never meet.
INSERT INTO case_answer (id, case_id, answer_number, answered_at, principal_id, username, summary)
SELECT -c.id, c.id, 1,
       (SELECT e.occurred_at FROM case_event e WHERE e.case_id = c.id AND e.event = 'ANSWERED'
         ORDER BY e.occurred_at DESC, e.id DESC FETCH FIRST 1 ROW ONLY),
       (SELECT e.principal_id FROM case_event e WHERE e.case_id = c.id AND e.event = 'ANSWERED'
         ORDER BY e.occurred_at DESC, e.id DESC FETCH FIRST 1 ROW ONLY),
       (SELECT e.username FROM case_event e WHERE e.case_id = c.id AND e.event = 'ANSWERED'
         ORDER BY e.occurred_at DESC, e.id DESC FETCH FIRST 1 ROW ONLY),
       c.answer_summary
FROM cases c
WHERE c.answer_summary IS NOT NULL
  AND EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.event = 'ANSWERED');

INSERT INTO case_answer_measure (answer_id, ordinal, description)
SELECT -m.case_id, m.ordinal, m.description
FROM case_measure m
WHERE EXISTS (SELECT 1 FROM case_answer a WHERE a.id = -m.case_id);

DROP TABLE case_measure;
ALTER TABLE cases DROP COLUMN answer_summary;
