-- Economic reintegration: what a person did abroad, the trainings she followed here, and the
-- business she started with a plan, grants charged to a project's budget line, and its status over time.
CREATE TABLE reintegration_work_history (
    id          UUID         NOT NULL PRIMARY KEY,
    person_id   UUID         NOT NULL REFERENCES person (id),
    trade       VARCHAR(100) NOT NULL,
    country     CHAR(2)      NOT NULL REFERENCES country (alpha2),
    years       INTEGER      NOT NULL,
    description VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT reintegration_work_years CHECK (years >= 0 AND years <= 60)
);
CREATE INDEX reintegration_work_history_person ON reintegration_work_history (person_id);

CREATE TABLE reintegration_training (
    id         UUID         NOT NULL PRIMARY KEY,
    person_id  UUID         NOT NULL REFERENCES person (id),
    sector     VARCHAR(20)  NOT NULL,
    provider   VARCHAR(200) NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE,
    status     VARCHAR(20)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    version    INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT reintegration_training_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX reintegration_training_person ON reintegration_training (person_id, status);

-- A business plan; its current status is the latest dated status record below (kept here too, for lists).
CREATE TABLE reintegration_business (
    id         UUID          NOT NULL PRIMARY KEY,
    person_id  UUID          NOT NULL REFERENCES person (id),
    activity   VARCHAR(200)  NOT NULL,
    sector     VARCHAR(20)   NOT NULL,
    summary    VARCHAR(2000),
    planned_on DATE          NOT NULL,
    status     VARCHAR(20),
    status_on  DATE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100)  NOT NULL,
    version    INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX reintegration_business_person ON reintegration_business (person_id);

-- A grant for a business, in kind or cash, in whole francs CFA, charged to a budget line of the programmes module.
CREATE TABLE reintegration_grant (
    id              UUID         NOT NULL PRIMARY KEY,
    business_id     UUID         NOT NULL REFERENCES reintegration_business (id),
    person_id       UUID         NOT NULL REFERENCES person (id),
    kind            VARCHAR(10)  NOT NULL,
    amount_xof      BIGINT       NOT NULL,
    project_line_id UUID         NOT NULL,
    granted_on      DATE         NOT NULL,
    description     VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    CONSTRAINT reintegration_grant_amount CHECK (amount_xof > 0)
);
CREATE INDEX reintegration_grant_business ON reintegration_grant (business_id);
CREATE INDEX reintegration_grant_person ON reintegration_grant (person_id);
CREATE INDEX reintegration_grant_line ON reintegration_grant (project_line_id);

-- The status of a business as found on a day, linked to the casework follow-up it was noted at when there was one.
CREATE TABLE reintegration_business_status (
    id           UUID         NOT NULL PRIMARY KEY,
    business_id  UUID         NOT NULL REFERENCES reintegration_business (id),
    person_id    UUID         NOT NULL REFERENCES person (id),
    status       VARCHAR(20)  NOT NULL,
    noted_on     DATE         NOT NULL,
    follow_up_id UUID,
    note         VARCHAR(1000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100) NOT NULL
);
CREATE INDEX reintegration_business_status_business ON reintegration_business_status (business_id, noted_on);
CREATE INDEX reintegration_business_status_person ON reintegration_business_status (person_id);
