-- The second factor of the web sign-in. The TOTP secret is sealed (AES-GCM, key outside the
-- database); last_period is the last 30-second period whose code was accepted, so no code works twice.
CREATE TABLE two_factor (
    user_id       UUID         NOT NULL PRIMARY KEY REFERENCES app_user (id),
    secret_sealed VARCHAR(200) NOT NULL,
    last_period   BIGINT       NOT NULL,
    enrolled_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Single-use recovery codes, kept only as SHA-256 hashes (each code holds 120 random bits).
CREATE TABLE recovery_code (
    user_id   UUID        NOT NULL REFERENCES app_user (id),
    code_hash VARCHAR(64) NOT NULL,
    used_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (user_id, code_hash)
);
