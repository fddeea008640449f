-- What tells the in-memory dedupe index (DedupeIndex) that the store changed behind it: counting the contracts
-- before and after every file read the whole table twice per file (most of the national import's sequential
-- scans). Imports are counted by their rows, new contracts by the largest id, and deletions here, by a statement
-- trigger: nothing else deletes contracts, so only a deletion by hand or a truncation moves it.
create table procurement_store_deletions (
    deletions bigint not null
);
insert into procurement_store_deletions values (0);

create function procurement_contract_deleted() returns trigger language plpgsql as $$
begin
    update procurement_store_deletions set deletions = deletions + 1;
    return null;
end
$$;

create trigger procurement_contract_deleted after delete or truncate on procurement_contract
    for each statement execute function procurement_contract_deleted();
