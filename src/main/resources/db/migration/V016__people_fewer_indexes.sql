-- Every imported person paid for these two indexes: the list of persons orders by id (UUIDv7 ids
-- are in order of creation), and a person's name keys are deleted by the table's own key.
DROP INDEX person_created_at;
DROP INDEX person_name_key_person;
