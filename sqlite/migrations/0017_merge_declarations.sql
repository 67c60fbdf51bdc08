-- 0017_merge_declarations: every synced table honest about what it is
-- (core/sync/tableregistry.h), and the conflict log shared by the room.

-- Ledgers whose rows were only ever inserted, but which nothing enforced:
-- their triggers now refuse what the merge by union could not carry.
CREATE TRIGGER stock_receipt_no_update BEFORE UPDATE ON stock_receipt
BEGIN
    SELECT RAISE(ABORT, 'stock_receipt is append-only');
END;
CREATE TRIGGER stock_receipt_no_delete BEFORE DELETE ON stock_receipt
BEGIN
    SELECT RAISE(ABORT, 'stock_receipt is append-only');
END;
CREATE TRIGGER stock_lot_no_update BEFORE UPDATE ON stock_lot
BEGIN
    SELECT RAISE(ABORT, 'stock_lot is append-only');
END;
CREATE TRIGGER stock_lot_no_delete BEFORE DELETE ON stock_lot
BEGIN
    SELECT RAISE(ABORT, 'stock_lot is append-only');
END;
CREATE TRIGGER attestato_day_no_update BEFORE UPDATE ON attestato_day
BEGIN
    SELECT RAISE(ABORT, 'the attestati register is never changed');
END;
CREATE TRIGGER attestato_day_no_delete BEFORE DELETE ON attestato_day
BEGIN
    SELECT RAISE(ABORT, 'the attestati register is never changed');
END;
CREATE TRIGGER import_file_no_delete BEFORE DELETE ON import_file
BEGIN
    SELECT RAISE(ABORT, 'import_file is append-only');
END;

-- The conflict log, synchronised (a ledger: core/sync/conflictlog.h). Each
-- workstation that finds a conflict writes its own entry (ids from
-- core::allocateRowId); the same conflict found on two workstations has the
-- same conflict_key (table, row, kept and discarded versions), and the list
-- shows it once (merge_conflict_list).
CREATE TABLE merge_conflict (
    id                    INTEGER PRIMARY KEY,
    conflict_key          TEXT NOT NULL CHECK (conflict_key <> ''),
    detected_at           INTEGER NOT NULL,
    detected_on           INTEGER NOT NULL DEFAULT 0,
    table_name            TEXT NOT NULL,
    row_id                INTEGER NOT NULL,
    kind                  TEXT NOT NULL CHECK (kind IN ('update', 'delete', 'recreated', 'delete_refused', 'ledger')),
    kept_at               INTEGER NOT NULL,
    kept_workstation      INTEGER NOT NULL,
    kept_operator         TEXT NOT NULL DEFAULT '',
    discarded_at          INTEGER NOT NULL,
    discarded_workstation INTEGER NOT NULL,
    discarded_operator    TEXT NOT NULL DEFAULT '',
    differences           TEXT NOT NULL DEFAULT '{}',
    discarded_values      TEXT NOT NULL DEFAULT '{}',
    source_file           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX merge_conflict_key ON merge_conflict(conflict_key, id);
CREATE INDEX merge_conflict_row ON merge_conflict(table_name, row_id);
CREATE INDEX merge_conflict_detected ON merge_conflict(detected_at);
CREATE TRIGGER merge_conflict_no_update BEFORE UPDATE ON merge_conflict
BEGIN
    SELECT RAISE(ABORT, 'the conflict log is append-only');
END;
CREATE TRIGGER merge_conflict_no_delete BEFORE DELETE ON merge_conflict
BEGIN
    SELECT RAISE(ABORT, 'the conflict log is append-only');
END;

-- What a person decided about a conflict, on any workstation. Two people
-- settling the same conflict apart both stay; the earliest counts.
CREATE TABLE merge_conflict_review (
    id           INTEGER PRIMARY KEY,
    conflict_key TEXT NOT NULL CHECK (conflict_key <> ''),
    reviewed_at  INTEGER NOT NULL,
    reviewed_by  TEXT NOT NULL DEFAULT '',
    resolution   TEXT NOT NULL CHECK (resolution IN ('accepted', 'restored'))
);
CREATE INDEX merge_conflict_review_key ON merge_conflict_review(conflict_key, reviewed_at, id);
CREATE TRIGGER merge_conflict_review_no_update BEFORE UPDATE ON merge_conflict_review
BEGIN
    SELECT RAISE(ABORT, 'the conflict log is append-only');
END;
CREATE TRIGGER merge_conflict_review_no_delete BEFORE DELETE ON merge_conflict_review
BEGIN
    SELECT RAISE(ABORT, 'the conflict log is append-only');
END;

-- One line per conflict (its first entry), with its first review.
CREATE VIEW merge_conflict_list AS
SELECT c.id, c.conflict_key, c.detected_at, c.table_name, c.row_id, c.kind, c.kept_at, c.kept_workstation,
       c.kept_operator, c.discarded_at, c.discarded_workstation, c.discarded_operator, c.differences,
       c.discarded_values, c.source_file, r.reviewed_at, coalesce(r.reviewed_by, '') AS reviewed_by,
       coalesce(r.resolution, '') AS resolution
FROM merge_conflict c
LEFT JOIN merge_conflict_review r ON r.id = (
    SELECT r2.id FROM merge_conflict_review r2 WHERE r2.conflict_key = c.conflict_key
    ORDER BY r2.reviewed_at, r2.id LIMIT 1)
WHERE c.id = (SELECT min(c2.id) FROM merge_conflict c2 WHERE c2.conflict_key = c.conflict_key);

CREATE TRIGGER merge_conflict_log_insert AFTER INSERT ON merge_conflict
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'merge_conflict', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER merge_conflict_log_update AFTER UPDATE ON merge_conflict
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'merge_conflict', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER merge_conflict_log_delete AFTER DELETE ON merge_conflict
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'merge_conflict', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER merge_conflict_review_log_insert AFTER INSERT ON merge_conflict_review
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'merge_conflict_review', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER merge_conflict_review_log_update AFTER UPDATE ON merge_conflict_review
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'merge_conflict_review', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER merge_conflict_review_log_delete AFTER DELETE ON merge_conflict_review
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'merge_conflict_review', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


-- The entries found before, moved over with ids of this workstation (after
-- its counter) and a change-log entry each, so that they travel too. A
-- database that never had a workstation number never synchronised: it has
-- none.
INSERT INTO merge_conflict(id, conflict_key, detected_at, detected_on, table_name, row_id, kind, kept_at,
    kept_workstation, kept_operator, discarded_at, discarded_workstation, discarded_operator, differences,
    discarded_values, source_file)
SELECT (w.n << 40) + coalesce((SELECT last_value FROM id_allocator WHERE workstation = w.n), 0) + s.id,
       s.table_name || ':' || s.row_id || ':' || s.kept_at || ':' || s.kept_workstation || ':' || s.discarded_at || ':'
           || s.discarded_workstation,
       s.detected_at, w.n, s.table_name, s.row_id, s.kind, s.kept_at, s.kept_workstation, s.kept_operator,
       s.discarded_at, s.discarded_workstation, s.discarded_operator, s.differences, s.discarded_values, s.source_file
FROM sync_conflict s
JOIN (SELECT CAST(value AS INTEGER) AS n FROM local_config WHERE key = 'workstation_number') w ON w.n BETWEEN 1 AND 9999;

INSERT INTO merge_conflict_review(id, conflict_key, reviewed_at, reviewed_by, resolution)
SELECT (w.n << 40) + coalesce((SELECT last_value FROM id_allocator WHERE workstation = w.n), 0)
           + (SELECT max(id) FROM sync_conflict) + s.id,
       s.table_name || ':' || s.row_id || ':' || s.kept_at || ':' || s.kept_workstation || ':' || s.discarded_at || ':'
           || s.discarded_workstation,
       s.reviewed_at, s.reviewed_by, s.resolution
FROM sync_conflict s
JOIN (SELECT CAST(value AS INTEGER) AS n FROM local_config WHERE key = 'workstation_number') w ON w.n BETWEEN 1 AND 9999
WHERE s.reviewed_at IS NOT NULL;

INSERT INTO id_allocator(workstation, last_value)
SELECT w.n, 2 * (SELECT max(id) FROM sync_conflict)
FROM (SELECT CAST(value AS INTEGER) AS n FROM local_config WHERE key = 'workstation_number') w
WHERE w.n BETWEEN 1 AND 9999 AND EXISTS (SELECT 1 FROM sync_conflict)
ON CONFLICT(workstation) DO UPDATE SET last_value = last_value + excluded.last_value;

DROP TABLE sync_conflict;
