-- The case plan: what was promised (a goal, the action towards it, who does it: a user or a
-- partner, by when) and what became of it. A done or dropped item is final. Rows belong to
-- their case, so they follow it wherever a merge moves the case.
CREATE TABLE case_plan_item (
    id           UUID          NOT NULL PRIMARY KEY,
    case_id      UUID          NOT NULL REFERENCES casework_case (id),
    goal         VARCHAR(300)  NOT NULL,
    action       VARCHAR(1000) NOT NULL,
    assignee     VARCHAR(100),
    partner      VARCHAR(200),
    due_on       DATE,
    status       VARCHAR(12)   NOT NULL,
    status_note  VARCHAR(1000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    version      INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX case_plan_item_case ON case_plan_item (case_id);

-- Services the organisation gave a person within a case (information, accompaniment, help with
-- documents, transport, food, first aid...). Only ever added to.
CREATE TABLE case_service (
    id          UUID          NOT NULL PRIMARY KEY,
    case_id     UUID          NOT NULL REFERENCES casework_case (id),
    kind        VARCHAR(20)   NOT NULL,
    given_on    DATE          NOT NULL,
    given_by    VARCHAR(100)  NOT NULL,
    note        VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100)  NOT NULL
);
CREATE INDEX case_service_case ON case_service (case_id);
