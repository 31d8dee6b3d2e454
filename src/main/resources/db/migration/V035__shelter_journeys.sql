-- Journeys home: where to, how, what it cost, who escorts, and the call that confirms arrival.
CREATE TABLE shelter_journey (
    id                   UUID         NOT NULL PRIMARY KEY,
    person_id            UUID         NOT NULL REFERENCES person (id),
    centre_id            UUID         NOT NULL REFERENCES shelter_centre (id),
    destination_region   VARCHAR(100) NOT NULL,
    destination_cercle   VARCHAR(100),
    destination_commune  VARCHAR(100),
    destination_village  VARCHAR(100),
    transport_company    VARCHAR(100) NOT NULL,
    departure_date       DATE         NOT NULL,
    ticket_number        VARCHAR(60),
    ticket_cost_xof      BIGINT       NOT NULL,
    travel_money_xof     BIGINT       NOT NULL,
    payment_mode         VARCHAR(20)  NOT NULL,
    payment_reference    VARCHAR(60),
    escort               VARCHAR(100),
    status               VARCHAR(20)  NOT NULL,
    departed_at          TIMESTAMP WITH TIME ZONE,
    call_due             DATE,
    call_done_at         TIMESTAMP WITH TIME ZONE,
    call_result          VARCHAR(300),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100) NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100) NOT NULL,
    version              INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT shelter_journey_costs CHECK (ticket_cost_xof >= 0 AND travel_money_xof >= 0)
);
CREATE INDEX shelter_journey_person ON shelter_journey (person_id);
CREATE INDEX shelter_journey_call ON shelter_journey (status, call_due);
CREATE INDEX shelter_journey_departure ON shelter_journey (centre_id, departure_date);
