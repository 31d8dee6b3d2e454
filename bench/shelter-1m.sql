INSERT INTO person (id, file_number, family_name, given_names, sex, birth_date, birth_date_precision, restricted, created_at, created_by, updated_at, updated_by, voided, version)
SELECT CAST('10000000-0000-7000-8000-' || LPAD(CAST(X AS VARCHAR), 12, '0') AS UUID), 'BENCH-' || X, 'Nom' || MOD(X, 5000), 'Prenom' || MOD(X, 300),
       CASE WHEN MOD(X, 4) = 0 THEN 'F' ELSE 'M' END, DATEADD(DAY, MOD(X, 9000), DATE '1975-01-01'), 'DAY', FALSE,
       CURRENT_TIMESTAMP, 'bench', CURRENT_TIMESTAMP, 'bench', FALSE, 0 FROM SYSTEM_RANGE(1, 1000000);
INSERT INTO shelter_centre (id, name, created_at, created_by) VALUES ('20000000-0000-7000-8000-000000000001', 'Historique (mesures)', CURRENT_TIMESTAMP, 'bench');
INSERT INTO shelter_room (id, centre_id, name, kind, created_at, created_by) VALUES ('20000000-0000-7000-8000-000000000002', '20000000-0000-7000-8000-000000000001', 'Historique', 'FAMILY', CURRENT_TIMESTAMP, 'bench');
INSERT INTO shelter_bed (id, room_id, label, position)
SELECT CAST('30000000-0000-7000-8000-' || LPAD(CAST(X AS VARCHAR), 12, '0') AS UUID), '20000000-0000-7000-8000-000000000002', 'H-' || X, X FROM SYSTEM_RANGE(1, 1000);
INSERT INTO shelter_stay (id, person_id, bed_id, centre_id, check_in, check_out, check_out_reason, open_bed_id, open_person_id, age_confirmed_adult, checked_in_by, checked_out_by, version)
SELECT CAST('40000000-0000-7000-8000-' || LPAD(CAST(X AS VARCHAR), 12, '0') AS UUID),
       CAST('10000000-0000-7000-8000-' || LPAD(CAST(X AS VARCHAR), 12, '0') AS UUID),
       CAST('30000000-0000-7000-8000-' || LPAD(CAST(MOD(X, 1000) + 1 AS VARCHAR), 12, '0') AS UUID),
       '20000000-0000-7000-8000-000000000001',
       DATEADD(DAY, (X / 1000) * 3, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00'),
       DATEADD(DAY, (X / 1000) * 3 + 2, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00'),
       'JOURNEY_HOME', NULL, NULL, FALSE, 'bench', 'bench', 1 FROM SYSTEM_RANGE(1, 100000);
INSERT INTO shelter_stock_movement (id, centre_id, item_code, kind, quantity, recorded_at, recorded_by)
SELECT RANDOM_UUID(), '20000000-0000-7000-8000-000000000001', 'MEAL', CASE WHEN MOD(X, 2) = 0 THEN 'RECEIPT' ELSE 'ISSUE' END,
       CASE WHEN MOD(X, 2) = 0 THEN 10 ELSE -10 END, DATEADD(MINUTE, X, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00'), 'bench'
FROM SYSTEM_RANGE(1, 100000);
SELECT COUNT(*) FROM person;
SELECT COUNT(*) FROM shelter_stay;
