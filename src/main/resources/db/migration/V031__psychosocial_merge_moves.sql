-- The notes a merge moved, noted by psychosocial itself. With arrivals' own list (V030) nobody
-- writes people's merge_moved_record any more: its rows are copied, and it goes.
CREATE TABLE psychosocial_merge_move (
    merge_id UUID NOT NULL,
    note_id  UUID NOT NULL,
    PRIMARY KEY (merge_id, note_id)
);

INSERT INTO psychosocial_merge_move (merge_id, note_id)
SELECT merge_id, record_id FROM merge_moved_record WHERE record_type = 'PSYCHOSOCIAL_NOTE';

DROP TABLE merge_moved_record;
