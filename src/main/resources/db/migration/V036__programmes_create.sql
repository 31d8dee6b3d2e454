-- Donors, their projects and the budget lines that assistance, stock and journeys are charged to.
CREATE TABLE programme_donor (
    id         UUID         NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100) NOT NULL
);

CREATE TABLE programme_project (
    id         UUID         NOT NULL PRIMARY KEY,
    donor_id   UUID         NOT NULL REFERENCES programme_donor (id),
    name       VARCHAR(200) NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    CONSTRAINT programme_project_period CHECK (ends_on >= starts_on)
);

CREATE TABLE programme_budget_line (
    id         UUID         NOT NULL PRIMARY KEY,
    project_id UUID         NOT NULL REFERENCES programme_project (id),
    name       VARCHAR(200) NOT NULL,
    budget_xof BIGINT       NOT NULL,
    position   INTEGER      NOT NULL,
    CONSTRAINT programme_budget_line_amount CHECK (budget_xof >= 0)
);
CREATE INDEX programme_budget_line_project ON programme_budget_line (project_id);
CREATE INDEX shelter_assistance_line ON shelter_assistance (project_line_id);
CREATE INDEX shelter_stock_movement_line ON shelter_stock_movement (project_line_id);
