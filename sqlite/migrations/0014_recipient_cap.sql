-- 0014_recipient_cap: the postcode (CAP) of a recipient's address, printed
-- on the DDT and the trip sheet with the street. A COC's address is its
-- comune's COC details (comune_cmm.coc_*), so its CAP lives there too; the
-- town hall's CAP (comune_cmm.cap, from the reference data) is only its
-- default, filled by the reference loader where the COC's is empty.
ALTER TABLE comune_cmm ADD COLUMN coc_cap TEXT NOT NULL DEFAULT '';
ALTER TABLE delivery_recipient ADD COLUMN cap TEXT NOT NULL DEFAULT '';
