-- 0032_merge_group_state: the merge of columns a CHECK ties together
-- (TableRegistry::declareMergedTogether: an event's start and end dates, a
-- delivery's status with its dates) is a function of the SET of changes a
-- workstation received, whatever their order (issue 15; HACKING.md,
-- "Synchronisation", and core/sync/groupmerge.h).
--
-- For each row and group, what the merge needs beyond the row itself:
--  - `winners`: per column of the group, the value of its latest version
--    (the field-level winner) and that version;
--  - `snapshot`: the group's values in the latest change that wrote any of
--    its columns (`snapshot_at`, `snapshot_ws`: that change's version);
--  - `fallback`: 1 while the row shows the snapshot because the winners
--    together break a CHECK (an edit of the row made here then writes the
--    whole group, so that the others see what it was made on).
-- The row shows the winners when together they satisfy the CHECK, else the
-- snapshot. Both are maxima over the changes received, so the result does
-- not depend on the order they came in.
--
-- Local bookkeeping (declared LocalOnly, never exported, no change-log
-- triggers). No rows are written here: a row of a grouped table without
-- an entry is read as its current values, each with its field version
-- (sync_row_version.fields), and a snapshot of those values at the latest
-- of them (core::sync::GroupState::fromRow) - exactly what this migration
-- would have copied, so existing databases need no pass over their rows.
-- An entry is kept only while it says more than the row: in fallback, or
-- with a snapshot or winners that differ from the row.
CREATE TABLE merge_group_state (
    table_name    TEXT NOT NULL,
    row_id        INTEGER NOT NULL,
    group_columns TEXT NOT NULL,  -- the group's columns as declared, 'a,b'
    winners       BLOB NOT NULL,  -- GroupState::encodeWinners
    snapshot      BLOB NOT NULL,  -- GroupState::encodeSnapshot
    snapshot_at   INTEGER NOT NULL,
    snapshot_ws   INTEGER NOT NULL,
    fallback      INTEGER NOT NULL DEFAULT 0 CHECK (fallback IN (0, 1)),
    PRIMARY KEY (table_name, row_id, group_columns)
) WITHOUT ROWID;

CREATE INDEX merge_group_state_fallback ON merge_group_state(table_name, row_id) WHERE fallback = 1;
