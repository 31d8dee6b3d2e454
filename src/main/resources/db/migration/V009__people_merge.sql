-- Two records that turned out to be one person: the merged one is voided and points to the kept one.
ALTER TABLE person ADD COLUMN merged_into UUID;

CREATE TABLE person_merge (
    id          UUID         NOT NULL PRIMARY KEY,
    kept_id     UUID         NOT NULL REFERENCES person (id),
    merged_id   UUID         NOT NULL REFERENCES person (id),
    merged_by   VARCHAR(100) NOT NULL,
    merged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_by   VARCHAR(100),
    undone_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX person_merge_kept ON person_merge (kept_id);

-- Which records each module moved for a merge, so that undoing it moves exactly those back.
CREATE TABLE merge_moved_record (
    merge_id    UUID         NOT NULL REFERENCES person_merge (id),
    record_type VARCHAR(40)  NOT NULL,
    record_id   UUID         NOT NULL,
    PRIMARY KEY (merge_id, record_type, record_id)
);
