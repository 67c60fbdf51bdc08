-- 0030_fleet_deployment_void: a deployment can be corrected (its vehicles'
-- km) and voided (issue 20), the way every ledger of the program is: a
-- correction or a void is a new entry pointing at the deployment, never an
-- UPDATE that loses what was recorded.
--
-- The odometer. Until 0029 a deployment added its km to
-- fleet_vehicle.odometer_km, which merges between workstations as the
-- larger value: a typing error (10.000 km for 100) stayed for good, and two
-- deployments recorded apart counted once. From here:
-- - fleet_vehicle.odometer_km is the highest reading read on the vehicle
--   (typed in its form, imported, read at a service): still merged as the
--   larger value, and no deployment writes it any more;
-- - each vehicle line of a deployment keeps the reading it started from
--   (odometer_from: fleet_vehicle.odometer_km when it was recorded);
-- - the odometer (view fleet_vehicle_odometer) is the larger of the reading
--   and, for each reading deployments started from, that reading plus the
--   km of those deployments not voided, each with its latest correction.
-- Every term comes from ledgers merged by union and from a column merged as
-- the larger value, so every workstation computes the same odometer after a
-- sync; a void or a correction takes it down (or up) everywhere.
-- Lines recorded before this migration have no odometer_from: their km are
-- already inside fleet_vehicle.odometer_km, so a void cannot take them out
-- and a correction of their km is refused (fleet.deployment_km_before_readings).
ALTER TABLE fleet_deployment_item ADD COLUMN odometer_from INTEGER
    CHECK (odometer_from IS NULL OR (vehicle_id IS NOT NULL AND odometer_from BETWEEN 0 AND 2000000));

-- A deployment voided: it never happened. Its vehicles' km leave the
-- odometer and its volunteers' days were reversed on the activation ledger
-- in the same transaction (refused while an attestato certifies one):
-- km_withdrawn and days_reversed say how many, for the register.
-- Voided twice apart on two workstations: both entries stay, and one is
-- enough.
CREATE TABLE fleet_deployment_void (
    id            INTEGER PRIMARY KEY,
    deployment_id INTEGER NOT NULL REFERENCES fleet_deployment(id),
    reason        TEXT NOT NULL CHECK (trim(reason) <> ''),
    km_withdrawn  INTEGER NOT NULL DEFAULT 0 CHECK (km_withdrawn >= 0),
    days_reversed INTEGER NOT NULL DEFAULT 0 CHECK (days_reversed >= 0),
    recorded_at   INTEGER NOT NULL
);
CREATE INDEX fleet_deployment_void_deployment ON fleet_deployment_void(deployment_id);
CREATE TRIGGER fleet_deployment_void_no_update BEFORE UPDATE ON fleet_deployment_void
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment_void is an append-only ledger');
END;
CREATE TRIGGER fleet_deployment_void_no_delete BEFORE DELETE ON fleet_deployment_void
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment_void is an append-only ledger');
END;

-- A vehicle line's km corrected: the km it should have had (previous_km:
-- what it had until then, for the record). The latest correction of a line
-- counts (recorded_at, then id: the same on every workstation).
CREATE TABLE fleet_deployment_correction (
    id            INTEGER PRIMARY KEY,
    deployment_id INTEGER NOT NULL REFERENCES fleet_deployment(id),
    item_id       INTEGER NOT NULL REFERENCES fleet_deployment_item(id),
    km            INTEGER NOT NULL CHECK (km BETWEEN 0 AND 100000),
    previous_km   INTEGER NOT NULL CHECK (previous_km BETWEEN 0 AND 100000),
    reason        TEXT NOT NULL CHECK (trim(reason) <> ''),
    recorded_at   INTEGER NOT NULL
);
CREATE INDEX fleet_deployment_correction_deployment ON fleet_deployment_correction(deployment_id);
CREATE INDEX fleet_deployment_correction_item ON fleet_deployment_correction(item_id, recorded_at, id);
CREATE TRIGGER fleet_deployment_correction_no_update BEFORE UPDATE ON fleet_deployment_correction
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment_correction is an append-only ledger');
END;
CREATE TRIGGER fleet_deployment_correction_no_delete BEFORE DELETE ON fleet_deployment_correction
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment_correction is an append-only ledger');
END;

-- Each vehicle line with the km that count (its latest correction, else
-- what was recorded) and whether its deployment is voided.
CREATE VIEW fleet_deployment_vehicle_km AS
SELECT i.id AS item_id, i.deployment_id, i.vehicle_id, i.odometer_from, i.km AS recorded_km,
       coalesce((SELECT c.km FROM fleet_deployment_correction c WHERE c.item_id = i.id
                 ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1), i.km) AS km,
       EXISTS (SELECT 1 FROM fleet_deployment_void x WHERE x.deployment_id = i.deployment_id) AS voided
FROM fleet_deployment_item i
WHERE i.vehicle_id IS NOT NULL;

-- For each reading deployments started from: the reading plus their km.
CREATE VIEW fleet_vehicle_km_run AS
SELECT vehicle_id, odometer_from, odometer_from + sum(km) AS reading
FROM fleet_deployment_vehicle_km
WHERE odometer_from IS NOT NULL AND NOT voided
GROUP BY vehicle_id, odometer_from;

-- The odometer of each vehicle (see above).
CREATE VIEW fleet_vehicle_odometer AS
SELECT v.id AS vehicle_id,
       max(v.odometer_km, coalesce((SELECT max(r.reading) FROM fleet_vehicle_km_run r WHERE r.vehicle_id = v.id), 0))
           AS odometer_km
FROM fleet_vehicle v;

-- Change-log triggers (scripts/gen_triggers.py TABLE --db SCHEMA); the
-- deployment lines' update trigger made again with the new column.
DROP TRIGGER fleet_deployment_item_log_update;

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
           || CASE WHEN OLD."odometer_from" IS NOT NEW."odometer_from" THEN 'odometer_from,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_void_log_insert AFTER INSERT ON fleet_deployment_void
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_deployment_void', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_void_log_update AFTER UPDATE ON fleet_deployment_void
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_deployment_void', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."deployment_id" IS NOT NEW."deployment_id" THEN 'deployment_id,' ELSE '' END
           || CASE WHEN OLD."reason" IS NOT NEW."reason" THEN 'reason,' ELSE '' END
           || CASE WHEN OLD."km_withdrawn" IS NOT NEW."km_withdrawn" THEN 'km_withdrawn,' ELSE '' END
           || CASE WHEN OLD."days_reversed" IS NOT NEW."days_reversed" THEN 'days_reversed,' ELSE '' END
           || CASE WHEN OLD."recorded_at" IS NOT NEW."recorded_at" THEN 'recorded_at,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_void_log_delete AFTER DELETE ON fleet_deployment_void
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_deployment_void', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_correction_log_insert AFTER INSERT ON fleet_deployment_correction
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_deployment_correction', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_correction_log_update AFTER UPDATE ON fleet_deployment_correction
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_deployment_correction', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."deployment_id" IS NOT NEW."deployment_id" THEN 'deployment_id,' ELSE '' END
           || CASE WHEN OLD."item_id" IS NOT NEW."item_id" THEN 'item_id,' ELSE '' END
           || CASE WHEN OLD."km" IS NOT NEW."km" THEN 'km,' ELSE '' END
           || CASE WHEN OLD."previous_km" IS NOT NEW."previous_km" THEN 'previous_km,' ELSE '' END
           || CASE WHEN OLD."reason" IS NOT NEW."reason" THEN 'reason,' ELSE '' END
           || CASE WHEN OLD."recorded_at" IS NOT NEW."recorded_at" THEN 'recorded_at,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_correction_log_delete AFTER DELETE ON fleet_deployment_correction
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_deployment_correction', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

