-- Files already imported: the SHA-256 of their bytes, per kind of import,
-- so that the same file is refused the second time (receipts imported twice
-- would double the stock) unless the operator says it is really new
-- (`import --again`, or the confirmation in the window). Kept in sync with
-- the other workstations: the rows the file created travel, so its record
-- must travel too, or a colleague could import it again. Append-only (a
-- ledger): no UNIQUE on the hash, as two workstations may each record the
-- same file before they exchange, and --again records it once more.
CREATE TABLE import_file (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind <> ''),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    file_name   TEXT NOT NULL DEFAULT '',
    imported_at INTEGER NOT NULL,
    operator    TEXT NOT NULL DEFAULT '',
    again       INTEGER NOT NULL DEFAULT 0 CHECK (again IN (0, 1))
);
CREATE INDEX import_file_hash ON import_file(kind, sha256, imported_at);

CREATE TRIGGER import_file_no_update BEFORE UPDATE ON import_file
BEGIN
    SELECT RAISE(ABORT, 'import_file is append-only');
END;

CREATE TRIGGER import_file_log_insert AFTER INSERT ON import_file
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'import_file', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER import_file_log_update AFTER UPDATE ON import_file
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'import_file', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER import_file_log_delete AFTER DELETE ON import_file
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'import_file', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;
