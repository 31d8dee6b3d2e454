-- Mutual support groups: the group, its members (a person may leave and join again: one row per
-- membership, left_on empty while a member), its sessions and who was present at each (by
-- membership, so a merge of two persons never has to touch attendance).
CREATE TABLE support_group (
    id          UUID          NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    facilitator VARCHAR(200)  NOT NULL,
    place       VARCHAR(200)  NOT NULL,
    started_on  DATE          NOT NULL,
    active      BOOLEAN       NOT NULL,
    request_key VARCHAR(100),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    version     INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT support_group_request UNIQUE (created_by, request_key)
);

CREATE TABLE support_group_member (
    id         UUID          NOT NULL PRIMARY KEY,
    group_id   UUID          NOT NULL REFERENCES support_group (id),
    person_id  UUID          NOT NULL REFERENCES person (id),
    joined_on  DATE          NOT NULL,
    left_on    DATE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100)  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(100)  NOT NULL
);
CREATE INDEX support_group_member_group ON support_group_member (group_id, joined_on);
CREATE INDEX support_group_member_person ON support_group_member (person_id);

CREATE TABLE support_group_session (
    id          UUID          NOT NULL PRIMARY KEY,
    group_id    UUID          NOT NULL REFERENCES support_group (id),
    held_on     DATE          NOT NULL,
    theme       VARCHAR(200)  NOT NULL,
    request_key VARCHAR(100),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    version     INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT support_group_session_request UNIQUE (created_by, request_key)
);
CREATE INDEX support_group_session_group ON support_group_session (group_id, held_on);

CREATE TABLE support_group_attendance (
    session_id UUID NOT NULL REFERENCES support_group_session (id),
    member_id  UUID NOT NULL REFERENCES support_group_member (id),
    PRIMARY KEY (session_id, member_id)
);
CREATE INDEX support_group_attendance_member ON support_group_attendance (member_id);
