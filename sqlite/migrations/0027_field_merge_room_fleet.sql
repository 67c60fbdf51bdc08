-- 0027_field_merge_room_fleet: the update triggers of the Cabina di regia's
-- tables and the room's sender (0022) and of the Colonna Mobile's sites,
-- vehicles and equipment (0023) name the columns a statement changed, as
-- every other table edited in place has since 0018: two workstations
-- editing different fields of one vehicle or one action apart both keep
-- their field, instead of one whole row winning. Made with
-- scripts/gen_triggers.py --db (a database from `cisiamo schema`) --update-only.

DROP TRIGGER fleet_site_log_update;
CREATE TRIGGER fleet_site_log_update AFTER UPDATE ON fleet_site
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_site', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END
           || CASE WHEN OLD."address" IS NOT NEW."address" THEN 'address,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."state" IS NOT NEW."state" THEN 'state,' ELSE '' END
           || CASE WHEN OLD."capacity_notes" IS NOT NEW."capacity_notes" THEN 'capacity_notes,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;


DROP TRIGGER fleet_vehicle_log_update;
CREATE TRIGGER fleet_vehicle_log_update AFTER UPDATE ON fleet_vehicle
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_vehicle', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."plate" IS NOT NEW."plate" THEN 'plate,' ELSE '' END
           || CASE WHEN OLD."vehicle_type" IS NOT NEW."vehicle_type" THEN 'vehicle_type,' ELSE '' END
           || CASE WHEN OLD."model" IS NOT NEW."model" THEN 'model,' ELSE '' END
           || CASE WHEN OLD."owner_kind" IS NOT NEW."owner_kind" THEN 'owner_kind,' ELSE '' END
           || CASE WHEN OLD."organisation_id" IS NOT NEW."organisation_id" THEN 'organisation_id,' ELSE '' END
           || CASE WHEN OLD."site_id" IS NOT NEW."site_id" THEN 'site_id,' ELSE '' END
           || CASE WHEN OLD."state" IS NOT NEW."state" THEN 'state,' ELSE '' END
           || CASE WHEN OLD."registration_date" IS NOT NEW."registration_date" THEN 'registration_date,' ELSE '' END
           || CASE WHEN OLD."revision_due" IS NOT NEW."revision_due" THEN 'revision_due,' ELSE '' END
           || CASE WHEN OLD."insurance_expiry" IS NOT NEW."insurance_expiry" THEN 'insurance_expiry,' ELSE '' END
           || CASE WHEN OLD."odometer_km" IS NOT NEW."odometer_km" THEN 'odometer_km,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
    FROM session_context WHERE id = 1;
END;


DROP TRIGGER fleet_equipment_log_update;
CREATE TRIGGER fleet_equipment_log_update AFTER UPDATE ON fleet_equipment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'fleet_equipment', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."equipment_type" IS NOT NEW."equipment_type" THEN 'equipment_type,' ELSE '' END
           || CASE WHEN OLD."description" IS NOT NEW."description" THEN 'description,' ELSE '' END
           || CASE WHEN OLD."serial_number" IS NOT NEW."serial_number" THEN 'serial_number,' ELSE '' END
           || CASE WHEN OLD."site_id" IS NOT NEW."site_id" THEN 'site_id,' ELSE '' END
           || CASE WHEN OLD."state" IS NOT NEW."state" THEN 'state,' ELSE '' END
           || CASE WHEN OLD."check_due" IS NOT NEW."check_due" THEN 'check_due,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
    FROM session_context WHERE id = 1;
END;


DROP TRIGGER room_board_role_log_update;
CREATE TRIGGER room_board_role_log_update AFTER UPDATE ON room_board_role
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'room_board_role', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."position" IS NOT NEW."position" THEN 'position,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
    FROM session_context WHERE id = 1;
END;


DROP TRIGGER room_board_member_log_update;
CREATE TRIGGER room_board_member_log_update AFTER UPDATE ON room_board_member
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'room_board_member', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."role_id" IS NOT NEW."role_id" THEN 'role_id,' ELSE '' END
           || CASE WHEN OLD."delegate_of" IS NOT NEW."delegate_of" THEN 'delegate_of,' ELSE '' END
           || CASE WHEN OLD."account_id" IS NOT NEW."account_id" THEN 'account_id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."organisation" IS NOT NEW."organisation" THEN 'organisation,' ELSE '' END
           || CASE WHEN OLD."phone" IS NOT NEW."phone" THEN 'phone,' ELSE '' END
           || CASE WHEN OLD."email" IS NOT NEW."email" THEN 'email,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
    FROM session_context WHERE id = 1;
END;


DROP TRIGGER room_board_meeting_log_update;
CREATE TRIGGER room_board_meeting_log_update AFTER UPDATE ON room_board_meeting
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'room_board_meeting', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."held_on" IS NOT NEW."held_on" THEN 'held_on,' ELSE '' END
           || CASE WHEN OLD."mode" IS NOT NEW."mode" THEN 'mode,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;


DROP TRIGGER room_board_action_log_update;
CREATE TRIGGER room_board_action_log_update AFTER UPDATE ON room_board_action
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'room_board_action', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."meeting_id" IS NOT NEW."meeting_id" THEN 'meeting_id,' ELSE '' END
           || CASE WHEN OLD."decision_id" IS NOT NEW."decision_id" THEN 'decision_id,' ELSE '' END
           || CASE WHEN OLD."title" IS NOT NEW."title" THEN 'title,' ELSE '' END
           || CASE WHEN OLD."owner_id" IS NOT NEW."owner_id" THEN 'owner_id,' ELSE '' END
           || CASE WHEN OLD."due_on" IS NOT NEW."due_on" THEN 'due_on,' ELSE '' END
           || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END
           || CASE WHEN OLD."operator" IS NOT NEW."operator" THEN 'operator,' ELSE '' END
    FROM session_context WHERE id = 1;
END;


DROP TRIGGER room_mail_setting_log_update;
CREATE TRIGGER room_mail_setting_log_update AFTER UPDATE ON room_mail_setting
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'room_mail_setting', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."key" IS NOT NEW."key" THEN 'key,' ELSE '' END
           || CASE WHEN OLD."value" IS NOT NEW."value" THEN 'value,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

