-- 0026_training: training and exercises in the Volontari module (issue 20,
-- item 6). Courses (the base course for new volunteers, safety, Covid
-- manager, the students' basic civil-protection course) with editions,
-- sessions, participants (volunteers or people from outside, such as
-- students), attendance per session, the final test, the certificate, and
-- the qualification a passed course grants (a volunteer_qualification row,
-- so its expiry works like any other). Exercises per organisation feed the
-- yearly renewal's activity report.

-- A course: what it teaches and the rules to pass it. min_attendance is the
-- share of the edition's hours (percent) a participant must attend to be
-- admitted to the test and certified; with a final test, pass_score out of
-- max_score. A passed course may grant a qualification (its name) valid for
-- validity_months (NULL: does not expire).
CREATE TABLE training_course (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(code) <> ''),
    title           TEXT NOT NULL CHECK (trim(title) <> ''),
    audience        TEXT NOT NULL DEFAULT 'volunteers' CHECK (audience IN ('volunteers', 'students', 'staff')),
    min_attendance  INTEGER NOT NULL DEFAULT 80 CHECK (min_attendance BETWEEN 0 AND 100),
    final_test      INTEGER NOT NULL DEFAULT 0 CHECK (final_test IN (0, 1)),
    pass_score      INTEGER CHECK (pass_score IS NULL OR pass_score >= 0),
    max_score       INTEGER CHECK (max_score IS NULL OR max_score > 0),
    qualification   TEXT NOT NULL DEFAULT '',
    validity_months INTEGER CHECK (validity_months IS NULL OR validity_months BETWEEN 1 AND 600),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes           TEXT NOT NULL DEFAULT '',
    CHECK (final_test = 0 OR (pass_score IS NOT NULL AND max_score IS NOT NULL AND pass_score <= max_score))
);

-- An edition of a course: when, how and where it is given.
CREATE TABLE training_edition (
    id         INTEGER PRIMARY KEY,
    course_id  INTEGER NOT NULL REFERENCES training_course(id),
    code       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(code) <> ''),
    start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date   TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND end_date >= start_date),
    mode       TEXT NOT NULL DEFAULT 'presence' CHECK (mode IN ('presence', 'remote', 'mixed')),
    place      TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX training_edition_course ON training_edition(course_id, start_date);
CREATE INDEX training_edition_start ON training_edition(start_date);

-- A session of an edition: its day, start, length (minutes), place, trainer.
CREATE TABLE training_session (
    id         INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES training_edition(id),
    day        TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    start_time TEXT NOT NULL DEFAULT '' CHECK (start_time = '' OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    minutes    INTEGER NOT NULL CHECK (minutes BETWEEN 15 AND 720),
    place      TEXT NOT NULL DEFAULT '',
    trainer    TEXT NOT NULL DEFAULT '',
    topic      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX training_session_edition ON training_session(edition_id, day);

-- Who takes part in an edition: a volunteer (volunteer_id), or someone from
-- outside the register (a student, a teacher, the staff of the Metropolitan
-- City) named here. The final test: result and score. The certificate's
-- number and date once issued; qualification_id: the qualification granted.
CREATE TABLE training_participant (
    id                    INTEGER PRIMARY KEY,
    edition_id            INTEGER NOT NULL REFERENCES training_edition(id),
    volunteer_id          INTEGER REFERENCES volunteer(id),
    last_name             TEXT NOT NULL DEFAULT '',
    first_name            TEXT NOT NULL DEFAULT '',
    affiliation           TEXT NOT NULL DEFAULT '',
    enrolled_on           TEXT NOT NULL CHECK (enrolled_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    test_result           TEXT NOT NULL DEFAULT 'none' CHECK (test_result IN ('none', 'passed', 'failed')),
    test_score            INTEGER CHECK (test_score IS NULL OR test_score >= 0),
    certificate_number    TEXT NOT NULL DEFAULT '',
    certificate_issued_on TEXT CHECK (certificate_issued_on IS NULL
                                      OR certificate_issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    qualification_id      INTEGER REFERENCES volunteer_qualification(id),
    notes                 TEXT NOT NULL DEFAULT '',
    CHECK (volunteer_id IS NOT NULL OR (trim(last_name) <> '' AND trim(first_name) <> '')),
    CHECK ((certificate_number = '') = (certificate_issued_on IS NULL))
);
CREATE UNIQUE INDEX training_participant_volunteer ON training_participant(edition_id, volunteer_id)
    WHERE volunteer_id IS NOT NULL;
CREATE INDEX training_participant_edition ON training_participant(edition_id, last_name, first_name);
CREATE INDEX training_participant_of_volunteer ON training_participant(volunteer_id);
CREATE INDEX training_participant_qualification ON training_participant(qualification_id);
CREATE UNIQUE INDEX training_participant_certificate ON training_participant(certificate_number)
    WHERE certificate_number <> '';

-- Attendance: the participants present at a session, a set per session
-- (TableKind::SetMember: id = keyedRowId(session, participant)).
CREATE TABLE training_attendance (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES training_session(id),
    participant_id INTEGER NOT NULL REFERENCES training_participant(id)
);
CREATE UNIQUE INDEX training_attendance_key ON training_attendance(session_id, participant_id);
CREATE INDEX training_attendance_participant ON training_attendance(participant_id);

-- An exercise held by an organisation: its days, scenario, how many of its
-- volunteers took part and the person-days.
CREATE TABLE training_exercise (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    title           TEXT NOT NULL CHECK (trim(title) <> ''),
    scenario        TEXT NOT NULL CHECK (scenario IN ('hydro_meteo', 'earthquake', 'forest_fire', 'missing_person',
                                                      'health', 'major_event', 'other')),
    start_date      TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date        TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND end_date >= start_date),
    comune_id       INTEGER REFERENCES comune(id),
    place           TEXT NOT NULL DEFAULT '',
    participants    INTEGER NOT NULL CHECK (participants BETWEEN 1 AND 10000),
    person_days     INTEGER NOT NULL CHECK (person_days >= participants),
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX training_exercise_organisation ON training_exercise(organisation_id, start_date);
CREATE INDEX training_exercise_start ON training_exercise(start_date);
CREATE INDEX training_exercise_comune ON training_exercise(comune_id);

-- Change-log triggers: scripts/gen_triggers.py TABLE --db SCHEMA (update triggers list the columns).
CREATE TRIGGER training_course_log_insert AFTER INSERT ON training_course
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_course', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_course_log_update AFTER UPDATE ON training_course
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'training_course', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."code" IS NOT NEW."code" THEN 'code,' ELSE '' END
           || CASE WHEN OLD."title" IS NOT NEW."title" THEN 'title,' ELSE '' END
           || CASE WHEN OLD."audience" IS NOT NEW."audience" THEN 'audience,' ELSE '' END
           || CASE WHEN OLD."min_attendance" IS NOT NEW."min_attendance" THEN 'min_attendance,' ELSE '' END
           || CASE WHEN OLD."final_test" IS NOT NEW."final_test" THEN 'final_test,' ELSE '' END
           || CASE WHEN OLD."pass_score" IS NOT NEW."pass_score" THEN 'pass_score,' ELSE '' END
           || CASE WHEN OLD."max_score" IS NOT NEW."max_score" THEN 'max_score,' ELSE '' END
           || CASE WHEN OLD."qualification" IS NOT NEW."qualification" THEN 'qualification,' ELSE '' END
           || CASE WHEN OLD."validity_months" IS NOT NEW."validity_months" THEN 'validity_months,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_course_log_delete AFTER DELETE ON training_course
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_course', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_edition_log_insert AFTER INSERT ON training_edition
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_edition', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_edition_log_update AFTER UPDATE ON training_edition
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'training_edition', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."course_id" IS NOT NEW."course_id" THEN 'course_id,' ELSE '' END
           || CASE WHEN OLD."code" IS NOT NEW."code" THEN 'code,' ELSE '' END
           || CASE WHEN OLD."start_date" IS NOT NEW."start_date" THEN 'start_date,' ELSE '' END
           || CASE WHEN OLD."end_date" IS NOT NEW."end_date" THEN 'end_date,' ELSE '' END
           || CASE WHEN OLD."mode" IS NOT NEW."mode" THEN 'mode,' ELSE '' END
           || CASE WHEN OLD."place" IS NOT NEW."place" THEN 'place,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_edition_log_delete AFTER DELETE ON training_edition
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_edition', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_session_log_insert AFTER INSERT ON training_session
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_session', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_session_log_update AFTER UPDATE ON training_session
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'training_session', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."edition_id" IS NOT NEW."edition_id" THEN 'edition_id,' ELSE '' END
           || CASE WHEN OLD."day" IS NOT NEW."day" THEN 'day,' ELSE '' END
           || CASE WHEN OLD."start_time" IS NOT NEW."start_time" THEN 'start_time,' ELSE '' END
           || CASE WHEN OLD."minutes" IS NOT NEW."minutes" THEN 'minutes,' ELSE '' END
           || CASE WHEN OLD."place" IS NOT NEW."place" THEN 'place,' ELSE '' END
           || CASE WHEN OLD."trainer" IS NOT NEW."trainer" THEN 'trainer,' ELSE '' END
           || CASE WHEN OLD."topic" IS NOT NEW."topic" THEN 'topic,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_session_log_delete AFTER DELETE ON training_session
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_session', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_participant_log_insert AFTER INSERT ON training_participant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_participant', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_participant_log_update AFTER UPDATE ON training_participant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'training_participant', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."edition_id" IS NOT NEW."edition_id" THEN 'edition_id,' ELSE '' END
           || CASE WHEN OLD."volunteer_id" IS NOT NEW."volunteer_id" THEN 'volunteer_id,' ELSE '' END
           || CASE WHEN OLD."last_name" IS NOT NEW."last_name" THEN 'last_name,' ELSE '' END
           || CASE WHEN OLD."first_name" IS NOT NEW."first_name" THEN 'first_name,' ELSE '' END
           || CASE WHEN OLD."affiliation" IS NOT NEW."affiliation" THEN 'affiliation,' ELSE '' END
           || CASE WHEN OLD."enrolled_on" IS NOT NEW."enrolled_on" THEN 'enrolled_on,' ELSE '' END
           || CASE WHEN OLD."test_result" IS NOT NEW."test_result" THEN 'test_result,' ELSE '' END
           || CASE WHEN OLD."test_score" IS NOT NEW."test_score" THEN 'test_score,' ELSE '' END
           || CASE WHEN OLD."certificate_number" IS NOT NEW."certificate_number" THEN 'certificate_number,' ELSE '' END
           || CASE WHEN OLD."certificate_issued_on" IS NOT NEW."certificate_issued_on" THEN 'certificate_issued_on,' ELSE '' END
           || CASE WHEN OLD."qualification_id" IS NOT NEW."qualification_id" THEN 'qualification_id,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_participant_log_delete AFTER DELETE ON training_participant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_participant', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_exercise_log_insert AFTER INSERT ON training_exercise
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_exercise', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_exercise_log_update AFTER UPDATE ON training_exercise
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'training_exercise', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."organisation_id" IS NOT NEW."organisation_id" THEN 'organisation_id,' ELSE '' END
           || CASE WHEN OLD."title" IS NOT NEW."title" THEN 'title,' ELSE '' END
           || CASE WHEN OLD."scenario" IS NOT NEW."scenario" THEN 'scenario,' ELSE '' END
           || CASE WHEN OLD."start_date" IS NOT NEW."start_date" THEN 'start_date,' ELSE '' END
           || CASE WHEN OLD."end_date" IS NOT NEW."end_date" THEN 'end_date,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."place" IS NOT NEW."place" THEN 'place,' ELSE '' END
           || CASE WHEN OLD."participants" IS NOT NEW."participants" THEN 'participants,' ELSE '' END
           || CASE WHEN OLD."person_days" IS NOT NEW."person_days" THEN 'person_days,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_exercise_log_delete AFTER DELETE ON training_exercise
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_exercise', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_attendance_log_insert AFTER INSERT ON training_attendance
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_attendance', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_attendance_log_update AFTER UPDATE ON training_attendance
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_attendance', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER training_attendance_log_delete AFTER DELETE ON training_attendance
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'training_attendance', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

