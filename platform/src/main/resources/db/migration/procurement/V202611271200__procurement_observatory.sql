-- The observatory's searches and pages: indexes for every filter and sort of the contract search, and the totals
-- per département and year kept as a materialised view (refreshed after each import), so that the national and
-- territorial figures never scan the 1.5 million contracts.
create extension if not exists pg_trgm;

-- A framework agreement (accord-cadre): its montant is an estimated maximum, never summed with firm amounts.
-- DECP 2019 says it in nature (Accord-cadre, ACCORD-CADRE for the State's files), 2022 in techniques.
create function procurement_is_framework_agreement(nature text, details jsonb) returns boolean
    language sql immutable parallel safe
    as $$ select coalesce(nature ilike 'accord%cadre%', false) or coalesce(details -> 'techniques' ? 'Accord-cadre', false) $$;

-- The default order (latest notified first) and the order by amount in force, both with a tie-breaker for paging.
create index procurement_contract_latest on procurement_contract (date_notification desc nulls last, id desc);
create index procurement_contract_amount on procurement_contract
    ((coalesce(current_montant, montant)) desc nulls last, id desc);
-- Prefix searches: a CPV code's division or group, a SIREN among a buyer's SIRETs.
create index procurement_contract_cpv_prefix on procurement_contract (code_cpv text_pattern_ops);
create index procurement_contract_acheteur_prefix on procurement_contract (acheteur_id text_pattern_ops);
-- Searches by a part of a name.
create index procurement_contract_acheteur_nom_trgm on procurement_contract using gin (acheteur_nom gin_trgm_ops);
create index procurement_titulaire_name_trgm on procurement_titulaire using gin (name gin_trgm_ops);

create materialized view procurement_totals as
select coalesce(departement, '') as departement,
       coalesce(extract(year from date_notification)::int, 0) as year,
       kind,
       procurement_is_framework_agreement(nature, details) as framework_agreement,
       count(*) as contracts,
       coalesce(sum(coalesce(current_montant, montant)), 0) as amount
from procurement_contract
group by 1, 2, 3, 4;
create unique index procurement_totals_key on procurement_totals (departement, year, kind, framework_agreement);
