-- The stays and assistance a merge moved, noted by the shelter module itself: undoing the merge moves back exactly these.
CREATE TABLE shelter_merge_move (
    merge_id    UUID        NOT NULL,
    record_type VARCHAR(30) NOT NULL,
    record_id   UUID        NOT NULL,
    PRIMARY KEY (merge_id, record_type, record_id)
);
