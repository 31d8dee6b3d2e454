CREATE TABLE person (
    id                   UUID         NOT NULL PRIMARY KEY,
    file_number          VARCHAR(20)  NOT NULL UNIQUE,
    family_name          VARCHAR(100),
    given_names          VARCHAR(200),
    aliases              VARCHAR(300),
    sex                  CHAR(1),
    birth_date           DATE,
    birth_date_precision VARCHAR(10),
    father_given_name    VARCHAR(100),
    mother_name          VARCHAR(200),
    origin_region_code   VARCHAR(120),
    origin_cercle_code   VARCHAR(120),
    origin_commune_code  VARCHAR(120),
    origin_region_text   VARCHAR(100),
    origin_commune_text  VARCHAR(100),
    origin_village       VARCHAR(100),
    languages            VARCHAR(300),
    vulnerabilities      VARCHAR(300),
    restricted           BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_status       VARCHAR(10),
    consent_date         DATE,
    consent_recorded_by  VARCHAR(100),
    consent_purposes     VARCHAR(300),
    external_ref         VARCHAR(100) UNIQUE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100) NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100) NOT NULL,
    voided               BOOLEAN      NOT NULL DEFAULT FALSE,
    version              INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX person_family_name ON person (family_name);
CREATE INDEX person_created_at ON person (created_at);

CREATE TABLE person_phone (
    person_id UUID        NOT NULL REFERENCES person (id),
    position  INTEGER     NOT NULL,
    number    VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, position)
);
CREATE INDEX person_phone_number ON person_phone (number);

CREATE TABLE person_document (
    person_id UUID        NOT NULL REFERENCES person (id),
    position  INTEGER     NOT NULL,
    kind      VARCHAR(30) NOT NULL,
    number    VARCHAR(60) NOT NULL,
    PRIMARY KEY (person_id, position)
);
CREATE INDEX person_document_number ON person_document (number);

-- Spelling-tolerant keys of every name of a person, written with the person (see NameKeys).
CREATE TABLE person_name_key (
    person_id UUID        NOT NULL REFERENCES person (id),
    name_key  VARCHAR(60) NOT NULL,
    PRIMARY KEY (name_key, person_id)
);
CREATE INDEX person_name_key_person ON person_name_key (person_id);

CREATE TABLE file_number_counter (
    counter_year INTEGER NOT NULL PRIMARY KEY,
    last_value   BIGINT  NOT NULL
);
