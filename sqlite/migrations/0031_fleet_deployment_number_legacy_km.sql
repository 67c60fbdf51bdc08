-- 0031_fleet_deployment_number_legacy_km: deployments recorded before
-- migration 0030 are voided and corrected like the others, a vehicle or a
-- volunteer recorded by mistake leaves a deployment, and deployments carry
-- a short number for paper (issue 20).
--
-- 1. The km of lines recorded before 0030. Those lines (odometer_from NULL)
-- added their km to fleet_vehicle.odometer_km: the km are inside a
-- reading. When one of them is voided or corrected, the command first
-- records here the reading its km are inside (the vehicle's reading at
-- that moment, refused when a reading read after the deployment shows it
-- is not: fleet.deployment_km_in_later_reading). From then on the
-- odometer takes out of that reading, while it is the vehicle's reading,
-- what the line no longer counts (recorded km - km as corrected, all of
-- them when voided); deployments recorded from that reading start from the
-- reading less the same amount. A reading typed later (higher: readings
-- only grow) is read on the vehicle, so it already holds only what was
-- driven: nothing is taken out of it.
-- Nothing is derived here from the rows a workstation happens to hold when
-- it migrates: the entry is a ledger row written by the command and merged
-- by union, the reading is merged as the larger value, the line's km come
-- from the correction and void ledgers, so after a sync every workstation
-- computes the same odometer. Until a line is amended the odometer is what
-- it was. Two entries for one line (amended apart on two workstations at
-- the same reading): the lower reading counts, once.
CREATE TABLE fleet_deployment_km_reading (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES fleet_deployment_item(id),
    vehicle_id  INTEGER NOT NULL REFERENCES fleet_vehicle(id),
    reading_km  INTEGER NOT NULL CHECK (reading_km BETWEEN 0 AND 2000000),
    recorded_at INTEGER NOT NULL
);
CREATE INDEX fleet_deployment_km_reading_item ON fleet_deployment_km_reading(item_id, reading_km);
CREATE INDEX fleet_deployment_km_reading_vehicle ON fleet_deployment_km_reading(vehicle_id, reading_km);
CREATE TRIGGER fleet_deployment_km_reading_no_update BEFORE UPDATE ON fleet_deployment_km_reading
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment_km_reading is an append-only ledger');
END;
CREATE TRIGGER fleet_deployment_km_reading_no_delete BEFORE DELETE ON fleet_deployment_km_reading
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment_km_reading is an append-only ledger');
END;

-- 2. One line of a deployment withdrawn: a volunteer, a vehicle or a piece
-- of equipment recorded by mistake. The line no longer counts (a vehicle's
-- km leave the odometer, the vehicle or equipment is free on its days) and
-- a volunteer's days on the activation ledger were reversed in the same
-- transaction (refused while an attestato certifies one). Withdrawn twice
-- apart: both entries stay, one is enough.
CREATE TABLE fleet_deployment_item_void (
    id            INTEGER PRIMARY KEY,
    deployment_id INTEGER NOT NULL REFERENCES fleet_deployment(id),
    item_id       INTEGER NOT NULL REFERENCES fleet_deployment_item(id),
    reason        TEXT NOT NULL CHECK (trim(reason) <> ''),
    days_reversed INTEGER NOT NULL DEFAULT 0 CHECK (days_reversed >= 0),
    recorded_at   INTEGER NOT NULL
);
CREATE INDEX fleet_deployment_item_void_deployment ON fleet_deployment_item_void(deployment_id);
CREATE INDEX fleet_deployment_item_void_item ON fleet_deployment_item_void(item_id);
CREATE TRIGGER fleet_deployment_item_void_no_update BEFORE UPDATE ON fleet_deployment_item_void
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment_item_void is an append-only ledger');
END;
CREATE TRIGGER fleet_deployment_item_void_no_delete BEFORE DELETE ON fleet_deployment_item_void
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment_item_void is an append-only ledger');
END;

-- 3. The deployment's number, "IMP-2026-0012": IMP-, the year it started,
-- the workstation that recorded it when not the first ("IMP-2026-3-0012"),
-- the next after the highest of that series (a series index as in 0015;
-- core::numberFloor after a restore). Each workstation numbers its own
-- series, so two never hand out the same number.
-- Deployments already recorded are numbered here, per series, in the order
-- they were recorded (their ids: a workstation's ids only grow). The same
-- rows give the same numbers on every workstation, so not logged.
ALTER TABLE fleet_deployment ADD COLUMN number TEXT CHECK (number IS NULL OR number GLOB 'IMP-[0-9][0-9][0-9][0-9]-*[0-9]');
CREATE INDEX fleet_deployment_number ON fleet_deployment(number);
CREATE INDEX fleet_deployment_number_series ON fleet_deployment(
    rtrim(number, '0123456789'),
    CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS INTEGER));

DROP TRIGGER fleet_deployment_no_update;
UPDATE session_context SET log_enabled = 0 WHERE id = 1;
UPDATE fleet_deployment
SET number = n.number
FROM (SELECT d.id,
             'IMP-' || substr(d.start_date, 1, 4) || '-'
                 || CASE WHEN (d.id >> 40) <= 1 THEN '' ELSE (d.id >> 40) || '-' END
                 || printf('%04d', row_number() OVER (
                        PARTITION BY substr(d.start_date, 1, 4), CASE WHEN (d.id >> 40) <= 1 THEN 1 ELSE d.id >> 40 END
                        ORDER BY d.id)) AS number
      FROM fleet_deployment d) AS n
WHERE n.id = fleet_deployment.id;
UPDATE session_context SET log_enabled = 1 WHERE id = 1;
CREATE TRIGGER fleet_deployment_no_update BEFORE UPDATE ON fleet_deployment
BEGIN
    SELECT RAISE(ABORT, 'fleet_deployment is an append-only ledger');
END;

-- The views of 0030 again: a withdrawn line counts as voided, and the
-- readings holding km of lines recorded before 0030 give back what those
-- lines no longer count. Written to be read for all vehicles at once (the
-- vehicles list, readiness): aggregates joined once, no per-vehicle
-- subquery over the runs.
DROP VIEW fleet_vehicle_odometer;
DROP VIEW fleet_vehicle_km_run;
DROP VIEW fleet_deployment_vehicle_km;

CREATE VIEW fleet_deployment_vehicle_km AS
SELECT i.id AS item_id, i.deployment_id, i.vehicle_id, i.odometer_from, i.km AS recorded_km,
       coalesce((SELECT c.km FROM fleet_deployment_correction c WHERE c.item_id = i.id
                 ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1), i.km) AS km,
       (EXISTS (SELECT 1 FROM fleet_deployment_void x WHERE x.deployment_id = i.deployment_id)
        OR EXISTS (SELECT 1 FROM fleet_deployment_item_void y WHERE y.item_id = i.id)) AS voided
FROM fleet_deployment_item i
WHERE i.vehicle_id IS NOT NULL;

-- Per vehicle and reading: the km of lines recorded before 0030 inside
-- that reading that no longer count.
CREATE VIEW fleet_vehicle_km_withdrawn AS
SELECT k.vehicle_id, r.reading_km,
       sum(k.recorded_km - CASE WHEN k.voided THEN 0 ELSE k.km END) AS km
FROM (SELECT item_id, min(reading_km) AS reading_km FROM fleet_deployment_km_reading GROUP BY item_id) r
JOIN fleet_deployment_vehicle_km k ON k.item_id = r.item_id
WHERE k.odometer_from IS NULL
GROUP BY k.vehicle_id, r.reading_km;

-- For each reading deployments started from: the reading (less what the
-- lines before 0030 inside it no longer count) plus their km.
CREATE VIEW fleet_vehicle_km_run AS
SELECT k.vehicle_id, k.odometer_from,
       k.odometer_from - coalesce(max(w.km), 0) + sum(k.km) AS reading
FROM fleet_deployment_vehicle_km k
LEFT JOIN fleet_vehicle_km_withdrawn w ON w.vehicle_id = k.vehicle_id AND w.reading_km = k.odometer_from
WHERE k.odometer_from IS NOT NULL AND NOT k.voided
GROUP BY k.vehicle_id, k.odometer_from;

-- The odometer of each vehicle: the larger of its reading (less the same)
-- and the runs from its readings.
CREATE VIEW fleet_vehicle_odometer AS
SELECT v.id AS vehicle_id,
       max(v.odometer_km - coalesce(w.km, 0), coalesce(r.reading, 0)) AS odometer_km
FROM fleet_vehicle v
LEFT JOIN fleet_vehicle_km_withdrawn w ON w.vehicle_id = v.id AND w.reading_km = v.odometer_km
LEFT JOIN (SELECT vehicle_id, max(reading) AS reading FROM fleet_vehicle_km_run GROUP BY vehicle_id) r
    ON r.vehicle_id = v.id;

-- Change-log triggers (scripts/gen_triggers.py TABLE --columns ...); the
-- deployments' update trigger made again with the new column.
DROP TRIGGER fleet_deployment_log_update;

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
           || CASE WHEN OLD."number" IS NOT NEW."number" THEN 'number,' ELSE '' END
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER fleet_deployment_km_reading_log_insert AFTER INSERT ON fleet_deployment_km_reading
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_deployment_km_reading', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_km_reading_log_update AFTER UPDATE ON fleet_deployment_km_reading
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_deployment_km_reading', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."item_id" IS NOT NEW."item_id" THEN 'item_id,' ELSE '' END
           || CASE WHEN OLD."vehicle_id" IS NOT NEW."vehicle_id" THEN 'vehicle_id,' ELSE '' END
           || CASE WHEN OLD."reading_km" IS NOT NEW."reading_km" THEN 'reading_km,' ELSE '' END
           || CASE WHEN OLD."recorded_at" IS NOT NEW."recorded_at" THEN 'recorded_at,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_km_reading_log_delete AFTER DELETE ON fleet_deployment_km_reading
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_deployment_km_reading', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;


CREATE TRIGGER fleet_deployment_item_void_log_insert AFTER INSERT ON fleet_deployment_item_void
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_deployment_item_void', NEW.id, 'I', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_item_void_log_update AFTER UPDATE ON fleet_deployment_item_void
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_deployment_item_void', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."deployment_id" IS NOT NEW."deployment_id" THEN 'deployment_id,' ELSE '' END
           || CASE WHEN OLD."item_id" IS NOT NEW."item_id" THEN 'item_id,' ELSE '' END
           || CASE WHEN OLD."reason" IS NOT NEW."reason" THEN 'reason,' ELSE '' END
           || CASE WHEN OLD."days_reversed" IS NOT NEW."days_reversed" THEN 'days_reversed,' ELSE '' END
           || CASE WHEN OLD."recorded_at" IS NOT NEW."recorded_at" THEN 'recorded_at,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER fleet_deployment_item_void_log_delete AFTER DELETE ON fleet_deployment_item_void
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'fleet_deployment_item_void', OLD.id, 'D', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

