-- 0002_stock: the Magazzino. Goods donated to the CCV-MI are received at the
-- Idroscalo warehouse (or another location), kept in lots with their expiry
-- date, and issued first-expired-first-out. Every change of stock is a row
-- of the append-only ledger stock_movement; balances are its sums.
-- Quantities: integer grams for items by weight (unit 'g'), integer pieces
-- for items by the piece (unit 'pcs'); every movement also carries its
-- weight in grams (0 when the item has no known weight per piece), so that
-- food reports speak kg.

-- Where goods are kept: the Idroscalo warehouse by default (fixed id 1, the
-- same on every workstation), the Colonna Mobile poles, COCs that hold goods.
CREATE TABLE stock_location (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (code <> ''),
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    kind       TEXT NOT NULL CHECK (kind IN ('warehouse', 'pole', 'coc', 'other')),
    comune_id  INTEGER REFERENCES comune(id),
    address    TEXT NOT NULL DEFAULT '',
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0,
    CHECK (is_default = 0 OR active = 1)
);
CREATE INDEX stock_location_comune ON stock_location(comune_id);
CREATE INDEX stock_location_sort ON stock_location(sort_order, name);
CREATE UNIQUE INDEX stock_location_one_default ON stock_location(is_default) WHERE is_default = 1;
INSERT INTO stock_location(id, code, name, kind, address, is_default, sort_order)
VALUES (1, 'IDROSCALO', 'Magazzino Idroscalo', 'warehouse',
        'Parco Idroscalo, via circonvallazione Idroscalo, Peschiera Borromeo', 1, 10);

-- What is stored. An item belongs to a goods category (reference data) and
-- is counted by weight (grams) or by the piece; a piece can weigh
-- grams_per_piece (required for food by the piece, so that food reports are
-- in kg) and come in packages of pieces_per_package. The category cannot
-- change once the item has movements (the ledger keeps a copy of it).
CREATE TABLE stock_item (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (code <> ''),
    name               TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    category_id        INTEGER NOT NULL REFERENCES goods_category(id),
    unit               TEXT NOT NULL CHECK (unit IN ('g', 'pcs')),
    grams_per_piece    INTEGER CHECK (grams_per_piece IS NULL OR (unit = 'pcs' AND grams_per_piece > 0)),
    pieces_per_package INTEGER CHECK (pieces_per_package IS NULL OR (unit = 'pcs' AND pieces_per_package > 0)),
    min_level          INTEGER NOT NULL DEFAULT 0 CHECK (min_level >= 0),
    tracks_expiry      INTEGER NOT NULL DEFAULT 1 CHECK (tracks_expiry IN (0, 1)),
    active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stock_item_category ON stock_item(category_id, name);

-- Who gives goods: companies, the "Pane quotidiano" charity, "spesa sospesa"
-- collections, public bodies (ATS, Regione) for DPI, private people.
CREATE TABLE stock_donor (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    kind      TEXT NOT NULL CHECK (kind IN ('company', 'charity', 'collection', 'public_body', 'person', 'other')),
    tax_code  TEXT NOT NULL DEFAULT '',
    address   TEXT NOT NULL DEFAULT '',
    comune_id INTEGER REFERENCES comune(id),
    contact   TEXT NOT NULL DEFAULT '',
    phone     TEXT NOT NULL DEFAULT '',
    email     TEXT NOT NULL DEFAULT '',
    notes     TEXT NOT NULL DEFAULT '',
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX stock_donor_comune ON stock_donor(comune_id);
CREATE INDEX stock_donor_kind ON stock_donor(kind, name);

-- A receipt (carico) of donated goods: the document; its lines are the
-- 'receipt' movements that point at it (ref_type 'receipt'). Numbered
-- "yyyy/NNNN" per workstation ("yyyy/W-NNNN" on workstations other than 1).
CREATE TABLE stock_receipt (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    donor_id     INTEGER NOT NULL REFERENCES stock_donor(id),
    received_on  TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    document_ref TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    operator     TEXT NOT NULL
);
CREATE INDEX stock_receipt_donor ON stock_receipt(donor_id, received_on);
CREATE INDEX stock_receipt_received ON stock_receipt(received_on);

-- A lot: goods of one item that arrived together (one receipt line, one
-- kit assembly, or goods found by a count), with the supplier's lot code and
-- the expiry date (NULL: does not expire). A lot is usable up to and
-- including its expiry date. Its quantity lives in the ledger.
CREATE TABLE stock_lot (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES stock_item(id),
    lot_code    TEXT NOT NULL DEFAULT '',
    expiry_on   TEXT CHECK (expiry_on IS NULL OR expiry_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    origin      TEXT NOT NULL CHECK (origin IN ('receipt', 'kit', 'count')),
    donor_id    INTEGER REFERENCES stock_donor(id),
    receipt_id  INTEGER REFERENCES stock_receipt(id),
    CHECK (origin <> 'receipt' OR (donor_id IS NOT NULL AND receipt_id IS NOT NULL))
);
CREATE INDEX stock_lot_item ON stock_lot(item_id, expiry_on);
CREATE INDEX stock_lot_expiry ON stock_lot(expiry_on);
CREATE INDEX stock_lot_donor ON stock_lot(donor_id);
CREATE INDEX stock_lot_receipt ON stock_lot(receipt_id);

-- The ledger. Append-only (see the triggers below): a correction is a new
-- row with reverses_id pointing at the original and the opposite quantity.
-- quantity is signed in the item's unit (+ into the location, - out of it),
-- grams its weight (0 when unknown). Copies of the item's category and of
-- the lot's donor make the ledger filters index-only. operation_id groups
-- the rows of one user action (a transfer's two halves, a kit assembly).
-- ref_type/ref_id/ref_line name the document of the caller: a receipt and
-- its line, a count, a kit assembly, a delivery and its line.
CREATE TABLE stock_movement (
    id           INTEGER PRIMARY KEY,
    moved_on     TEXT NOT NULL CHECK (moved_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    kind         TEXT NOT NULL CHECK (kind IN ('receipt', 'issue', 'return', 'transfer', 'adjustment', 'write_off',
                                               'kit_consume', 'kit_produce')),
    item_id      INTEGER NOT NULL REFERENCES stock_item(id),
    category_id  INTEGER NOT NULL REFERENCES goods_category(id),
    lot_id       INTEGER NOT NULL REFERENCES stock_lot(id),
    location_id  INTEGER NOT NULL REFERENCES stock_location(id),
    donor_id     INTEGER REFERENCES stock_donor(id),
    quantity     INTEGER NOT NULL CHECK (quantity <> 0),
    grams        INTEGER NOT NULL CHECK (grams = 0 OR (grams > 0) = (quantity > 0)),
    operation_id INTEGER NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    ref_type     TEXT NOT NULL DEFAULT '' CHECK (ref_type NOT GLOB '*[^a-z_]*'),
    ref_id       INTEGER,
    ref_line     INTEGER,
    reverses_id  INTEGER REFERENCES stock_movement(id),
    created_at   INTEGER NOT NULL,
    operator     TEXT NOT NULL,
    -- Goods come in by receipt, return or kit assembly and go out by issue,
    -- write-off or kit consumption; a reversal has the opposite sign.
    CHECK (kind IN ('transfer', 'adjustment')
           OR (quantity > 0) = ((kind IN ('receipt', 'return', 'kit_produce')) = (reverses_id IS NULL))),
    CHECK (kind NOT IN ('adjustment', 'write_off') OR reverses_id IS NOT NULL OR reason <> '')
);
CREATE INDEX stock_movement_moved ON stock_movement(moved_on);
CREATE INDEX stock_movement_item ON stock_movement(item_id, moved_on);
CREATE INDEX stock_movement_category ON stock_movement(category_id, moved_on);
CREATE INDEX stock_movement_lot ON stock_movement(lot_id, moved_on);
CREATE INDEX stock_movement_location ON stock_movement(location_id, moved_on);
CREATE INDEX stock_movement_donor ON stock_movement(donor_id, moved_on);
CREATE INDEX stock_movement_kind ON stock_movement(kind, moved_on);
CREATE INDEX stock_movement_operation ON stock_movement(operation_id);
CREATE INDEX stock_movement_ref ON stock_movement(ref_type, ref_id, ref_line);
CREATE UNIQUE INDEX stock_movement_reverses ON stock_movement(reverses_id) WHERE reverses_id IS NOT NULL;

-- Current balance per lot and location: derived from the ledger by the
-- trigger below, never written by the program, never logged nor synchronised
-- (each workstation derives it from the movements it holds). The trigger
-- also refuses a local movement that would make a balance negative; changes
-- applied from a sync (logging suspended) are merged as they are, so that a
-- conflict between two offline workstations shows up as a negative balance
-- to be settled with a count instead of blocking the sync.
CREATE TABLE stock_balance (
    lot_id      INTEGER NOT NULL REFERENCES stock_lot(id),
    location_id INTEGER NOT NULL REFERENCES stock_location(id),
    item_id     INTEGER NOT NULL REFERENCES stock_item(id),
    quantity    INTEGER NOT NULL,
    grams       INTEGER NOT NULL,
    PRIMARY KEY (lot_id, location_id)
) WITHOUT ROWID;
CREATE INDEX stock_balance_item ON stock_balance(item_id, location_id);
CREATE INDEX stock_balance_location ON stock_balance(location_id);

-- Kit recipes: how many of each component one kit takes.
CREATE TABLE stock_kit_component (
    id                INTEGER PRIMARY KEY,
    kit_item_id       INTEGER NOT NULL REFERENCES stock_item(id),
    component_item_id INTEGER NOT NULL REFERENCES stock_item(id),
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    CHECK (kit_item_id <> component_item_id),
    UNIQUE (kit_item_id, component_item_id)
);
CREATE INDEX stock_kit_component_component ON stock_kit_component(component_item_id);

-- Stock counts (inventario) of one location, optionally of one category:
-- book quantities are taken when the count is opened, counted quantities
-- are entered per lot, and closing turns the differences into adjustments.
CREATE TABLE stock_count (
    id           INTEGER PRIMARY KEY,
    location_id  INTEGER NOT NULL REFERENCES stock_location(id),
    category_id  INTEGER REFERENCES goods_category(id),
    counted_on   TEXT NOT NULL CHECK (counted_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'cancelled')),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    operator     TEXT NOT NULL,
    closed_at    INTEGER,
    closed_by    TEXT NOT NULL DEFAULT '',
    operation_id INTEGER,
    CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE INDEX stock_count_location ON stock_count(location_id, counted_on);
CREATE INDEX stock_count_category ON stock_count(category_id);
CREATE INDEX stock_count_counted ON stock_count(counted_on);

CREATE TABLE stock_count_line (
    id               INTEGER PRIMARY KEY,
    count_id         INTEGER NOT NULL REFERENCES stock_count(id),
    lot_id           INTEGER NOT NULL REFERENCES stock_lot(id),
    book_quantity    INTEGER NOT NULL,
    counted_quantity INTEGER CHECK (counted_quantity IS NULL OR counted_quantity >= 0),
    reason           TEXT NOT NULL DEFAULT '',
    UNIQUE (count_id, lot_id)
);
CREATE INDEX stock_count_line_lot ON stock_count_line(lot_id);

-- Settings of the warehouse shared by every workstation.
CREATE TABLE stock_setting (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL
);
INSERT INTO stock_setting(id, key, value) VALUES (1, 'expiry_warning_days', '7');

-- The ledger is append-only: no code path may rewrite history.
CREATE TRIGGER stock_movement_no_update BEFORE UPDATE ON stock_movement
BEGIN
    SELECT RAISE(ABORT, 'stock_movement is append-only: record a reversing movement');
END;

CREATE TRIGGER stock_movement_no_delete BEFORE DELETE ON stock_movement
BEGIN
    SELECT RAISE(ABORT, 'stock_movement is append-only: record a reversing movement');
END;

-- Keeps stock_balance equal to the sums of the ledger.
CREATE TRIGGER stock_movement_balance AFTER INSERT ON stock_movement
BEGIN
    INSERT INTO stock_balance(lot_id, location_id, item_id, quantity, grams)
    VALUES (NEW.lot_id, NEW.location_id, NEW.item_id, NEW.quantity, NEW.grams)
    ON CONFLICT(lot_id, location_id) DO UPDATE SET quantity = quantity + excluded.quantity,
                                                    grams = grams + excluded.grams;
    SELECT RAISE(ABORT, 'stock.negative_balance')
    WHERE (SELECT log_enabled FROM session_context WHERE id = 1) = 1
      AND (SELECT quantity FROM stock_balance WHERE lot_id = NEW.lot_id AND location_id = NEW.location_id) < 0;
END;

-- The ledger copies the item's category and counts in its unit: neither can
-- change once the item has movements.
CREATE TRIGGER stock_item_locked BEFORE UPDATE OF category_id, unit ON stock_item
WHEN (NEW.category_id <> OLD.category_id OR NEW.unit <> OLD.unit)
     AND EXISTS (SELECT 1 FROM stock_movement WHERE item_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'stock.item_locked');
END;

-- Change log triggers --------------------------------------------------------

CREATE TRIGGER stock_location_log_insert AFTER INSERT ON stock_location
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_location', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_location_log_update AFTER UPDATE ON stock_location
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_location', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_location_log_delete AFTER DELETE ON stock_location
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_location', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_item_log_insert AFTER INSERT ON stock_item
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_item', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_item_log_update AFTER UPDATE ON stock_item
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_item', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_item_log_delete AFTER DELETE ON stock_item
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_item', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_donor_log_insert AFTER INSERT ON stock_donor
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_donor', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_donor_log_update AFTER UPDATE ON stock_donor
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_donor', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_donor_log_delete AFTER DELETE ON stock_donor
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_donor', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_receipt_log_insert AFTER INSERT ON stock_receipt
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_receipt', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_receipt_log_update AFTER UPDATE ON stock_receipt
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_receipt', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_receipt_log_delete AFTER DELETE ON stock_receipt
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_receipt', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_lot_log_insert AFTER INSERT ON stock_lot
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_lot', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_lot_log_update AFTER UPDATE ON stock_lot
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_lot', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_lot_log_delete AFTER DELETE ON stock_lot
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_lot', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_movement_log_insert AFTER INSERT ON stock_movement
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_movement', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_movement_log_update AFTER UPDATE ON stock_movement
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_movement', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_movement_log_delete AFTER DELETE ON stock_movement
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_movement', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_kit_component_log_insert AFTER INSERT ON stock_kit_component
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_kit_component', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_kit_component_log_update AFTER UPDATE ON stock_kit_component
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_kit_component', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_kit_component_log_delete AFTER DELETE ON stock_kit_component
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_kit_component', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_count_log_insert AFTER INSERT ON stock_count
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_count', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_count_log_update AFTER UPDATE ON stock_count
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_count', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_count_log_delete AFTER DELETE ON stock_count
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_count', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_count_line_log_insert AFTER INSERT ON stock_count_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_count_line', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_count_line_log_update AFTER UPDATE ON stock_count_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_count_line', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_count_line_log_delete AFTER DELETE ON stock_count_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_count_line', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_setting_log_insert AFTER INSERT ON stock_setting
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_setting', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_setting_log_update AFTER UPDATE ON stock_setting
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_setting', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER stock_setting_log_delete AFTER DELETE ON stock_setting
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'stock_setting', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

