-- Notes of psychosocial sessions. The text is only ever stored sealed (AES-GCM, key outside the
-- database, see NoteCipher): neither the database files nor a dump show what was said.
CREATE TABLE psychosocial_note (
    id           UUID          NOT NULL PRIMARY KEY,
    person_id    UUID          NOT NULL REFERENCES person (id),
    session_date DATE          NOT NULL,
    sealed_text  VARCHAR(100000) NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX psychosocial_note_person ON psychosocial_note (person_id);
