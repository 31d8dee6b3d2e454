-- One import of a spreadsheet: its progress while it runs, its report when done.
CREATE TABLE import_job (
    id            UUID          NOT NULL PRIMARY KEY,
    kind          VARCHAR(10)   NOT NULL,
    mode          VARCHAR(20)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    imported      INTEGER,
    rejected      INTEGER,
    created       INTEGER,
    updated       INTEGER,
    unchanged     INTEGER,
    written       BOOLEAN,
    report        VARCHAR(1000000),
    language      VARCHAR(5)    NOT NULL,
    started_by    VARCHAR(100)  NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX import_job_started ON import_job (started_at);
