-- 0029_identity_undo_key: an undo of a merge may give the record brought
-- back its correct natural key (the codice fiscale, code or name typed
-- wrong when it was created): restored_key holds the new values as JSON
-- ({"tax_code": "..."}), empty when the record comes back as it was. The
-- undo travels with it, so every workstation restores the same row, and a
-- change of that row made before the undo (arriving late, with the old
-- key) takes the new key (core/sync/identitymerge.h).
ALTER TABLE identity_merge_undo ADD COLUMN restored_key TEXT NOT NULL DEFAULT '';
