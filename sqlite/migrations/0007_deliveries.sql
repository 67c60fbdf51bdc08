-- 0007_deliveries: the Consegne. Requests from the comuni (their COC) and
-- from health recipients (ATS hubs, RSA, GPs, paediatricians, hospitals),
-- the equitable allocation of what is in stock, and deliveries with their
-- delivery notes (DDT). A delivery issues stock through the Magazzino's
-- service (stock::StockService): this module never writes stock tables; it
-- records which lots the service picked (delivery_line_lot).
-- Quantities: grams for goods by weight and for lines that ask for a goods
-- category, pieces for items by the piece (as in the stock ledger).

-- Who receives goods. Every comune of the metropolitan city has its COC,
-- whose row has the comune's id (the same on every workstation) and whose
-- address and contacts are the COC details kept in comune_cmm (edited in
-- the Comuni tab); the other recipients keep their own. Coordinates: NULL
-- means the comune's centroid.
CREATE TABLE delivery_recipient (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('coc', 'ats_hub', 'rsa', 'mmg', 'pls', 'hospital', 'other')),
    name      TEXT NOT NULL CHECK (name <> ''),
    comune_id INTEGER NOT NULL REFERENCES comune(id),
    address   TEXT NOT NULL DEFAULT '',
    contact   TEXT NOT NULL DEFAULT '',
    phone     TEXT NOT NULL DEFAULT '',
    email     TEXT NOT NULL DEFAULT '',
    lat       REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon       REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    notes     TEXT NOT NULL DEFAULT '',
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK ((lat IS NULL) = (lon IS NULL)),
    CHECK (kind <> 'coc' OR id = comune_id)
);
CREATE UNIQUE INDEX delivery_recipient_one_coc ON delivery_recipient(comune_id) WHERE kind = 'coc';
CREATE INDEX delivery_recipient_comune ON delivery_recipient(comune_id, kind);
CREATE INDEX delivery_recipient_kind ON delivery_recipient(kind, name COLLATE NOCASE);
CREATE INDEX delivery_recipient_name ON delivery_recipient(name COLLATE NOCASE);

-- The COC of every comune already loaded (databases upgraded from an older
-- version), and of every comune loaded later with the reference data. Each
-- workstation creates the same rows itself: they are not logged (these
-- inserts run before the change-log triggers exist, and the reference data
-- is loaded with logging off).
INSERT INTO delivery_recipient(id, kind, name, comune_id)
SELECT m.comune_id, 'coc', 'COC di ' || c.name, m.comune_id FROM comune_cmm m JOIN comune c ON c.id = m.comune_id;

CREATE TRIGGER comune_cmm_coc_recipient AFTER INSERT ON comune_cmm
BEGIN
    INSERT OR IGNORE INTO delivery_recipient(id, kind, name, comune_id)
    SELECT NEW.comune_id, 'coc', 'COC di ' || c.name, NEW.comune_id FROM comune c WHERE c.id = NEW.comune_id;
END;

-- A request: what a recipient asks for (by goods category, in whole kg, or
-- by item), received by hand or from the booking platform (external_ref is
-- the platform's booking id, so that a file imported twice adds nothing).
-- received -> allocated -> scheduled -> delivered, or cancelled with a
-- reason. What an allocation could not give is carried over as a new
-- request pointing at the original (carried_from_id), or closed.
CREATE TABLE delivery_request (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    recipient_id    INTEGER NOT NULL REFERENCES delivery_recipient(id),
    requested_on    TEXT NOT NULL CHECK (requested_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    needed_by       TEXT CHECK (needed_by IS NULL OR needed_by GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    status          TEXT NOT NULL DEFAULT 'received'
                        CHECK (status IN ('received', 'allocated', 'scheduled', 'delivered', 'cancelled')),
    source          TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'carry_over')),
    external_ref    TEXT NOT NULL DEFAULT '',
    carried_from_id INTEGER REFERENCES delivery_request(id),
    cancel_reason   TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    operator        TEXT NOT NULL,
    CHECK ((status = 'cancelled') = (cancel_reason <> '')),
    CHECK ((source = 'carry_over') = (carried_from_id IS NOT NULL))
);
CREATE INDEX delivery_request_recipient ON delivery_request(recipient_id, requested_on);
CREATE INDEX delivery_request_status ON delivery_request(status, requested_on);
CREATE INDEX delivery_request_requested ON delivery_request(requested_on);
CREATE INDEX delivery_request_carried ON delivery_request(carried_from_id);
CREATE UNIQUE INDEX delivery_request_external ON delivery_request(external_ref) WHERE external_ref <> '';

CREATE TABLE delivery_request_line (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES delivery_request(id),
    category_id INTEGER REFERENCES goods_category(id),
    item_id     INTEGER REFERENCES stock_item(id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    CHECK ((category_id IS NULL) <> (item_id IS NULL)),
    CHECK (category_id IS NULL OR quantity % 1000 = 0)
);
CREATE INDEX delivery_request_line_request ON delivery_request_line(request_id);
CREATE INDEX delivery_request_line_category ON delivery_request_line(category_id);
CREATE INDEX delivery_request_line_item ON delivery_request_line(item_id);

-- An equitable allocation (ripartizione) of what was available among the
-- requests waiting on a day: the method (weights: the requests themselves
-- or the residents of the comuni) and what happens to unmet demand.
CREATE TABLE delivery_allocation (
    id           INTEGER PRIMARY KEY,
    allocated_on TEXT NOT NULL CHECK (allocated_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    weighting    TEXT NOT NULL CHECK (weighting IN ('request', 'population')),
    unmet        TEXT NOT NULL CHECK (unmet IN ('carry_over', 'close')),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    operator     TEXT NOT NULL
);
CREATE INDEX delivery_allocation_allocated ON delivery_allocation(allocated_on);

-- One kind of goods shared out (a category in whole kg, or an item): what
-- the warehouse held for allocation, what the operator made available,
-- what was asked. unit: grams (or pieces) per allocated unit.
CREATE TABLE delivery_allocation_pool (
    id            INTEGER PRIMARY KEY,
    allocation_id INTEGER NOT NULL REFERENCES delivery_allocation(id),
    category_id   INTEGER REFERENCES goods_category(id),
    item_id       INTEGER REFERENCES stock_item(id),
    unit          INTEGER NOT NULL CHECK (unit > 0),
    in_stock      INTEGER NOT NULL CHECK (in_stock >= 0),
    available     INTEGER NOT NULL CHECK (available >= 0),
    requested     INTEGER NOT NULL CHECK (requested >= 0),
    allocated     INTEGER NOT NULL CHECK (allocated >= 0 AND allocated <= requested),
    CHECK ((category_id IS NULL) <> (item_id IS NULL))
);
CREATE INDEX delivery_allocation_pool_allocation ON delivery_allocation_pool(allocation_id);
CREATE INDEX delivery_allocation_pool_category ON delivery_allocation_pool(category_id);
CREATE INDEX delivery_allocation_pool_item ON delivery_allocation_pool(item_id);

-- One request line's share: the method's result (computed) and what was
-- finally given (allocated), which differs only by an override with its
-- reason. Quantities in grams or pieces, like the request line.
CREATE TABLE delivery_allocation_line (
    id              INTEGER PRIMARY KEY,
    allocation_id   INTEGER NOT NULL REFERENCES delivery_allocation(id),
    pool_id         INTEGER NOT NULL REFERENCES delivery_allocation_pool(id),
    request_line_id INTEGER NOT NULL REFERENCES delivery_request_line(id),
    requested       INTEGER NOT NULL CHECK (requested > 0),
    weight          INTEGER NOT NULL CHECK (weight > 0),
    exact_share     REAL NOT NULL CHECK (exact_share >= 0),
    computed        INTEGER NOT NULL CHECK (computed >= 0 AND computed <= requested),
    allocated       INTEGER NOT NULL CHECK (allocated >= 0 AND allocated <= requested),
    reason          TEXT NOT NULL CHECK (reason IN ('full', 'share', 'largest_remainder', 'capped', 'nothing')),
    override_reason TEXT NOT NULL DEFAULT '',
    CHECK ((allocated = computed) OR override_reason <> ''),
    UNIQUE (allocation_id, request_line_id)
);
CREATE INDEX delivery_allocation_line_pool ON delivery_allocation_line(pool_id);
CREATE INDEX delivery_allocation_line_request_line ON delivery_allocation_line(request_line_id);

-- Who changed an allocated quantity by hand, from what to what, and why.
CREATE TABLE delivery_allocation_override (
    id                 INTEGER PRIMARY KEY,
    allocation_line_id INTEGER NOT NULL REFERENCES delivery_allocation_line(id),
    from_quantity      INTEGER NOT NULL CHECK (from_quantity >= 0),
    to_quantity        INTEGER NOT NULL CHECK (to_quantity >= 0),
    reason             TEXT NOT NULL CHECK (reason <> ''),
    created_at         INTEGER NOT NULL,
    operator           TEXT NOT NULL
);
CREATE INDEX delivery_allocation_override_line ON delivery_allocation_override(allocation_line_id);

-- A delivery and its delivery note (DDT, numbered "yyyy/NNNN" per
-- workstation). planned -> loaded (the goods leave: stock is issued) ->
-- delivered (signed by the recipient) -> returned (the goods come back to
-- stock); a planned delivery may be cancelled. Once delivered it cannot be
-- edited, only reversed by a return. The recipient's comune and kind are
-- copied so that the distribution reports read one table. origin 'history'
-- marks deliveries recorded afterwards (spreadsheets of the past): they
-- carry no stock movements.
CREATE TABLE delivery (
    id               INTEGER PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,
    recipient_id     INTEGER NOT NULL REFERENCES delivery_recipient(id),
    comune_id        INTEGER NOT NULL REFERENCES comune(id),
    recipient_kind   TEXT NOT NULL CHECK (recipient_kind IN ('coc', 'ats_hub', 'rsa', 'mmg', 'pls', 'hospital', 'other')),
    request_id       INTEGER REFERENCES delivery_request(id),
    allocation_id    INTEGER REFERENCES delivery_allocation(id),
    location_id      INTEGER NOT NULL DEFAULT 1 REFERENCES stock_location(id),
    delivery_date    TEXT NOT NULL CHECK (delivery_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    delivery_time    TEXT NOT NULL DEFAULT '' CHECK (delivery_time = '' OR delivery_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    vehicle          TEXT NOT NULL DEFAULT '',
    driver           TEXT NOT NULL DEFAULT '',
    organisation     TEXT NOT NULL DEFAULT '',
    transport_reason TEXT NOT NULL DEFAULT 'free_transfer' CHECK (transport_reason IN ('free_transfer', 'donation')),
    packages         INTEGER NOT NULL DEFAULT 0 CHECK (packages >= 0),
    status           TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'loaded', 'delivered', 'returned', 'cancelled')),
    origin           TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'allocation', 'import', 'history')),
    issued_on        TEXT CHECK (issued_on IS NULL OR issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    delivered_at     INTEGER,
    signed_by        TEXT NOT NULL DEFAULT '',
    returned_on      TEXT CHECK (returned_on IS NULL OR returned_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    status_reason    TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    operator         TEXT NOT NULL,
    CHECK (status IN ('planned', 'cancelled') OR issued_on IS NOT NULL OR origin IN ('import', 'history')),
    CHECK (status <> 'delivered' OR delivered_at IS NOT NULL),
    CHECK ((status = 'returned') = (returned_on IS NOT NULL)),
    CHECK (status NOT IN ('returned', 'cancelled') OR status_reason <> '')
);
CREATE INDEX delivery_recipient_date ON delivery(recipient_id, delivery_date);
CREATE INDEX delivery_comune ON delivery(comune_id, delivery_date);
CREATE INDEX delivery_request_id ON delivery(request_id);
CREATE INDEX delivery_allocation_id ON delivery(allocation_id);
CREATE INDEX delivery_location_id ON delivery(location_id);
-- By day, then id (the rowid ends every index): the paged list pages by it.
CREATE INDEX delivery_date ON delivery(delivery_date);
CREATE INDEX delivery_status ON delivery(status, delivery_date);
-- What the distribution reports and the map read: delivered, by day.
CREATE INDEX delivery_delivered ON delivery(delivery_date, comune_id, recipient_kind) WHERE status = 'delivered';

-- The goods of a delivery: a goods category in grams (any of its items,
-- first-expired-first-out) or an item in its unit. grams and pieces are
-- the weight and the pieces planned, then those actually issued.
CREATE TABLE delivery_line (
    id              INTEGER PRIMARY KEY,
    delivery_id     INTEGER NOT NULL REFERENCES delivery(id),
    line_no         INTEGER NOT NULL CHECK (line_no > 0),
    category_id     INTEGER NOT NULL REFERENCES goods_category(id),
    item_id         INTEGER REFERENCES stock_item(id),
    quantity        INTEGER NOT NULL CHECK (quantity > 0),
    packages        INTEGER NOT NULL DEFAULT 0 CHECK (packages >= 0),
    grams           INTEGER NOT NULL DEFAULT 0 CHECK (grams >= 0),
    pieces          INTEGER NOT NULL DEFAULT 0 CHECK (pieces >= 0),
    request_line_id INTEGER REFERENCES delivery_request_line(id),
    description     TEXT NOT NULL DEFAULT '',
    UNIQUE (delivery_id, line_no)
);
CREATE INDEX delivery_line_totals ON delivery_line(delivery_id, category_id, grams, pieces);
CREATE INDEX delivery_line_category ON delivery_line(category_id);
CREATE INDEX delivery_line_item ON delivery_line(item_id);
CREATE INDEX delivery_line_request_line ON delivery_line(request_line_id);

-- The lots the stock service picked for a line (kind 'issue') and those
-- the goods went back to on a return (kind 'return'), with the stock
-- movement of each. Append-only.
CREATE TABLE delivery_line_lot (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES delivery(id),
    line_id     INTEGER NOT NULL REFERENCES delivery_line(id),
    kind        TEXT NOT NULL CHECK (kind IN ('issue', 'return')),
    movement_id INTEGER NOT NULL UNIQUE REFERENCES stock_movement(id),
    lot_id      INTEGER NOT NULL REFERENCES stock_lot(id),
    item_id     INTEGER NOT NULL REFERENCES stock_item(id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    grams       INTEGER NOT NULL CHECK (grams >= 0)
);
CREATE INDEX delivery_line_lot_delivery ON delivery_line_lot(delivery_id);
CREATE INDEX delivery_line_lot_line ON delivery_line_lot(line_id);
CREATE INDEX delivery_line_lot_lot ON delivery_line_lot(lot_id);
CREATE INDEX delivery_line_lot_item ON delivery_line_lot(item_id);

-- The history of a delivery: every change of state, with who and when.
-- Append-only.
CREATE TABLE delivery_event (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES delivery(id),
    event       TEXT NOT NULL CHECK (event IN ('planned', 'edited', 'loaded', 'delivered', 'returned', 'cancelled', 'recorded')),
    happened_at INTEGER NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    operator    TEXT NOT NULL
);
CREATE INDEX delivery_event_delivery ON delivery_event(delivery_id, happened_at);

-- Rules the program keeps, enforced here as a last line of defence --------

-- A delivered delivery is never edited: it can only become 'returned'.
-- Returned and cancelled deliveries do not change any more. Like the stock
-- ledger's balance check, these rules hold for local changes; changes
-- applied from a sync (logging suspended) are merged as they come.
CREATE TRIGGER delivery_locked BEFORE UPDATE ON delivery
WHEN (SELECT log_enabled FROM session_context WHERE id = 1) = 1 AND (OLD.status IN ('returned', 'cancelled')
  OR (OLD.status = 'delivered' AND (NEW.status <> 'returned' OR NEW.number <> OLD.number
      OR NEW.recipient_id <> OLD.recipient_id OR NEW.delivery_date <> OLD.delivery_date
      OR NEW.delivery_time <> OLD.delivery_time OR NEW.vehicle <> OLD.vehicle OR NEW.driver <> OLD.driver
      OR NEW.organisation <> OLD.organisation OR NEW.transport_reason <> OLD.transport_reason
      OR NEW.packages <> OLD.packages OR NEW.signed_by <> OLD.signed_by OR NEW.notes <> OLD.notes))
  OR (OLD.status = 'loaded' AND NEW.status NOT IN ('loaded', 'delivered', 'returned')))
BEGIN
    SELECT RAISE(ABORT, 'deliveries.locked');
END;

CREATE TRIGGER delivery_no_delete BEFORE DELETE ON delivery
BEGIN
    SELECT RAISE(ABORT, 'deliveries.locked');
END;

-- Lines change only while the delivery is planned.
CREATE TRIGGER delivery_line_locked_update BEFORE UPDATE ON delivery_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1) = 1 AND (SELECT status FROM delivery WHERE id = OLD.delivery_id) <> 'planned'
BEGIN
    SELECT RAISE(ABORT, 'deliveries.locked');
END;

CREATE TRIGGER delivery_line_locked_delete BEFORE DELETE ON delivery_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1) = 1 AND (SELECT status FROM delivery WHERE id = OLD.delivery_id) <> 'planned'
BEGIN
    SELECT RAISE(ABORT, 'deliveries.locked');
END;

CREATE TRIGGER delivery_line_locked_insert BEFORE INSERT ON delivery_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1) = 1 AND (SELECT status FROM delivery WHERE id = NEW.delivery_id) NOT IN ('planned')
  AND (SELECT origin FROM delivery WHERE id = NEW.delivery_id) NOT IN ('import', 'history')
BEGIN
    SELECT RAISE(ABORT, 'deliveries.locked');
END;

CREATE TRIGGER delivery_line_lot_append_only_update BEFORE UPDATE ON delivery_line_lot
BEGIN
    SELECT RAISE(ABORT, 'delivery_line_lot is append-only');
END;

CREATE TRIGGER delivery_line_lot_append_only_delete BEFORE DELETE ON delivery_line_lot
BEGIN
    SELECT RAISE(ABORT, 'delivery_line_lot is append-only');
END;

CREATE TRIGGER delivery_event_append_only_update BEFORE UPDATE ON delivery_event
BEGIN
    SELECT RAISE(ABORT, 'delivery_event is append-only');
END;

CREATE TRIGGER delivery_event_append_only_delete BEFORE DELETE ON delivery_event
BEGIN
    SELECT RAISE(ABORT, 'delivery_event is append-only');
END;

CREATE TRIGGER delivery_allocation_override_append_only_update BEFORE UPDATE ON delivery_allocation_override
BEGIN
    SELECT RAISE(ABORT, 'delivery_allocation_override is append-only');
END;

CREATE TRIGGER delivery_allocation_override_append_only_delete BEFORE DELETE ON delivery_allocation_override
BEGIN
    SELECT RAISE(ABORT, 'delivery_allocation_override is append-only');
END;

-- Change log triggers --------------------------------------------------------

CREATE TRIGGER delivery_recipient_log_insert AFTER INSERT ON delivery_recipient
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_recipient', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_recipient_log_update AFTER UPDATE ON delivery_recipient
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_recipient', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_recipient_log_delete AFTER DELETE ON delivery_recipient
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_recipient', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_request_log_insert AFTER INSERT ON delivery_request
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_request', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_request_log_update AFTER UPDATE ON delivery_request
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_request', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_request_log_delete AFTER DELETE ON delivery_request
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_request', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_request_line_log_insert AFTER INSERT ON delivery_request_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_request_line', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_request_line_log_update AFTER UPDATE ON delivery_request_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_request_line', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_request_line_log_delete AFTER DELETE ON delivery_request_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_request_line', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_allocation_log_insert AFTER INSERT ON delivery_allocation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_allocation', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_allocation_log_update AFTER UPDATE ON delivery_allocation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_allocation', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_allocation_log_delete AFTER DELETE ON delivery_allocation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_allocation', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_allocation_pool_log_insert AFTER INSERT ON delivery_allocation_pool
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_allocation_pool', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_allocation_pool_log_update AFTER UPDATE ON delivery_allocation_pool
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_allocation_pool', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_allocation_pool_log_delete AFTER DELETE ON delivery_allocation_pool
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_allocation_pool', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_allocation_line_log_insert AFTER INSERT ON delivery_allocation_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_allocation_line', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_allocation_line_log_update AFTER UPDATE ON delivery_allocation_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_allocation_line', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_allocation_line_log_delete AFTER DELETE ON delivery_allocation_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_allocation_line', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_allocation_override_log_insert AFTER INSERT ON delivery_allocation_override
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_allocation_override', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_allocation_override_log_update AFTER UPDATE ON delivery_allocation_override
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_allocation_override', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_allocation_override_log_delete AFTER DELETE ON delivery_allocation_override
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_allocation_override', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_log_insert AFTER INSERT ON delivery
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_log_update AFTER UPDATE ON delivery
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_log_delete AFTER DELETE ON delivery
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_line_log_insert AFTER INSERT ON delivery_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_line', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_line_log_update AFTER UPDATE ON delivery_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_line', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_line_log_delete AFTER DELETE ON delivery_line
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_line', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_line_lot_log_insert AFTER INSERT ON delivery_line_lot
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_line_lot', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_line_lot_log_update AFTER UPDATE ON delivery_line_lot
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_line_lot', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_line_lot_log_delete AFTER DELETE ON delivery_line_lot
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_line_lot', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_event_log_insert AFTER INSERT ON delivery_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_event', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_event_log_update AFTER UPDATE ON delivery_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_event', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER delivery_event_log_delete AFTER DELETE ON delivery_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'delivery_event', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

