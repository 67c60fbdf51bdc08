-- 0012_room_member: the room's membership list, one row per workstation
-- that joined the room (synchronised master data, so that every member
-- knows the others). A workstation adds its own row when it creates or
-- joins the room, or at its first export in a room (databases that joined
-- before this list existed). A removed member keeps its row: removed_at
-- and removed_after_seq (the last sequence of its files that stays valid
-- here) are set by `room remove`, and later files of it are refused.
-- Two workstations that register the same number offline clash on the
-- UNIQUE: the second row is parked by the sync engine and shown by
-- `room status`.

CREATE TABLE room_member (
    id                INTEGER PRIMARY KEY,
    workstation       INTEGER NOT NULL UNIQUE CHECK (workstation > 0),
    name              TEXT NOT NULL DEFAULT '',
    joined_at         INTEGER NOT NULL,
    removed_at        INTEGER,
    removed_after_seq INTEGER CHECK (removed_after_seq >= 0),
    removed_by        TEXT NOT NULL DEFAULT '',
    CHECK ((removed_at IS NULL) = (removed_after_seq IS NULL))
);

CREATE TRIGGER room_member_log_insert AFTER INSERT ON room_member
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_member', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_member_log_update AFTER UPDATE ON room_member
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_member', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_member_log_delete AFTER DELETE ON room_member
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_member', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

