-- The consolidated national flow of public-procurement data (DECP): where each file came from, what its import
-- found, and one row per contract after deduplication across sources.

-- A publisher of DECP files: a platform, a consolidator, or a buyer publishing on Ouvert. When two sources publish
-- the same contract, the copy of the source with the lowest priority number wins; the others fill its gaps.
create table procurement_source (
    id bigserial primary key,
    code text not null unique,
    name text not null,
    priority int not null default 100,
    -- the account organisation of a buyer publishing its own files (no foreign key: the accounts module owns it)
    organisation_id bigint,
    created_at timestamptz not null default now()
);

-- One file read. A file is imported in one transaction, so it is either entirely in the store (status 'done')
-- or not at all; the same content (same SHA-256) from the same source is never imported twice.
create table procurement_import (
    id bigserial primary key,
    source_id bigint not null references procurement_source,
    file_name text not null,
    file_sha256 text not null,
    file_size bigint not null,
    -- 'pending': a buyer's upload waiting for its confirmation; 'done': in the store; 'discarded': not published
    status text not null check (status in ('pending', 'done', 'discarded')),
    records int not null default 0,
    accepted int not null default 0,
    corrected int not null default 0,
    rejected int not null default 0,
    duplicates int not null default 0,
    -- the source report (counts per problem, examples with their location), as the library writes it
    report jsonb not null default '{}',
    created_by bigint,
    created_at timestamptz not null default now(),
    finished_at timestamptz,
    unique (source_id, file_sha256)
);

-- A rejected record, with its reasons, so that the publisher can fix it.
create table procurement_rejection (
    import_id bigint not null references procurement_import on delete cascade,
    record_index bigint not null,
    decp_id text,
    acheteur_id text,
    reasons jsonb not null,
    primary key (import_id, record_index)
);

-- One contract of the national flow. dedupe_key = uid | dateNotification | sorted holder ids | initial montant:
-- two records with the same key, from any sources, are the same contract.
create table procurement_contract (
    id bigserial primary key,
    dedupe_key text not null unique,
    uid text not null,
    kind text not null check (kind in ('marche', 'concession')),
    generation text not null check (generation in ('2019', '2022')),
    decp_id text not null,
    acheteur_id text not null,
    acheteur_nom text,
    nature text,
    objet text,
    code_cpv text,
    procedure text,
    lieu_code text,
    lieu_type_code text,
    lieu_nom text,
    -- the département (INSEE code) derived from the place of execution, when it can be
    departement text,
    duree_mois int,
    date_notification date,
    date_publication date,
    montant numeric,
    forme_prix text,
    offres_recues int,
    -- the values in force after the last modification
    current_montant numeric,
    current_duree_mois int,
    modification_count int not null default 0,
    -- the other fields of the 2022 format and of concessions, under their DECP names
    details jsonb not null default '{}',
    -- the source whose copy won, every source that published the contract, and for each field filled from
    -- another copy than the winner's, the code of that copy's source
    source_id bigint not null references procurement_source,
    sources text[] not null,
    provenance jsonb not null default '{}',
    import_id bigint not null references procurement_import,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index procurement_contract_uid on procurement_contract (uid);
create index procurement_contract_acheteur on procurement_contract (acheteur_id, date_notification);
create index procurement_contract_notification on procurement_contract (date_notification);
create index procurement_contract_departement on procurement_contract (departement);
create index procurement_contract_cpv on procurement_contract (code_cpv);

-- The holders in force (after the last modification), one row per contract × holder.
create table procurement_titulaire (
    contract_id bigint not null references procurement_contract on delete cascade,
    position int not null,
    type_identifiant text,
    identifier text not null,
    -- the SIREN of a SIRET, to group a company's establishments
    siren text,
    name text,
    primary key (contract_id, position)
);
create index procurement_titulaire_identifier on procurement_titulaire (identifier);
create index procurement_titulaire_siren on procurement_titulaire (siren);

-- Every state of a contract: the initial data (sequence 0), then one per modification.
create table procurement_contract_version (
    contract_id bigint not null references procurement_contract on delete cascade,
    sequence int not null,
    modification_id int,
    objet_modification text,
    date_notification date,
    date_publication date,
    montant numeric,
    duree_mois int,
    -- [{"typeIdentifiant":…, "id":…, "denominationSociale":…}]
    titulaires jsonb not null,
    primary key (contract_id, sequence)
);

-- Red flags of a contract: the flag's code (see RedFlag) and the measured value (a ratio, a number of days, a
-- robust z-score…), recomputed after each import.
create table procurement_flag (
    contract_id bigint not null references procurement_contract on delete cascade,
    code text not null,
    value numeric,
    primary key (contract_id, code)
);
create index procurement_flag_code on procurement_flag (code);

-- Red flags of a buyer for a year of notification (shares, concentration), recomputed after each import.
create table procurement_buyer_flag (
    acheteur_id text not null,
    year int not null,
    code text not null,
    value numeric not null,
    contracts int not null,
    primary key (acheteur_id, year, code)
);

-- Red flags of a supplier (identifier as published: a SIRET, a VAT number…), recomputed after each import.
create table procurement_supplier_flag (
    identifier text not null,
    code text not null,
    value numeric not null,
    primary key (identifier, code)
);
