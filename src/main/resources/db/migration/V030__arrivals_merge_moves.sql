-- The returns and manifest rows a merge moved, noted by arrivals itself (they were noted in people's
-- merge_moved_record): undoing the merge moves back exactly these.
CREATE TABLE arrivals_merge_move (
    merge_id    UUID        NOT NULL,
    record_type VARCHAR(20) NOT NULL,
    record_id   UUID        NOT NULL,
    PRIMARY KEY (merge_id, record_type, record_id)
);

INSERT INTO arrivals_merge_move (merge_id, record_type, record_id)
SELECT merge_id, record_type, record_id FROM merge_moved_record WHERE record_type IN ('RETURN', 'MANIFEST_ROW');
