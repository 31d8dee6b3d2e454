-- The rights report joins the period's returns to their checks. PostgreSQL hashed all 643,719 checks
-- of the benchmark for each semester asked (issue 16); each check now repeats its return's arrival
-- date (kept by RightsChecks on insert and ReturnStore when the return's date is corrected), so the
-- join reads the period's checks from one index range that holds every column the report counts.
ALTER TABLE rights_check ADD COLUMN arrival_date DATE;
UPDATE rights_check SET arrival_date = (SELECT r.arrival_date FROM person_return r WHERE r.id = rights_check.return_id);
CREATE INDEX rights_check_arrival ON rights_check
    (arrival_date, return_id, detained, detention_days, violence, belongings_withheld, wages_unpaid);
