-- 0011_command_audit: the audit log records every command (the action a
-- person did, from the window or the command line, with its permission)
-- and every undo of one. SQLite cannot change a CHECK: the table is
-- rebuilt as in 0010 (new table, copy, drop, rename, indexes and triggers
-- again); the ids do not change.
-- migration: foreign keys off

CREATE TABLE audit_event_new (
    id          INTEGER PRIMARY KEY,
    occurred_at INTEGER NOT NULL,
    workstation INTEGER NOT NULL,
    account_id  INTEGER REFERENCES operator_account(id),
    username    TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('sign_in', 'sign_in_failed', 'sign_out', 'lock', 'denied',
                    'account_created', 'account_changed', 'password_changed', 'password_reset', 'lockout_cleared',
                    'vault_created', 'key_granted', 'key_revoked', 'command', 'command_undone')),
    permission  TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT ''
);

INSERT INTO audit_event_new SELECT * FROM audit_event;

DROP TABLE audit_event;

ALTER TABLE audit_event_new RENAME TO audit_event;

CREATE INDEX audit_event_account ON audit_event(account_id);

CREATE INDEX audit_event_username ON audit_event(username, occurred_at);

CREATE INDEX audit_event_occurred_at ON audit_event(occurred_at);

CREATE INDEX audit_event_kind ON audit_event(kind, occurred_at);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only: record a correction instead');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only: record a correction instead');
END;

CREATE TRIGGER audit_event_log_insert AFTER INSERT ON audit_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'audit_event', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER audit_event_log_update AFTER UPDATE ON audit_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'audit_event', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER audit_event_log_delete AFTER DELETE ON audit_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'audit_event', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;
