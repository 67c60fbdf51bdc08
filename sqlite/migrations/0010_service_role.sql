-- 0010_service_role: the role "service" (servizio) of the account that
-- unattended jobs (cron: backups, sync, open data, aggregate reports) sign
-- in with. SQLite cannot change a CHECK: the table is rebuilt inside the
-- migration's transaction (create the new one, copy, drop the old one,
-- rename), with the foreign keys off and checked in full before COMMIT
-- (core/db/migrator.cpp reads the line below), and its indexes and
-- triggers made again as they were. The ids do not change.
-- migration: foreign keys off

CREATE TABLE operator_account_new (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 2 AND 40
                             AND username NOT GLOB '*[^a-z0-9._-]*'),
    display_name         TEXT NOT NULL CHECK (length(trim(display_name)) >= 2),
    role                 TEXT NOT NULL CHECK (role IN ('operator', 'coordinator', 'psychologist', 'administrator', 'service')),
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_hash        TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    kdf_salt             BLOB NOT NULL CHECK (length(kdf_salt) = 16),
    kdf_ops              INTEGER NOT NULL CHECK (kdf_ops >= 1),
    kdf_mem              INTEGER NOT NULL CHECK (kdf_mem >= 8192),
    public_key           BLOB NOT NULL CHECK (length(public_key) = 32),
    sealed_secret_key    BLOB NOT NULL CHECK (length(sealed_secret_key) = 72),
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);

INSERT INTO operator_account_new SELECT * FROM operator_account;

DROP TABLE operator_account;

ALTER TABLE operator_account_new RENAME TO operator_account;

CREATE INDEX operator_account_role ON operator_account(role);

CREATE INDEX operator_account_display_name ON operator_account(display_name COLLATE NOCASE);

CREATE TRIGGER operator_account_no_delete BEFORE DELETE ON operator_account
BEGIN
    SELECT RAISE(ABORT, 'operator accounts are deactivated, not deleted');
END;

CREATE TRIGGER operator_account_log_insert AFTER INSERT ON operator_account
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'operator_account', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER operator_account_log_update AFTER UPDATE ON operator_account
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'operator_account', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER operator_account_log_delete AFTER DELETE ON operator_account
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'operator_account', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;
