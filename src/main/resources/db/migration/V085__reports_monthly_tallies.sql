-- The reports' counts kept month by month (reports.internal.Tally), each month under the number of
-- changes of its returns it was counted at (return_month, V084): a report trusts a kept month only
-- while that number has not moved, and counts the returns themselves otherwise.
-- Each tally's key is (first_day, line): one month is one range of the table, which H2 stores in key order.
CREATE TABLE report_tally_month (
    tally   VARCHAR(16) NOT NULL,
    first_day      DATE        NOT NULL,
    changes BIGINT      NOT NULL,
    PRIMARY KEY (tally, first_day)
);
CREATE TABLE report_returns_tally (
    first_day      DATE         NOT NULL,
    line               INTEGER      NOT NULL,
    return_kind        VARCHAR(30)  NOT NULL,
    country_from       CHAR(2)      NOT NULL,
    person_sex         CHAR(1),
    origin_region_code VARCHAR(120),
    origin_region_text VARCHAR(100),
    n                  BIGINT       NOT NULL,
    PRIMARY KEY (first_day, line)
);
CREATE TABLE report_persons_tally (
    first_day      DATE         NOT NULL,
    line                   INTEGER      NOT NULL,
    person_age             SMALLINT,
    person_vulnerabilities VARCHAR(300),
    repeat_return          BOOLEAN      NOT NULL,
    n                      BIGINT       NOT NULL,
    PRIMARY KEY (first_day, line)
);
CREATE TABLE report_rights_tally (
    first_day      DATE        NOT NULL,
    line         INTEGER     NOT NULL,
    country_from CHAR(2)     NOT NULL,
    band         VARCHAR(10),
    n            BIGINT      NOT NULL,
    checked      BIGINT      NOT NULL,
    detained     BIGINT      NOT NULL,
    mistreated   BIGINT      NOT NULL,
    belongings   BIGINT      NOT NULL,
    wages        BIGINT      NOT NULL,
    days         BIGINT,
    known        BIGINT      NOT NULL,
    PRIMARY KEY (first_day, line)
);
-- The casework report's follow-ups, by month due (written and planned) and by month done (V086 counts their changes).
CREATE TABLE report_follow_ups_tally (
    first_day          DATE         NOT NULL,
    line               INTEGER      NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    n                  BIGINT       NOT NULL,
    PRIMARY KEY (first_day, line)
);
CREATE TABLE report_outcomes_tally (
    first_day          DATE         NOT NULL,
    line               INTEGER      NOT NULL,
    outcome            VARCHAR(30),
    n                  BIGINT       NOT NULL,
    PRIMARY KEY (first_day, line)
);
