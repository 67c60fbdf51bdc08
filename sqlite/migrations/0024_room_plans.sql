-- 0024_room_plans: the emergency plans of the 133 comuni (issue 19 item 6).
-- For each comune of the metropolitan city: the state of its Piano di
-- Emergenza Comunale (one mutable row, merged field by field), its risk
-- scenarios (a set per comune) and the history of its COC (a ledger: the
-- current state is the latest row).

-- One row per comune, keyed on the comune itself: two workstations that
-- record the same comune's plan apart edit one row. has_plan = 0 says the
-- comune has no plan (no dates then); a comune without a row is "not
-- recorded". Dates are 'YYYY-MM-DD'; revision_due is when the plan must be
-- revised again.
CREATE TABLE room_plan (
    comune_id    INTEGER PRIMARY KEY REFERENCES comune_cmm(comune_id),
    has_plan     INTEGER NOT NULL DEFAULT 0 CHECK (has_plan IN (0, 1)),
    approved_on  TEXT CHECK (approved_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    revised_on   TEXT CHECK (revised_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    in_portal    INTEGER NOT NULL DEFAULT 0 CHECK (in_portal IN (0, 1)),
    revision_due TEXT CHECK (revision_due GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    act          TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    CHECK (has_plan = 1 OR (approved_on IS NULL AND revised_on IS NULL AND revision_due IS NULL AND in_portal = 0)),
    CHECK (revised_on IS NULL OR approved_on IS NULL OR revised_on >= approved_on)
);
CREATE INDEX room_plan_due ON room_plan(revision_due);

-- The risk scenarios of a comune's plan: a set per comune, each member's
-- id keyed on (comune, risk) (core::keyedRowId), so that two workstations
-- adding the same scenario apart add one row.
CREATE TABLE room_plan_risk (
    id        INTEGER PRIMARY KEY,
    comune_id INTEGER NOT NULL REFERENCES comune_cmm(comune_id),
    risk      TEXT NOT NULL CHECK (risk IN ('hydrogeological', 'hydraulic', 'wildfire', 'seismic', 'industrial',
                                            'snow_ice', 'heat_wave', 'transport', 'dam'))
);
CREATE UNIQUE INDEX room_plan_risk_key ON room_plan_risk(comune_id, risk);

-- The COC (Centro Operativo Comunale) of each comune: every opening and
-- closing, append-only. The current state is the latest row of the comune
-- (since, then id); `since` is when it was opened or closed (Unix ms UTC),
-- recorded_at when it was typed.
CREATE TABLE room_coc_state (
    id          INTEGER PRIMARY KEY,
    comune_id   INTEGER NOT NULL REFERENCES comune_cmm(comune_id),
    active      INTEGER NOT NULL CHECK (active IN (0, 1)),
    since       INTEGER NOT NULL,
    event_id    INTEGER REFERENCES activation_event(id),
    note        TEXT NOT NULL DEFAULT '',
    recorded_at INTEGER NOT NULL,
    author      TEXT NOT NULL CHECK (trim(author) <> '')
);
CREATE INDEX room_coc_state_comune ON room_coc_state(comune_id, since, id);
CREATE INDEX room_coc_state_event ON room_coc_state(event_id);
CREATE TRIGGER room_coc_state_no_update BEFORE UPDATE ON room_coc_state
BEGIN
    SELECT RAISE(ABORT, 'room_coc_state is append-only: record a new state instead');
END;
CREATE TRIGGER room_coc_state_no_delete BEFORE DELETE ON room_coc_state
BEGIN
    SELECT RAISE(ABORT, 'room_coc_state is append-only: record a new state instead');
END;

CREATE TRIGGER room_plan_log_insert AFTER INSERT ON room_plan
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_plan', NEW.comune_id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_plan_log_update AFTER UPDATE ON room_plan
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'room_plan', NEW.comune_id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."has_plan" IS NOT NEW."has_plan" THEN 'has_plan,' ELSE '' END
           || CASE WHEN OLD."approved_on" IS NOT NEW."approved_on" THEN 'approved_on,' ELSE '' END
           || CASE WHEN OLD."revised_on" IS NOT NEW."revised_on" THEN 'revised_on,' ELSE '' END
           || CASE WHEN OLD."in_portal" IS NOT NEW."in_portal" THEN 'in_portal,' ELSE '' END
           || CASE WHEN OLD."revision_due" IS NOT NEW."revision_due" THEN 'revision_due,' ELSE '' END
           || CASE WHEN OLD."act" IS NOT NEW."act" THEN 'act,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_plan_log_delete AFTER DELETE ON room_plan
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_plan', OLD.comune_id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_plan_risk_log_insert AFTER INSERT ON room_plan_risk
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_plan_risk', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_plan_risk_log_update AFTER UPDATE ON room_plan_risk
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_plan_risk', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_plan_risk_log_delete AFTER DELETE ON room_plan_risk
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_plan_risk', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_coc_state_log_insert AFTER INSERT ON room_coc_state
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_coc_state', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_coc_state_log_update AFTER UPDATE ON room_coc_state
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_coc_state', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_coc_state_log_delete AFTER DELETE ON room_coc_state
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_coc_state', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

