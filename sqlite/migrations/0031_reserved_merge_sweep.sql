-- 0031: reserved for the merge-sweep branch this session. This file keeps
-- the fleet-finish branch's migrations numbered without gaps; the merger
-- drops it for merge-sweep's 0031 (or renumbers 0032 to 0031 if that branch
-- made none).
SELECT 1;
