-- 0012_sync_acks: acknowledgements, so that old sync files can be removed
-- once every member of the room has them (modules/core/sync/syncacks.h).
-- Bookkeeping of this database like every sync_* table: never logged,
-- never exported.

-- What each workstation of the room said (in the header of its files, or
-- in an acknowledgements file) it has applied of each producer database:
-- every change up to seq, without a gap. Only ever moves forward.
CREATE TABLE sync_ack (
    member       INTEGER NOT NULL CHECK (member > 0),
    producer_id  TEXT NOT NULL CHECK (producer_id <> ''),
    producer     INTEGER NOT NULL CHECK (producer > 0),
    seq          INTEGER NOT NULL CHECK (seq >= 0),
    member_id    TEXT NOT NULL DEFAULT '',
    received_at  INTEGER NOT NULL,
    PRIMARY KEY (member, producer_id)
) WITHOUT ROWID;
CREATE INDEX sync_ack_producer ON sync_ack(producer_id, seq);

-- When a file this database wrote was removed from the folder and from the
-- kept copies, every member having acknowledged it (NULL: still there).
ALTER TABLE sync_export ADD COLUMN pruned_at INTEGER;
