-- 0021_room: the Sala operativa's events and diary (modules/room).
--
-- The room's events are the activation events of the Volontari module
-- (0005): one event, not two. It gains the room's scenario (the type of
-- emergency, apart from the art. 39 classification of event_type) and its
-- phase; the comuni involved are a set, the phase changes a ledger.

ALTER TABLE activation_event ADD COLUMN scenario TEXT NOT NULL DEFAULT 'other'
    CHECK (scenario IN ('health', 'hydro_meteo', 'wildfire', 'missing_persons', 'large_event', 'exercise', 'other'));
ALTER TABLE activation_event ADD COLUMN phase TEXT NOT NULL DEFAULT 'attention'
    CHECK (phase IN ('attention', 'pre_alarm', 'alarm', 'closed'));

-- The events already recorded: a scenario from their art. 39 type, closed
-- when they have ended. Derived the same way on every workstation from rows
-- they already share, so not logged (no change to exchange).
UPDATE session_context SET log_enabled = 0 WHERE id = 1;
UPDATE activation_event
SET scenario = CASE event_type WHEN 'covid19' THEN 'health' WHEN 'training' THEN 'exercise' ELSE 'other' END,
    phase = CASE WHEN end_date IS NOT NULL THEN 'closed' ELSE 'attention' END;
UPDATE session_context SET log_enabled = 1 WHERE id = 1;

CREATE INDEX activation_event_phase ON activation_event(phase, start_date);

-- The comuni an event involves: a set per event (TableKind::SetMember, id
-- from core::keyedRowId over event_id and comune_id).
CREATE TABLE room_event_comune (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES activation_event(id),
    comune_id INTEGER NOT NULL REFERENCES comune(id),
    UNIQUE (event_id, comune_id)
);
CREATE INDEX room_event_comune_comune ON room_event_comune(comune_id);

-- Every change of an event's phase, with who and when (append-only): the
-- event's phase column is the latest of them.
CREATE TABLE room_event_phase (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES activation_event(id),
    phase      TEXT NOT NULL CHECK (phase IN ('attention', 'pre_alarm', 'alarm', 'closed')),
    previous   TEXT CHECK (previous IS NULL OR previous IN ('attention', 'pre_alarm', 'alarm', 'closed')),
    changed_at INTEGER NOT NULL,
    author     TEXT NOT NULL CHECK (trim(author) <> ''),
    note       TEXT NOT NULL DEFAULT '',
    CHECK (previous IS NULL OR previous <> phase)
);
CREATE INDEX room_event_phase_event ON room_event_phase(event_id, changed_at);

CREATE TRIGGER room_event_phase_no_update BEFORE UPDATE ON room_event_phase
BEGIN
    SELECT RAISE(ABORT, 'room_event_phase is append-only: record a new phase instead');
END;
CREATE TRIGGER room_event_phase_no_delete BEFORE DELETE ON room_event_phase
BEGIN
    SELECT RAISE(ABORT, 'room_event_phase is append-only: record a new phase instead');
END;

-- The room diary (diario di sala): what happened, when, written by whom,
-- for which event. Append-only: a mistaken entry is corrected by a new entry
-- that points at it (corrects_id); the old one stays as it was and shows as
-- corrected. `at` is when it happened (Unix ms UTC), `day` its local day
-- (for the filters and the printed diary), recorded_at when it was typed.
CREATE TABLE room_diary (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES activation_event(id),
    at              INTEGER NOT NULL,
    day             TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    kind            TEXT NOT NULL CHECK (kind IN ('call_in', 'call_out', 'message', 'decision', 'action', 'note')),
    body            TEXT NOT NULL CHECK (trim(body) <> ''),
    counterpart     TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL CHECK (trim(author) <> ''),
    author_name     TEXT NOT NULL DEFAULT '',
    comune_id       INTEGER REFERENCES comune(id),
    organisation_id INTEGER REFERENCES organisation(id),
    delivery_id     INTEGER REFERENCES delivery(id),
    request_id      INTEGER REFERENCES delivery_request(id),
    corrects_id     INTEGER REFERENCES room_diary(id),
    recorded_at     INTEGER NOT NULL,
    CHECK (corrects_id IS NULL OR corrects_id <> id)
);
-- The list pages by time then id (the rowid ends every index).
CREATE INDEX room_diary_at ON room_diary(at);
CREATE INDEX room_diary_event_at ON room_diary(event_id, at);
CREATE INDEX room_diary_day_at ON room_diary(day, at);
CREATE INDEX room_diary_kind_at ON room_diary(kind, at);
-- One correction per entry (a correction can itself be corrected).
CREATE UNIQUE INDEX room_diary_corrects ON room_diary(corrects_id) WHERE corrects_id IS NOT NULL;
CREATE INDEX room_diary_comune ON room_diary(comune_id) WHERE comune_id IS NOT NULL;
CREATE INDEX room_diary_organisation ON room_diary(organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX room_diary_delivery ON room_diary(delivery_id) WHERE delivery_id IS NOT NULL;
CREATE INDEX room_diary_request ON room_diary(request_id) WHERE request_id IS NOT NULL;

CREATE TRIGGER room_diary_no_update BEFORE UPDATE ON room_diary
BEGIN
    SELECT RAISE(ABORT, 'room_diary is append-only: write a correcting entry instead');
END;
CREATE TRIGGER room_diary_no_delete BEFORE DELETE ON room_diary
BEGIN
    SELECT RAISE(ABORT, 'room_diary is append-only: write a correcting entry instead');
END;

CREATE TRIGGER room_event_comune_log_insert AFTER INSERT ON room_event_comune
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_event_comune', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_event_comune_log_update AFTER UPDATE ON room_event_comune
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_event_comune', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_event_comune_log_delete AFTER DELETE ON room_event_comune
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_event_comune', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_event_phase_log_insert AFTER INSERT ON room_event_phase
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_event_phase', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_event_phase_log_update AFTER UPDATE ON room_event_phase
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_event_phase', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_event_phase_log_delete AFTER DELETE ON room_event_phase
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_event_phase', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_diary_log_insert AFTER INSERT ON room_diary
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_diary', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_diary_log_update AFTER UPDATE ON room_diary
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_diary', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_diary_log_delete AFTER DELETE ON room_diary
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_diary', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


-- The event gained two columns: its update trigger lists them too, so a
-- change of scenario or phase travels as a field of its own (field-level
-- merge, 0018_field_merge.sql).
DROP TRIGGER activation_event_log_update;
CREATE TRIGGER activation_event_log_update AFTER UPDATE ON activation_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'activation_event', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."event_type" IS NOT NEW."event_type" THEN 'event_type,' ELSE '' END
           || CASE WHEN OLD."authorising_act" IS NOT NEW."authorising_act" THEN 'authorising_act,' ELSE '' END
           || CASE WHEN OLD."start_date" IS NOT NEW."start_date" THEN 'start_date,' ELSE '' END
           || CASE WHEN OLD."end_date" IS NOT NEW."end_date" THEN 'end_date,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
           || CASE WHEN OLD."scenario" IS NOT NEW."scenario" THEN 'scenario,' ELSE '' END
           || CASE WHEN OLD."phase" IS NOT NEW."phase" THEN 'phase,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

