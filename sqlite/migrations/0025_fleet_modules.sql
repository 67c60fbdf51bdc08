-- 0025_fleet_modules: the Colonna Mobile's modules and deployments (issue
-- 20, items 4 and 5).
--
-- A module groups vehicles and equipment (sets: one member per vehicle or
-- piece, ids keyed on the pair, so two workstations adding the same member
-- write one row) and the skills it needs: a qualification of the Volontari
-- module (volunteer_qualification.name) and how many volunteers must hold
-- it, valid, for the module to leave. Readiness is computed, never stored.
--
-- A deployment sends modules, vehicles, equipment and volunteers to an
-- event (activation_event, the one the activations and the room use). Both
-- tables are append-only ledgers: the deployment is written once, by one
-- command, with its lines; the volunteers' days go to the activation
-- ledger in the same transaction, and each vehicle's km move its odometer.

CREATE TABLE fleet_module (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    description TEXT NOT NULL DEFAULT '',
    site_id     INTEGER REFERENCES fleet_site(id),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fleet_module_site ON fleet_module(site_id);

CREATE TABLE fleet_module_vehicle (
    id         INTEGER PRIMARY KEY,
    module_id  INTEGER NOT NULL REFERENCES fleet_module(id),
    vehicle_id INTEGER NOT NULL REFERENCES fleet_vehicle(id)
);
CREATE UNIQUE INDEX fleet_module_vehicle_key ON fleet_module_vehicle(module_id, vehicle_id);
CREATE INDEX fleet_module_vehicle_vehicle ON fleet_module_vehicle(vehicle_id);

CREATE TABLE fleet_module_equipment (
    id           INTEGER PRIMARY KEY,
    module_id    INTEGER NOT NULL REFERENCES fleet_module(id),
    equipment_id INTEGER NOT NULL REFERENCES fleet_equipment(id)
);
CREATE UNIQUE INDEX fleet_module_equipment_key ON fleet_module_equipment(module_id, equipment_id);
CREATE INDEX fleet_module_equipment_equipment ON fleet_module_equipment(equipment_id);

-- A skill the module needs: the name of a qualification as the Volontari
-- module records it, and how many volunteers must hold it.
CREATE TABLE fleet_module_skill (
    id            INTEGER PRIMARY KEY,
    module_id     INTEGER NOT NULL REFERENCES fleet_module(id),
    qualification TEXT NOT NULL CHECK (trim(qualification) <> '' AND qualification = trim(qualification)),
    needed        INTEGER NOT NULL CHECK (needed BETWEEN 1 AND 99)
);
CREATE UNIQUE INDEX fleet_module_skill_key ON fleet_module_skill(module_id, qualification);

-- A deployment: where (the event, the comune or place), how far (scope),
-- who asked, when (inclusive dates) and under which service the volunteers'
-- days are recorded.
CREATE TABLE fleet_deployment (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES activation_event(id),
    scope        TEXT NOT NULL CHECK (scope IN ('province', 'outside_province', 'national')),
    requested_by TEXT NOT NULL CHECK (trim(requested_by) <> ''),
    start_date   TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date     TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND end_date >= start_date),
    service_id   INTEGER NOT NULL REFERENCES volunteer_service(id),
    comune_id    INTEGER REFERENCES comune(id),
    place        TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    recorded_at  INTEGER NOT NULL
);
CREATE INDEX fleet_deployment_event ON fleet_deployment(event_id);
CREATE INDEX fleet_deployment_start ON fleet_deployment(start_date, end_date);
CREATE INDEX fleet_deployment_service ON fleet_deployment(service_id);
CREATE INDEX fleet_deployment_comune ON fleet_deployment(comune_id);
CREATE TRIGGER fleet_deployment_no_update BEFORE UPDATE ON fleet_deployment
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment is an append-only ledger');
END;
CREATE TRIGGER fleet_deployment_no_delete BEFORE DELETE ON fleet_deployment
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment is an append-only ledger');
END;

-- What went: one line per module, vehicle, piece of equipment or volunteer
-- (exactly one of the four). A vehicle's km on the deployment moved its
-- odometer; override_reason is the reason given to send a vehicle or a
-- piece that was out of service, in maintenance or overdue (empty when it
-- was fit).
CREATE TABLE fleet_deployment_item (
    id              INTEGER PRIMARY KEY,
    deployment_id   INTEGER NOT NULL REFERENCES fleet_deployment(id),
    module_id       INTEGER REFERENCES fleet_module(id),
    vehicle_id      INTEGER REFERENCES fleet_vehicle(id),
    equipment_id    INTEGER REFERENCES fleet_equipment(id),
    volunteer_id    INTEGER REFERENCES volunteer(id),
    km              INTEGER NOT NULL DEFAULT 0 CHECK (km BETWEEN 0 AND 100000),
    override_reason TEXT NOT NULL DEFAULT '',
    CHECK ((module_id IS NOT NULL) + (vehicle_id IS NOT NULL) + (equipment_id IS NOT NULL)
           + (volunteer_id IS NOT NULL) = 1),
    CHECK (vehicle_id IS NOT NULL OR km = 0)
);
CREATE INDEX fleet_deployment_item_deployment ON fleet_deployment_item(deployment_id);
CREATE INDEX fleet_deployment_item_module ON fleet_deployment_item(module_id);
CREATE INDEX fleet_deployment_item_vehicle ON fleet_deployment_item(vehicle_id);
CREATE INDEX fleet_deployment_item_equipment ON fleet_deployment_item(equipment_id);
CREATE INDEX fleet_deployment_item_volunteer ON fleet_deployment_item(volunteer_id);
CREATE TRIGGER fleet_deployment_item_no_update BEFORE UPDATE ON fleet_deployment_item
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment_item is an append-only ledger');
END;
CREATE TRIGGER fleet_deployment_item_no_delete BEFORE DELETE ON fleet_deployment_item
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment_item is an append-only ledger');
END;

-- Change-log triggers (scripts/gen_triggers.py TABLE --db SCHEMA).

CREATE TRIGGER fleet_module_log_insert AFTER INSERT ON fleet_module
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_module', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_module_log_update AFTER UPDATE ON fleet_module
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_module', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."description" IS NOT NEW."description" THEN 'description,' ELSE '' END
           || CASE WHEN OLD."site_id" IS NOT NEW."site_id" THEN 'site_id,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_module_log_delete AFTER DELETE ON fleet_module
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_module', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_module_vehicle_log_insert AFTER INSERT ON fleet_module_vehicle
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_module_vehicle', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_module_vehicle_log_update AFTER UPDATE ON fleet_module_vehicle
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_module_vehicle', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."module_id" IS NOT NEW."module_id" THEN 'module_id,' ELSE '' END
           || CASE WHEN OLD."vehicle_id" IS NOT NEW."vehicle_id" THEN 'vehicle_id,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_module_vehicle_log_delete AFTER DELETE ON fleet_module_vehicle
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_module_vehicle', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_module_equipment_log_insert AFTER INSERT ON fleet_module_equipment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_module_equipment', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_module_equipment_log_update AFTER UPDATE ON fleet_module_equipment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_module_equipment', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."module_id" IS NOT NEW."module_id" THEN 'module_id,' ELSE '' END
           || CASE WHEN OLD."equipment_id" IS NOT NEW."equipment_id" THEN 'equipment_id,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_module_equipment_log_delete AFTER DELETE ON fleet_module_equipment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_module_equipment', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_module_skill_log_insert AFTER INSERT ON fleet_module_skill
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_module_skill', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_module_skill_log_update AFTER UPDATE ON fleet_module_skill
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_module_skill', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."module_id" IS NOT NEW."module_id" THEN 'module_id,' ELSE '' END
           || CASE WHEN OLD."qualification" IS NOT NEW."qualification" THEN 'qualification,' ELSE '' END
           || CASE WHEN OLD."needed" IS NOT NEW."needed" THEN 'needed,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_module_skill_log_delete AFTER DELETE ON fleet_module_skill
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_module_skill', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_log_insert AFTER INSERT ON fleet_deployment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_deployment', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_log_update AFTER UPDATE ON fleet_deployment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_deployment', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."event_id" IS NOT NEW."event_id" THEN 'event_id,' ELSE '' END
           || CASE WHEN OLD."scope" IS NOT NEW."scope" THEN 'scope,' ELSE '' END
           || CASE WHEN OLD."requested_by" IS NOT NEW."requested_by" THEN 'requested_by,' ELSE '' END
           || CASE WHEN OLD."start_date" IS NOT NEW."start_date" THEN 'start_date,' ELSE '' END
           || CASE WHEN OLD."end_date" IS NOT NEW."end_date" THEN 'end_date,' ELSE '' END
           || CASE WHEN OLD."service_id" IS NOT NEW."service_id" THEN 'service_id,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."place" IS NOT NEW."place" THEN 'place,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
           || CASE WHEN OLD."recorded_at" IS NOT NEW."recorded_at" THEN 'recorded_at,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_log_delete AFTER DELETE ON fleet_deployment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_deployment', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_item_log_insert AFTER INSERT ON fleet_deployment_item
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_deployment_item', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_item_log_update AFTER UPDATE ON fleet_deployment_item
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_deployment_item', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."deployment_id" IS NOT NEW."deployment_id" THEN 'deployment_id,' ELSE '' END
           || CASE WHEN OLD."module_id" IS NOT NEW."module_id" THEN 'module_id,' ELSE '' END
           || CASE WHEN OLD."vehicle_id" IS NOT NEW."vehicle_id" THEN 'vehicle_id,' ELSE '' END
           || CASE WHEN OLD."equipment_id" IS NOT NEW."equipment_id" THEN 'equipment_id,' ELSE '' END
           || CASE WHEN OLD."volunteer_id" IS NOT NEW."volunteer_id" THEN 'volunteer_id,' ELSE '' END
           || CASE WHEN OLD."km" IS NOT NEW."km" THEN 'km,' ELSE '' END
           || CASE WHEN OLD."override_reason" IS NOT NEW."override_reason" THEN 'override_reason,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_item_log_delete AFTER DELETE ON fleet_deployment_item
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_deployment_item', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

