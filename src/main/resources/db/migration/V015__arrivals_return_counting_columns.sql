-- The statistics count returns by the person's sex and region of origin. Joining a million returns
-- to their persons took H2 about a second for one semester; each return now carries the two, kept
-- equal to the person's by Returns (on insert) and ReturnsFollowPersons (when a person changes or
-- is merged), and one index holds everything a count reads.
ALTER TABLE person_return ADD COLUMN person_sex CHAR(1);
ALTER TABLE person_return ADD COLUMN origin_region_code VARCHAR(120);
ALTER TABLE person_return ADD COLUMN origin_region_text VARCHAR(100);
UPDATE person_return SET
    person_sex = (SELECT p.sex FROM person p WHERE p.id = person_return.person_id),
    origin_region_code = (SELECT p.origin_region_code FROM person p WHERE p.id = person_return.person_id),
    origin_region_text = (SELECT p.origin_region_text FROM person p WHERE p.id = person_return.person_id);
DROP INDEX person_return_arrival;
CREATE INDEX person_return_counting ON person_return
    (arrival_date, voided, return_kind, country_from, person_sex, origin_region_code, origin_region_text);
