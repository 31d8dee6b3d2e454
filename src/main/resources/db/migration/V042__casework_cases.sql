-- A person's case: one open at a time (open_person_id is the person while the case is not
-- closed, empty once it is: a unique column that both H2 and PostgreSQL enforce), its
-- responsible caseworker, and a closure a caseworker asks for and a coordinator approves.
CREATE TABLE casework_case (
    id                    UUID          NOT NULL PRIMARY KEY,
    person_id             UUID          NOT NULL REFERENCES person (id),
    open_person_id        UUID          UNIQUE,
    caseworker            VARCHAR(100)  NOT NULL,
    status                VARCHAR(10)   NOT NULL,
    closure_reason        VARCHAR(1000),
    closure_requested_by  VARCHAR(100),
    closure_approved_by   VARCHAR(100),
    closed_at             TIMESTAMP WITH TIME ZONE,
    opened_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by             VARCHAR(100)  NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(100)  NOT NULL,
    version               INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX casework_case_person ON casework_case (person_id);
CREATE INDEX casework_case_caseworker ON casework_case (caseworker, status);

-- The needs assessment of a case: each need with its priority, as last assessed.
CREATE TABLE case_need (
    case_id     UUID          NOT NULL REFERENCES casework_case (id),
    need        VARCHAR(20)   NOT NULL,
    priority    VARCHAR(10)   NOT NULL,
    note        VARCHAR(1000),
    assessed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    assessed_by VARCHAR(100)  NOT NULL,
    PRIMARY KEY (case_id, need)
);
