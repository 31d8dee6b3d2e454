-- Reference data: countries, Mali's administrative divisions, national languages.
CREATE TABLE country (
    alpha2      CHAR(2)      NOT NULL PRIMARY KEY,
    alpha3      CHAR(3)      NOT NULL UNIQUE,
    name_fr     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    continent   VARCHAR(20)  NOT NULL,
    search_key  VARCHAR(200) NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0
);

-- One row per region, cercle or commune; codes never change once records use them.
CREATE TABLE admin_division (
    code        VARCHAR(120) NOT NULL PRIMARY KEY,
    level       VARCHAR(10)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    search_key  VARCHAR(100) NOT NULL,
    parent_code VARCHAR(120) REFERENCES admin_division (code),
    since_year  INTEGER,
    source      VARCHAR(300) NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX admin_division_search ON admin_division (search_key);
CREATE INDEX admin_division_parent ON admin_division (parent_code);

-- The 2023 regions were carved out of existing cercles; which ones is entered by an admin with its source.
CREATE TABLE region_cercle_link (
    region_code VARCHAR(120) NOT NULL REFERENCES admin_division (code),
    cercle_code VARCHAR(120) NOT NULL REFERENCES admin_division (code),
    source      VARCHAR(300) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (region_code, cercle_code)
);

CREATE TABLE language (
    code        VARCHAR(10)  NOT NULL PRIMARY KEY,
    name_fr     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL
);
