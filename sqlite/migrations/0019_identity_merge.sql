-- 0019_identity_merge: one thing, one row (core/sync/identitymerge.h).
-- What has a natural key (a volunteer's codice fiscale, a request's booking
-- id on the platform, an organisation's name or registry number, an item's
-- code, a donor's name) is one row however many workstations create it.
-- When two rows of one key meet, the one with the lower id is kept, every
-- reference to the other is moved to it, and the merge is recorded here: a
-- ledger that travels, so that every workstation merges the same rows the
-- same way (each workstation that decides a merge writes its own entry; a
-- merge of the same rows found twice is one merge).
CREATE TABLE identity_merge (
    id            INTEGER PRIMARY KEY,
    table_name    TEXT NOT NULL CHECK (table_name <> ''),
    kept_id       INTEGER NOT NULL,
    merged_id     INTEGER NOT NULL CHECK (merged_id <> kept_id),
    natural_key   TEXT NOT NULL DEFAULT '',
    decided_by    TEXT NOT NULL CHECK (decided_by IN ('automatic', 'person')),
    merged_at     INTEGER NOT NULL,
    merged_on     INTEGER NOT NULL DEFAULT 0,
    operator      TEXT NOT NULL DEFAULT '',
    merged_values TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX identity_merge_merged ON identity_merge(table_name, merged_id);
CREATE INDEX identity_merge_kept ON identity_merge(table_name, kept_id);
CREATE TRIGGER identity_merge_no_update BEFORE UPDATE ON identity_merge
BEGIN
    SELECT RAISE(ABORT, 'identity_merge is append-only');
END;
CREATE TRIGGER identity_merge_no_delete BEFORE DELETE ON identity_merge
BEGIN
    SELECT RAISE(ABORT, 'identity_merge is append-only');
END;

CREATE TRIGGER identity_merge_log_insert AFTER INSERT ON identity_merge
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'identity_merge', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER identity_merge_log_update AFTER UPDATE ON identity_merge
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'identity_merge', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER identity_merge_log_delete AFTER DELETE ON identity_merge
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'identity_merge', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

-- Which references this workstation moved for each merge (the rows that
-- pointed at the merged row, here): what an undo puts back. Bookkeeping of
-- this database, never exchanged (every workstation moves its own).
CREATE TABLE sync_identity_pointer (
    merge_table TEXT NOT NULL,
    merged_id   INTEGER NOT NULL,
    kept_id     INTEGER NOT NULL,
    table_name  TEXT NOT NULL,
    column_name TEXT NOT NULL,
    row_id      INTEGER NOT NULL,
    moved_at    INTEGER NOT NULL,
    PRIMARY KEY (merge_table, merged_id, table_name, column_name, row_id)
) WITHOUT ROWID;

-- A change can now wait for a person: two rows with one natural key that
-- differ in what identifies them (the same codice fiscale under two names)
-- wait as 'natural_key', listed in "Da riconciliare".
CREATE TABLE sync_parked_new (
    table_name       TEXT NOT NULL,
    row_id           INTEGER NOT NULL,
    operation        TEXT NOT NULL CHECK (operation IN ('I', 'U', 'D')),
    changed_at       INTEGER NOT NULL,
    workstation      INTEGER NOT NULL,
    operator         TEXT NOT NULL DEFAULT '',
    base_at          INTEGER,
    base_workstation INTEGER,
    row_values       TEXT NOT NULL,
    source_file      TEXT NOT NULL,
    reason           TEXT NOT NULL CHECK (reason IN ('missing_reference', 'duplicate_value', 'rejected', 'natural_key')),
    detail           TEXT NOT NULL DEFAULT '',
    parked_at        INTEGER NOT NULL,
    fields           TEXT NOT NULL DEFAULT '',  -- per-field versions (0018_field_merge.sql)
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;
INSERT INTO sync_parked_new SELECT table_name, row_id, operation, changed_at, workstation, operator, base_at,
    base_workstation, row_values, source_file, reason, detail, parked_at, fields FROM sync_parked;
DROP TABLE sync_parked;
ALTER TABLE sync_parked_new RENAME TO sync_parked;
CREATE INDEX sync_parked_time ON sync_parked(parked_at);
