-- 0002_listening: operator accounts, roles and the audit log (core/auth), the
-- data vault that keeps callers' data encrypted at rest, and AscoltiAMO,
-- the listening line's callback queue (modules/listening).
--
-- Columns of type BLOB named like personal data (caller_name, caller_phone,
-- reason, notes, name) hold sealed ciphertext (core/auth/vault.h), never
-- text: they are unreadable in this file, in sync files and in backups.
-- Records of what happened (attempts, escalations, outcomes, the audit
-- events) are append-only: triggers refuse UPDATE and DELETE.

-- Accounts and keys ----------------------------------------------------------

-- An operator account. password_hash: Argon2id (libsodium crypto_pwhash_str).
-- public_key / sealed_secret_key: the account's X25519 key pair, the secret
-- half encrypted (secretbox, nonce first) under a key derived from the
-- password with Argon2id (kdf_salt, kdf_ops, kdf_mem). Never deleted:
-- deactivated, so that the change log keeps naming someone.
CREATE TABLE operator_account (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 2 AND 40
                             AND username NOT GLOB '*[^a-z0-9._-]*'),
    display_name         TEXT NOT NULL CHECK (length(trim(display_name)) >= 2),
    role                 TEXT NOT NULL CHECK (role IN ('operator', 'coordinator', 'psychologist', 'administrator')),
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_hash        TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    kdf_salt             BLOB NOT NULL CHECK (length(kdf_salt) = 16),
    kdf_ops              INTEGER NOT NULL CHECK (kdf_ops >= 1),
    kdf_mem              INTEGER NOT NULL CHECK (kdf_mem >= 8192),
    public_key           BLOB NOT NULL CHECK (length(public_key) = 32),
    sealed_secret_key    BLOB NOT NULL CHECK (length(sealed_secret_key) = 72),
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);
CREATE INDEX operator_account_role ON operator_account(role);
CREATE INDEX operator_account_display_name ON operator_account(display_name COLLATE NOCASE);

-- A data vault: the key pair that protects one kind of personal data (the
-- permission that may read it). Only the public key is stored in clear.
CREATE TABLE data_vault (
    id         INTEGER PRIMARY KEY,
    permission TEXT NOT NULL CHECK (permission <> ''),
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX data_vault_permission ON data_vault(permission, id);

-- The vault's secret key sealed for one entitled account's public key.
-- Withdrawn (deleted) when the account loses the role or is deactivated.
CREATE TABLE key_grant (
    id                 INTEGER PRIMARY KEY,
    vault_id           INTEGER NOT NULL REFERENCES data_vault(id),
    account_id         INTEGER NOT NULL REFERENCES operator_account(id),
    account_public_key BLOB NOT NULL CHECK (length(account_public_key) = 32),
    sealed_key         BLOB NOT NULL CHECK (length(sealed_key) = 80),
    granted_at         INTEGER NOT NULL,
    granted_by         TEXT NOT NULL,
    UNIQUE (vault_id, account_id)
);
CREATE INDEX key_grant_account ON key_grant(account_id);

-- Sign-ins, refusals, denied actions, account and key changes.
CREATE TABLE audit_event (
    id          INTEGER PRIMARY KEY,
    occurred_at INTEGER NOT NULL,
    workstation INTEGER NOT NULL,
    account_id  INTEGER REFERENCES operator_account(id),
    username    TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('sign_in', 'sign_in_failed', 'sign_out', 'lock', 'denied',
                    'account_created', 'account_changed', 'password_changed', 'password_reset', 'lockout_cleared',
                    'vault_created', 'key_granted', 'key_revoked')),
    permission  TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_event_account ON audit_event(account_id);
CREATE INDEX audit_event_username ON audit_event(username, occurred_at);
CREATE INDEX audit_event_occurred_at ON audit_event(occurred_at);
CREATE INDEX audit_event_kind ON audit_event(kind, occurred_at);

-- AscoltiAMO -----------------------------------------------------------------

-- The SPE team: volunteer psychologists (their own names are not callers'
-- data), optionally with an account to work in the program.
CREATE TABLE listening_psychologist (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) >= 2),
    phone      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    account_id INTEGER REFERENCES operator_account(id),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX listening_psychologist_account ON listening_psychologist(account_id);
CREATE INDEX listening_psychologist_name ON listening_psychologist(name COLLATE NOCASE);

-- A request left on the answering machine (02 7740 5555). due_at is the
-- callback deadline promised at intake: received_at + 24 h (urgent) or
-- + 48 h, in elapsed time. Name, phone and reason are sealed.
CREATE TABLE listening_request (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE CHECK (code <> ''),
    received_at  INTEGER NOT NULL,
    recorded_at  INTEGER NOT NULL,
    due_at       INTEGER NOT NULL CHECK (due_at > received_at),
    caller_kind  TEXT NOT NULL CHECK (caller_kind IN ('citizen', 'volunteer', 'relative')),
    urgency      TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent')),
    comune_id    INTEGER REFERENCES comune(id),
    vault_id     INTEGER NOT NULL REFERENCES data_vault(id),
    caller_name  BLOB NOT NULL,
    caller_phone BLOB NOT NULL,
    reason       BLOB NOT NULL
);
CREATE INDEX listening_request_received ON listening_request(received_at);
CREATE INDEX listening_request_due ON listening_request(due_at);
CREATE INDEX listening_request_comune ON listening_request(comune_id);
CREATE INDEX listening_request_vault ON listening_request(vault_id);

-- Who is to call back; the latest assignment counts.
CREATE TABLE listening_assignment (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES listening_request(id),
    psychologist_id INTEGER NOT NULL REFERENCES listening_psychologist(id),
    assigned_at     INTEGER NOT NULL
);
CREATE INDEX listening_assignment_request ON listening_assignment(request_id, assigned_at);
CREATE INDEX listening_assignment_psychologist ON listening_assignment(psychologist_id);

-- Each callback attempt. A mistaken entry is cancelled by a 'void' row
-- pointing at it, never edited.
CREATE TABLE listening_attempt (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES listening_request(id),
    psychologist_id INTEGER REFERENCES listening_psychologist(id),
    attempted_at    INTEGER NOT NULL,
    recorded_at     INTEGER NOT NULL,
    outcome         TEXT NOT NULL CHECK (outcome IN ('reached', 'no_answer', 'wrong_number', 'void')),
    voids_id        INTEGER REFERENCES listening_attempt(id),
    CHECK ((outcome = 'void') = (voids_id IS NOT NULL))
);
CREATE INDEX listening_attempt_request ON listening_attempt(request_id, attempted_at);
CREATE INDEX listening_attempt_psychologist ON listening_attempt(psychologist_id);
CREATE INDEX listening_attempt_voids ON listening_attempt(voids_id);

-- A call to 118 (emergency services) made for a caller: when and why.
CREATE TABLE listening_escalation (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES listening_request(id),
    called_at       INTEGER NOT NULL,
    recorded_at     INTEGER NOT NULL,
    psychologist_id INTEGER REFERENCES listening_psychologist(id),
    vault_id        INTEGER NOT NULL REFERENCES data_vault(id),
    reason          BLOB NOT NULL
);
CREATE INDEX listening_escalation_request ON listening_escalation(request_id);
CREATE INDEX listening_escalation_called ON listening_escalation(called_at);
CREATE INDEX listening_escalation_psychologist ON listening_escalation(psychologist_id);
CREATE INDEX listening_escalation_vault ON listening_escalation(vault_id);

-- How the case ended: one per request, which leaves the queue with it.
-- needs: codes separated by commas (not identifying; for aggregate figures).
CREATE TABLE listening_outcome (
    id               INTEGER PRIMARY KEY,
    request_id       INTEGER NOT NULL UNIQUE REFERENCES listening_request(id),
    closed_at        INTEGER NOT NULL,
    recorded_at      INTEGER NOT NULL,
    psychologist_id  INTEGER REFERENCES listening_psychologist(id),
    disposition      TEXT NOT NULL CHECK (disposition IN ('support', 'referral', 'escalation_118', 'unreachable')),
    needs            TEXT NOT NULL DEFAULT '',
    referral_service TEXT NOT NULL DEFAULT '',
    vault_id         INTEGER NOT NULL REFERENCES data_vault(id),
    notes            BLOB NOT NULL,
    CHECK (disposition <> 'referral' OR referral_service <> '')
);
CREATE INDEX listening_outcome_closed ON listening_outcome(closed_at);
CREATE INDEX listening_outcome_psychologist ON listening_outcome(psychologist_id);
CREATE INDEX listening_outcome_vault ON listening_outcome(vault_id);

-- Weekly remote support groups for volunteers, led by two psychologists.
CREATE TABLE listening_support_group (
    id                     INTEGER PRIMARY KEY,
    name                   TEXT NOT NULL UNIQUE CHECK (length(trim(name)) >= 2),
    weekday                INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time             TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    duration_min           INTEGER NOT NULL CHECK (duration_min BETWEEN 15 AND 240),
    first_psychologist_id  INTEGER NOT NULL REFERENCES listening_psychologist(id),
    second_psychologist_id INTEGER NOT NULL REFERENCES listening_psychologist(id),
    meeting_link           TEXT NOT NULL DEFAULT '',
    starts_on              TEXT NOT NULL,
    ends_on                TEXT,
    CHECK (first_psychologist_id <> second_psychologist_id),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX listening_support_group_first ON listening_support_group(first_psychologist_id);
CREATE INDEX listening_support_group_second ON listening_support_group(second_psychologist_id);

-- The volunteers who take part (names sealed).
CREATE TABLE listening_group_participant (
    id           INTEGER PRIMARY KEY,
    group_id     INTEGER NOT NULL REFERENCES listening_support_group(id),
    joined_on    TEXT NOT NULL,
    left_on      TEXT,
    organisation TEXT NOT NULL DEFAULT '',
    vault_id     INTEGER NOT NULL REFERENCES data_vault(id),
    name         BLOB NOT NULL,
    CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX listening_group_participant_group ON listening_group_participant(group_id, joined_on);
CREATE INDEX listening_group_participant_vault ON listening_group_participant(vault_id);

-- A session that took place, with how many attended.
CREATE TABLE listening_group_session (
    id        INTEGER PRIMARY KEY,
    group_id  INTEGER NOT NULL REFERENCES listening_support_group(id),
    held_on   TEXT NOT NULL,
    attendees INTEGER NOT NULL CHECK (attendees >= 0),
    UNIQUE (group_id, held_on)
);
CREATE INDEX listening_group_session_held ON listening_group_session(held_on);

-- Psychologists placed in a comune's COC, from a date (to a date).
CREATE TABLE listening_coc_placement (
    id              INTEGER PRIMARY KEY,
    psychologist_id INTEGER NOT NULL REFERENCES listening_psychologist(id),
    comune_id       INTEGER NOT NULL REFERENCES comune_cmm(comune_id),
    from_date       TEXT NOT NULL,
    to_date         TEXT,
    note            TEXT NOT NULL DEFAULT '',
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX listening_coc_placement_psychologist ON listening_coc_placement(psychologist_id);
CREATE INDEX listening_coc_placement_comune ON listening_coc_placement(comune_id, from_date);

-- Records of what happened are append-only ------------------------------------

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only: record a correction instead');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only: record a correction instead');
END;

CREATE TRIGGER listening_assignment_no_update BEFORE UPDATE ON listening_assignment
BEGIN
    SELECT RAISE(ABORT, 'listening_assignment is append-only: record a correction instead');
END;

CREATE TRIGGER listening_assignment_no_delete BEFORE DELETE ON listening_assignment
BEGIN
    SELECT RAISE(ABORT, 'listening_assignment is append-only: record a correction instead');
END;

CREATE TRIGGER listening_attempt_no_update BEFORE UPDATE ON listening_attempt
BEGIN
    SELECT RAISE(ABORT, 'listening_attempt is append-only: record a correction instead');
END;

CREATE TRIGGER listening_attempt_no_delete BEFORE DELETE ON listening_attempt
BEGIN
    SELECT RAISE(ABORT, 'listening_attempt is append-only: record a correction instead');
END;

CREATE TRIGGER listening_escalation_no_update BEFORE UPDATE ON listening_escalation
BEGIN
    SELECT RAISE(ABORT, 'listening_escalation is append-only: record a correction instead');
END;

CREATE TRIGGER listening_escalation_no_delete BEFORE DELETE ON listening_escalation
BEGIN
    SELECT RAISE(ABORT, 'listening_escalation is append-only: record a correction instead');
END;

CREATE TRIGGER listening_outcome_no_update BEFORE UPDATE ON listening_outcome
BEGIN
    SELECT RAISE(ABORT, 'listening_outcome is append-only: record a correction instead');
END;

CREATE TRIGGER listening_outcome_no_delete BEFORE DELETE ON listening_outcome
BEGIN
    SELECT RAISE(ABORT, 'listening_outcome is append-only: record a correction instead');
END;

CREATE TRIGGER listening_group_session_no_update BEFORE UPDATE ON listening_group_session
BEGIN
    SELECT RAISE(ABORT, 'listening_group_session is append-only: record a correction instead');
END;

CREATE TRIGGER listening_group_session_no_delete BEFORE DELETE ON listening_group_session
BEGIN
    SELECT RAISE(ABORT, 'listening_group_session is append-only: record a correction instead');
END;

-- Accounts are deactivated, never deleted; a vault never disappears (its
-- data would become unreadable for ever).
CREATE TRIGGER operator_account_no_delete BEFORE DELETE ON operator_account
BEGIN
    SELECT RAISE(ABORT, 'operator accounts are deactivated, not deleted');
END;

CREATE TRIGGER data_vault_no_delete BEFORE DELETE ON data_vault
BEGIN
    SELECT RAISE(ABORT, 'a data vault is never deleted');
END;

-- Change log triggers --------------------------------------------------------

CREATE TRIGGER operator_account_log_insert AFTER INSERT ON operator_account
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'operator_account', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER operator_account_log_update AFTER UPDATE ON operator_account
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'operator_account', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER operator_account_log_delete AFTER DELETE ON operator_account
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'operator_account', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER data_vault_log_insert AFTER INSERT ON data_vault
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'data_vault', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER data_vault_log_update AFTER UPDATE ON data_vault
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'data_vault', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER data_vault_log_delete AFTER DELETE ON data_vault
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'data_vault', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER key_grant_log_insert AFTER INSERT ON key_grant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'key_grant', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER key_grant_log_update AFTER UPDATE ON key_grant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'key_grant', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER key_grant_log_delete AFTER DELETE ON key_grant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'key_grant', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER audit_event_log_insert AFTER INSERT ON audit_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'audit_event', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER audit_event_log_update AFTER UPDATE ON audit_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'audit_event', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER audit_event_log_delete AFTER DELETE ON audit_event
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'audit_event', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_psychologist_log_insert AFTER INSERT ON listening_psychologist
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_psychologist', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_psychologist_log_update AFTER UPDATE ON listening_psychologist
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_psychologist', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_psychologist_log_delete AFTER DELETE ON listening_psychologist
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_psychologist', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_request_log_insert AFTER INSERT ON listening_request
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_request', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_request_log_update AFTER UPDATE ON listening_request
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_request', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_request_log_delete AFTER DELETE ON listening_request
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_request', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_assignment_log_insert AFTER INSERT ON listening_assignment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_assignment', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_assignment_log_update AFTER UPDATE ON listening_assignment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_assignment', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_assignment_log_delete AFTER DELETE ON listening_assignment
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_assignment', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_attempt_log_insert AFTER INSERT ON listening_attempt
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_attempt', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_attempt_log_update AFTER UPDATE ON listening_attempt
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_attempt', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_attempt_log_delete AFTER DELETE ON listening_attempt
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_attempt', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_escalation_log_insert AFTER INSERT ON listening_escalation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_escalation', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_escalation_log_update AFTER UPDATE ON listening_escalation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_escalation', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_escalation_log_delete AFTER DELETE ON listening_escalation
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_escalation', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_outcome_log_insert AFTER INSERT ON listening_outcome
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_outcome', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_outcome_log_update AFTER UPDATE ON listening_outcome
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_outcome', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_outcome_log_delete AFTER DELETE ON listening_outcome
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_outcome', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_support_group_log_insert AFTER INSERT ON listening_support_group
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_support_group', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_support_group_log_update AFTER UPDATE ON listening_support_group
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_support_group', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_support_group_log_delete AFTER DELETE ON listening_support_group
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_support_group', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_group_participant_log_insert AFTER INSERT ON listening_group_participant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_group_participant', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_group_participant_log_update AFTER UPDATE ON listening_group_participant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_group_participant', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_group_participant_log_delete AFTER DELETE ON listening_group_participant
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_group_participant', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_group_session_log_insert AFTER INSERT ON listening_group_session
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_group_session', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_group_session_log_update AFTER UPDATE ON listening_group_session
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_group_session', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_group_session_log_delete AFTER DELETE ON listening_group_session
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_group_session', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_coc_placement_log_insert AFTER INSERT ON listening_coc_placement
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_coc_placement', NEW.id, 'I', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_coc_placement_log_update AFTER UPDATE ON listening_coc_placement
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_coc_placement', NEW.id, 'U', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

CREATE TRIGGER listening_coc_placement_log_delete AFTER DELETE ON listening_coc_placement
WHEN (SELECT log_enabled FROM session_context WHERE id = 1)
BEGIN
    INSERT INTO change_log(table_name, row_id, operation, changed_at, workstation, operator)
    SELECT 'listening_coc_placement', OLD.id, 'D', CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER),
           workstation, operator
    FROM session_context WHERE id = 1;
END;

