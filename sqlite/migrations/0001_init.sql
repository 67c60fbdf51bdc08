-- 0001_init: the core of every Ci siAMO! database.
-- Conventions: snake_case singular tables; quantities as integers; dates as
-- TEXT 'YYYY-MM-DD'; timestamps as INTEGER Unix ms UTC; row ids allocated
-- per workstation (workstation number in the high bits, see idallocator.h);
-- every table except the bookkeeping ones below is logged into change_log by
-- triggers, in the same transaction as the change.

-- Bookkeeping (never logged, never synchronised) ----------------------------

-- Settings that belong to this file on this workstation.
CREATE TABLE local_config (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Who is writing: stamped by every transaction (core/db/transaction.cpp)
-- and read by the change_log triggers. log_enabled = 0 while loading the
-- reference data and while applying changes that came from a sync.
CREATE TABLE session_context (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    operator    TEXT NOT NULL DEFAULT '',
    workstation INTEGER NOT NULL DEFAULT 0,
    log_enabled INTEGER NOT NULL DEFAULT 1 CHECK (log_enabled IN (0, 1))
);
INSERT INTO session_context(id) VALUES (1);

-- The last sequence number handed out per workstation.
CREATE TABLE id_allocator (
    workstation INTEGER PRIMARY KEY CHECK (workstation > 0),
    last_value  INTEGER NOT NULL CHECK (last_value >= 0)
);

-- Every insert, update and delete, with who and where: the base of the
-- sync export and of the audit view.
CREATE TABLE change_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name  TEXT NOT NULL,
    row_id      INTEGER NOT NULL,
    operation   TEXT NOT NULL CHECK (operation IN ('I', 'U', 'D')),
    changed_at  INTEGER NOT NULL,
    workstation INTEGER NOT NULL,
    operator    TEXT NOT NULL
);
CREATE INDEX change_log_table_row ON change_log(table_name, row_id);
CREATE INDEX change_log_workstation_seq ON change_log(workstation, seq);
CREATE INDEX change_log_changed_at ON change_log(changed_at);
CREATE INDEX change_log_operator ON change_log(operator, changed_at);

CREATE VIEW audit AS
SELECT c.seq,
       strftime('%Y-%m-%d %H:%M:%S', c.changed_at / 1000, 'unixepoch') AS changed_at_utc,
       c.table_name,
       c.row_id,
       CASE c.operation WHEN 'I' THEN 'insert' WHEN 'U' THEN 'update' ELSE 'delete' END AS operation,
       c.workstation,
       c.operator
FROM change_log c;

-- Reference data (loaded from the program's resources on first run) ---------

-- Every Italian comune: id is the ISTAT code as a number (Milano 015146 ->
-- 15146), identical on every workstation.
CREATE TABLE comune (
    id             INTEGER PRIMARY KEY,
    istat_code     TEXT NOT NULL UNIQUE CHECK (length(istat_code) = 6),
    name           TEXT NOT NULL CHECK (name <> ''),
    province       TEXT NOT NULL,
    region         TEXT NOT NULL,
    lat            REAL,
    lon            REAL,
    population     INTEGER CHECK (population IS NULL OR population >= 0),
    cadastral_code TEXT
);
CREATE INDEX comune_name ON comune(name COLLATE NOCASE);
CREATE INDEX comune_province ON comune(province);

-- The 133 comuni of the Città metropolitana di Milano, with what the
-- operations room keeps about each: polygon, zona omogenea, contacts of the
-- town hall and of its COC (editable).
CREATE TABLE comune_cmm (
    comune_id     INTEGER PRIMARY KEY REFERENCES comune(id),
    population    INTEGER NOT NULL CHECK (population >= 0),
    lat           REAL NOT NULL,
    lon           REAL NOT NULL,
    geometry      TEXT NOT NULL,
    zona_omogenea TEXT NOT NULL DEFAULT '' CHECK (zona_omogenea IN ('', 'Milano', 'Adda Martesana', 'Alto Milanese',
                      'Magentino e Abbiatense', 'Nord Milano', 'Nord Ovest', 'Sud Est', 'Sud Ovest')),
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    pec           TEXT NOT NULL DEFAULT '',
    cap           TEXT NOT NULL DEFAULT '',
    coc_address   TEXT NOT NULL DEFAULT '',
    coc_contact   TEXT NOT NULL DEFAULT '',
    coc_phone     TEXT NOT NULL DEFAULT '',
    coc_email     TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX comune_cmm_zona ON comune_cmm(zona_omogenea);

-- Other names under which a comune appears in records (merged comuni).
CREATE TABLE comune_alias (
    id        INTEGER PRIMARY KEY,
    alias     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    comune_id INTEGER NOT NULL REFERENCES comune(id),
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX comune_alias_comune ON comune_alias(comune_id);

-- Fixed places: the Idroscalo and the CCV-MI operations centre.
CREATE TABLE reference_point (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    lat  REAL NOT NULL,
    lon  REAL NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);

-- Goods: the six food categories of the published table, DPI, kits, other.
CREATE TABLE goods_category (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('food', 'dpi', 'kit', 'other')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Volunteer services; the seven of the published table are marked.
CREATE TABLE volunteer_service (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    published  INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- ConosciAMO subjects: the general area for middle school, specific areas
-- for high school.
CREATE TABLE tutoring_subject (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL UNIQUE,
    school_order TEXT NOT NULL CHECK (school_order IN ('middle', 'high')),
    sort_order   INTEGER NOT NULL DEFAULT 0
);

-- The high schools whose students are study assistants.
CREATE TABLE school (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    comune_id  INTEGER NOT NULL REFERENCES comune(id),
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX school_comune ON school(comune_id);

-- Change log triggers --------------------------------------------------------

CREATE TRIGGER comune_log_insert AFTER INSERT ON comune
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'comune', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER comune_log_update AFTER UPDATE ON comune
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'comune', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER comune_log_delete AFTER DELETE ON comune
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'comune', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER comune_cmm_log_insert AFTER INSERT ON comune_cmm
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'comune_cmm', NEW.comune_id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER comune_cmm_log_update AFTER UPDATE ON comune_cmm
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'comune_cmm', NEW.comune_id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER comune_cmm_log_delete AFTER DELETE ON comune_cmm
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'comune_cmm', OLD.comune_id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER comune_alias_log_insert AFTER INSERT ON comune_alias
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'comune_alias', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER comune_alias_log_update AFTER UPDATE ON comune_alias
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'comune_alias', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER comune_alias_log_delete AFTER DELETE ON comune_alias
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'comune_alias', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER reference_point_log_insert AFTER INSERT ON reference_point
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'reference_point', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER reference_point_log_update AFTER UPDATE ON reference_point
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'reference_point', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER reference_point_log_delete AFTER DELETE ON reference_point
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'reference_point', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER goods_category_log_insert AFTER INSERT ON goods_category
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'goods_category', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER goods_category_log_update AFTER UPDATE ON goods_category
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'goods_category', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER goods_category_log_delete AFTER DELETE ON goods_category
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'goods_category', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER volunteer_service_log_insert AFTER INSERT ON volunteer_service
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'volunteer_service', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER volunteer_service_log_update AFTER UPDATE ON volunteer_service
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'volunteer_service', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER volunteer_service_log_delete AFTER DELETE ON volunteer_service
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'volunteer_service', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_subject_log_insert AFTER INSERT ON tutoring_subject
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_subject', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_subject_log_update AFTER UPDATE ON tutoring_subject
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_subject', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER tutoring_subject_log_delete AFTER DELETE ON tutoring_subject
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'tutoring_subject', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER school_log_insert AFTER INSERT ON school
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'school', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER school_log_update AFTER UPDATE ON school
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'school', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER school_log_delete AFTER DELETE ON school
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'school', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

