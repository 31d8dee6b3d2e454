-- The returnees report (issue 16) reads, for every return of the period, its person's date of birth
-- and vulnerabilities and whether the person had come back before. With these indexes each of the
-- three reads is one index lookup that holds every column it needs (no read of the wide person row,
-- nor of the return's): the period's returns with their person from the counting index, the
-- person's two fields from person_report, an earlier return from person_return_person.
DROP INDEX person_return_counting;
CREATE INDEX person_return_counting ON person_return
    (arrival_date, voided, return_kind, country_from, person_sex, origin_region_code, origin_region_text, person_id);
-- H2 never made person_return_person: its foreign key's own index on person_id came first.
DROP INDEX IF EXISTS person_return_person;
CREATE INDEX person_return_person ON person_return (person_id, voided, arrival_date);
CREATE INDEX person_report ON person (id, birth_date, vulnerabilities);
