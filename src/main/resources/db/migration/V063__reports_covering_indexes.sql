-- The assistance report over years reads every item handed out and every stay of the period: with
-- V059's indexes by day alone, H2 looked each row up again in the table (200,000 handouts over ten
-- years took seconds). These hold every column the report reads, so the period's rows come from the
-- index alone (on PostgreSQL too, as index-only scans once the table is vacuumed).
DROP INDEX shelter_assistance_given;
CREATE INDEX shelter_assistance_given ON shelter_assistance (given_at, outcome, project_line_id, item_code, person_id, quantity);
DROP INDEX shelter_stay_check_in;
CREATE INDEX shelter_stay_check_in ON shelter_stay (check_in, check_out, person_id);
