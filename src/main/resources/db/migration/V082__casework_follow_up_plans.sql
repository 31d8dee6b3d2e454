-- The follow-ups a return plans (at 3, 6 and 12 months by default) are kept as one row per return until
-- one of them is touched: an import of 100,000 recent returns wrote 300,000 follow-up rows with four
-- indexes each, which added a quarter (H2) to three fifths (PostgreSQL) to its time (docs/BENCHMARKS.md).
-- A plan's follow-ups are those of the months in force (follow_up_plan_months) from first_month on; each
-- has the plan's id with its last byte replaced by its month, and keeps that id when the plan is written
-- out as follow_up rows: when an outcome is recorded, when the person's follow-ups are cancelled, when the
-- person is merged into another, or when the months in force change. Written only by FollowUps.
CREATE TABLE follow_up_plan (
    id            UUID          NOT NULL PRIMARY KEY,
    person_id     UUID          NOT NULL,
    return_id     UUID          NOT NULL,
    arrival_date  DATE          NOT NULL,
    first_month   SMALLINT      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL
);
-- The due list, month by month: a month's planned follow-ups fall due in the order of arrival. The
-- columns after id let the list skip plans from a later month, and check the person, in the index.
CREATE INDEX follow_up_plan_arrival ON follow_up_plan (arrival_date, id, first_month, person_id);
CREATE INDEX follow_up_plan_person ON follow_up_plan (person_id);

-- The months the plans were made with (one row, written at start-up).
CREATE TABLE follow_up_plan_months (
    months  VARCHAR(500)  NOT NULL PRIMARY KEY
);
