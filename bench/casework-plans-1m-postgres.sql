-- PostgreSQL version of casework-plans-1m.sql: PGOPTIONS='-c search_path=sira_bench' psql -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d test -f bench/casework-plans-1m-postgres.sql
-- 1,000,000 persons (as shelter-1m.sql) and 3,000,000 follow-ups (3, 6 and 12 months after an arrival
-- spread over the last ten years): those due from today on are open; of those past, 2 % are still open
-- (overdue), 3 % cancelled and the rest done. Those of a return none of whose follow-ups was touched
-- (recent, or overdue) are its plan (follow_up_plan, V082); the others are follow_up rows.
INSERT INTO person (id, file_number, family_name, given_names, sex, birth_date, birth_date_precision, restricted, created_at, created_by, updated_at, updated_by, voided, version)
SELECT CAST('10000000-0000-7000-8000-' || LPAD(CAST(x AS VARCHAR), 12, '0') AS UUID), 'BENCH-' || x, 'Nom' || MOD(x, 5000), 'Prenom' || MOD(x, 300),
       CASE WHEN MOD(x, 4) = 0 THEN 'F' ELSE 'M' END, DATE '1975-01-01' + MOD(x, 9000), 'DAY', FALSE,
       CURRENT_TIMESTAMP, 'bench', CURRENT_TIMESTAMP, 'bench', FALSE, 0 FROM generate_series(1, 1000000) AS g(x);
INSERT INTO follow_up (id, person_id, kind, due_date, status, outcome, done_on, created_at, created_by, updated_at, updated_by, version)
SELECT CAST('50000000-0000-7000-8' || CAST(k AS VARCHAR) || '00-' || LPAD(CAST(x AS VARCHAR), 12, '0') AS UUID),
       CAST('10000000-0000-7000-8000-' || LPAD(CAST(x AS VARCHAR), 12, '0') AS UUID),
       'MONTH_' || CAST(m AS VARCHAR),
       CAST(CURRENT_DATE - MOD(x, 3650) + m * INTERVAL '1 month' AS DATE),
       CASE WHEN CAST(CURRENT_DATE - MOD(x, 3650) + m * INTERVAL '1 month' AS DATE) >= CURRENT_DATE THEN 'OPEN'
            WHEN MOD(x, 100) < 2 THEN 'OPEN' WHEN MOD(x, 100) < 5 THEN 'CANCELLED' ELSE 'DONE' END,
       CASE WHEN CAST(CURRENT_DATE - MOD(x, 3650) + m * INTERVAL '1 month' AS DATE) < CURRENT_DATE AND MOD(x, 100) >= 5 THEN 'REACHED' END,
       CASE WHEN CAST(CURRENT_DATE - MOD(x, 3650) + m * INTERVAL '1 month' AS DATE) < CURRENT_DATE AND MOD(x, 100) >= 5
            THEN CAST(CURRENT_DATE - MOD(x, 3650) + m * INTERVAL '1 month' AS DATE) END,
       CURRENT_TIMESTAMP, 'bench', CURRENT_TIMESTAMP, 'bench', 0
FROM generate_series(1, 1000000) AS g(x) CROSS JOIN (VALUES (1, 3), (2, 6), (3, 12)) AS d(k, m)
WHERE NOT (CAST(CURRENT_DATE - MOD(x, 3650) + INTERVAL '3 month' AS DATE) >= CURRENT_DATE OR MOD(x, 100) < 2);
-- Returns none of whose follow-ups was touched (all still open) are plans, as Sira keeps them since V082.
INSERT INTO follow_up_plan (id, person_id, return_id, arrival_date, first_month, created_at, created_by)
SELECT CAST('60000000-0000-7000-8000-' || LPAD(CAST(x AS VARCHAR), 10, '0') || '00' AS UUID),
       CAST('10000000-0000-7000-8000-' || LPAD(CAST(x AS VARCHAR), 12, '0') AS UUID),
       CAST('70000000-0000-7000-8000-' || LPAD(CAST(x AS VARCHAR), 12, '0') AS UUID),
       CURRENT_DATE - MOD(x, 3650), 3, CURRENT_TIMESTAMP, 'bench'
FROM generate_series(1, 1000000) AS g(x) WHERE CAST(CURRENT_DATE - MOD(x, 3650) + INTERVAL '3 month' AS DATE) >= CURRENT_DATE OR MOD(x, 100) < 2;
ANALYZE;
SELECT COUNT(*) FROM person;
SELECT status, COUNT(*) FROM follow_up GROUP BY status;
SELECT COUNT(*) FROM follow_up WHERE status = 'OPEN' AND due_date <= CURRENT_DATE + 7;
SELECT COUNT(*) FROM follow_up_plan;
