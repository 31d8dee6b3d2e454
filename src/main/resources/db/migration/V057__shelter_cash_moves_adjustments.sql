-- Cash handed out (in XOF, by hand or mobile money), bed moves within a stay, and notes on stock adjustments.

-- One cash handout to one or more persons in one action, charged to a budget line. A mobile money
-- payment keeps its transaction reference.
CREATE TABLE shelter_cash_distribution (
    id                    UUID         NOT NULL PRIMARY KEY,
    centre_id             UUID         NOT NULL REFERENCES shelter_centre (id),
    amount_each_xof       BIGINT       NOT NULL,
    payment_mode          VARCHAR(20)  NOT NULL,
    transaction_reference VARCHAR(60),
    purpose               VARCHAR(200),
    project_line_id       UUID         NOT NULL,
    given_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    given_by              VARCHAR(100) NOT NULL,
    version               INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT shelter_cash_amount CHECK (amount_each_xof > 0),
    CONSTRAINT shelter_cash_reference CHECK (payment_mode = 'CASH' OR transaction_reference IS NOT NULL)
);
CREATE INDEX shelter_cash_distribution_line ON shelter_cash_distribution (project_line_id);

CREATE TABLE shelter_cash_assistance (
    id              UUID   NOT NULL PRIMARY KEY,
    distribution_id UUID   NOT NULL REFERENCES shelter_cash_distribution (id),
    person_id       UUID   NOT NULL REFERENCES person (id),
    amount_xof      BIGINT NOT NULL,
    CONSTRAINT shelter_cash_assistance_amount CHECK (amount_xof > 0)
);
CREATE INDEX shelter_cash_assistance_person ON shelter_cash_assistance (person_id);
CREATE INDEX shelter_cash_assistance_distribution ON shelter_cash_assistance (distribution_id);

-- A request sent again with the same key (a retried call, a form sent twice) finds the record of the first.
CREATE TABLE shelter_request (
    request_key VARCHAR(100) NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    record_id   UUID         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (request_key, actor)
);

-- Every bed a stay left for another; the stay's bed_id is always the bed it is in now.
CREATE TABLE shelter_bed_move (
    id          UUID         NOT NULL PRIMARY KEY,
    stay_id     UUID         NOT NULL REFERENCES shelter_stay (id),
    from_bed_id UUID         NOT NULL REFERENCES shelter_bed (id),
    to_bed_id   UUID         NOT NULL REFERENCES shelter_bed (id),
    moved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    moved_by    VARCHAR(100) NOT NULL
);
CREATE INDEX shelter_bed_move_stay ON shelter_bed_move (stay_id, moved_at);
CREATE INDEX shelter_bed_move_from ON shelter_bed_move (from_bed_id, moved_at);

ALTER TABLE shelter_stock_movement ADD COLUMN note VARCHAR(200);
