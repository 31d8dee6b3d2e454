-- Raised whenever the account's open sessions must end (disabled, roles changed, password changed):
-- a session started under an older value is closed at its next request.
ALTER TABLE app_user ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
-- A password generated at the first start must be replaced at the first web sign-in.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
