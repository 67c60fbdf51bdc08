-- 0020_merge_events: states from events after a merge (issue 15, item 3).
--
-- Two workstations that issue attestati for the same volunteer-days apart
-- link the same activation to two attestati; attestato_day keeps one link
-- per activation, so each workstation kept its own and the other's went to
-- the conflict log. After each sync file the volunteers' reconciler
-- (volunteers/domain/attestatomerge.h) puts on every workstation the link
-- of the earliest attestato and voids the later one (its links removed:
-- an attestato with no days is void). Only that reconciler, which runs
-- while an import has logging suspended, may rewrite the register: with
-- logging on (every operator's write) it stays append-only.
DROP TRIGGER attestato_day_no_update;
DROP TRIGGER attestato_day_no_delete;
CREATE TRIGGER attestato_day_no_update BEFORE UPDATE ON attestato_day
WHEN (SELECT log_enabled FROM session_context WHERE id = 1) = 1
BEGIN
    SELECT RAISE(ABORT, 'the attestati register is never changed');
END;
CREATE TRIGGER attestato_day_no_delete BEFORE DELETE ON attestato_day
WHEN (SELECT log_enabled FROM session_context WHERE id = 1) = 1
BEGIN
    SELECT RAISE(ABORT, 'the attestati register is never changed');
END;

