-- Fills the procurement store with 1.5 million generated contracts (60 000 buyers with a skewed size, 300 000
-- suppliers, one contract in ten with two holders, 2019-2025, every département), for checking with EXPLAIN
-- ANALYZE that the observatory's queries use their indexes at the national scale. Run on an empty database where
-- the procurement migrations were applied (see docs/modules/procurement.md, "Volumes").
insert into procurement_source (code, name) values ('volume', 'Generated contracts');
insert into procurement_import (source_id, file_name, file_sha256, file_size, status)
select id, 'volume.json', 'volume', 0, 'done' from procurement_source where code = 'volume';

insert into procurement_contract (dedupe_key, uid, kind, generation, decp_id, acheteur_id, acheteur_nom, nature, objet,
    code_cpv, procedure, departement, duree_mois, date_notification, date_publication, montant, current_montant,
    details, source_id, sources, import_id)
select 'k' || g, 'u' || g, 'marche', case when g % 3 = 0 then '2022' else '2019' end, 'd' || g,
       lpad((21000000000000 + b.number * 100001)::text, 14, '0'),
       -- one buyer in three publishes under two spellings of its name
       case when g % 2 = 0 and b.number % 3 = 0 then 'ACHETEUR N° ' || b.number else 'Acheteur ' || b.number end,
       case when g % 12 = 0 then 'Accord-cadre' else 'Marché' end,
       'Objet ' || g,
       (array['45210000', '45233140', '71000000', '72000000', '79000000', '90910000', '30190000', '34110000',
              '33600000', '50000000'])[1 + g % 10],
       (array['Procédure adaptée', 'Appel d''offres ouvert', 'Marché passé sans publicité ni mise en concurrence préalable',
              'Procédure négociée avec mise en concurrence préalable'])[1 + g % 4],
       (array['01','13','29','31','33','34','35','44','59','67','69','75','92','93','974'])[1 + g % 15],
       12, date '2019-01-01' + (g % 2500), date '2019-01-01' + (g % 2500) + 20,
       round((1000 + random() * 500000)::numeric, 2), null, '{}'::jsonb,
       (select id from procurement_source where code = 'volume'), array['volume'],
       (select id from procurement_import where file_name = 'volume.json')
from generate_series(1, 1500000) g
cross join lateral (select (floor(60000 * power(random(), 3)))::bigint + g % 1 as number) b;

insert into procurement_titulaire (contract_id, position, type_identifiant, identifier, siren, name)
select c.id, 0, 'SIRET', s.siret, left(s.siret, 9), 'Entreprise ' || s.siret
from procurement_contract c
cross join lateral (select lpad((30000000000000 + (floor(300000 * power(random(), 2)))::bigint * 1000003 + c.id % 1)::text, 14, '0') as siret) s;
insert into procurement_titulaire (contract_id, position, type_identifiant, identifier, siren, name)
select c.id, 1, 'SIRET', s.siret, left(s.siret, 9), 'Cotraitant ' || s.siret
from procurement_contract c
cross join lateral (select lpad((40000000000000 + (c.id % 50000) * 1000003)::text, 14, '0') as siret) s
where c.id % 10 = 0;

-- The names the importer records (PartyNames).
insert into procurement_buyer_name (acheteur_id, nom)
select distinct acheteur_id, acheteur_nom from procurement_contract where acheteur_nom is not null;
insert into procurement_holder_name (identifier, name)
select distinct identifier, name from procurement_titulaire where name is not null;

insert into procurement_flag (contract_id, code, value)
select id, 'single-offer', null from procurement_contract where id % 40 = 0;

analyze;
refresh materialized view procurement_totals;
