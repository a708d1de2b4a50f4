-- The organisation registry: principals (the region and its municipalities), their units and
-- the areas of deviation. Written in the SQL that H2 2.x and PostgreSQL 15 both accept.

CREATE TABLE principal (
    id                    VARCHAR(64)  NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    kind                  VARCHAR(16)  NOT NULL,
    code                  VARCHAR(8)   NOT NULL,
    handler_email         VARCHAR(254) NOT NULL,
    medical_officer_email VARCHAR(254) NOT NULL,
    CONSTRAINT principal_pk PRIMARY KEY (id),
    CONSTRAINT principal_code_uq UNIQUE (code),
    CONSTRAINT principal_kind_ck CHECK (kind IN ('REGION', 'MUNICIPALITY'))
);

-- EclipseLink reads a sequence value as the last id of a block of allocationSize (50) ids,
-- so a sequence starts at its increment.
CREATE SEQUENCE care_unit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE care_unit (
    id           BIGINT       NOT NULL,
    code         VARCHAR(64)  NOT NULL,
    principal_id VARCHAR(64)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    retired      BOOLEAN      DEFAULT FALSE NOT NULL,
    CONSTRAINT care_unit_pk PRIMARY KEY (id),
    CONSTRAINT care_unit_code_uq UNIQUE (code),
    CONSTRAINT care_unit_principal_fk FOREIGN KEY (principal_id) REFERENCES principal (id)
);

CREATE INDEX care_unit_principal_ix ON care_unit (principal_id);

CREATE TABLE area (
    code           VARCHAR(32)   NOT NULL,
    name_sv        VARCHAR(200)  NOT NULL,
    name_en        VARCHAR(200)  NOT NULL,
    description_sv VARCHAR(1000) NOT NULL,
    description_en VARCHAR(1000) NOT NULL,
    sort_order     INTEGER       NOT NULL,
    retired        BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT area_pk PRIMARY KEY (code)
);
