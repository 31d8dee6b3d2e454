-- The casework report counts a period's follow-ups by due date and status, and those done in it by
-- outcome. At 1,000,000 persons and 3,000,000 follow-ups its semester page took 0.5-0.7 s on
-- PostgreSQL: 250 ms fetching the status of each of 147,000 rows found on (due_date), 400 ms reading
-- every row for the outcomes (no index on done_on). With the columns in the index, neither reads a row.
-- Planned follow-ups are one row per return until touched (V082), so these indexes cost an import nothing.
DROP INDEX follow_up_due;
CREATE INDEX follow_up_due ON follow_up (due_date, status);
CREATE INDEX follow_up_done ON follow_up (done_on, status, outcome);
