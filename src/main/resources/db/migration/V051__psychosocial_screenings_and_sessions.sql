-- Screenings with a validated instrument (PHQ-9, GAD-7... described in psychosocial/instruments/*.json):
-- the answers as given, and the total, band and risk computed when recorded, so a later change of an
-- instrument file never rewrites what was scored. request_key: a retried submission finds its first row.
CREATE TABLE psychosocial_screening (
    id                 UUID         NOT NULL PRIMARY KEY,
    person_id          UUID         NOT NULL REFERENCES person (id),
    instrument         VARCHAR(40)  NOT NULL,
    instrument_version VARCHAR(20)  NOT NULL,
    screened_on        DATE         NOT NULL,
    answers            VARCHAR(400) NOT NULL,
    total              INTEGER      NOT NULL,
    band               VARCHAR(40)  NOT NULL,
    risk               BOOLEAN      NOT NULL,
    request_key        VARCHAR(100),
    created_by         VARCHAR(100) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX psychosocial_screening_person ON psychosocial_screening (person_id, screened_on);
CREATE UNIQUE INDEX psychosocial_screening_request ON psychosocial_screening (created_by, request_key);

-- Counselling sessions (individual, family, group) and the next one planned. Their free text, if
-- any, is sealed like the notes' (same key, bound to the session's id).
CREATE TABLE psychosocial_session (
    id           UUID          NOT NULL PRIMARY KEY,
    person_id    UUID          NOT NULL REFERENCES person (id),
    kind         VARCHAR(20)   NOT NULL,
    session_date DATE          NOT NULL,
    counsellor   VARCHAR(100)  NOT NULL,
    next_session DATE,
    sealed_text  VARCHAR(100000),
    request_key  VARCHAR(100),
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX psychosocial_session_person ON psychosocial_session (person_id, session_date);
CREATE UNIQUE INDEX psychosocial_session_request ON psychosocial_session (created_by, request_key);
