-- The reports' counts kept month by month (reports.internal.Tally), each month under the number of
-- changes of its returns it was counted at (return_month, V084): a report trusts a kept month only
-- while that number has not moved, and counts the returns themselves otherwise.
-- Each tally's key is (arrival_month, line): one month is one range of the table, which H2 stores in key order.
CREATE TABLE report_tally_month (
    tally   VARCHAR(16) NOT NULL,
    arrival_month      DATE        NOT NULL,
    changes BIGINT      NOT NULL,
    PRIMARY KEY (tally, arrival_month)
);
CREATE TABLE report_returns_tally (
    arrival_month      DATE         NOT NULL,
    line               INTEGER      NOT NULL,
    return_kind        VARCHAR(30)  NOT NULL,
    country_from       CHAR(2)      NOT NULL,
    person_sex         CHAR(1),
    origin_region_code VARCHAR(120),
    origin_region_text VARCHAR(100),
    n                  BIGINT       NOT NULL,
    PRIMARY KEY (arrival_month, line)
);
CREATE TABLE report_persons_tally (
    arrival_month      DATE         NOT NULL,
    line                   INTEGER      NOT NULL,
    person_age             SMALLINT,
    person_vulnerabilities VARCHAR(300),
    repeat_return          BOOLEAN      NOT NULL,
    n                      BIGINT       NOT NULL,
    PRIMARY KEY (arrival_month, line)
);
CREATE TABLE report_rights_tally (
    arrival_month      DATE        NOT NULL,
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
    PRIMARY KEY (arrival_month, line)
);
