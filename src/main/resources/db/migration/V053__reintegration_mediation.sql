-- Family or community mediation for a returnee: the case (open, then closed with an outcome), the
-- parties around the table and the sessions held. Reports count outcomes from mediation_case
-- (status CLOSED, outcome RECONCILED | PARTIAL | FAILED, closed_on). request_key: a retried
-- creation (same user, same key) finds the first record instead of writing a second one.
CREATE TABLE mediation_case (
    id          UUID          NOT NULL PRIMARY KEY,
    person_id   UUID          NOT NULL REFERENCES person (id),
    kind        VARCHAR(10)   NOT NULL,
    opened_on   DATE          NOT NULL,
    reason      VARCHAR(1000),
    status      VARCHAR(10)   NOT NULL,
    outcome     VARCHAR(12),
    closed_on   DATE,
    request_key VARCHAR(100),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    version     INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT mediation_case_request UNIQUE (created_by, request_key)
);
CREATE INDEX mediation_case_person ON mediation_case (person_id);
CREATE INDEX mediation_case_closed ON mediation_case (status, closed_on);

CREATE TABLE mediation_party (
    id         UUID          NOT NULL PRIMARY KEY,
    case_id    UUID          NOT NULL REFERENCES mediation_case (id),
    position   INTEGER       NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    relation   VARCHAR(20)   NOT NULL,
    village    VARCHAR(200),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100)  NOT NULL,
    CONSTRAINT mediation_party_position UNIQUE (case_id, position)
);

CREATE TABLE mediation_session (
    id          UUID          NOT NULL PRIMARY KEY,
    case_id     UUID          NOT NULL REFERENCES mediation_case (id),
    held_on     DATE          NOT NULL,
    mediator    VARCHAR(100)  NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    request_key VARCHAR(100),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT mediation_session_request UNIQUE (created_by, request_key)
);
CREATE INDEX mediation_session_case ON mediation_session (case_id, held_on);
