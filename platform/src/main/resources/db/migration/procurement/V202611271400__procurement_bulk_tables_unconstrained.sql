-- The bulk-loaded tables lose their foreign keys: checking them once per copied row was two thirds of
-- PostgreSQL's time in the import benchmark (bench/README.md, "Procurement"). Integrity is the importer's: it
-- writes a contract, its holders and its versions in one transaction, never deletes a contract, and replaces a
-- merged contract's holders and versions itself; flags are recomputed wholesale from the contracts.
alter table procurement_titulaire drop constraint procurement_titulaire_contract_id_fkey;
alter table procurement_contract_version drop constraint procurement_contract_version_contract_id_fkey;
alter table procurement_contract drop constraint procurement_contract_source_id_fkey;
alter table procurement_contract drop constraint procurement_contract_import_id_fkey;
alter table procurement_flag drop constraint procurement_flag_contract_id_fkey;
