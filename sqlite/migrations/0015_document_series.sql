-- 0015_document_series: the next document number of a series in O(log n).
-- A number is its series (the text before its trailing digits, "2026/S-"
-- in "2026/S-0012") and a value; the series never ends in a digit. These
-- indexes on the two expressions let nextDocumentNumber() take the highest
-- value of a series from the end of one index range instead of reading
-- every number of the year. Indexes only: nothing to synchronise, always
-- up to date after an import, a sync or a restore.
CREATE INDEX delivery_number_series ON delivery(
    rtrim(number, '0123456789'),
    CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS INTEGER));
CREATE INDEX delivery_request_number_series ON delivery_request(
    rtrim(number, '0123456789'),
    CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS INTEGER));
