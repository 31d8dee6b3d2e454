-- Returns whose follow-ups are still to be planned: written in the transaction that records the
-- returns (one row per batch of up to 2,000, "return id;person id;arrival date" per line), planned and
-- deleted together in a transaction of their own right after it commits, or at the next start if
-- the process stopped in between. Empty but for those moments.
CREATE TABLE follow_up_pending (
    id          UUID          NOT NULL PRIMARY KEY,
    recorded_on DATE          NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(100)  NOT NULL,
    returns     VARCHAR(1000000) NOT NULL
);
