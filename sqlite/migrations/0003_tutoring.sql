-- 0002_tutoring: ConosciAMO, the study support for pupils aged 12-16.
-- Parents book one-hour lessons for their children (2nd year of middle
-- school to 2nd year of high school); study assistants (4th-5th year
-- high-school students in PCTO schemes) give them, tutors supervise and
-- stand in. Bookings and their outcomes are two append-only ledgers: a
-- booking is never changed, its outcome (given / cancelled / no-show) is a
-- separate entry, and a correction is a new outcome entry pointing at the
-- one it replaces (Easy!Appointments #876: "booked" and "done" are never one
-- field).

-- The service period and its slots, configurable: the days on which hours
-- can be booked, the weekdays served (ISO numbers, '123456' = Monday to
-- Saturday) and the start hours of the one-hour slots ('15,16,17' for the
-- 15:00-18:30 window). Periods never overlap (checked by the service).
CREATE TABLE tutoring_period (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (name <> ''),
    first_day  TEXT NOT NULL CHECK (date(first_day) IS first_day),
    last_day   TEXT NOT NULL CHECK (date(last_day) IS last_day),
    weekdays   TEXT NOT NULL CHECK (weekdays <> '' AND weekdays NOT GLOB '*[^1-7]*'),
    slot_hours TEXT NOT NULL CHECK (slot_hours <> '' AND slot_hours NOT GLOB '*[^0-9,]*'),
    CHECK (first_day <= last_day)
);
CREATE INDEX tutoring_period_first_day ON tutoring_period(first_day);

-- Tutors: teachers or retired teachers who supervise the assistants and
-- stand in when an assistant cannot give a lesson.
CREATE TABLE tutoring_tutor (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (code <> ''),
    family_name TEXT NOT NULL CHECK (family_name <> ''),
    given_name  TEXT NOT NULL CHECK (given_name <> ''),
    kind        TEXT NOT NULL CHECK (kind IN ('teacher', 'retired_teacher')),
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tutoring_tutor_name ON tutoring_tutor(family_name COLLATE NOCASE, given_name COLLATE NOCASE);

-- Pupils (minors: their data is shown only where needed and exported only
-- in aggregate). Any Italian comune of residence: some live outside the
-- metropolitan city. consent_on: the day the parent's consent arrived.
-- bes: special educational needs, served by a stable assistant assigned by
-- hand (tutoring_bes_assignment), not through the booking calendar.
CREATE TABLE tutoring_pupil (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE CHECK (code <> ''),
    family_name  TEXT NOT NULL CHECK (family_name <> ''),
    given_name   TEXT NOT NULL CHECK (given_name <> ''),
    birth_year   INTEGER NOT NULL CHECK (birth_year BETWEEN 1990 AND 2100),
    school_order TEXT NOT NULL CHECK (school_order IN ('middle', 'high')),
    class_year   INTEGER NOT NULL,
    school_name  TEXT NOT NULL DEFAULT '',
    comune_id    INTEGER NOT NULL REFERENCES comune(id),
    parent_name  TEXT NOT NULL DEFAULT '',
    parent_phone TEXT NOT NULL DEFAULT '',
    parent_email TEXT NOT NULL DEFAULT '',
    bes          INTEGER NOT NULL DEFAULT 0 CHECK (bes IN (0, 1)),
    consent_on   TEXT CHECK (consent_on IS NULL OR date(consent_on) IS consent_on),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes        TEXT NOT NULL DEFAULT '',
    CHECK ((school_order = 'middle' AND class_year IN (2, 3)) OR (school_order = 'high' AND class_year IN (1, 2)))
);
CREATE INDEX tutoring_pupil_comune ON tutoring_pupil(comune_id);
CREATE INDEX tutoring_pupil_name ON tutoring_pupil(family_name COLLATE NOCASE, given_name COLLATE NOCASE);
CREATE INDEX tutoring_pupil_order ON tutoring_pupil(school_order, class_year);

-- Study assistants: 4th-5th year students of the 16 schools. They may teach
-- only once the 4-hour health-and-safety course is done (with its date).
CREATE TABLE tutoring_assistant (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE CHECK (code <> ''),
    family_name      TEXT NOT NULL CHECK (family_name <> ''),
    given_name       TEXT NOT NULL CHECK (given_name <> ''),
    school_id        INTEGER NOT NULL REFERENCES school(id),
    class_year       INTEGER NOT NULL CHECK (class_year IN (4, 5)),
    comune_id        INTEGER NOT NULL REFERENCES comune(id),
    tutor_id         INTEGER REFERENCES tutoring_tutor(id),
    email            TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    safety_course    TEXT NOT NULL DEFAULT 'none' CHECK (safety_course IN ('none', 'enrolled', 'done')),
    safety_course_on TEXT CHECK (safety_course_on IS NULL OR date(safety_course_on) IS safety_course_on),
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes            TEXT NOT NULL DEFAULT '',
    CHECK ((safety_course = 'done') = (safety_course_on IS NOT NULL))
);
CREATE INDEX tutoring_assistant_school ON tutoring_assistant(school_id, family_name COLLATE NOCASE);
CREATE INDEX tutoring_assistant_comune ON tutoring_assistant(comune_id);
CREATE INDEX tutoring_assistant_tutor ON tutoring_assistant(tutor_id);
CREATE INDEX tutoring_assistant_name ON tutoring_assistant(family_name COLLATE NOCASE, given_name COLLATE NOCASE);
CREATE INDEX tutoring_assistant_course ON tutoring_assistant(safety_course);

-- The subjects an assistant can teach.
CREATE TABLE tutoring_assistant_subject (
    id           INTEGER PRIMARY KEY,
    assistant_id INTEGER NOT NULL REFERENCES tutoring_assistant(id),
    subject_id   INTEGER NOT NULL REFERENCES tutoring_subject(id),
    UNIQUE (assistant_id, subject_id)
);
CREATE INDEX tutoring_assistant_subject_subject ON tutoring_assistant_subject(subject_id);

-- An assistant's weekly availability: one row per weekday (ISO 1-7) and
-- slot start hour.
CREATE TABLE tutoring_availability (
    id           INTEGER PRIMARY KEY,
    assistant_id INTEGER NOT NULL REFERENCES tutoring_assistant(id),
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_hour   INTEGER NOT NULL CHECK (start_hour BETWEEN 0 AND 23),
    UNIQUE (assistant_id, weekday, start_hour)
);

-- A BES pupil's stable assistant, assigned by hand outside the calendar.
-- last_day is set when the assignment ends (a new assistant is a new row).
CREATE TABLE tutoring_bes_assignment (
    id           INTEGER PRIMARY KEY,
    pupil_id     INTEGER NOT NULL REFERENCES tutoring_pupil(id),
    assistant_id INTEGER NOT NULL REFERENCES tutoring_assistant(id),
    first_day    TEXT NOT NULL CHECK (date(first_day) IS first_day),
    last_day     TEXT CHECK (last_day IS NULL OR (date(last_day) IS last_day AND last_day >= first_day)),
    assigned_at  INTEGER NOT NULL,
    assigned_by  TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tutoring_bes_assignment_pupil ON tutoring_bes_assignment(pupil_id, first_day);
CREATE INDEX tutoring_bes_assignment_assistant ON tutoring_bes_assignment(assistant_id);

-- Ledger of bookings: one row per hour booked, never updated nor deleted.
-- channel 'platform': booked on the calendar; 'bes': booked against a BES
-- assignment.
CREATE TABLE tutoring_booking (
    id                INTEGER PRIMARY KEY,
    pupil_id          INTEGER NOT NULL REFERENCES tutoring_pupil(id),
    subject_id        INTEGER NOT NULL REFERENCES tutoring_subject(id),
    assistant_id      INTEGER NOT NULL REFERENCES tutoring_assistant(id),
    day               TEXT NOT NULL CHECK (date(day) IS day),
    start_hour        INTEGER NOT NULL CHECK (start_hour BETWEEN 0 AND 23),
    channel           TEXT NOT NULL CHECK (channel IN ('platform', 'bes')),
    bes_assignment_id INTEGER REFERENCES tutoring_bes_assignment(id),
    booked_at         INTEGER NOT NULL,
    booked_by         TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT '',
    CHECK ((channel = 'bes') = (bes_assignment_id IS NOT NULL))
);
CREATE INDEX tutoring_booking_pupil ON tutoring_booking(pupil_id, day);
CREATE INDEX tutoring_booking_assistant ON tutoring_booking(assistant_id, day);
CREATE INDEX tutoring_booking_subject ON tutoring_booking(subject_id, day);
CREATE INDEX tutoring_booking_day ON tutoring_booking(day, start_hour);
CREATE INDEX tutoring_booking_bes_assignment ON tutoring_booking(bes_assignment_id);

-- Ledger of lesson outcomes, separate from the bookings. The first outcome
-- of a booking has no corrects_id; a correction points at the outcome it
-- replaces, which can be replaced only once: the outcomes of a booking form
-- a chain whose last link is the one in force. 'given' says who taught: the
-- assistant, or a tutor standing in.
CREATE TABLE tutoring_outcome (
    id          INTEGER PRIMARY KEY,
    booking_id  INTEGER NOT NULL REFERENCES tutoring_booking(id),
    outcome     TEXT NOT NULL CHECK (outcome IN ('given', 'cancelled', 'no_show')),
    taught_by   TEXT CHECK (taught_by IS NULL OR taught_by IN ('assistant', 'tutor')),
    tutor_id    INTEGER REFERENCES tutoring_tutor(id),
    corrects_id INTEGER UNIQUE REFERENCES tutoring_outcome(id),
    recorded_at INTEGER NOT NULL,
    recorded_by TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    CHECK ((outcome = 'given') = (taught_by IS NOT NULL)),
    CHECK ((coalesce(taught_by, '') = 'tutor') = (tutor_id IS NOT NULL)),
    CHECK (corrects_id IS NULL OR corrects_id <> id)
);
CREATE INDEX tutoring_outcome_booking ON tutoring_outcome(booking_id);
CREATE UNIQUE INDEX tutoring_outcome_first ON tutoring_outcome(booking_id) WHERE corrects_id IS NULL;
CREATE INDEX tutoring_outcome_tutor ON tutoring_outcome(tutor_id);

-- Each booking with the outcome in force ('booked' while none is recorded).
CREATE VIEW tutoring_lesson AS
SELECT b.id, b.pupil_id, b.subject_id, b.assistant_id, b.day, b.start_hour, b.channel, b.bes_assignment_id,
       b.booked_at, b.booked_by, o.id AS outcome_id, coalesce(o.outcome, 'booked') AS state, o.taught_by, o.tutor_id
FROM tutoring_booking b
LEFT JOIN tutoring_outcome o
       ON o.booking_id = b.id AND NOT EXISTS (SELECT 1 FROM tutoring_outcome c WHERE c.corrects_id = o.id);

-- The ledgers refuse changes: corrections are new rows.
CREATE TRIGGER tutoring_booking_append_only_update BEFORE UPDATE ON tutoring_booking
BEGIN
    SELECT RAISE(ABORT, 'tutoring_booking is an append-only ledger');
END;

CREATE TRIGGER tutoring_booking_append_only_delete BEFORE DELETE ON tutoring_booking
BEGIN
    SELECT RAISE(ABORT, 'tutoring_booking is an append-only ledger');
END;

CREATE TRIGGER tutoring_outcome_append_only_update BEFORE UPDATE ON tutoring_outcome
BEGIN
    SELECT RAISE(ABORT, 'tutoring_outcome is an append-only ledger');
END;

CREATE TRIGGER tutoring_outcome_append_only_delete BEFORE DELETE ON tutoring_outcome
BEGIN
    SELECT RAISE(ABORT, 'tutoring_outcome is an append-only ledger');
END;

-- Change log triggers --------------------------------------------------------

CREATE TRIGGER tutoring_period_log_insert AFTER INSERT ON tutoring_period
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_period', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_period_log_update AFTER UPDATE ON tutoring_period
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_period', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_period_log_delete AFTER DELETE ON tutoring_period
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_period', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_tutor_log_insert AFTER INSERT ON tutoring_tutor
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_tutor', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_tutor_log_update AFTER UPDATE ON tutoring_tutor
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_tutor', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_tutor_log_delete AFTER DELETE ON tutoring_tutor
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_tutor', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_pupil_log_insert AFTER INSERT ON tutoring_pupil
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_pupil', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_pupil_log_update AFTER UPDATE ON tutoring_pupil
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_pupil', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_pupil_log_delete AFTER DELETE ON tutoring_pupil
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_pupil', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_assistant_log_insert AFTER INSERT ON tutoring_assistant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_assistant', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_assistant_log_update AFTER UPDATE ON tutoring_assistant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_assistant', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_assistant_log_delete AFTER DELETE ON tutoring_assistant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_assistant', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_assistant_subject_log_insert AFTER INSERT ON tutoring_assistant_subject
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_assistant_subject', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_assistant_subject_log_update AFTER UPDATE ON tutoring_assistant_subject
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_assistant_subject', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_assistant_subject_log_delete AFTER DELETE ON tutoring_assistant_subject
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_assistant_subject', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_availability_log_insert AFTER INSERT ON tutoring_availability
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_availability', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_availability_log_update AFTER UPDATE ON tutoring_availability
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_availability', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_availability_log_delete AFTER DELETE ON tutoring_availability
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_availability', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_bes_assignment_log_insert AFTER INSERT ON tutoring_bes_assignment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_bes_assignment', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_bes_assignment_log_update AFTER UPDATE ON tutoring_bes_assignment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_bes_assignment', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_bes_assignment_log_delete AFTER DELETE ON tutoring_bes_assignment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_bes_assignment', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_booking_log_insert AFTER INSERT ON tutoring_booking
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_booking', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_booking_log_update AFTER UPDATE ON tutoring_booking
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_booking', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_booking_log_delete AFTER DELETE ON tutoring_booking
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_booking', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_outcome_log_insert AFTER INSERT ON tutoring_outcome
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_outcome', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_outcome_log_update AFTER UPDATE ON tutoring_outcome
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_outcome', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_outcome_log_delete AFTER DELETE ON tutoring_outcome
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_outcome', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

