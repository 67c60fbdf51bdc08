-- 0002_sync: the bookkeeping of synchronisation between workstations
-- (modules/core/sync). Like local_config and change_log, these tables
-- belong to this database on this workstation: they are never logged and
-- never exported (every table named sync_* is bookkeeping, see HACKING.md).
-- The identity of the database for sync (a random id, the ids of the
-- databases it succeeds after a restore, the sequence it starts from) lives
-- in local_config.

-- Every file this database wrote into a sync folder. The export position is
-- the last_seq of the newest file of the current identity: it advances only
-- once the file is safely on disk.
CREATE TABLE sync_export (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL UNIQUE CHECK (file_name <> ''),
    database_id  TEXT NOT NULL CHECK (database_id <> ''),
    first_seq    INTEGER NOT NULL CHECK (first_seq >= 1),
    last_seq     INTEGER NOT NULL CHECK (last_seq >= first_seq),
    change_count INTEGER NOT NULL CHECK (change_count >= 0),
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    folder       TEXT NOT NULL,
    exported_at  INTEGER NOT NULL
);
CREATE INDEX sync_export_position ON sync_export(database_id, last_seq);
CREATE INDEX sync_export_time ON sync_export(exported_at);

-- The other databases whose files were applied here, with how far.
CREATE TABLE sync_source (
    database_id      TEXT PRIMARY KEY CHECK (database_id <> ''),
    workstation      INTEGER NOT NULL CHECK (workstation > 0),
    workstation_name TEXT NOT NULL DEFAULT '',
    previous_ids     TEXT NOT NULL DEFAULT '',
    origin_seq       INTEGER NOT NULL CHECK (origin_seq >= 0),
    applied_seq      INTEGER NOT NULL CHECK (applied_seq >= origin_seq),
    file_count       INTEGER NOT NULL DEFAULT 0 CHECK (file_count >= 0),
    change_count     INTEGER NOT NULL DEFAULT 0 CHECK (change_count >= 0),
    last_file        TEXT NOT NULL DEFAULT '',
    last_import_at   INTEGER
) WITHOUT ROWID;
CREATE INDEX sync_source_workstation ON sync_source(workstation);

-- Every file applied here, one transaction each.
CREATE TABLE sync_import (
    id             INTEGER PRIMARY KEY,
    file_name      TEXT NOT NULL UNIQUE CHECK (file_name <> ''),
    database_id    TEXT NOT NULL REFERENCES sync_source(database_id),
    workstation    INTEGER NOT NULL,
    first_seq      INTEGER NOT NULL CHECK (first_seq >= 1),
    last_seq       INTEGER NOT NULL CHECK (last_seq >= first_seq),
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    change_count   INTEGER NOT NULL CHECK (change_count >= 0),
    applied_count  INTEGER NOT NULL CHECK (applied_count >= 0),
    conflict_count INTEGER NOT NULL CHECK (conflict_count >= 0),
    parked_count   INTEGER NOT NULL CHECK (parked_count >= 0),
    imported_at    INTEGER NOT NULL
);
CREATE INDEX sync_import_database ON sync_import(database_id, last_seq);
CREATE INDEX sync_import_time ON sync_import(imported_at);

-- The version (change time, workstation) of each synchronised row as last
-- written by the sync engine: by an applied change, or by the export of a
-- local one. log_seq is the change_log position at that moment: a local
-- change with a higher seq is newer than this version. Master data merge
-- by last-writer-wins on these versions.
CREATE TABLE sync_row_version (
    table_name  TEXT NOT NULL,
    row_id      INTEGER NOT NULL,
    changed_at  INTEGER NOT NULL,
    workstation INTEGER NOT NULL CHECK (workstation >= 0),
    operator    TEXT NOT NULL DEFAULT '',
    log_seq     INTEGER NOT NULL CHECK (log_seq >= 0),
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;

-- Changes received but not applicable yet: a row they refer to has not
-- arrived, or a value that must be unique is already used by another row
-- here. Kept durably and retried at every import; the newest per row.
CREATE TABLE sync_parked (
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
    reason           TEXT NOT NULL CHECK (reason IN ('missing_reference', 'duplicate_value', 'rejected')),
    detail           TEXT NOT NULL DEFAULT '',
    parked_at        INTEGER NOT NULL,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;
CREATE INDEX sync_parked_time ON sync_parked(parked_at);

-- Every value that lost a last-writer-wins merge (or a deletion that could
-- not be applied), for the operator to review and, if needed, restore.
-- differences: JSON {"column": [kept value, discarded value]}.
CREATE TABLE sync_conflict (
    id                    INTEGER PRIMARY KEY,
    detected_at           INTEGER NOT NULL,
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
    source_file           TEXT NOT NULL,
    reviewed_at           INTEGER,
    reviewed_by           TEXT NOT NULL DEFAULT '',
    resolution            TEXT NOT NULL DEFAULT '' CHECK (resolution IN ('', 'accepted', 'restored')),
    CHECK ((reviewed_at IS NULL) = (resolution = ''))
);
CREATE INDEX sync_conflict_detected ON sync_conflict(detected_at);
CREATE INDEX sync_conflict_row ON sync_conflict(table_name, row_id);
CREATE INDEX sync_conflict_open ON sync_conflict(reviewed_at, detected_at);
