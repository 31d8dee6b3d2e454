-- A flight or road convoy arriving on a date at a point, from a country.
CREATE TABLE arrival_group (
    id             UUID         NOT NULL PRIMARY KEY,
    arrival_date   DATE         NOT NULL,
    arrival_point  VARCHAR(100) NOT NULL,
    country_from   CHAR(2)      NOT NULL REFERENCES country (alpha2),
    return_kind    VARCHAR(30)  NOT NULL,
    transport      VARCHAR(20)  NOT NULL,
    expected_count INTEGER,
    partners       VARCHAR(300),
    notes          VARCHAR(1000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    version        INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX arrival_group_date ON arrival_group (arrival_date);

-- One row per arrival of a person in Mali: many come back two or three times.
CREATE TABLE person_return (
    id                  UUID         NOT NULL PRIMARY KEY,
    person_id           UUID         NOT NULL REFERENCES person (id),
    group_id            UUID         REFERENCES arrival_group (id),
    return_kind         VARCHAR(30)  NOT NULL,
    country_from        CHAR(2)      NOT NULL REFERENCES country (alpha2),
    transit_countries   VARCHAR(100),
    left_mali_on        DATE,
    years_abroad        INTEGER,
    arrival_date        DATE         NOT NULL,
    arrival_point       VARCHAR(100),
    programme           VARCHAR(100),
    detained            BOOLEAN,
    detention_days      INTEGER,
    belongings_left     BOOLEAN,
    wages_unpaid        BOOLEAN,
    family_left_abroad  BOOLEAN,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    voided              BOOLEAN      NOT NULL DEFAULT FALSE,
    version             INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX person_return_arrival ON person_return (arrival_date);
CREATE INDEX person_return_person ON person_return (person_id);
CREATE INDEX person_return_group ON person_return (group_id);

-- Imports identify a person of a file without external reference by a fingerprint of who they are.
ALTER TABLE person ADD COLUMN source_key VARCHAR(64);
CREATE INDEX person_source_key ON person (source_key);
