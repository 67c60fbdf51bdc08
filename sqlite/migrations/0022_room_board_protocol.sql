-- 0022_room_board_protocol: the Cabina di regia (members and delegates,
-- daily meetings with attendance, requests examined, decisions, actions and
-- their states) and the communications register (protocollo) with the
-- circulars to the mayors of the 133 comuni and their sendings.

-- The mayor of each comune: a merge field of the circulars ({sindaco}).
ALTER TABLE comune_cmm ADD COLUMN sindaco TEXT NOT NULL DEFAULT '';

-- The roles of the Cabina di regia (seed 000/001), extensible. The five of
-- the 2020 project are reference rows with small fixed ids, written before
-- the triggers: the same on every workstation, never exchanged.
CREATE TABLE room_board_role (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    position INTEGER NOT NULL DEFAULT 0,
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
INSERT INTO room_board_role(id, name, position) VALUES
    (1, 'Dirigente CMM con responsabilità sulla Protezione civile', 1),
    (2, 'Direttore del Settore Avvocatura della CMM', 2),
    (3, 'Responsabile Servizio operativo Polizia locale della CMM', 3),
    (4, 'Responsabile Servizio tecnico operativo di protezione civile', 4),
    (5, 'Presidente del CCV-MI', 5);

-- A member holds a role; a delegate is a member whose delegate_of names the
-- member they stand in for (same role). A member is an account of the room
-- or an external person with contacts.
CREATE TABLE room_board_member (
    id           INTEGER PRIMARY KEY,
    role_id      INTEGER NOT NULL REFERENCES room_board_role(id),
    delegate_of  INTEGER REFERENCES room_board_member(id),
    account_id   INTEGER REFERENCES operator_account(id),
    name         TEXT NOT NULL CHECK (trim(name) <> ''),
    organisation TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK (delegate_of IS NULL OR delegate_of <> id)
);
CREATE INDEX room_board_member_role ON room_board_member(role_id);
CREATE INDEX room_board_member_delegate ON room_board_member(delegate_of);
CREATE INDEX room_board_member_account ON room_board_member(account_id);

-- One meeting a day: its id is keyed on the day (core::keyedRowId), so two
-- workstations that open the same day's meeting offline open one row.
CREATE TABLE room_board_meeting (
    id      INTEGER PRIMARY KEY,
    held_on TEXT NOT NULL UNIQUE CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    mode    TEXT NOT NULL DEFAULT 'remote' CHECK (mode IN ('remote', 'in_person', 'mixed')),
    notes   TEXT NOT NULL DEFAULT ''
);

-- Who attended (a set per meeting, keyed on meeting and member).
CREATE TABLE room_board_attendance (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES room_board_meeting(id),
    member_id  INTEGER NOT NULL REFERENCES room_board_member(id)
);
CREATE UNIQUE INDEX room_board_attendance_key ON room_board_attendance(meeting_id, member_id);
CREATE INDEX room_board_attendance_member ON room_board_attendance(member_id);

-- The requests from the territory (Consegne) the meeting examined.
CREATE TABLE room_board_examined (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES room_board_meeting(id),
    request_id INTEGER NOT NULL REFERENCES delivery_request(id)
);
CREATE UNIQUE INDEX room_board_examined_key ON room_board_examined(meeting_id, request_id);
CREATE INDEX room_board_examined_request ON room_board_examined(request_id);

-- Decisions: append-only.
CREATE TABLE room_board_decision (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES room_board_meeting(id),
    text       TEXT NOT NULL CHECK (trim(text) <> ''),
    created_at INTEGER NOT NULL,
    operator   TEXT NOT NULL
);
CREATE INDEX room_board_decision_meeting ON room_board_decision(meeting_id);

-- Actions: what, who, by when. Their state is the latest row of
-- room_board_action_state (a ledger).
CREATE TABLE room_board_action (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER REFERENCES room_board_meeting(id),
    decision_id INTEGER REFERENCES room_board_decision(id),
    title       TEXT NOT NULL CHECK (trim(title) <> ''),
    owner_id    INTEGER NOT NULL REFERENCES room_board_member(id),
    due_on      TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    created_at  INTEGER NOT NULL,
    operator    TEXT NOT NULL
);
CREATE INDEX room_board_action_meeting ON room_board_action(meeting_id);
CREATE INDEX room_board_action_decision ON room_board_action(decision_id);
CREATE INDEX room_board_action_owner ON room_board_action(owner_id);
CREATE INDEX room_board_action_due ON room_board_action(due_on);

CREATE TABLE room_board_action_state (
    id         INTEGER PRIMARY KEY,
    action_id  INTEGER NOT NULL REFERENCES room_board_action(id),
    state      TEXT NOT NULL CHECK (state IN ('open', 'in_progress', 'done', 'cancelled')),
    changed_at INTEGER NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    operator   TEXT NOT NULL
);
CREATE INDEX room_board_action_state_action ON room_board_action_state(action_id, changed_at, id);

-- The communications register: one protocol number per communication in
-- or out ("2026/P-0012", per workstation: "2026/P3-0012").
CREATE TABLE room_protocol (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    direction    TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    dated        TEXT NOT NULL CHECK (dated GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    counterpart  TEXT NOT NULL CHECK (trim(counterpart) <> ''),
    subject      TEXT NOT NULL CHECK (trim(subject) <> ''),
    file_path    TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    operator     TEXT NOT NULL
);
CREATE INDEX room_protocol_dated ON room_protocol(dated);
CREATE INDEX room_protocol_number_series ON room_protocol(
    rtrim(number, '0123456789'),
    CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS INTEGER));

-- A circular to the mayors: its protocol entry, the template, the scope.
CREATE TABLE room_circular (
    id          INTEGER PRIMARY KEY,
    protocol_id INTEGER NOT NULL UNIQUE REFERENCES room_protocol(id),
    subject     TEXT NOT NULL CHECK (trim(subject) <> ''),
    body        TEXT NOT NULL CHECK (trim(body) <> ''),
    scope       TEXT NOT NULL CHECK (scope IN ('all', 'zone', 'event')),
    zone        TEXT NOT NULL DEFAULT '',
    event_id    INTEGER REFERENCES activation_event(id),
    folder      TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    operator    TEXT NOT NULL,
    CHECK ((scope = 'zone') = (zone <> ''))
);
CREATE INDEX room_circular_event ON room_circular(event_id);

-- What was prepared for each comune: the letter always, the message only
-- to a PEC ('no_pec': the comune has none, no message).
CREATE TABLE room_circular_sending (
    id           INTEGER PRIMARY KEY,
    circular_id  INTEGER NOT NULL REFERENCES room_circular(id),
    comune_id    INTEGER NOT NULL REFERENCES comune(id),
    outcome      TEXT NOT NULL CHECK (outcome IN ('prepared', 'no_pec')),
    to_address   TEXT NOT NULL DEFAULT '',
    letter_file  TEXT NOT NULL,
    message_file TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    operator     TEXT NOT NULL,
    CHECK ((outcome = 'prepared') = (message_file <> ''))
);
CREATE INDEX room_circular_sending_circular ON room_circular_sending(circular_id, comune_id);
CREATE INDEX room_circular_sending_comune ON room_circular_sending(comune_id);

-- The room's sender for the messages (From:), synchronised settings.
CREATE TABLE room_mail_setting (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL DEFAULT ''
);
INSERT INTO room_mail_setting(id, key, value) VALUES (1, 'from_name', 'CCV-MI Sala operativa'), (2, 'from_address', '');

CREATE TRIGGER room_board_decision_no_update BEFORE UPDATE ON room_board_decision
BEGIN
    SELECT RAISE(ABORT, 'room_board_decision is append-only');
END;
CREATE TRIGGER room_board_decision_no_delete BEFORE DELETE ON room_board_decision
BEGIN
    SELECT RAISE(ABORT, 'room_board_decision is append-only');
END;

CREATE TRIGGER room_board_action_state_no_update BEFORE UPDATE ON room_board_action_state
BEGIN
    SELECT RAISE(ABORT, 'room_board_action_state is append-only');
END;
CREATE TRIGGER room_board_action_state_no_delete BEFORE DELETE ON room_board_action_state
BEGIN
    SELECT RAISE(ABORT, 'room_board_action_state is append-only');
END;

CREATE TRIGGER room_protocol_no_update BEFORE UPDATE ON room_protocol
BEGIN
    SELECT RAISE(ABORT, 'room_protocol is append-only');
END;
CREATE TRIGGER room_protocol_no_delete BEFORE DELETE ON room_protocol
BEGIN
    SELECT RAISE(ABORT, 'room_protocol is append-only');
END;

CREATE TRIGGER room_circular_no_update BEFORE UPDATE ON room_circular
BEGIN
    SELECT RAISE(ABORT, 'room_circular is append-only');
END;
CREATE TRIGGER room_circular_no_delete BEFORE DELETE ON room_circular
BEGIN
    SELECT RAISE(ABORT, 'room_circular is append-only');
END;

CREATE TRIGGER room_circular_sending_no_update BEFORE UPDATE ON room_circular_sending
BEGIN
    SELECT RAISE(ABORT, 'room_circular_sending is append-only');
END;
CREATE TRIGGER room_circular_sending_no_delete BEFORE DELETE ON room_circular_sending
BEGIN
    SELECT RAISE(ABORT, 'room_circular_sending is append-only');
END;

CREATE TRIGGER room_board_role_log_insert AFTER INSERT ON room_board_role
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_role', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_role_log_update AFTER UPDATE ON room_board_role
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_role', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_role_log_delete AFTER DELETE ON room_board_role
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_role', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER room_board_member_log_insert AFTER INSERT ON room_board_member
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_member', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_member_log_update AFTER UPDATE ON room_board_member
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_member', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_member_log_delete AFTER DELETE ON room_board_member
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_member', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER room_board_meeting_log_insert AFTER INSERT ON room_board_meeting
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_meeting', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_meeting_log_update AFTER UPDATE ON room_board_meeting
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_meeting', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_meeting_log_delete AFTER DELETE ON room_board_meeting
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_meeting', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER room_board_attendance_log_insert AFTER INSERT ON room_board_attendance
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_attendance', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_attendance_log_update AFTER UPDATE ON room_board_attendance
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_attendance', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_attendance_log_delete AFTER DELETE ON room_board_attendance
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_attendance', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER room_board_examined_log_insert AFTER INSERT ON room_board_examined
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_examined', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_examined_log_update AFTER UPDATE ON room_board_examined
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_examined', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_examined_log_delete AFTER DELETE ON room_board_examined
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_examined', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER room_board_decision_log_insert AFTER INSERT ON room_board_decision
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_decision', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_decision_log_update AFTER UPDATE ON room_board_decision
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_decision', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_decision_log_delete AFTER DELETE ON room_board_decision
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_decision', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER room_board_action_log_insert AFTER INSERT ON room_board_action
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_action', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_action_log_update AFTER UPDATE ON room_board_action
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_action', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_action_log_delete AFTER DELETE ON room_board_action
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_action', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER room_board_action_state_log_insert AFTER INSERT ON room_board_action_state
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_action_state', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_action_state_log_update AFTER UPDATE ON room_board_action_state
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_action_state', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_board_action_state_log_delete AFTER DELETE ON room_board_action_state
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_board_action_state', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER room_protocol_log_insert AFTER INSERT ON room_protocol
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_protocol', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_protocol_log_update AFTER UPDATE ON room_protocol
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_protocol', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_protocol_log_delete AFTER DELETE ON room_protocol
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_protocol', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER room_circular_log_insert AFTER INSERT ON room_circular
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_circular', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_circular_log_update AFTER UPDATE ON room_circular
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_circular', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_circular_log_delete AFTER DELETE ON room_circular
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_circular', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER room_circular_sending_log_insert AFTER INSERT ON room_circular_sending
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_circular_sending', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_circular_sending_log_update AFTER UPDATE ON room_circular_sending
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_circular_sending', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_circular_sending_log_delete AFTER DELETE ON room_circular_sending
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_circular_sending', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER room_mail_setting_log_insert AFTER INSERT ON room_mail_setting
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_mail_setting', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_mail_setting_log_update AFTER UPDATE ON room_mail_setting
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_mail_setting', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER room_mail_setting_log_delete AFTER DELETE ON room_mail_setting
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'room_mail_setting', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;



-- comune_cmm gained the mayor's name: its update trigger lists it too, so
-- the mayor travels as a field of its own (0018_field_merge.sql).
DROP TRIGGER comune_cmm_log_update;
CREATE TRIGGER comune_cmm_log_update AFTER UPDATE ON comune_cmm
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'comune_cmm', NEW.comune_id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."population" IS NOT NEW."population" THEN 'population,' ELSE '' END
           || CASE WHEN OLD."lat" IS NOT NEW."lat" THEN 'lat,' ELSE '' END
           || CASE WHEN OLD."lon" IS NOT NEW."lon" THEN 'lon,' ELSE '' END
           || CASE WHEN OLD."geometry" IS NOT NEW."geometry" THEN 'geometry,' ELSE '' END
           || CASE WHEN OLD."zona_omogenea" IS NOT NEW."zona_omogenea" THEN 'zona_omogenea,' ELSE '' END
           || CASE WHEN OLD."phone" IS NOT NEW."phone" THEN 'phone,' ELSE '' END
           || CASE WHEN OLD."email" IS NOT NEW."email" THEN 'email,' ELSE '' END
           || CASE WHEN OLD."pec" IS NOT NEW."pec" THEN 'pec,' ELSE '' END
           || CASE WHEN OLD."cap" IS NOT NEW."cap" THEN 'cap,' ELSE '' END
           || CASE WHEN OLD."coc_address" IS NOT NEW."coc_address" THEN 'coc_address,' ELSE '' END
           || CASE WHEN OLD."coc_contact" IS NOT NEW."coc_contact" THEN 'coc_contact,' ELSE '' END
           || CASE WHEN OLD."coc_phone" IS NOT NEW."coc_phone" THEN 'coc_phone,' ELSE '' END
           || CASE WHEN OLD."coc_email" IS NOT NEW."coc_email" THEN 'coc_email,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
           || CASE WHEN OLD."coc_cap" IS NOT NEW."coc_cap" THEN 'coc_cap,' ELSE '' END
           || CASE WHEN OLD."sindaco" IS NOT NEW."sindaco" THEN 'sindaco,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

