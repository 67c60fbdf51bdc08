-- 0002_volunteers: the Volontari module. Volunteer organisations (OdV) and
-- their yearly renewal of operational status, volunteers with their
-- employers and qualifications, activation events and the append-only
-- activation ledger (person-days), the numbered register of attestati.

-- Organisations ---------------------------------------------------------------

-- An Organizzazione di Volontariato: an association or a municipal group
-- (whose legal representative is the mayor).
CREATE TABLE organisation (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    kind                TEXT NOT NULL CHECK (kind IN ('association', 'municipal_group')),
    comune_id           INTEGER NOT NULL REFERENCES comune(id),
    registry_number     TEXT NOT NULL DEFAULT '',
    tax_code            TEXT NOT NULL DEFAULT '',
    address             TEXT NOT NULL DEFAULT '',
    representative      TEXT NOT NULL DEFAULT '',
    representative_role TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    pec                 TEXT NOT NULL DEFAULT '',
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organisation_comune ON organisation(comune_id);
CREATE UNIQUE INDEX organisation_registry ON organisation(registry_number) WHERE registry_number <> '';

-- The yearly renewal of an organisation's operational status: a checklist,
-- its state and the date the state was set. 'renewed' needs every item.
CREATE TABLE organisation_renewal (
    id                       INTEGER PRIMARY KEY,
    organisation_id          INTEGER NOT NULL REFERENCES organisation(id),
    year                     INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    h24_availability         INTEGER NOT NULL DEFAULT 0 CHECK (h24_availability IN (0, 1)),
    enough_volunteers        INTEGER NOT NULL DEFAULT 0 CHECK (enough_volunteers IN (0, 1)),
    insured_no_charges       INTEGER NOT NULL DEFAULT 0 CHECK (insured_no_charges IN (0, 1)),
    activity_report          INTEGER NOT NULL DEFAULT 0 CHECK (activity_report IN (0, 1)),
    equipment_list           INTEGER NOT NULL DEFAULT 0 CHECK (equipment_list IN (0, 1)),
    representative_documents INTEGER NOT NULL DEFAULT 0 CHECK (representative_documents IN (0, 1)),
    state                    TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'renewed', 'not_renewed')),
    state_date               TEXT NOT NULL CHECK (state_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    notes                    TEXT NOT NULL DEFAULT '',
    UNIQUE (organisation_id, year),
    CHECK (state <> 'renewed' OR (h24_availability AND enough_volunteers AND insured_no_charges AND activity_report
                                  AND equipment_list AND representative_documents))
);
CREATE INDEX organisation_renewal_year ON organisation_renewal(year, state);

-- Volunteers ------------------------------------------------------------------

-- Who receives the attestato: the volunteer's employer, or the volunteer's
-- own business for the self-employed. tax_code is a codice fiscale or a
-- partita IVA.
CREATE TABLE employer (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL COLLATE NOCASE CHECK (trim(name) <> ''),
    tax_code  TEXT NOT NULL DEFAULT '',
    address   TEXT NOT NULL DEFAULT '',
    comune_id INTEGER REFERENCES comune(id),
    pec       TEXT NOT NULL DEFAULT '',
    email     TEXT NOT NULL DEFAULT '',
    phone     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX employer_name ON employer(name);
CREATE INDEX employer_comune ON employer(comune_id);
CREATE UNIQUE INDEX employer_tax_code ON employer(tax_code) WHERE tax_code <> '';

-- A volunteer. employment: 'employee' and 'self_employed' get attestati
-- (addressed to employer_id), 'not_working' (retired, students) need none.
CREATE TABLE volunteer (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    last_name       TEXT NOT NULL COLLATE NOCASE CHECK (trim(last_name) <> ''),
    first_name      TEXT NOT NULL COLLATE NOCASE CHECK (trim(first_name) <> ''),
    tax_code        TEXT NOT NULL UNIQUE CHECK (length(tax_code) = 16),
    birth_date      TEXT CHECK (birth_date IS NULL OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    comune_id       INTEGER NOT NULL REFERENCES comune(id),
    address         TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    employment      TEXT NOT NULL DEFAULT 'employee' CHECK (employment IN ('employee', 'self_employed', 'not_working')),
    employer_id     INTEGER REFERENCES employer(id),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX volunteer_organisation ON volunteer(organisation_id, last_name, first_name);
CREATE INDEX volunteer_comune ON volunteer(comune_id);
CREATE INDEX volunteer_employer ON volunteer(employer_id);
CREATE INDEX volunteer_name ON volunteer(last_name, first_name);

-- Courses attended and qualifications held, with their expiry.
CREATE TABLE volunteer_qualification (
    id           INTEGER PRIMARY KEY,
    volunteer_id INTEGER NOT NULL REFERENCES volunteer(id),
    kind         TEXT NOT NULL CHECK (kind IN ('course', 'qualification')),
    name         TEXT NOT NULL CHECK (trim(name) <> ''),
    obtained_on  TEXT NOT NULL CHECK (obtained_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    expires_on   TEXT CHECK (expires_on IS NULL OR expires_on >= obtained_on),
    notes        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX volunteer_qualification_volunteer ON volunteer_qualification(volunteer_id);
CREATE INDEX volunteer_qualification_expiry ON volunteer_qualification(expires_on);

-- Activations -----------------------------------------------------------------

-- An event volunteers are activated for, with its type (which sets the
-- art. 39 limits) and the act that authorised it.
CREATE TABLE activation_event (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    event_type      TEXT NOT NULL CHECK (event_type IN ('ordinary', 'national_emergency', 'covid19', 'training')),
    authorising_act TEXT NOT NULL CHECK (trim(authorising_act) <> ''),
    start_date      TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date        TEXT CHECK (end_date IS NULL OR end_date >= start_date),
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activation_event_start ON activation_event(start_date);

-- The activation ledger: one row per volunteer per day of service. Append
-- only: a mistaken day is cancelled by a 'reversal' row that points at it
-- (and repeats its facts); nothing is ever updated or deleted. Effective
-- days are the entries without a reversal (view activation_effective).
CREATE TABLE activation (
    id              INTEGER PRIMARY KEY,
    entry_kind      TEXT NOT NULL DEFAULT 'entry' CHECK (entry_kind IN ('entry', 'reversal')),
    reverses_id     INTEGER REFERENCES activation(id),
    event_id        INTEGER NOT NULL REFERENCES activation_event(id),
    volunteer_id    INTEGER NOT NULL REFERENCES volunteer(id),
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    day             TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    service_id      INTEGER NOT NULL REFERENCES volunteer_service(id),
    comune_id       INTEGER REFERENCES comune(id),
    place           TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL DEFAULT '',
    recorded_at     INTEGER NOT NULL,
    CHECK ((entry_kind = 'entry' AND reverses_id IS NULL)
           OR (entry_kind = 'reversal' AND reverses_id IS NOT NULL AND trim(reason) <> ''))
);
CREATE UNIQUE INDEX activation_reverses ON activation(reverses_id) WHERE reverses_id IS NOT NULL;
CREATE INDEX activation_event_day ON activation(event_id, day);
CREATE INDEX activation_volunteer_day ON activation(volunteer_id, day);
CREATE INDEX activation_organisation_day ON activation(organisation_id, day);
CREATE INDEX activation_service ON activation(service_id);
CREATE INDEX activation_comune ON activation(comune_id);
CREATE INDEX activation_day ON activation(day);

CREATE TRIGGER activation_no_update BEFORE UPDATE ON activation
BEGIN
    SELECT RAISE(ABORT, 'activation is an append-only ledger: record a reversal instead');
END;

CREATE TRIGGER activation_no_delete BEFORE DELETE ON activation
BEGIN
    SELECT RAISE(ABORT, 'activation is an append-only ledger: record a reversal instead');
END;

-- The days that count: entries nobody reversed.
CREATE VIEW activation_effective AS
SELECT a.*
FROM activation a
WHERE a.entry_kind = 'entry'
  AND NOT EXISTS (SELECT 1 FROM activation r WHERE r.reverses_id = a.id);

-- Attestati -------------------------------------------------------------------

-- One run of batch production: what was asked, how it ended.
CREATE TABLE attestato_batch (
    id              INTEGER PRIMARY KEY,
    started_at      INTEGER NOT NULL,
    finished_at     INTEGER,
    period_from     TEXT NOT NULL,
    period_to       TEXT NOT NULL CHECK (period_to >= period_from),
    organisation_id INTEGER REFERENCES organisation(id),
    event_id        INTEGER REFERENCES activation_event(id),
    state           TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'completed', 'cancelled', 'failed')),
    issued_count    INTEGER NOT NULL DEFAULT 0 CHECK (issued_count >= 0),
    output_dir      TEXT NOT NULL DEFAULT '',
    operator        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attestato_batch_started ON attestato_batch(started_at);
CREATE INDEX attestato_batch_organisation ON attestato_batch(organisation_id);
CREATE INDEX attestato_batch_event ON attestato_batch(event_id);

-- The register (protocollo) of attestati: numbered per year and
-- workstation, never changed. `content` is the frozen text of the
-- certificate (JSON), so that a reprint is identical to the original even
-- after the volunteer, the employer or the organisation changed.
CREATE TABLE attestato (
    id                     INTEGER PRIMARY KEY,
    number                 TEXT NOT NULL UNIQUE,
    year                   INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    workstation            INTEGER NOT NULL CHECK (workstation > 0),
    seq                    INTEGER NOT NULL CHECK (seq > 0),
    volunteer_id           INTEGER NOT NULL REFERENCES volunteer(id),
    event_id               INTEGER NOT NULL REFERENCES activation_event(id),
    organisation_id        INTEGER NOT NULL REFERENCES organisation(id),
    employer_id            INTEGER NOT NULL REFERENCES employer(id),
    batch_id               INTEGER REFERENCES attestato_batch(id),
    volunteer_name         TEXT NOT NULL COLLATE NOCASE,
    employer_name          TEXT NOT NULL,
    first_day              TEXT NOT NULL,
    last_day               TEXT NOT NULL CHECK (last_day >= first_day),
    day_count              INTEGER NOT NULL CHECK (day_count > 0),
    over_limit_days        INTEGER NOT NULL DEFAULT 0 CHECK (over_limit_days >= 0),
    reimbursement_deadline TEXT NOT NULL,
    issued_on              TEXT NOT NULL,
    issued_at              INTEGER NOT NULL,
    issued_by              TEXT NOT NULL,
    content                TEXT NOT NULL,
    UNIQUE (year, workstation, seq)
);
CREATE INDEX attestato_volunteer ON attestato(volunteer_id);
CREATE INDEX attestato_event ON attestato(event_id);
CREATE INDEX attestato_organisation ON attestato(organisation_id);
CREATE INDEX attestato_employer ON attestato(employer_id);
CREATE INDEX attestato_batch_ref ON attestato(batch_id);
CREATE INDEX attestato_issued_on ON attestato(issued_on);
CREATE INDEX attestato_deadline ON attestato(reimbursement_deadline);
CREATE INDEX attestato_volunteer_name ON attestato(volunteer_name);

CREATE TRIGGER attestato_no_update BEFORE UPDATE ON attestato
BEGIN
    SELECT RAISE(ABORT, 'the attestati register is never changed');
END;

CREATE TRIGGER attestato_no_delete BEFORE DELETE ON attestato
BEGIN
    SELECT RAISE(ABORT, 'the attestati register is never changed');
END;

-- Which ledger entries each attestato covers: an entry is certified once.
CREATE TABLE attestato_day (
    activation_id INTEGER PRIMARY KEY REFERENCES activation(id),
    attestato_id  INTEGER NOT NULL REFERENCES attestato(id),
    day           TEXT NOT NULL
);
CREATE INDEX attestato_day_attestato ON attestato_day(attestato_id, day);

-- Change log triggers ----------------------------------------------------------

CREATE TRIGGER organisation_log_insert AFTER INSERT ON organisation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'organisation', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER organisation_log_update AFTER UPDATE ON organisation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'organisation', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER organisation_log_delete AFTER DELETE ON organisation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'organisation', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER organisation_renewal_log_insert AFTER INSERT ON organisation_renewal
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'organisation_renewal', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER organisation_renewal_log_update AFTER UPDATE ON organisation_renewal
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'organisation_renewal', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER organisation_renewal_log_delete AFTER DELETE ON organisation_renewal
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'organisation_renewal', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER employer_log_insert AFTER INSERT ON employer
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'employer', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER employer_log_update AFTER UPDATE ON employer
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'employer', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER employer_log_delete AFTER DELETE ON employer
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'employer', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER volunteer_log_insert AFTER INSERT ON volunteer
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'volunteer', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER volunteer_log_update AFTER UPDATE ON volunteer
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'volunteer', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER volunteer_log_delete AFTER DELETE ON volunteer
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'volunteer', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER volunteer_qualification_log_insert AFTER INSERT ON volunteer_qualification
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'volunteer_qualification', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER volunteer_qualification_log_update AFTER UPDATE ON volunteer_qualification
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'volunteer_qualification', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER volunteer_qualification_log_delete AFTER DELETE ON volunteer_qualification
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'volunteer_qualification', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER activation_event_log_insert AFTER INSERT ON activation_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'activation_event', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER activation_event_log_update AFTER UPDATE ON activation_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'activation_event', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER activation_event_log_delete AFTER DELETE ON activation_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'activation_event', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER activation_log_insert AFTER INSERT ON activation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'activation', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER activation_log_update AFTER UPDATE ON activation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'activation', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER activation_log_delete AFTER DELETE ON activation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'activation', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER attestato_batch_log_insert AFTER INSERT ON attestato_batch
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'attestato_batch', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER attestato_batch_log_update AFTER UPDATE ON attestato_batch
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'attestato_batch', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER attestato_batch_log_delete AFTER DELETE ON attestato_batch
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'attestato_batch', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER attestato_log_insert AFTER INSERT ON attestato
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'attestato', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER attestato_log_update AFTER UPDATE ON attestato
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'attestato', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER attestato_log_delete AFTER DELETE ON attestato
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'attestato', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER attestato_day_log_insert AFTER INSERT ON attestato_day
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'attestato_day', NEW.activation_id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER attestato_day_log_update AFTER UPDATE ON attestato_day
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'attestato_day', NEW.activation_id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER attestato_day_log_delete AFTER DELETE ON attestato_day
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'attestato_day', OLD.activation_id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

