-- Referrals of a person to a partner (medical partner, health centre, legal aid, training
-- provider, an AVRR programme). Sharing data with the partner needs the person's consent, or an
-- override with a written reason (then audited).
CREATE TABLE referral (
    id              UUID          NOT NULL PRIMARY KEY,
    person_id       UUID          NOT NULL REFERENCES person (id),
    partner         VARCHAR(200)  NOT NULL,
    service         VARCHAR(200)  NOT NULL,
    shares_data     BOOLEAN       NOT NULL,
    override_reason VARCHAR(1000),
    status          VARCHAR(10)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    version         INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX referral_person ON referral (person_id);

-- What happened to a referral since it was sent: a new status, the partner's feedback, or both.
-- Only ever added to, never changed.
CREATE TABLE referral_update (
    id          UUID          NOT NULL PRIMARY KEY,
    referral_id UUID          NOT NULL REFERENCES referral (id),
    status      VARCHAR(10),
    feedback    VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100)  NOT NULL
);
CREATE INDEX referral_update_referral ON referral_update (referral_id);

-- Contacts planned with a person after a return (at 3, 6 and 12 months by default) or at any
-- date (ad hoc), open until their outcome is recorded. Written only by FollowUps, for persons it
-- has just read or whose return was just written; persons are never deleted. No foreign key to
-- person: an import writes three follow-ups per recent return, and the key's check of each (a
-- trigger on PostgreSQL, a second index on H2) made a large import markedly slower.
CREATE TABLE follow_up (
    id          UUID          NOT NULL PRIMARY KEY,
    person_id   UUID          NOT NULL,
    return_id   UUID,
    kind        VARCHAR(20)   NOT NULL,
    due_date    DATE          NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    outcome     VARCHAR(20),
    done_on     DATE,
    note        VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    version     INTEGER       NOT NULL DEFAULT 0
);
-- The due list: open ones by date.
CREATE INDEX follow_up_status_due ON follow_up (status, due_date, id);
CREATE INDEX follow_up_person ON follow_up (person_id);
