-- 0023_fleet: the Colonna Mobile (issue 20, first slice). Sites where
-- vehicles and equipment are kept (the Idroscalo headquarters, the poles),
-- the vehicles with their revision and insurance dates and an append-only
-- maintenance log, the durable equipment (not the Magazzino's consumables)
-- with an append-only ledger of loans to organisations.
-- Deployments (a later slice) will reference fleet_vehicle(id) and
-- fleet_equipment(id): both keep their ids for life (retired, never deleted).

CREATE TABLE fleet_site (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    kind           TEXT NOT NULL CHECK (kind IN ('headquarters', 'pole', 'other')),
    address        TEXT NOT NULL DEFAULT '',
    comune_id      INTEGER REFERENCES comune(id),
    state          TEXT NOT NULL DEFAULT 'operational' CHECK (state IN ('operational', 'planned', 'closed')),
    capacity_notes TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fleet_site_comune ON fleet_site(comune_id);

-- Plates are stored without spaces, upper case ("AB123CD").
CREATE TABLE fleet_vehicle (
    id                INTEGER PRIMARY KEY,
    plate             TEXT NOT NULL UNIQUE CHECK (plate <> '' AND plate = upper(plate) AND instr(plate, ' ') = 0),
    vehicle_type      TEXT NOT NULL CHECK (vehicle_type IN ('car', 'off_road', 'van', 'minibus', 'truck', 'pickup',
                                                            'trailer', 'motorcycle', 'special')),
    model             TEXT NOT NULL DEFAULT '',
    owner_kind        TEXT NOT NULL CHECK (owner_kind IN ('metropolitan_city', 'ccv_mi', 'organisation')),
    organisation_id   INTEGER REFERENCES organisation(id),
    site_id           INTEGER REFERENCES fleet_site(id),
    state             TEXT NOT NULL DEFAULT 'operational' CHECK (state IN ('operational', 'maintenance', 'out_of_service')),
    registration_date TEXT CHECK (registration_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    revision_due      TEXT CHECK (revision_due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    insurance_expiry  TEXT CHECK (insurance_expiry GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    odometer_km       INTEGER NOT NULL DEFAULT 0 CHECK (odometer_km BETWEEN 0 AND 2000000),
    notes             TEXT NOT NULL DEFAULT '',
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK ((owner_kind = 'organisation') = (organisation_id IS NOT NULL)),
    CHECK (revision_due IS NULL OR registration_date IS NULL OR revision_due >= registration_date)
);
CREATE INDEX fleet_vehicle_organisation ON fleet_vehicle(organisation_id);
CREATE INDEX fleet_vehicle_site ON fleet_vehicle(site_id);
CREATE INDEX fleet_vehicle_revision ON fleet_vehicle(revision_due);
CREATE INDEX fleet_vehicle_insurance ON fleet_vehicle(insurance_expiry);

-- The maintenance log: append only. A mistaken entry is cancelled by a
-- 'reversal' row pointing at it (with a reason), never changed.
CREATE TABLE fleet_maintenance (
    id          INTEGER PRIMARY KEY,
    entry_kind  TEXT NOT NULL DEFAULT 'entry' CHECK (entry_kind IN ('entry', 'reversal')),
    reverses_id INTEGER REFERENCES fleet_maintenance(id),
    vehicle_id  INTEGER NOT NULL REFERENCES fleet_vehicle(id),
    day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    km          INTEGER NOT NULL CHECK (km BETWEEN 0 AND 2000000),
    work        TEXT NOT NULL DEFAULT '',
    cost_cents  INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents BETWEEN 0 AND 100000000000),
    done_by     TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    recorded_at INTEGER NOT NULL,
    CHECK ((entry_kind = 'entry' AND reverses_id IS NULL AND trim(work) <> '')
           OR (entry_kind = 'reversal' AND reverses_id IS NOT NULL AND trim(reason) <> ''))
);
CREATE UNIQUE INDEX fleet_maintenance_reverses ON fleet_maintenance(reverses_id) WHERE reverses_id IS NOT NULL;
CREATE INDEX fleet_maintenance_vehicle_day ON fleet_maintenance(vehicle_id, day);
CREATE TRIGGER fleet_maintenance_no_update BEFORE UPDATE ON fleet_maintenance
BEGIN
    SELECT RAISE(ABORT, 'fleet_maintenance is an append-only log: record a reversal instead');
END;
CREATE TRIGGER fleet_maintenance_no_delete BEFORE DELETE ON fleet_maintenance
BEGIN
    SELECT RAISE(ABORT, 'fleet_maintenance is an append-only log: record a reversal instead');
END;

CREATE TABLE fleet_equipment (
    id             INTEGER PRIMARY KEY,
    equipment_type TEXT NOT NULL CHECK (equipment_type IN ('tent', 'generator', 'pump', 'lighting_tower',
                                                           'field_kitchen', 'radio', 'chainsaw', 'other')),
    description    TEXT NOT NULL CHECK (trim(description) <> ''),
    serial_number  TEXT NOT NULL DEFAULT '',
    site_id        INTEGER REFERENCES fleet_site(id),
    state          TEXT NOT NULL DEFAULT 'operational' CHECK (state IN ('operational', 'maintenance', 'out_of_service')),
    check_due      TEXT CHECK (check_due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    notes          TEXT NOT NULL DEFAULT '',
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE UNIQUE INDEX fleet_equipment_serial ON fleet_equipment(serial_number) WHERE serial_number <> '';
CREATE INDEX fleet_equipment_site ON fleet_equipment(site_id);
CREATE INDEX fleet_equipment_type ON fleet_equipment(equipment_type, description);
CREATE INDEX fleet_equipment_check ON fleet_equipment(check_due);

-- Loans of equipment to organisations: append only. An 'out' row lends the
-- piece; the 'back' row that closes it points at it (loan_id) and says the
-- condition on return. Open loans: 'out' rows nobody closed (fleet_loan_open).
CREATE TABLE fleet_loan (
    id              INTEGER PRIMARY KEY,
    movement        TEXT NOT NULL CHECK (movement IN ('out', 'back')),
    loan_id         INTEGER REFERENCES fleet_loan(id),
    equipment_id    INTEGER NOT NULL REFERENCES fleet_equipment(id),
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    day             TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    condition       TEXT NOT NULL DEFAULT '' CHECK (condition IN ('', 'good', 'worn', 'damaged', 'lost')),
    notes           TEXT NOT NULL DEFAULT '',
    recorded_at     INTEGER NOT NULL,
    CHECK ((movement = 'out' AND loan_id IS NULL AND condition = '')
           OR (movement = 'back' AND loan_id IS NOT NULL AND condition <> ''))
);
CREATE UNIQUE INDEX fleet_loan_closes ON fleet_loan(loan_id) WHERE loan_id IS NOT NULL;
CREATE INDEX fleet_loan_equipment ON fleet_loan(equipment_id, day);
CREATE INDEX fleet_loan_organisation ON fleet_loan(organisation_id, day);
CREATE TRIGGER fleet_loan_no_update BEFORE UPDATE ON fleet_loan
BEGIN
    SELECT RAISE(ABORT, 'fleet_loan is an append-only ledger');
END;
CREATE TRIGGER fleet_loan_no_delete BEFORE DELETE ON fleet_loan
BEGIN
    SELECT RAISE(ABORT, 'fleet_loan is an append-only ledger');
END;

CREATE VIEW fleet_loan_open AS
SELECT l.*
FROM fleet_loan l
WHERE l.movement = 'out'
  AND NOT EXISTS (SELECT 1 FROM fleet_loan b WHERE b.loan_id = l.id);

CREATE TRIGGER fleet_site_log_insert AFTER INSERT ON fleet_site
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_site', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_site_log_update AFTER UPDATE ON fleet_site
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_site', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_site_log_delete AFTER DELETE ON fleet_site
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_site', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_vehicle_log_insert AFTER INSERT ON fleet_vehicle
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_vehicle', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_vehicle_log_update AFTER UPDATE ON fleet_vehicle
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_vehicle', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_vehicle_log_delete AFTER DELETE ON fleet_vehicle
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_vehicle', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_maintenance_log_insert AFTER INSERT ON fleet_maintenance
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_maintenance', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_maintenance_log_update AFTER UPDATE ON fleet_maintenance
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_maintenance', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_maintenance_log_delete AFTER DELETE ON fleet_maintenance
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_maintenance', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_equipment_log_insert AFTER INSERT ON fleet_equipment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_equipment', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_equipment_log_update AFTER UPDATE ON fleet_equipment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_equipment', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_equipment_log_delete AFTER DELETE ON fleet_equipment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_equipment', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_loan_log_insert AFTER INSERT ON fleet_loan
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_loan', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_loan_log_update AFTER UPDATE ON fleet_loan
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_loan', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_loan_log_delete AFTER DELETE ON fleet_loan
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_loan', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

