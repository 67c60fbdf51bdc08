-- 0028_identity_merge_undo: a merge of two records (identity_merge) can be
-- undone (core/sync/identitymerge.h). The undo is an entry of this ledger,
-- which travels like the merge: every workstation that carried the merge
-- out puts the merged row back (from identity_merge.merged_values) and
-- moves back every reference it had moved (sync_identity_pointer). A merge
-- entry named here is no longer in effect; an automatic entry for the same
-- two rows is not either (found apart on another workstation), and the
-- importer never merges those two rows again by itself: only a person's
-- new merge (a new identity_merge entry) joins them again.
CREATE TABLE identity_merge_undo (
    id          INTEGER PRIMARY KEY,
    merge_id    INTEGER NOT NULL REFERENCES identity_merge(id),
    table_name  TEXT NOT NULL CHECK (table_name <> ''),
    kept_id     INTEGER NOT NULL,
    merged_id   INTEGER NOT NULL CHECK (merged_id <> kept_id),
    undone_at   INTEGER NOT NULL,
    undone_on   INTEGER NOT NULL DEFAULT 0,
    operator    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX identity_merge_undo_merge ON identity_merge_undo(merge_id);
CREATE INDEX identity_merge_undo_pair ON identity_merge_undo(table_name, merged_id, kept_id);
CREATE TRIGGER identity_merge_undo_no_update BEFORE UPDATE ON identity_merge_undo
BEGIN
    SELECT RAISE(ABORT, 'identity_merge_undo is append-only');
END;
CREATE TRIGGER identity_merge_undo_no_delete BEFORE DELETE ON identity_merge_undo
BEGIN
    SELECT RAISE(ABORT, 'identity_merge_undo is append-only');
END;

CREATE TRIGGER identity_merge_undo_log_insert AFTER INSERT ON identity_merge_undo
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'identity_merge_undo', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER identity_merge_undo_log_update AFTER UPDATE ON identity_merge_undo
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'identity_merge_undo', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER identity_merge_undo_log_delete AFTER DELETE ON identity_merge_undo
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'identity_merge_undo', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;
