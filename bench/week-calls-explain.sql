-- psql -v until=YYYY-MM-DD (the Sunday ending the week), PGOPTIONS="-c search_path=<schema>"
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM (SELECT f.id FROM follow_up f WHERE f.status = 'OPEN' AND f.due_date <= :'until' AND NOT EXISTS (SELECT 1 FROM person hidden WHERE hidden.id = f.person_id AND hidden.restricted = TRUE) ORDER BY f.due_date, f.id FETCH FIRST 1051 ROWS ONLY) counted;
EXPLAIN (ANALYZE, BUFFERS) SELECT f.id, f.person_id, p.file_number, p.family_name, p.given_names,
 (SELECT ph.number FROM person_phone ph WHERE ph.person_id = p.id ORDER BY ph.position FETCH FIRST 1 ROWS ONLY), f.due_date, f.kind, f.version
 FROM (SELECT f.id, f.person_id, f.due_date, f.kind, f.version FROM follow_up f WHERE f.status = 'OPEN' AND f.due_date <= :'until' AND NOT EXISTS (SELECT 1 FROM person hidden WHERE hidden.id = f.person_id AND hidden.restricted = TRUE) ORDER BY f.due_date, f.id OFFSET 0 ROWS FETCH NEXT 50 ROWS ONLY) f JOIN person p ON p.id = f.person_id ORDER BY f.due_date, f.id;
