-- Nothing searches persons by their exact family name (search goes through person_name_key), and
-- every imported person paid for this index.
DROP INDEX person_family_name;
