-- The rights check at arrival: one per return, structured so that violations can be counted.
CREATE TABLE rights_check (
    return_id            UUID         NOT NULL PRIMARY KEY REFERENCES person_return (id),
    informed_of_rights   BOOLEAN,
    detained             BOOLEAN,
    detention_days       INTEGER,
    violence             BOOLEAN,
    belongings_withheld  BOOLEAN,
    wages_unpaid         BOOLEAN,
    family_separated     BOOLEAN,
    consular_access      BOOLEAN,
    medical_needs        BOOLEAN,
    medical_urgent       BOOLEAN,
    minor_alone          BOOLEAN,
    needs_bed_tonight    BOOLEAN,
    notes                VARCHAR(500),
    recorded_by          VARCHAR(100) NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER      NOT NULL DEFAULT 0
);

-- What the monitor saw of the group as a whole.
ALTER TABLE arrival_group ADD COLUMN monitor_present BOOLEAN;
ALTER TABLE arrival_group ADD COLUMN handed_over_by_officials BOOLEAN;
ALTER TABLE arrival_group ADD COLUMN mistreatment_observed BOOLEAN;
ALTER TABLE arrival_group ADD COLUMN observations VARCHAR(1000);
