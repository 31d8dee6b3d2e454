-- "Register all new" in one action, and its undo within the night: which rows a batch registered.
CREATE TABLE manifest_batch (
    id            UUID PRIMARY KEY,
    group_id      UUID NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by VARCHAR(100) NOT NULL,
    persons       INTEGER NOT NULL,
    undone_at     TIMESTAMP WITH TIME ZONE,
    undone_by     VARCHAR(100)
);
CREATE INDEX manifest_batch_group ON manifest_batch (group_id);
ALTER TABLE manifest_row ADD COLUMN batch_id UUID;
CREATE INDEX manifest_row_batch ON manifest_row (batch_id);
