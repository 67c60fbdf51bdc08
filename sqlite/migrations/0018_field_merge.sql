-- 0018_field_merge: field-level merge ordered by a hybrid logical clock
-- (core/sync/hybridclock.h, core/sync/fieldversions.h).
--
-- session_context.hlc_ms: the hybrid logical clock of this database. Every
-- transaction stamps its changes with max(its clock, hlc_ms)
-- (core/db/transaction.cpp); an import moves it past every
-- change it applied (none more than a day past this computer's clock), so
-- an edit made after seeing another workstation's change orders after it
-- even when this clock is slower.
ALTER TABLE session_context ADD COLUMN hlc_ms INTEGER NOT NULL DEFAULT 0;

-- The columns an UPDATE changed ('phone,email,'), written by the update
-- triggers below; NULL for inserts, deletes and triggers that do not say
-- (every column changed, as before). The sync export gives only these
-- columns the change's version.
ALTER TABLE change_log ADD COLUMN changed_columns TEXT;

-- The version of each column of a row, when not all of them have the row's
-- version (FieldVersions::toText: "floor_at:floor_ws;column=at:ws;...";
-- empty: every column has the row's version).
ALTER TABLE sync_row_version ADD COLUMN fields TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_parked ADD COLUMN fields TEXT NOT NULL DEFAULT '';

-- The update triggers of the tables edited in place, made again by
-- scripts/gen_triggers.py TABLE [KEY] --db SCHEMA --update-only.

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
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER attestato_batch_log_update;
CREATE TRIGGER attestato_batch_log_update AFTER UPDATE ON attestato_batch
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'attestato_batch', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."started_at" IS NOT NEW."started_at" THEN 'started_at,' ELSE '' END
           || CASE WHEN OLD."finished_at" IS NOT NEW."finished_at" THEN 'finished_at,' ELSE '' END
           || CASE WHEN OLD."period_from" IS NOT NEW."period_from" THEN 'period_from,' ELSE '' END
           || CASE WHEN OLD."period_to" IS NOT NEW."period_to" THEN 'period_to,' ELSE '' END
           || CASE WHEN OLD."organisation_id" IS NOT NEW."organisation_id" THEN 'organisation_id,' ELSE '' END
           || CASE WHEN OLD."event_id" IS NOT NEW."event_id" THEN 'event_id,' ELSE '' END
           || CASE WHEN OLD."state" IS NOT NEW."state" THEN 'state,' ELSE '' END
           || CASE WHEN OLD."issued_count" IS NOT NEW."issued_count" THEN 'issued_count,' ELSE '' END
           || CASE WHEN OLD."output_dir" IS NOT NEW."output_dir" THEN 'output_dir,' ELSE '' END
           || CASE WHEN OLD."operator" IS NOT NEW."operator" THEN 'operator,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER comune_log_update;
CREATE TRIGGER comune_log_update AFTER UPDATE ON comune
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'comune', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."istat_code" IS NOT NEW."istat_code" THEN 'istat_code,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."province" IS NOT NEW."province" THEN 'province,' ELSE '' END
           || CASE WHEN OLD."region" IS NOT NEW."region" THEN 'region,' ELSE '' END
           || CASE WHEN OLD."lat" IS NOT NEW."lat" THEN 'lat,' ELSE '' END
           || CASE WHEN OLD."lon" IS NOT NEW."lon" THEN 'lon,' ELSE '' END
           || CASE WHEN OLD."population" IS NOT NEW."population" THEN 'population,' ELSE '' END
           || CASE WHEN OLD."cadastral_code" IS NOT NEW."cadastral_code" THEN 'cadastral_code,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER comune_alias_log_update;
CREATE TRIGGER comune_alias_log_update AFTER UPDATE ON comune_alias
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'comune_alias', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."alias" IS NOT NEW."alias" THEN 'alias,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."note" IS NOT NEW."note" THEN 'note,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

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
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER data_vault_log_update;
CREATE TRIGGER data_vault_log_update AFTER UPDATE ON data_vault
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'data_vault', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."permission" IS NOT NEW."permission" THEN 'permission,' ELSE '' END
           || CASE WHEN OLD."public_key" IS NOT NEW."public_key" THEN 'public_key,' ELSE '' END
           || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END
           || CASE WHEN OLD."created_by" IS NOT NEW."created_by" THEN 'created_by,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER delivery_log_update;
CREATE TRIGGER delivery_log_update AFTER UPDATE ON delivery
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'delivery', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."number" IS NOT NEW."number" THEN 'number,' ELSE '' END
           || CASE WHEN OLD."recipient_id" IS NOT NEW."recipient_id" THEN 'recipient_id,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."recipient_kind" IS NOT NEW."recipient_kind" THEN 'recipient_kind,' ELSE '' END
           || CASE WHEN OLD."request_id" IS NOT NEW."request_id" THEN 'request_id,' ELSE '' END
           || CASE WHEN OLD."allocation_id" IS NOT NEW."allocation_id" THEN 'allocation_id,' ELSE '' END
           || CASE WHEN OLD."location_id" IS NOT NEW."location_id" THEN 'location_id,' ELSE '' END
           || CASE WHEN OLD."delivery_date" IS NOT NEW."delivery_date" THEN 'delivery_date,' ELSE '' END
           || CASE WHEN OLD."delivery_time" IS NOT NEW."delivery_time" THEN 'delivery_time,' ELSE '' END
           || CASE WHEN OLD."vehicle" IS NOT NEW."vehicle" THEN 'vehicle,' ELSE '' END
           || CASE WHEN OLD."driver" IS NOT NEW."driver" THEN 'driver,' ELSE '' END
           || CASE WHEN OLD."organisation" IS NOT NEW."organisation" THEN 'organisation,' ELSE '' END
           || CASE WHEN OLD."transport_reason" IS NOT NEW."transport_reason" THEN 'transport_reason,' ELSE '' END
           || CASE WHEN OLD."packages" IS NOT NEW."packages" THEN 'packages,' ELSE '' END
           || CASE WHEN OLD."status" IS NOT NEW."status" THEN 'status,' ELSE '' END
           || CASE WHEN OLD."origin" IS NOT NEW."origin" THEN 'origin,' ELSE '' END
           || CASE WHEN OLD."issued_on" IS NOT NEW."issued_on" THEN 'issued_on,' ELSE '' END
           || CASE WHEN OLD."delivered_at" IS NOT NEW."delivered_at" THEN 'delivered_at,' ELSE '' END
           || CASE WHEN OLD."signed_by" IS NOT NEW."signed_by" THEN 'signed_by,' ELSE '' END
           || CASE WHEN OLD."returned_on" IS NOT NEW."returned_on" THEN 'returned_on,' ELSE '' END
           || CASE WHEN OLD."status_reason" IS NOT NEW."status_reason" THEN 'status_reason,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
           || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END
           || CASE WHEN OLD."operator" IS NOT NEW."operator" THEN 'operator,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER delivery_allocation_log_update;
CREATE TRIGGER delivery_allocation_log_update AFTER UPDATE ON delivery_allocation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'delivery_allocation', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."allocated_on" IS NOT NEW."allocated_on" THEN 'allocated_on,' ELSE '' END
           || CASE WHEN OLD."weighting" IS NOT NEW."weighting" THEN 'weighting,' ELSE '' END
           || CASE WHEN OLD."unmet" IS NOT NEW."unmet" THEN 'unmet,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
           || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END
           || CASE WHEN OLD."operator" IS NOT NEW."operator" THEN 'operator,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER delivery_allocation_line_log_update;
CREATE TRIGGER delivery_allocation_line_log_update AFTER UPDATE ON delivery_allocation_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'delivery_allocation_line', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."allocation_id" IS NOT NEW."allocation_id" THEN 'allocation_id,' ELSE '' END
           || CASE WHEN OLD."pool_id" IS NOT NEW."pool_id" THEN 'pool_id,' ELSE '' END
           || CASE WHEN OLD."request_line_id" IS NOT NEW."request_line_id" THEN 'request_line_id,' ELSE '' END
           || CASE WHEN OLD."requested" IS NOT NEW."requested" THEN 'requested,' ELSE '' END
           || CASE WHEN OLD."weight" IS NOT NEW."weight" THEN 'weight,' ELSE '' END
           || CASE WHEN OLD."exact_share" IS NOT NEW."exact_share" THEN 'exact_share,' ELSE '' END
           || CASE WHEN OLD."computed" IS NOT NEW."computed" THEN 'computed,' ELSE '' END
           || CASE WHEN OLD."allocated" IS NOT NEW."allocated" THEN 'allocated,' ELSE '' END
           || CASE WHEN OLD."reason" IS NOT NEW."reason" THEN 'reason,' ELSE '' END
           || CASE WHEN OLD."override_reason" IS NOT NEW."override_reason" THEN 'override_reason,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER delivery_allocation_pool_log_update;
CREATE TRIGGER delivery_allocation_pool_log_update AFTER UPDATE ON delivery_allocation_pool
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'delivery_allocation_pool', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."allocation_id" IS NOT NEW."allocation_id" THEN 'allocation_id,' ELSE '' END
           || CASE WHEN OLD."category_id" IS NOT NEW."category_id" THEN 'category_id,' ELSE '' END
           || CASE WHEN OLD."item_id" IS NOT NEW."item_id" THEN 'item_id,' ELSE '' END
           || CASE WHEN OLD."unit" IS NOT NEW."unit" THEN 'unit,' ELSE '' END
           || CASE WHEN OLD."in_stock" IS NOT NEW."in_stock" THEN 'in_stock,' ELSE '' END
           || CASE WHEN OLD."available" IS NOT NEW."available" THEN 'available,' ELSE '' END
           || CASE WHEN OLD."requested" IS NOT NEW."requested" THEN 'requested,' ELSE '' END
           || CASE WHEN OLD."allocated" IS NOT NEW."allocated" THEN 'allocated,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER delivery_line_log_update;
CREATE TRIGGER delivery_line_log_update AFTER UPDATE ON delivery_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'delivery_line', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."delivery_id" IS NOT NEW."delivery_id" THEN 'delivery_id,' ELSE '' END
           || CASE WHEN OLD."line_no" IS NOT NEW."line_no" THEN 'line_no,' ELSE '' END
           || CASE WHEN OLD."category_id" IS NOT NEW."category_id" THEN 'category_id,' ELSE '' END
           || CASE WHEN OLD."item_id" IS NOT NEW."item_id" THEN 'item_id,' ELSE '' END
           || CASE WHEN OLD."quantity" IS NOT NEW."quantity" THEN 'quantity,' ELSE '' END
           || CASE WHEN OLD."packages" IS NOT NEW."packages" THEN 'packages,' ELSE '' END
           || CASE WHEN OLD."grams" IS NOT NEW."grams" THEN 'grams,' ELSE '' END
           || CASE WHEN OLD."pieces" IS NOT NEW."pieces" THEN 'pieces,' ELSE '' END
           || CASE WHEN OLD."request_line_id" IS NOT NEW."request_line_id" THEN 'request_line_id,' ELSE '' END
           || CASE WHEN OLD."description" IS NOT NEW."description" THEN 'description,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER delivery_recipient_log_update;
CREATE TRIGGER delivery_recipient_log_update AFTER UPDATE ON delivery_recipient
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'delivery_recipient', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."address" IS NOT NEW."address" THEN 'address,' ELSE '' END
           || CASE WHEN OLD."contact" IS NOT NEW."contact" THEN 'contact,' ELSE '' END
           || CASE WHEN OLD."phone" IS NOT NEW."phone" THEN 'phone,' ELSE '' END
           || CASE WHEN OLD."email" IS NOT NEW."email" THEN 'email,' ELSE '' END
           || CASE WHEN OLD."lat" IS NOT NEW."lat" THEN 'lat,' ELSE '' END
           || CASE WHEN OLD."lon" IS NOT NEW."lon" THEN 'lon,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
           || CASE WHEN OLD."cap" IS NOT NEW."cap" THEN 'cap,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER delivery_request_log_update;
CREATE TRIGGER delivery_request_log_update AFTER UPDATE ON delivery_request
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'delivery_request', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."number" IS NOT NEW."number" THEN 'number,' ELSE '' END
           || CASE WHEN OLD."recipient_id" IS NOT NEW."recipient_id" THEN 'recipient_id,' ELSE '' END
           || CASE WHEN OLD."requested_on" IS NOT NEW."requested_on" THEN 'requested_on,' ELSE '' END
           || CASE WHEN OLD."needed_by" IS NOT NEW."needed_by" THEN 'needed_by,' ELSE '' END
           || CASE WHEN OLD."status" IS NOT NEW."status" THEN 'status,' ELSE '' END
           || CASE WHEN OLD."source" IS NOT NEW."source" THEN 'source,' ELSE '' END
           || CASE WHEN OLD."external_ref" IS NOT NEW."external_ref" THEN 'external_ref,' ELSE '' END
           || CASE WHEN OLD."carried_from_id" IS NOT NEW."carried_from_id" THEN 'carried_from_id,' ELSE '' END
           || CASE WHEN OLD."cancel_reason" IS NOT NEW."cancel_reason" THEN 'cancel_reason,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
           || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END
           || CASE WHEN OLD."operator" IS NOT NEW."operator" THEN 'operator,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER delivery_request_line_log_update;
CREATE TRIGGER delivery_request_line_log_update AFTER UPDATE ON delivery_request_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'delivery_request_line', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."request_id" IS NOT NEW."request_id" THEN 'request_id,' ELSE '' END
           || CASE WHEN OLD."category_id" IS NOT NEW."category_id" THEN 'category_id,' ELSE '' END
           || CASE WHEN OLD."item_id" IS NOT NEW."item_id" THEN 'item_id,' ELSE '' END
           || CASE WHEN OLD."quantity" IS NOT NEW."quantity" THEN 'quantity,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER employer_log_update;
CREATE TRIGGER employer_log_update AFTER UPDATE ON employer
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'employer', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."tax_code" IS NOT NEW."tax_code" THEN 'tax_code,' ELSE '' END
           || CASE WHEN OLD."address" IS NOT NEW."address" THEN 'address,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."pec" IS NOT NEW."pec" THEN 'pec,' ELSE '' END
           || CASE WHEN OLD."email" IS NOT NEW."email" THEN 'email,' ELSE '' END
           || CASE WHEN OLD."phone" IS NOT NEW."phone" THEN 'phone,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER goods_category_log_update;
CREATE TRIGGER goods_category_log_update AFTER UPDATE ON goods_category
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'goods_category', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."code" IS NOT NEW."code" THEN 'code,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END
           || CASE WHEN OLD."sort_order" IS NOT NEW."sort_order" THEN 'sort_order,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER key_grant_log_update;
CREATE TRIGGER key_grant_log_update AFTER UPDATE ON key_grant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'key_grant', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."vault_id" IS NOT NEW."vault_id" THEN 'vault_id,' ELSE '' END
           || CASE WHEN OLD."account_id" IS NOT NEW."account_id" THEN 'account_id,' ELSE '' END
           || CASE WHEN OLD."account_public_key" IS NOT NEW."account_public_key" THEN 'account_public_key,' ELSE '' END
           || CASE WHEN OLD."sealed_key" IS NOT NEW."sealed_key" THEN 'sealed_key,' ELSE '' END
           || CASE WHEN OLD."granted_at" IS NOT NEW."granted_at" THEN 'granted_at,' ELSE '' END
           || CASE WHEN OLD."granted_by" IS NOT NEW."granted_by" THEN 'granted_by,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER listening_coc_placement_log_update;
CREATE TRIGGER listening_coc_placement_log_update AFTER UPDATE ON listening_coc_placement
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'listening_coc_placement', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."psychologist_id" IS NOT NEW."psychologist_id" THEN 'psychologist_id,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."from_date" IS NOT NEW."from_date" THEN 'from_date,' ELSE '' END
           || CASE WHEN OLD."to_date" IS NOT NEW."to_date" THEN 'to_date,' ELSE '' END
           || CASE WHEN OLD."note" IS NOT NEW."note" THEN 'note,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER listening_group_participant_log_update;
CREATE TRIGGER listening_group_participant_log_update AFTER UPDATE ON listening_group_participant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'listening_group_participant', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."group_id" IS NOT NEW."group_id" THEN 'group_id,' ELSE '' END
           || CASE WHEN OLD."joined_on" IS NOT NEW."joined_on" THEN 'joined_on,' ELSE '' END
           || CASE WHEN OLD."left_on" IS NOT NEW."left_on" THEN 'left_on,' ELSE '' END
           || CASE WHEN OLD."organisation" IS NOT NEW."organisation" THEN 'organisation,' ELSE '' END
           || CASE WHEN OLD."vault_id" IS NOT NEW."vault_id" THEN 'vault_id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER listening_psychologist_log_update;
CREATE TRIGGER listening_psychologist_log_update AFTER UPDATE ON listening_psychologist
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'listening_psychologist', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."phone" IS NOT NEW."phone" THEN 'phone,' ELSE '' END
           || CASE WHEN OLD."email" IS NOT NEW."email" THEN 'email,' ELSE '' END
           || CASE WHEN OLD."account_id" IS NOT NEW."account_id" THEN 'account_id,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER listening_request_log_update;
CREATE TRIGGER listening_request_log_update AFTER UPDATE ON listening_request
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'listening_request', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."code" IS NOT NEW."code" THEN 'code,' ELSE '' END
           || CASE WHEN OLD."received_at" IS NOT NEW."received_at" THEN 'received_at,' ELSE '' END
           || CASE WHEN OLD."recorded_at" IS NOT NEW."recorded_at" THEN 'recorded_at,' ELSE '' END
           || CASE WHEN OLD."due_at" IS NOT NEW."due_at" THEN 'due_at,' ELSE '' END
           || CASE WHEN OLD."caller_kind" IS NOT NEW."caller_kind" THEN 'caller_kind,' ELSE '' END
           || CASE WHEN OLD."urgency" IS NOT NEW."urgency" THEN 'urgency,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."vault_id" IS NOT NEW."vault_id" THEN 'vault_id,' ELSE '' END
           || CASE WHEN OLD."caller_name" IS NOT NEW."caller_name" THEN 'caller_name,' ELSE '' END
           || CASE WHEN OLD."caller_phone" IS NOT NEW."caller_phone" THEN 'caller_phone,' ELSE '' END
           || CASE WHEN OLD."reason" IS NOT NEW."reason" THEN 'reason,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER listening_support_group_log_update;
CREATE TRIGGER listening_support_group_log_update AFTER UPDATE ON listening_support_group
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'listening_support_group', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."weekday" IS NOT NEW."weekday" THEN 'weekday,' ELSE '' END
           || CASE WHEN OLD."start_time" IS NOT NEW."start_time" THEN 'start_time,' ELSE '' END
           || CASE WHEN OLD."duration_min" IS NOT NEW."duration_min" THEN 'duration_min,' ELSE '' END
           || CASE WHEN OLD."first_psychologist_id" IS NOT NEW."first_psychologist_id" THEN 'first_psychologist_id,' ELSE '' END
           || CASE WHEN OLD."second_psychologist_id" IS NOT NEW."second_psychologist_id" THEN 'second_psychologist_id,' ELSE '' END
           || CASE WHEN OLD."meeting_link" IS NOT NEW."meeting_link" THEN 'meeting_link,' ELSE '' END
           || CASE WHEN OLD."starts_on" IS NOT NEW."starts_on" THEN 'starts_on,' ELSE '' END
           || CASE WHEN OLD."ends_on" IS NOT NEW."ends_on" THEN 'ends_on,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER operator_account_log_update;
CREATE TRIGGER operator_account_log_update AFTER UPDATE ON operator_account
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'operator_account', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."username" IS NOT NEW."username" THEN 'username,' ELSE '' END
           || CASE WHEN OLD."display_name" IS NOT NEW."display_name" THEN 'display_name,' ELSE '' END
           || CASE WHEN OLD."role" IS NOT NEW."role" THEN 'role,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
           || CASE WHEN OLD."password_hash" IS NOT NEW."password_hash" THEN 'password_hash,' ELSE '' END
           || CASE WHEN OLD."must_change_password" IS NOT NEW."must_change_password" THEN 'must_change_password,' ELSE '' END
           || CASE WHEN OLD."kdf_salt" IS NOT NEW."kdf_salt" THEN 'kdf_salt,' ELSE '' END
           || CASE WHEN OLD."kdf_ops" IS NOT NEW."kdf_ops" THEN 'kdf_ops,' ELSE '' END
           || CASE WHEN OLD."kdf_mem" IS NOT NEW."kdf_mem" THEN 'kdf_mem,' ELSE '' END
           || CASE WHEN OLD."public_key" IS NOT NEW."public_key" THEN 'public_key,' ELSE '' END
           || CASE WHEN OLD."sealed_secret_key" IS NOT NEW."sealed_secret_key" THEN 'sealed_secret_key,' ELSE '' END
           || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END
           || CASE WHEN OLD."updated_at" IS NOT NEW."updated_at" THEN 'updated_at,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER organisation_log_update;
CREATE TRIGGER organisation_log_update AFTER UPDATE ON organisation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'organisation', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."registry_number" IS NOT NEW."registry_number" THEN 'registry_number,' ELSE '' END
           || CASE WHEN OLD."tax_code" IS NOT NEW."tax_code" THEN 'tax_code,' ELSE '' END
           || CASE WHEN OLD."address" IS NOT NEW."address" THEN 'address,' ELSE '' END
           || CASE WHEN OLD."representative" IS NOT NEW."representative" THEN 'representative,' ELSE '' END
           || CASE WHEN OLD."representative_role" IS NOT NEW."representative_role" THEN 'representative_role,' ELSE '' END
           || CASE WHEN OLD."phone" IS NOT NEW."phone" THEN 'phone,' ELSE '' END
           || CASE WHEN OLD."email" IS NOT NEW."email" THEN 'email,' ELSE '' END
           || CASE WHEN OLD."pec" IS NOT NEW."pec" THEN 'pec,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER organisation_renewal_log_update;
CREATE TRIGGER organisation_renewal_log_update AFTER UPDATE ON organisation_renewal
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'organisation_renewal', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."organisation_id" IS NOT NEW."organisation_id" THEN 'organisation_id,' ELSE '' END
           || CASE WHEN OLD."year" IS NOT NEW."year" THEN 'year,' ELSE '' END
           || CASE WHEN OLD."h24_availability" IS NOT NEW."h24_availability" THEN 'h24_availability,' ELSE '' END
           || CASE WHEN OLD."enough_volunteers" IS NOT NEW."enough_volunteers" THEN 'enough_volunteers,' ELSE '' END
           || CASE WHEN OLD."insured_no_charges" IS NOT NEW."insured_no_charges" THEN 'insured_no_charges,' ELSE '' END
           || CASE WHEN OLD."activity_report" IS NOT NEW."activity_report" THEN 'activity_report,' ELSE '' END
           || CASE WHEN OLD."equipment_list" IS NOT NEW."equipment_list" THEN 'equipment_list,' ELSE '' END
           || CASE WHEN OLD."representative_documents" IS NOT NEW."representative_documents" THEN 'representative_documents,' ELSE '' END
           || CASE WHEN OLD."state" IS NOT NEW."state" THEN 'state,' ELSE '' END
           || CASE WHEN OLD."state_date" IS NOT NEW."state_date" THEN 'state_date,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER reference_point_log_update;
CREATE TRIGGER reference_point_log_update AFTER UPDATE ON reference_point
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'reference_point', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."code" IS NOT NEW."code" THEN 'code,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."lat" IS NOT NEW."lat" THEN 'lat,' ELSE '' END
           || CASE WHEN OLD."lon" IS NOT NEW."lon" THEN 'lon,' ELSE '' END
           || CASE WHEN OLD."note" IS NOT NEW."note" THEN 'note,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER room_member_log_update;
CREATE TRIGGER room_member_log_update AFTER UPDATE ON room_member
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'room_member', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."workstation" IS NOT NEW."workstation" THEN 'workstation,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."joined_at" IS NOT NEW."joined_at" THEN 'joined_at,' ELSE '' END
           || CASE WHEN OLD."removed_at" IS NOT NEW."removed_at" THEN 'removed_at,' ELSE '' END
           || CASE WHEN OLD."removed_after_seq" IS NOT NEW."removed_after_seq" THEN 'removed_after_seq,' ELSE '' END
           || CASE WHEN OLD."removed_by" IS NOT NEW."removed_by" THEN 'removed_by,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER school_log_update;
CREATE TRIGGER school_log_update AFTER UPDATE ON school
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'school', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."sort_order" IS NOT NEW."sort_order" THEN 'sort_order,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER stock_count_log_update;
CREATE TRIGGER stock_count_log_update AFTER UPDATE ON stock_count
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'stock_count', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."location_id" IS NOT NEW."location_id" THEN 'location_id,' ELSE '' END
           || CASE WHEN OLD."category_id" IS NOT NEW."category_id" THEN 'category_id,' ELSE '' END
           || CASE WHEN OLD."counted_on" IS NOT NEW."counted_on" THEN 'counted_on,' ELSE '' END
           || CASE WHEN OLD."status" IS NOT NEW."status" THEN 'status,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
           || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END
           || CASE WHEN OLD."operator" IS NOT NEW."operator" THEN 'operator,' ELSE '' END
           || CASE WHEN OLD."closed_at" IS NOT NEW."closed_at" THEN 'closed_at,' ELSE '' END
           || CASE WHEN OLD."closed_by" IS NOT NEW."closed_by" THEN 'closed_by,' ELSE '' END
           || CASE WHEN OLD."operation_id" IS NOT NEW."operation_id" THEN 'operation_id,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER stock_count_line_log_update;
CREATE TRIGGER stock_count_line_log_update AFTER UPDATE ON stock_count_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'stock_count_line', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."count_id" IS NOT NEW."count_id" THEN 'count_id,' ELSE '' END
           || CASE WHEN OLD."lot_id" IS NOT NEW."lot_id" THEN 'lot_id,' ELSE '' END
           || CASE WHEN OLD."book_quantity" IS NOT NEW."book_quantity" THEN 'book_quantity,' ELSE '' END
           || CASE WHEN OLD."counted_quantity" IS NOT NEW."counted_quantity" THEN 'counted_quantity,' ELSE '' END
           || CASE WHEN OLD."reason" IS NOT NEW."reason" THEN 'reason,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER stock_donor_log_update;
CREATE TRIGGER stock_donor_log_update AFTER UPDATE ON stock_donor
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'stock_donor', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END
           || CASE WHEN OLD."tax_code" IS NOT NEW."tax_code" THEN 'tax_code,' ELSE '' END
           || CASE WHEN OLD."address" IS NOT NEW."address" THEN 'address,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."contact" IS NOT NEW."contact" THEN 'contact,' ELSE '' END
           || CASE WHEN OLD."phone" IS NOT NEW."phone" THEN 'phone,' ELSE '' END
           || CASE WHEN OLD."email" IS NOT NEW."email" THEN 'email,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER stock_item_log_update;
CREATE TRIGGER stock_item_log_update AFTER UPDATE ON stock_item
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'stock_item', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."code" IS NOT NEW."code" THEN 'code,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."category_id" IS NOT NEW."category_id" THEN 'category_id,' ELSE '' END
           || CASE WHEN OLD."unit" IS NOT NEW."unit" THEN 'unit,' ELSE '' END
           || CASE WHEN OLD."grams_per_piece" IS NOT NEW."grams_per_piece" THEN 'grams_per_piece,' ELSE '' END
           || CASE WHEN OLD."pieces_per_package" IS NOT NEW."pieces_per_package" THEN 'pieces_per_package,' ELSE '' END
           || CASE WHEN OLD."min_level" IS NOT NEW."min_level" THEN 'min_level,' ELSE '' END
           || CASE WHEN OLD."tracks_expiry" IS NOT NEW."tracks_expiry" THEN 'tracks_expiry,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER stock_kit_component_log_update;
CREATE TRIGGER stock_kit_component_log_update AFTER UPDATE ON stock_kit_component
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'stock_kit_component', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."kit_item_id" IS NOT NEW."kit_item_id" THEN 'kit_item_id,' ELSE '' END
           || CASE WHEN OLD."component_item_id" IS NOT NEW."component_item_id" THEN 'component_item_id,' ELSE '' END
           || CASE WHEN OLD."quantity" IS NOT NEW."quantity" THEN 'quantity,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER stock_location_log_update;
CREATE TRIGGER stock_location_log_update AFTER UPDATE ON stock_location
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'stock_location', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."code" IS NOT NEW."code" THEN 'code,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."address" IS NOT NEW."address" THEN 'address,' ELSE '' END
           || CASE WHEN OLD."is_default" IS NOT NEW."is_default" THEN 'is_default,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
           || CASE WHEN OLD."sort_order" IS NOT NEW."sort_order" THEN 'sort_order,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER stock_setting_log_update;
CREATE TRIGGER stock_setting_log_update AFTER UPDATE ON stock_setting
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'stock_setting', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."key" IS NOT NEW."key" THEN 'key,' ELSE '' END
           || CASE WHEN OLD."value" IS NOT NEW."value" THEN 'value,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER tutoring_assistant_log_update;
CREATE TRIGGER tutoring_assistant_log_update AFTER UPDATE ON tutoring_assistant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'tutoring_assistant', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."code" IS NOT NEW."code" THEN 'code,' ELSE '' END
           || CASE WHEN OLD."family_name" IS NOT NEW."family_name" THEN 'family_name,' ELSE '' END
           || CASE WHEN OLD."given_name" IS NOT NEW."given_name" THEN 'given_name,' ELSE '' END
           || CASE WHEN OLD."school_id" IS NOT NEW."school_id" THEN 'school_id,' ELSE '' END
           || CASE WHEN OLD."class_year" IS NOT NEW."class_year" THEN 'class_year,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."tutor_id" IS NOT NEW."tutor_id" THEN 'tutor_id,' ELSE '' END
           || CASE WHEN OLD."email" IS NOT NEW."email" THEN 'email,' ELSE '' END
           || CASE WHEN OLD."phone" IS NOT NEW."phone" THEN 'phone,' ELSE '' END
           || CASE WHEN OLD."safety_course" IS NOT NEW."safety_course" THEN 'safety_course,' ELSE '' END
           || CASE WHEN OLD."safety_course_on" IS NOT NEW."safety_course_on" THEN 'safety_course_on,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER tutoring_bes_assignment_log_update;
CREATE TRIGGER tutoring_bes_assignment_log_update AFTER UPDATE ON tutoring_bes_assignment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'tutoring_bes_assignment', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."pupil_id" IS NOT NEW."pupil_id" THEN 'pupil_id,' ELSE '' END
           || CASE WHEN OLD."assistant_id" IS NOT NEW."assistant_id" THEN 'assistant_id,' ELSE '' END
           || CASE WHEN OLD."first_day" IS NOT NEW."first_day" THEN 'first_day,' ELSE '' END
           || CASE WHEN OLD."last_day" IS NOT NEW."last_day" THEN 'last_day,' ELSE '' END
           || CASE WHEN OLD."assigned_at" IS NOT NEW."assigned_at" THEN 'assigned_at,' ELSE '' END
           || CASE WHEN OLD."assigned_by" IS NOT NEW."assigned_by" THEN 'assigned_by,' ELSE '' END
           || CASE WHEN OLD."note" IS NOT NEW."note" THEN 'note,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER tutoring_period_log_update;
CREATE TRIGGER tutoring_period_log_update AFTER UPDATE ON tutoring_period
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'tutoring_period', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."first_day" IS NOT NEW."first_day" THEN 'first_day,' ELSE '' END
           || CASE WHEN OLD."last_day" IS NOT NEW."last_day" THEN 'last_day,' ELSE '' END
           || CASE WHEN OLD."weekdays" IS NOT NEW."weekdays" THEN 'weekdays,' ELSE '' END
           || CASE WHEN OLD."slot_hours" IS NOT NEW."slot_hours" THEN 'slot_hours,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER tutoring_pupil_log_update;
CREATE TRIGGER tutoring_pupil_log_update AFTER UPDATE ON tutoring_pupil
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'tutoring_pupil', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."code" IS NOT NEW."code" THEN 'code,' ELSE '' END
           || CASE WHEN OLD."family_name" IS NOT NEW."family_name" THEN 'family_name,' ELSE '' END
           || CASE WHEN OLD."given_name" IS NOT NEW."given_name" THEN 'given_name,' ELSE '' END
           || CASE WHEN OLD."birth_year" IS NOT NEW."birth_year" THEN 'birth_year,' ELSE '' END
           || CASE WHEN OLD."school_order" IS NOT NEW."school_order" THEN 'school_order,' ELSE '' END
           || CASE WHEN OLD."class_year" IS NOT NEW."class_year" THEN 'class_year,' ELSE '' END
           || CASE WHEN OLD."school_name" IS NOT NEW."school_name" THEN 'school_name,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."parent_name" IS NOT NEW."parent_name" THEN 'parent_name,' ELSE '' END
           || CASE WHEN OLD."parent_phone" IS NOT NEW."parent_phone" THEN 'parent_phone,' ELSE '' END
           || CASE WHEN OLD."parent_email" IS NOT NEW."parent_email" THEN 'parent_email,' ELSE '' END
           || CASE WHEN OLD."bes" IS NOT NEW."bes" THEN 'bes,' ELSE '' END
           || CASE WHEN OLD."consent_on" IS NOT NEW."consent_on" THEN 'consent_on,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER tutoring_subject_log_update;
CREATE TRIGGER tutoring_subject_log_update AFTER UPDATE ON tutoring_subject
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'tutoring_subject', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."code" IS NOT NEW."code" THEN 'code,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."school_order" IS NOT NEW."school_order" THEN 'school_order,' ELSE '' END
           || CASE WHEN OLD."sort_order" IS NOT NEW."sort_order" THEN 'sort_order,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER tutoring_tutor_log_update;
CREATE TRIGGER tutoring_tutor_log_update AFTER UPDATE ON tutoring_tutor
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'tutoring_tutor', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."code" IS NOT NEW."code" THEN 'code,' ELSE '' END
           || CASE WHEN OLD."family_name" IS NOT NEW."family_name" THEN 'family_name,' ELSE '' END
           || CASE WHEN OLD."given_name" IS NOT NEW."given_name" THEN 'given_name,' ELSE '' END
           || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END
           || CASE WHEN OLD."email" IS NOT NEW."email" THEN 'email,' ELSE '' END
           || CASE WHEN OLD."phone" IS NOT NEW."phone" THEN 'phone,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER volunteer_log_update;
CREATE TRIGGER volunteer_log_update AFTER UPDATE ON volunteer
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'volunteer', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."organisation_id" IS NOT NEW."organisation_id" THEN 'organisation_id,' ELSE '' END
           || CASE WHEN OLD."last_name" IS NOT NEW."last_name" THEN 'last_name,' ELSE '' END
           || CASE WHEN OLD."first_name" IS NOT NEW."first_name" THEN 'first_name,' ELSE '' END
           || CASE WHEN OLD."tax_code" IS NOT NEW."tax_code" THEN 'tax_code,' ELSE '' END
           || CASE WHEN OLD."birth_date" IS NOT NEW."birth_date" THEN 'birth_date,' ELSE '' END
           || CASE WHEN OLD."comune_id" IS NOT NEW."comune_id" THEN 'comune_id,' ELSE '' END
           || CASE WHEN OLD."address" IS NOT NEW."address" THEN 'address,' ELSE '' END
           || CASE WHEN OLD."phone" IS NOT NEW."phone" THEN 'phone,' ELSE '' END
           || CASE WHEN OLD."email" IS NOT NEW."email" THEN 'email,' ELSE '' END
           || CASE WHEN OLD."employment" IS NOT NEW."employment" THEN 'employment,' ELSE '' END
           || CASE WHEN OLD."employer_id" IS NOT NEW."employer_id" THEN 'employer_id,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER volunteer_qualification_log_update;
CREATE TRIGGER volunteer_qualification_log_update AFTER UPDATE ON volunteer_qualification
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'volunteer_qualification', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."volunteer_id" IS NOT NEW."volunteer_id" THEN 'volunteer_id,' ELSE '' END
           || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."obtained_on" IS NOT NEW."obtained_on" THEN 'obtained_on,' ELSE '' END
           || CASE WHEN OLD."expires_on" IS NOT NEW."expires_on" THEN 'expires_on,' ELSE '' END
           || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END
    FROM session_context WHERE id = 1;
END;

DROP TRIGGER volunteer_service_log_update;
CREATE TRIGGER volunteer_service_log_update AFTER UPDATE ON volunteer_service
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator, changed_columns)
    SELECT 'volunteer_service', NEW.id, 'U', coalesce(clock_ms, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)),
           workstation, operator,
           CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END
           || CASE WHEN OLD."code" IS NOT NEW."code" THEN 'code,' ELSE '' END
           || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END
           || CASE WHEN OLD."published" IS NOT NEW."published" THEN 'published,' ELSE '' END
           || CASE WHEN OLD."sort_order" IS NOT NEW."sort_order" THEN 'sort_order,' ELSE '' END
           || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END
    FROM session_context WHERE id = 1;
END;
