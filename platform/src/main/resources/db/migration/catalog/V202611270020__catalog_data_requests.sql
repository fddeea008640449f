-- Commitment 4 of the National Action Plan 2018-2020, citizens' side: requests to open a dataset
-- (with their supports and the administration's answer) and the "service public de la donnée":
-- its reference datasets and, per ministry, the opening calendar of its high-impact datasets.
-- Organisations and accounts belong to the accounts module: they are referred to by id, without a
-- foreign key, and the organisation's name is copied at the time of the fact (as the plan does).

create table catalog_data_request (
    id                          bigserial primary key,
    title                       text        not null check (length(title) between 1 and 200),
    description                 text        not null check (length(description) between 1 and 5000),
    organisation_id             bigint      not null,
    organisation_name           text        not null,
    -- The account that filed the request: never exported nor shown, only its kind is public.
    requester_id                bigint      not null,
    requester_kind              text        not null check (requester_kind in ('citizen', 'company', 'association')),
    status                      text        not null default 'submitted'
        check (status in ('submitted', 'accepted', 'refused', 'already-exists')),
    planned_date                date,
    -- A ground for non-communication of the CRPA (articles L311-5 and L311-6), see LegalGround.java.
    legal_ground                text check (legal_ground in ('documents-exclus', 'deliberations-gouvernement',
        'defense-nationale', 'politique-exterieure', 'surete-etat', 'monnaie-credit-public', 'procedures-juridictionnelles',
        'recherche-infractions', 'autres-secrets-legaux', 'vie-privee', 'secret-medical', 'secret-affaires',
        'appreciation-personne', 'comportement-personne')),
    existing_url                text check (length(existing_url) <= 2000),
    answer                      text check (length(answer) <= 5000),
    answered_at                 timestamptz,
    answering_organisation_id   bigint,
    answering_organisation_name text,
    created_at                  timestamptz not null default now(),
    -- Last change of the request, its answer or its supports (the open data's Last-Modified).
    updated_at                  timestamptz not null default now(),
    check ((status = 'submitted') = (answered_at is null)),
    check ((status = 'accepted') = (planned_date is not null)),
    check ((status = 'refused') = (legal_ground is not null)),
    check ((status = 'already-exists') = (existing_url is not null))
);
create index catalog_data_request_organisation on catalog_data_request (organisation_id, created_at desc);
create index catalog_data_request_status on catalog_data_request (status, created_at desc);

-- One support per account and request: the primary key makes a second support impossible.
create table catalog_data_request_support (
    request_id bigint      not null references catalog_data_request (id),
    account_id bigint      not null,
    created_at timestamptz not null default now(),
    primary key (request_id, account_id)
);

-- The reference data of the service public de la donnée (article R321-5 of the CRPA), loaded at
-- start from catalog/spd-donnees-de-reference.yaml.
create table catalog_spd_reference_dataset (
    slug             text primary key,
    position         int  not null,
    name             text not null,
    acronym          text,
    producer         text,
    update_frequency text not null
);

-- Per ministry, the opening calendar of its high-impact datasets (commitment 4's roadmap: "identifier
-- 2 à 3 jeux de données à fort impact par ministère", "définir un calendrier d'ouverture").
create table catalog_spd_calendar_entry (
    id                bigserial primary key,
    organisation_id   bigint      not null,
    organisation_name text        not null,
    title             text        not null check (length(title) between 1 and 200),
    description       text check (length(description) <= 1000),
    planned_date      date        not null,
    started_on        date,
    opened_on         date,
    dataset_url       text check (length(dataset_url) <= 2000),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check ((opened_on is null) = (dataset_url is null))
);
create index catalog_spd_calendar_entry_organisation on catalog_spd_calendar_entry (organisation_id);
