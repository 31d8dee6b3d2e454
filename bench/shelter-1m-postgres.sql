-- PostgreSQL version of shelter-1m.sql (same rows): PGOPTIONS='-c search_path=sira_bench' psql -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d test -f bench/shelter-1m-postgres.sql
INSERT INTO person (id, file_number, family_name, given_names, sex, birth_date, birth_date_precision, restricted, created_at, created_by, updated_at, updated_by, voided, version)
SELECT CAST('10000000-0000-7000-8000-' || LPAD(CAST(x AS VARCHAR), 12, '0') AS UUID), 'BENCH-' || x, 'Nom' || MOD(x, 5000), 'Prenom' || MOD(x, 300),
       CASE WHEN MOD(x, 4) = 0 THEN 'F' ELSE 'M' END, DATE '1975-01-01' + MOD(x, 9000), 'DAY', FALSE,
       CURRENT_TIMESTAMP, 'bench', CURRENT_TIMESTAMP, 'bench', FALSE, 0 FROM generate_series(1, 1000000) AS g(x);
INSERT INTO shelter_centre (id, name, created_at, created_by) VALUES ('20000000-0000-7000-8000-000000000001', 'Historique (mesures)', CURRENT_TIMESTAMP, 'bench');
INSERT INTO shelter_room (id, centre_id, name, kind, created_at, created_by) VALUES ('20000000-0000-7000-8000-000000000002', '20000000-0000-7000-8000-000000000001', 'Historique', 'FAMILY', CURRENT_TIMESTAMP, 'bench');
INSERT INTO shelter_bed (id, room_id, label, position)
SELECT CAST('30000000-0000-7000-8000-' || LPAD(CAST(x AS VARCHAR), 12, '0') AS UUID), CAST('20000000-0000-7000-8000-000000000002' AS UUID), 'H-' || x, x FROM generate_series(1, 1000) AS g(x);
INSERT INTO shelter_stay (id, person_id, bed_id, centre_id, check_in, check_out, check_out_reason, open_bed_id, open_person_id, age_confirmed_adult, checked_in_by, checked_out_by, version)
SELECT CAST('40000000-0000-7000-8000-' || LPAD(CAST(x AS VARCHAR), 12, '0') AS UUID),
       CAST('10000000-0000-7000-8000-' || LPAD(CAST(x AS VARCHAR), 12, '0') AS UUID),
       CAST('30000000-0000-7000-8000-' || LPAD(CAST(MOD(x, 1000) + 1 AS VARCHAR), 12, '0') AS UUID),
       '20000000-0000-7000-8000-000000000001',
       TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00' + ((x / 1000) * 3) * INTERVAL '1 day',
       TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00' + ((x / 1000) * 3 + 2) * INTERVAL '1 day',
       'JOURNEY_HOME', NULL, NULL, FALSE, 'bench', 'bench', 1 FROM generate_series(1, 100000) AS g(x);
INSERT INTO shelter_stock_movement (id, centre_id, item_code, kind, quantity, recorded_at, recorded_by)
SELECT gen_random_uuid(), '20000000-0000-7000-8000-000000000001', 'MEAL', CASE WHEN MOD(x, 2) = 0 THEN 'RECEIPT' ELSE 'ISSUE' END,
       CASE WHEN MOD(x, 2) = 0 THEN 10 ELSE -10 END, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00' + x * INTERVAL '1 minute', 'bench'
FROM generate_series(1, 100000) AS g(x);
SELECT COUNT(*) FROM person;
SELECT COUNT(*) FROM shelter_stay;
ANALYZE;
