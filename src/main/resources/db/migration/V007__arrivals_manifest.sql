-- The rows of a manifest handed over with an arrival group, staged until a person decides who each one is.
CREATE TABLE manifest_row (
    id               UUID          NOT NULL PRIMARY KEY,
    group_id         UUID          NOT NULL REFERENCES arrival_group (id),
    row_number       INTEGER       NOT NULL,
    family_name      VARCHAR(100),
    given_names      VARCHAR(200),
    sex              CHAR(1),
    birth_date       DATE,
    birth_precision  VARCHAR(10),
    father_given_name VARCHAR(100),
    mother_name      VARCHAR(200),
    origin_region    VARCHAR(100),
    origin_commune   VARCHAR(100),
    phone            VARCHAR(20),
    document_number  VARCHAR(60),
    external_ref     VARCHAR(100),
    errors           VARCHAR(2000),
    same_as_row      INTEGER,
    best_verdict     VARCHAR(10),
    status           VARCHAR(20)   NOT NULL,
    person_id        UUID          REFERENCES person (id),
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP WITH TIME ZONE,
    staged_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX manifest_row_group ON manifest_row (group_id, row_number);

CREATE TABLE manifest_candidate (
    row_id    UUID             NOT NULL REFERENCES manifest_row (id),
    candidate_rank INTEGER     NOT NULL,
    person_id UUID             NOT NULL REFERENCES person (id),
    score     DOUBLE PRECISION NOT NULL,
    verdict   VARCHAR(10)      NOT NULL,
    evidence  VARCHAR(2000),
    PRIMARY KEY (row_id, candidate_rank)
);
