-- Fewer indexes to maintain row by row while a national volume is imported (bench/README.md, "Procurement").
-- code_cpv: every search by CPV is a prefix (like 'division%'), which only procurement_contract_cpv_prefix
-- (text_pattern_ops, which also has =) can use.
drop index procurement_contract_cpv;
-- date_notification: the range filters and the default order are served by procurement_contract_latest
-- (date_notification desc nulls last, id desc), which has the same leading column.
drop index procurement_contract_notification;
-- dedupe_key: no query looks a contract up by its key; the importer dedupes through its in-memory index of the
-- whole store (DedupeIndex, read from this column), under the import lock, one import at a time. The unique text
-- index cost a wide random b-tree insert per contract (about 70 bytes a key).
alter table procurement_contract drop constraint procurement_contract_dedupe_key_key;
