-- Pairs of registered persons that look like one person, from the last search of the whole registry
-- (first_id < second_id), and the pairs someone decided are two people, which later searches leave out.
CREATE TABLE possible_duplicate (
    first_id  UUID             NOT NULL REFERENCES person (id),
    second_id UUID             NOT NULL REFERENCES person (id),
    verdict   VARCHAR(10)      NOT NULL,
    score     DOUBLE PRECISION NOT NULL,
    found_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (first_id, second_id)
);
CREATE INDEX possible_duplicate_score ON possible_duplicate (score);

CREATE TABLE not_duplicate (
    first_id   UUID         NOT NULL REFERENCES person (id),
    second_id  UUID         NOT NULL REFERENCES person (id),
    decided_by VARCHAR(100) NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (first_id, second_id)
);
