-- The returnees report counts each return of a period by the person's age at arrival and
-- vulnerabilities, and by whether the person had come back before. Reading these from the person
-- table and probing for an earlier return took seconds per semester at a million persons (issue 16,
-- docs/BENCHMARKS.md); so did working out ages in SQL for ten years of returns. Each return now
-- carries them, as V015 did for sex and region, kept by ReturnTraits on every write of a return
-- and every change of a person (edit, merge, undone merge):
--   person_age      full years from the person's date of birth (as recorded) to the arrival, a
--                   birthday not yet reached that year taking one off; NULL without a date of birth
--   repeat_return   an earlier return of the same person, not removed, arrived on an earlier day
ALTER TABLE person_return ADD COLUMN person_birth_date DATE;
ALTER TABLE person_return ADD COLUMN person_age SMALLINT;
ALTER TABLE person_return ADD COLUMN person_vulnerabilities VARCHAR(300);
ALTER TABLE person_return ADD COLUMN repeat_return BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE person_return SET
    person_birth_date = (SELECT p.birth_date FROM person p WHERE p.id = person_return.person_id),
    person_vulnerabilities = (SELECT p.vulnerabilities FROM person p WHERE p.id = person_return.person_id);
UPDATE person_return SET
    person_age = EXTRACT(YEAR FROM arrival_date) - EXTRACT(YEAR FROM person_birth_date)
        - CASE WHEN EXTRACT(MONTH FROM arrival_date) * 100 + EXTRACT(DAY FROM arrival_date)
                  < EXTRACT(MONTH FROM person_birth_date) * 100 + EXTRACT(DAY FROM person_birth_date) THEN 1 ELSE 0 END,
    repeat_return = CASE WHEN EXISTS (SELECT 1 FROM person_return e WHERE e.person_id = person_return.person_id
        AND e.voided = FALSE AND e.arrival_date < person_return.arrival_date) THEN TRUE ELSE FALSE END;
-- One index range holds every column the statistics and the returnees report read, and the id the
-- rights report joins its checks by.
DROP INDEX person_return_counting;
CREATE INDEX person_return_counting ON person_return
    (arrival_date, voided, return_kind, country_from, person_sex, origin_region_code, origin_region_text, person_id,
     person_age, repeat_return, person_vulnerabilities, id);
-- Made for the join this replaces (V061).
DROP INDEX person_report;
