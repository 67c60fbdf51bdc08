-- 0020_volunteer_backlog: the Cruscotto's volunteer backlog (volunteers with
-- a day over an art. 39 limit not certified, attestati to issue, and those
-- of them without an employer) in a time that follows the volunteers with
-- a backlog, not the years of activations.
-- volunteer_backlog holds one row per volunteer with something to report,
-- computed by volunteers::refreshBacklogSummary() from that volunteer's
-- days with the art. 39 rules of the program (the rules are C++ data).
-- The triggers below mark a volunteer stale in volunteer_backlog_dirty in
-- the same statement as any write that can change their figures (a day
-- recorded or reversed, a day certified by an attestato, employment or
-- employer changed, an event's type changed); the writer refreshes the
-- marked rows before it commits (CommandRunner, SyncImporter after the
-- files of an import: these triggers are not change-log triggers and stay
-- on during an import; the demo after its steps). Readers add the still
-- marked volunteers from their own days, so the figures are always the
-- history's.
-- Both tables are local caches: no change-log triggers, never in a sync
-- file; a restored backup carries them with the rows they summarise.
CREATE TABLE volunteer_backlog (
    volunteer_id     INTEGER PRIMARY KEY,
    over_uncertified INTEGER NOT NULL DEFAULT 0 CHECK (over_uncertified IN (0, 1)),
    pending_groups   INTEGER NOT NULL DEFAULT 0 CHECK (pending_groups >= 0),
    no_employer      INTEGER NOT NULL DEFAULT 0 CHECK (no_employer IN (0, 1))
);
CREATE TABLE volunteer_backlog_dirty (
    volunteer_id INTEGER PRIMARY KEY
);

CREATE TRIGGER activation_backlog_insert AFTER INSERT ON activation
BEGIN
    INSERT OR IGNORE INTO volunteer_backlog_dirty(volunteer_id) VALUES (NEW.volunteer_id);
    INSERT OR IGNORE INTO volunteer_backlog_dirty(volunteer_id)
        SELECT volunteer_id FROM activation WHERE id = NEW.reverses_id;
END;
-- The ledger refuses updates and deletions (activation_no_update/_delete);
-- these two keep the marks right should a repair ever bypass that.
CREATE TRIGGER activation_backlog_update AFTER UPDATE ON activation
BEGIN
    INSERT OR IGNORE INTO volunteer_backlog_dirty(volunteer_id) VALUES (OLD.volunteer_id);
    INSERT OR IGNORE INTO volunteer_backlog_dirty(volunteer_id) VALUES (NEW.volunteer_id);
END;
CREATE TRIGGER activation_backlog_delete AFTER DELETE ON activation
BEGIN
    INSERT OR IGNORE INTO volunteer_backlog_dirty(volunteer_id) VALUES (OLD.volunteer_id);
END;

CREATE TRIGGER attestato_day_backlog_insert AFTER INSERT ON attestato_day
BEGIN
    INSERT OR IGNORE INTO volunteer_backlog_dirty(volunteer_id)
        SELECT volunteer_id FROM activation WHERE id = NEW.activation_id;
END;
CREATE TRIGGER attestato_day_backlog_update AFTER UPDATE ON attestato_day
BEGIN
    INSERT OR IGNORE INTO volunteer_backlog_dirty(volunteer_id)
        SELECT volunteer_id FROM activation WHERE id IN (OLD.activation_id, NEW.activation_id);
END;
CREATE TRIGGER attestato_day_backlog_delete AFTER DELETE ON attestato_day
BEGIN
    INSERT OR IGNORE INTO volunteer_backlog_dirty(volunteer_id)
        SELECT volunteer_id FROM activation WHERE id = OLD.activation_id;
END;

CREATE TRIGGER volunteer_backlog_update AFTER UPDATE OF employment, employer_id ON volunteer
WHEN OLD.employment IS NOT NEW.employment OR OLD.employer_id IS NOT NEW.employer_id
BEGIN
    INSERT OR IGNORE INTO volunteer_backlog_dirty(volunteer_id) VALUES (NEW.id);
END;
CREATE TRIGGER volunteer_backlog_delete AFTER DELETE ON volunteer
BEGIN
    INSERT OR IGNORE INTO volunteer_backlog_dirty(volunteer_id) VALUES (OLD.id);
END;

CREATE TRIGGER activation_event_backlog_update AFTER UPDATE OF event_type ON activation_event
WHEN OLD.event_type IS NOT NEW.event_type
BEGIN
    INSERT OR IGNORE INTO volunteer_backlog_dirty(volunteer_id)
        SELECT DISTINCT volunteer_id FROM activation WHERE event_id = NEW.id;
END;

-- A file migrated here: every volunteer with days is assessed by the first
-- refresh (until then the readers assess them, as before this table).
INSERT INTO volunteer_backlog_dirty(volunteer_id) SELECT DISTINCT volunteer_id FROM activation;
