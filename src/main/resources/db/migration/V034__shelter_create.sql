-- Host centres: rooms and beds, stays, stock and the assistance handed out.

-- What a centre hands out and keeps in stock (reference data, labels in French and English).
CREATE TABLE shelter_item (
    code                  VARCHAR(30)  NOT NULL PRIMARY KEY,
    label_fr              VARCHAR(100) NOT NULL,
    label_en              VARCHAR(100) NOT NULL,
    default_low_threshold INTEGER      NOT NULL DEFAULT 0
);
INSERT INTO shelter_item (code, label_fr, label_en, default_low_threshold) VALUES
    ('MEAL', 'Repas', 'Meal', 50),
    ('HYGIENE_KIT', 'Kit d’hygiène', 'Hygiene kit', 20),
    ('DIGNITY_KIT', 'Kit de dignité', 'Dignity kit', 10),
    ('CLOTHING', 'Vêtements', 'Clothing', 10),
    ('SHOES', 'Chaussures', 'Shoes', 10),
    ('BLANKET', 'Couverture', 'Blanket', 10),
    ('MAT', 'Natte', 'Sleeping mat', 10),
    ('MOSQUITO_NET', 'Moustiquaire', 'Mosquito net', 10),
    ('WATER', 'Eau (sachet)', 'Water (sachet)', 50),
    ('FOOD_KIT', 'Kit alimentaire', 'Food kit', 10),
    ('FIRST_AID_KIT', 'Trousse de premiers soins', 'First aid kit', 5),
    ('PHONE_CREDIT', 'Crédit téléphonique', 'Phone credit', 10);

CREATE TABLE shelter_centre (
    id         UUID         NOT NULL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100) NOT NULL
);

CREATE TABLE shelter_room (
    id         UUID         NOT NULL PRIMARY KEY,
    centre_id  UUID         NOT NULL REFERENCES shelter_centre (id),
    name       VARCHAR(100) NOT NULL,
    kind       VARCHAR(10)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100) NOT NULL
);
CREATE INDEX shelter_room_centre ON shelter_room (centre_id);

CREATE TABLE shelter_bed (
    id       UUID        NOT NULL PRIMARY KEY,
    room_id  UUID        NOT NULL REFERENCES shelter_room (id),
    label    VARCHAR(40) NOT NULL,
    position INTEGER     NOT NULL
);
CREATE INDEX shelter_bed_room ON shelter_bed (room_id);

-- open_bed_id and open_person_id hold the bed and the person while the stay is open and are NULL
-- once it is checked out: their UNIQUE keys let one open stay per bed and per person exist, on H2
-- and PostgreSQL alike (partial indexes differ between the two), whatever the number of
-- simultaneous check-ins.
CREATE TABLE shelter_stay (
    id                  UUID         NOT NULL PRIMARY KEY,
    person_id           UUID         NOT NULL REFERENCES person (id),
    bed_id              UUID         NOT NULL REFERENCES shelter_bed (id),
    centre_id           UUID         NOT NULL REFERENCES shelter_centre (id),
    check_in            TIMESTAMP WITH TIME ZONE NOT NULL,
    check_out           TIMESTAMP WITH TIME ZONE,
    check_out_reason    VARCHAR(30),
    open_bed_id         UUID         UNIQUE,
    open_person_id      UUID         UNIQUE,
    age_confirmed_adult BOOLEAN      NOT NULL DEFAULT FALSE,
    checked_in_by       VARCHAR(100) NOT NULL,
    checked_out_by      VARCHAR(100),
    version             INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT shelter_stay_open_or_closed CHECK ((check_out IS NULL AND open_bed_id IS NOT NULL AND open_person_id IS NOT NULL)
        OR (check_out IS NOT NULL AND open_bed_id IS NULL AND open_person_id IS NULL))
);
CREATE INDEX shelter_stay_person ON shelter_stay (person_id, check_in);
CREATE INDEX shelter_stay_bed ON shelter_stay (bed_id, check_in);
CREATE INDEX shelter_stay_centre ON shelter_stay (centre_id, check_out);

-- The balance of an item in a centre; the CHECK is the last guard: no path may take it below zero.
CREATE TABLE shelter_stock (
    centre_id     UUID        NOT NULL REFERENCES shelter_centre (id),
    item_code     VARCHAR(30) NOT NULL REFERENCES shelter_item (code),
    balance       BIGINT      NOT NULL,
    low_threshold INTEGER     NOT NULL,
    PRIMARY KEY (centre_id, item_code),
    CONSTRAINT shelter_stock_never_negative CHECK (balance >= 0)
);

-- Every change of a balance: receipts (+), issues for assistance (-), adjustments with a reason.
CREATE TABLE shelter_stock_movement (
    id              UUID         NOT NULL PRIMARY KEY,
    centre_id       UUID         NOT NULL REFERENCES shelter_centre (id),
    item_code       VARCHAR(30)  NOT NULL REFERENCES shelter_item (code),
    kind            VARCHAR(12)  NOT NULL,
    quantity        BIGINT       NOT NULL,
    unit_cost_xof   BIGINT,
    project_line_id UUID,
    distribution_id UUID,
    reason          VARCHAR(200),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL
);
CREATE INDEX shelter_stock_movement_item ON shelter_stock_movement (centre_id, item_code, recorded_at);

-- One row per person and distribution: given, or recorded as a shortfall when the stock ran out.
CREATE TABLE shelter_assistance (
    id              UUID         NOT NULL PRIMARY KEY,
    distribution_id UUID         NOT NULL,
    centre_id       UUID         NOT NULL REFERENCES shelter_centre (id),
    item_code       VARCHAR(30)  NOT NULL REFERENCES shelter_item (code),
    person_id       UUID         NOT NULL REFERENCES person (id),
    quantity        INTEGER      NOT NULL,
    outcome         VARCHAR(10)  NOT NULL,
    project_line_id UUID,
    given_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    given_by        VARCHAR(100) NOT NULL
);
CREATE INDEX shelter_assistance_person ON shelter_assistance (person_id);
CREATE INDEX shelter_assistance_distribution ON shelter_assistance (distribution_id);
