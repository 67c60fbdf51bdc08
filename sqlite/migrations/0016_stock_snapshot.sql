-- 0016_stock_snapshot: stock at a past date in time that follows the period.
-- stock_snapshot holds the balance per lot and location at the end of a day
-- (a month end), stock_snapshot_day the days that have one (a day whose
-- balances are all zero has no rows). Stock at a date D starts from the
-- nearest snapshot at or before D and adds the movements after it.
-- A local cache, like stock_balance: no change-log triggers, so it never
-- travels in sync files; filled lazily by the stock queries. A movement
-- dated on or before a snapshot (back-dated, imported by sync) deletes the
-- snapshots from its date on, so a snapshot is always the ledger's sum.
CREATE TABLE stock_snapshot_day (
    day TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
) WITHOUT ROWID;
CREATE TABLE stock_snapshot (
    day         TEXT NOT NULL,
    lot_id      INTEGER NOT NULL,
    location_id INTEGER NOT NULL,
    item_id     INTEGER NOT NULL,
    quantity    INTEGER NOT NULL,
    grams       INTEGER NOT NULL,
    PRIMARY KEY (day, lot_id, location_id)
) WITHOUT ROWID;
CREATE TRIGGER stock_movement_snapshot_insert AFTER INSERT ON stock_movement
BEGIN
    DELETE FROM stock_snapshot_day WHERE day >= NEW.moved_on;
    DELETE FROM stock_snapshot WHERE day >= NEW.moved_on;
END;
-- The ledger is append-only (stock_movement_no_update/_no_delete); these two
-- keep the snapshots right should a repair ever bypass that.
CREATE TRIGGER stock_movement_snapshot_update AFTER UPDATE ON stock_movement
BEGIN
    DELETE FROM stock_snapshot_day WHERE day >= min(OLD.moved_on, NEW.moved_on);
    DELETE FROM stock_snapshot WHERE day >= min(OLD.moved_on, NEW.moved_on);
END;
CREATE TRIGGER stock_movement_snapshot_delete AFTER DELETE ON stock_movement
BEGIN
    DELETE FROM stock_snapshot_day WHERE day >= OLD.moved_on;
    DELETE FROM stock_snapshot WHERE day >= OLD.moved_on;
END;
