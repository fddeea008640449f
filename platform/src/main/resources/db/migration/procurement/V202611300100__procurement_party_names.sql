-- Searches by a part of a buyer's or a holder's name go through the distinct names each published under, then its
-- identifier's index: about 27,000 buyers and 194,000 holders nationally, against 1.3 million contracts and 1.47
-- million holder rows. The trigram indexes of the names on the contracts and holder rows were most of the index
-- build after a national load (bench/README.md, "Procurement"); these tables are small enough to keep their
-- trigram indexes live. The importer adds the pairs of each import (PartyNames); a pair stays when the contracts
-- that carried it change, so a party is found by any name it was published under.
--
-- A name is kept to its first 500 characters (the real files' longest is 270): the primary key's b-tree holds at
-- most 2,704 bytes an entry, and a name past that would make an import fail.
create table procurement_buyer_name (
    acheteur_id text not null,
    nom text not null,
    primary key (acheteur_id, nom)
);
insert into procurement_buyer_name (acheteur_id, nom)
select distinct acheteur_id, left(acheteur_nom, 500) from procurement_contract where acheteur_nom is not null;
create index procurement_buyer_name_nom_trgm on procurement_buyer_name using gin (nom gin_trgm_ops);

create table procurement_holder_name (
    identifier text not null,
    name text not null,
    primary key (identifier, name)
);
insert into procurement_holder_name (identifier, name)
select distinct identifier, left(name, 500) from procurement_titulaire where name is not null;
create index procurement_holder_name_name_trgm on procurement_holder_name using gin (name gin_trgm_ops);

-- What tells the importer's set of the pairs it wrote (KnownPartyNames) that some were deleted behind it: nothing in
-- the platform deletes names, so only a deletion by hand or a truncation moves it.
create table procurement_party_name_deletions (
    deletions bigint not null
);
insert into procurement_party_name_deletions values (0);

-- One trigger function counts the deletions of both kinds of table, the counter's table given to the trigger; the
-- contracts' trigger (V202611290102) moves to it.
create function procurement_deletion_counted() returns trigger language plpgsql as $$
begin
    execute format('update %I set deletions = deletions + 1', tg_argv[0]);
    return null;
end
$$;

drop trigger procurement_contract_deleted on procurement_contract;
drop function procurement_contract_deleted();
create trigger procurement_contract_deleted after delete or truncate on procurement_contract
    for each statement execute function procurement_deletion_counted('procurement_store_deletions');
create trigger procurement_buyer_name_deleted after delete or truncate on procurement_buyer_name
    for each statement execute function procurement_deletion_counted('procurement_party_name_deletions');
create trigger procurement_holder_name_deleted after delete or truncate on procurement_holder_name
    for each statement execute function procurement_deletion_counted('procurement_party_name_deletions');

-- A load killed while they were suspended (SearchIndexes) left them dropped, with their row.
drop index if exists procurement_contract_acheteur_nom_trgm;
drop index if exists procurement_titulaire_name_trgm;
delete from procurement_suspended_index
where name in ('procurement_contract_acheteur_nom_trgm', 'procurement_titulaire_name_trgm');
