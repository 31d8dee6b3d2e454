-- Issue 16's size for the reports (H2): 1,000,000 persons and 1,500,000 returns over 2016-01-01 – 2026-10-14,
-- with the host centre's ten years beside them. Run on a database whose schema Flyway made (see docs/BENCHMARKS.md,
-- "Reports at 1,000,000 persons"); bench/reports-1m-postgres.sql writes the same rows for PostgreSQL.
--  persons  one in five a woman; born 1965–2011 (so some minors at arrival); region of origin one of nine, one in
--           ten given as text only; 2 % with one or two vulnerabilities
--  returns  every person once, every second person twice (the second 120–820 days after the first, or 400 days
--           before it when that would fall after November 2026); kind by year, forced removals falling from 45 % in
--           2016 to 15 % in 2026 as border rejections and voluntary returns grow; 14 countries of 4 continents;
--           4 arrival points; a rights check for 3 of 5 forced removals and border rejections
--  centre   150,000 closed stays of 1–5 nights (38 a day), meals (two a night) and a hygiene kit every third stay,
--           half charged to one project's lines; a journey home after every second stay
INSERT INTO person (id, file_number, family_name, given_names, sex, birth_date, birth_date_precision, origin_region_code, origin_region_text,
                    vulnerabilities, restricted, created_at, created_by, updated_at, updated_by, voided, version)
SELECT CAST('10000000-0000-7000-8000-' || LPAD(CAST(X AS VARCHAR), 12, '0') AS UUID), 'BENCH-' || X, 'Nom' || MOD(X, 5000), 'Prenom' || MOD(X, 300),
       CASE WHEN MOD(X, 5) = 0 THEN 'F' ELSE 'M' END, DATEADD(DAY, MOD(X * 17, 17000), DATE '1965-01-01'), 'DAY',
       CASE MOD(X, 10) WHEN 0 THEN 'ML-KAYES' WHEN 1 THEN 'ML-KOULIKORO' WHEN 2 THEN 'ML-SIKASSO' WHEN 3 THEN 'ML-SEGOU'
            WHEN 4 THEN 'ML-MOPTI' WHEN 5 THEN 'ML-TOMBOUCTOU' WHEN 6 THEN 'ML-GAO' WHEN 7 THEN 'ML-DISTRICT-DE-BAMAKO' WHEN 8 THEN 'ML-KIDAL' END,
       CASE WHEN MOD(X, 10) = 9 THEN 'Kayes' END,
       CASE MOD(X, 50) WHEN 0 THEN 'UNACCOMPANIED_MINOR' WHEN 1 THEN 'PREGNANT' WHEN 2 THEN 'DISABILITY,CHRONIC_ILLNESS' END,
       MOD(X, 50) = 0, CURRENT_TIMESTAMP, 'bench', CURRENT_TIMESTAMP, 'bench', FALSE, 0 FROM SYSTEM_RANGE(1, 1000000);
INSERT INTO person_return (id, person_id, return_kind, country_from, arrival_date, arrival_point, person_sex, origin_region_code, origin_region_text,
                           person_birth_date, person_vulnerabilities, person_age, repeat_return,
                           created_at, created_by, updated_at, updated_by, voided, version)
SELECT CAST('21000000-0000-7000-8' || k || '00-' || LPAD(CAST(X AS VARCHAR), 12, '0') AS UUID),
       CAST('10000000-0000-7000-8000-' || LPAD(CAST(X AS VARCHAR), 12, '0') AS UUID),
       CASE WHEN MOD(X * 7 + k * 31, 100) < 45 - 3 * (EXTRACT(YEAR FROM d) - 2016) THEN 'FORCED_REMOVAL'
            WHEN MOD(X * 7 + k * 31, 100) < 70 - (EXTRACT(YEAR FROM d) - 2016) THEN 'BORDER_REJECTION'
            WHEN MOD(X * 7 + k * 31, 100) < 90 THEN 'ASSISTED_VOLUNTARY' ELSE 'SPONTANEOUS_VOLUNTARY' END,
       CASE MOD(X * 3 + k, 14) WHEN 0 THEN 'DZ' WHEN 1 THEN 'LY' WHEN 2 THEN 'NE' WHEN 3 THEN 'MA' WHEN 4 THEN 'FR' WHEN 5 THEN 'ES'
            WHEN 6 THEN 'US' WHEN 7 THEN 'CN' WHEN 8 THEN 'SA' WHEN 9 THEN 'CI' WHEN 10 THEN 'SN' WHEN 11 THEN 'MR' WHEN 12 THEN 'GN' ELSE 'DE' END,
       d, CASE MOD(X + k, 5) WHEN 0 THEN 'Gogui' WHEN 1 THEN 'Gao' WHEN 2 THEN 'Kidal' ELSE 'Aéroport Bamako-Sénou' END,
       CASE WHEN MOD(X, 5) = 0 THEN 'F' ELSE 'M' END,
       CASE MOD(X, 10) WHEN 0 THEN 'ML-KAYES' WHEN 1 THEN 'ML-KOULIKORO' WHEN 2 THEN 'ML-SIKASSO' WHEN 3 THEN 'ML-SEGOU'
            WHEN 4 THEN 'ML-MOPTI' WHEN 5 THEN 'ML-TOMBOUCTOU' WHEN 6 THEN 'ML-GAO' WHEN 7 THEN 'ML-DISTRICT-DE-BAMAKO' WHEN 8 THEN 'ML-KIDAL' END,
       CASE WHEN MOD(X, 10) = 9 THEN 'Kayes' END,
       -- what Sira keeps on each return (V080): the person's birth and vulnerabilities as above, the age at
       -- arrival, and whether the person's other return came first (when the second was moved before the first)
       b, CASE MOD(X, 50) WHEN 1 THEN 'PREGNANT' WHEN 2 THEN 'CHRONIC_ILLNESS,DISABILITY' WHEN 0 THEN 'UNACCOMPANIED_MINOR' END,
       EXTRACT(YEAR FROM d) - EXTRACT(YEAR FROM b) - CASE WHEN EXTRACT(MONTH FROM d) * 100 + EXTRACT(DAY FROM d)
           < EXTRACT(MONTH FROM b) * 100 + EXTRACT(DAY FROM b) THEN 1 ELSE 0 END,
       CASE WHEN k = 1 THEN MOD(X, 2) = 0 AND moved ELSE NOT moved END,
       CURRENT_TIMESTAMP, 'bench', CURRENT_TIMESTAMP, 'bench', FALSE, 0
FROM (SELECT X, k, b, moved, CASE WHEN k = 1 THEN f WHEN DATEADD(DAY, 120 + MOD(X * 11, 700), f) > DATE '2026-11-30' THEN DATEADD(DAY, -400, f)
                        ELSE DATEADD(DAY, 120 + MOD(X * 11, 700), f) END AS d
      FROM (SELECT X, f, DATEADD(DAY, MOD(X * 17, 17000), DATE '1965-01-01') AS b,
                   DATEADD(DAY, 120 + MOD(X * 11, 700), f) > DATE '2026-11-30' AS moved
            FROM (SELECT X, DATEADD(DAY, MOD(X * 37, 3940), DATE '2016-01-01') AS f FROM SYSTEM_RANGE(1, 1000000)) g) p
      JOIN (VALUES (1), (2)) AS t(k) ON k = 1 OR MOD(X, 2) = 0) r;
INSERT INTO rights_check (return_id, informed_of_rights, detained, detention_days, violence, belongings_withheld, wages_unpaid, recorded_by, recorded_at, arrival_date)
SELECT id, TRUE, MOD(EXTRACT(DAY FROM arrival_date), 3) = 0,
       CASE WHEN MOD(EXTRACT(DAY FROM arrival_date), 3) = 0 AND MOD(EXTRACT(MONTH FROM arrival_date), 4) > 0
            THEN 2 + MOD(EXTRACT(DAY FROM arrival_date) * 7, 120) END,
       MOD(EXTRACT(DAY FROM arrival_date), 7) = 0, MOD(EXTRACT(DAY FROM arrival_date), 4) = 0, MOD(EXTRACT(DAY FROM arrival_date), 6) = 0,
       'bench', CURRENT_TIMESTAMP, arrival_date
FROM person_return WHERE return_kind IN ('FORCED_REMOVAL', 'BORDER_REJECTION') AND MOD(EXTRACT(MONTH FROM arrival_date), 5) < 3;
INSERT INTO programme_donor (id, name, created_at, created_by) VALUES ('60000000-0000-7000-8000-000000000001', 'Bailleur (mesures)', CURRENT_TIMESTAMP, 'bench');
INSERT INTO programme_project (id, donor_id, name, starts_on, ends_on, created_at, created_by)
VALUES ('60000000-0000-7000-8000-000000000002', '60000000-0000-7000-8000-000000000001', 'Projet (mesures)', DATE '2016-01-01', DATE '2026-12-31', CURRENT_TIMESTAMP, 'bench');
INSERT INTO programme_budget_line (id, project_id, name, budget_xof, position) VALUES
    ('60000000-0000-7000-8000-000000000003', '60000000-0000-7000-8000-000000000002', 'Repas', 500000000, 0),
    ('60000000-0000-7000-8000-000000000004', '60000000-0000-7000-8000-000000000002', 'Kits', 100000000, 1);
INSERT INTO shelter_centre (id, name, created_at, created_by) VALUES ('20000000-0000-7000-8000-000000000001', 'Historique (mesures)', CURRENT_TIMESTAMP, 'bench');
INSERT INTO shelter_room (id, centre_id, name, kind, created_at, created_by) VALUES ('20000000-0000-7000-8000-000000000002', '20000000-0000-7000-8000-000000000001', 'Historique', 'FAMILY', CURRENT_TIMESTAMP, 'bench');
INSERT INTO shelter_bed (id, room_id, label, position)
SELECT CAST('30000000-0000-7000-8000-' || LPAD(CAST(X AS VARCHAR), 12, '0') AS UUID), '20000000-0000-7000-8000-000000000002', 'H-' || X, X FROM SYSTEM_RANGE(1, 200);
INSERT INTO shelter_stay (id, person_id, bed_id, centre_id, check_in, check_out, check_out_reason, open_bed_id, open_person_id, age_confirmed_adult, checked_in_by, checked_out_by, version)
SELECT CAST('40000000-0000-7000-8000-' || LPAD(CAST(X AS VARCHAR), 12, '0') AS UUID),
       CAST('10000000-0000-7000-8000-' || LPAD(CAST(X * 6 AS VARCHAR), 12, '0') AS UUID),
       CAST('30000000-0000-7000-8000-' || LPAD(CAST(MOD(X, 200) + 1 AS VARCHAR), 12, '0') AS UUID),
       '20000000-0000-7000-8000-000000000001',
       DATEADD(MINUTE, X * 37, TIMESTAMP WITH TIME ZONE '2016-01-01 08:00:00+00'),
       DATEADD(DAY, 1 + MOD(X, 5), DATEADD(MINUTE, X * 37, TIMESTAMP WITH TIME ZONE '2016-01-01 08:00:00+00')),
       'JOURNEY_HOME', NULL, NULL, FALSE, 'bench', 'bench', 1 FROM SYSTEM_RANGE(1, 150000);
INSERT INTO shelter_assistance (id, distribution_id, centre_id, item_code, person_id, quantity, outcome, project_line_id, given_at, given_by)
SELECT CAST('70000000-0000-7000-8' || k || '00-' || LPAD(CAST(X AS VARCHAR), 12, '0') AS UUID),
       CAST('71000000-0000-7000-8000-' || LPAD(CAST(X AS VARCHAR), 12, '0') AS UUID), '20000000-0000-7000-8000-000000000001',
       CASE k WHEN 1 THEN 'MEAL' ELSE 'HYGIENE_KIT' END,
       CAST('10000000-0000-7000-8000-' || LPAD(CAST(X * 6 AS VARCHAR), 12, '0') AS UUID),
       CASE k WHEN 1 THEN 2 * (1 + MOD(X, 5)) ELSE 1 END, 'GIVEN',
       CASE WHEN MOD(X, 2) = 0 THEN NULL WHEN k = 1 THEN CAST('60000000-0000-7000-8000-000000000003' AS UUID)
            ELSE CAST('60000000-0000-7000-8000-000000000004' AS UUID) END,
       DATEADD(HOUR, 2, DATEADD(MINUTE, X * 37, TIMESTAMP WITH TIME ZONE '2016-01-01 08:00:00+00')), 'bench'
FROM SYSTEM_RANGE(1, 150000) JOIN (VALUES (1), (2)) AS t(k) ON k = 1 OR MOD(X, 3) = 0;
INSERT INTO shelter_journey (id, person_id, centre_id, destination_region, transport_company, departure_date, ticket_cost_xof, travel_money_xof,
                             payment_mode, status, departed_at, created_at, created_by, updated_at, updated_by)
SELECT CAST('80000000-0000-7000-8000-' || LPAD(CAST(X AS VARCHAR), 12, '0') AS UUID),
       CAST('10000000-0000-7000-8000-' || LPAD(CAST(X * 6 AS VARCHAR), 12, '0') AS UUID), '20000000-0000-7000-8000-000000000001', 'Kayes', 'Cars (mesures)',
       CAST(DATEADD(DAY, 1 + MOD(X, 5), DATEADD(MINUTE, X * 37, TIMESTAMP WITH TIME ZONE '2016-01-01 08:00:00+00')) AS DATE), 7500, 5000, 'CASH',
       'ARRIVAL_CONFIRMED', DATEADD(DAY, 1 + MOD(X, 5), DATEADD(MINUTE, X * 37, TIMESTAMP WITH TIME ZONE '2016-01-01 08:00:00+00')),
       CURRENT_TIMESTAMP, 'bench', CURRENT_TIMESTAMP, 'bench'
FROM SYSTEM_RANGE(1, 150000) WHERE MOD(X, 2) = 0;
SELECT COUNT(*) FROM person;
SELECT EXTRACT(YEAR FROM arrival_date) AS y, return_kind, COUNT(*) FROM person_return GROUP BY y, return_kind ORDER BY y, return_kind;
SELECT COUNT(*) FROM rights_check;
SELECT COUNT(*), MIN(check_in), MAX(check_out) FROM shelter_stay;
SELECT COUNT(*) FROM shelter_assistance;
SELECT COUNT(*) FROM shelter_journey;
