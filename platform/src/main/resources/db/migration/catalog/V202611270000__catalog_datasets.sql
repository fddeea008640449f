-- The open-data catalog: datasets, their resources, reuses, harvest sources and the Table Schema
-- registry. Organisations are the account module's; only their id (and name, for search) is kept.

-- French full text without accents: "données" and "donnee" meet, "transports" and "transport" too.
create extension if not exists unaccent;
create text search configuration catalog_fr (copy = french);
alter text search configuration catalog_fr
    alter mapping for hword, hword_part, word with unaccent, french_stem;

create table catalog_dataset (
    id                  uuid primary key,
    slug                text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title               text        not null check (length(title) between 1 and 350),
    acronym             text,
    description         text        not null default '' check (length(description) <= 100000),
    organisation_id     bigint      not null,
    organisation_name   text        not null,
    tags                text[]      not null default '{}',
    licence             text        not null default 'notspecified',
    frequency           text,
    temporal_start      date,
    temporal_end        date check (temporal_end is null or temporal_start is null or temporal_end >= temporal_start),
    spatial_zones       text[]      not null default '{}',
    spatial_granularity text,
    badges              text[]      not null default '{}',
    visibility          text        not null default 'public' check (visibility in ('draft', 'private', 'public')),
    archived_at         timestamptz,
    -- Where the record comes from: typed in, harvested from another catalog, or one of the
    -- platform's own datasets (kernel open data), kept in step at every start.
    origin              text        not null default 'manual' check (origin in ('manual', 'harvest', 'platform')),
    platform_dataset    text unique,
    harvest_source_id   bigint,
    remote_id           text,
    remote_uri          text,
    created_at          timestamptz not null,
    last_modified       timestamptz not null,
    last_update         timestamptz not null,
    views               bigint      not null default 0,
    downloads           bigint      not null default 0,
    -- Denormalised from the resources so that facets and filters read one table.
    formats             text[]      not null default '{}',
    schemas             text[]      not null default '{}',
    quality_score       real        not null default 0,
    search              tsvector,
    -- One byte of the random id (0-255): a broad search counts its facets on the rows below a
    -- bucket, a stable uniform sample of its matches (see DatasetSearch).
    sample_bucket       smallint    generated always as (get_byte(uuid_send(id), 15)) stored,
    unique (harvest_source_id, remote_id)
);
-- Keep the search vector in the row (compressed if need be) and let the description move to the
-- TOAST table first: a search evaluates and ranks the vector of every candidate row, and fetching
-- it from TOAST made a broad search ten times slower (bench/README.md, "Catalog search").
alter table catalog_dataset alter column search set storage main;

create function catalog_dataset_search() returns trigger language plpgsql as $$
begin
    new.search :=
        setweight(to_tsvector('catalog_fr', coalesce(new.title, '') || ' ' || coalesce(new.acronym, '')), 'A') ||
        setweight(to_tsvector('catalog_fr', array_to_string(new.tags, ' ') || ' ' || new.organisation_name), 'B') ||
        setweight(to_tsvector('catalog_fr', left(new.description, 20000)), 'C');
    return new;
end $$;

create trigger catalog_dataset_search before insert or update of title, acronym, tags, organisation_name, description
    on catalog_dataset for each row execute function catalog_dataset_search();

create index catalog_dataset_search_idx on catalog_dataset using gin (search);
create index catalog_dataset_tags_idx on catalog_dataset using gin (tags);
create index catalog_dataset_zones_idx on catalog_dataset using gin (spatial_zones);
create index catalog_dataset_formats_idx on catalog_dataset using gin (formats);
create index catalog_dataset_schemas_idx on catalog_dataset using gin (schemas);
create index catalog_dataset_badges_idx on catalog_dataset using gin (badges);
create index catalog_dataset_organisation_idx on catalog_dataset (organisation_id);
create index catalog_dataset_created_idx on catalog_dataset (created_at);
create index catalog_dataset_update_idx on catalog_dataset (last_update);
create index catalog_dataset_sample_idx on catalog_dataset (sample_bucket);

create table catalog_resource (
    id              uuid primary key,
    dataset_id      uuid        not null references catalog_dataset (id) on delete cascade,
    position        int         not null,
    title           text        not null,
    description     text,
    filetype        text        not null check (filetype in ('file', 'remote')),
    type            text        not null default 'main'
                    check (type in ('main', 'documentation', 'update', 'api', 'code', 'other')),
    url             text        not null,
    storage_key     text,
    format          text,
    mime            text,
    filesize        bigint,
    checksum_type   text check (checksum_type in ('sha1', 'sha2', 'sha256', 'md5', 'crc')),
    checksum_value  text,
    schema_name     text,
    schema_version  text,
    remote_id       text,
    -- Link checker results (udata's check:* extras); null = never checked (counts as available).
    check_available boolean,
    check_status    int,
    check_date      timestamptz,
    created_at      timestamptz not null,
    last_modified   timestamptz not null
);
create index catalog_resource_dataset_idx on catalog_resource (dataset_id, position);
create index catalog_resource_check_idx on catalog_resource (check_date nulls first) where filetype = 'remote';

-- Table Schema validation report of an uploaded resource against its declared schema.
create table catalog_resource_validation (
    resource_id    uuid primary key references catalog_resource (id) on delete cascade,
    schema_name    text        not null,
    schema_version text,
    valid          boolean     not null,
    errors         int         not null,
    warnings       int         not null,
    rows           bigint      not null,
    report         jsonb       not null,
    validated_at   timestamptz not null
);

create table catalog_reuse (
    id              uuid primary key,
    slug            text        not null unique,
    title           text        not null,
    description     text        not null default '',
    url             text        not null,
    type            text        not null check (type in ('api', 'application', 'idea', 'news_article', 'paper', 'post',
                                                         'visualization', 'hardware')),
    organisation_id bigint,
    organisation_name text,
    -- The account that declared it: never exported, only used for permissions.
    owner_id        bigint,
    created_at      timestamptz not null,
    last_modified   timestamptz not null,
    archived_at     timestamptz
);

create table catalog_reuse_dataset (
    reuse_id   uuid not null references catalog_reuse (id) on delete cascade,
    dataset_id uuid not null references catalog_dataset (id) on delete cascade,
    primary key (reuse_id, dataset_id)
);
create index catalog_reuse_dataset_dataset_idx on catalog_reuse_dataset (dataset_id);

create table catalog_harvest_source (
    id              bigserial primary key,
    organisation_id bigint      not null,
    name            text        not null,
    backend         text        not null check (backend in ('dcat', 'udata', 'ckan')),
    url             text        not null,
    created_at      timestamptz not null,
    unique (organisation_id, url)
);

create table catalog_harvest_job (
    id          bigserial primary key,
    source_id   bigint      not null references catalog_harvest_source (id) on delete cascade,
    started_at  timestamptz not null,
    finished_at timestamptz,
    status      text        not null check (status in ('running', 'done', 'done-errors', 'failed')),
    created     int         not null default 0,
    updated     int         not null default 0,
    unchanged   int         not null default 0,
    archived    int         not null default 0,
    errors      jsonb       not null default '[]'
);
create index catalog_harvest_job_source_idx on catalog_harvest_job (source_id, started_at desc);

-- The Table Schema registry (schema.data.gouv.fr's socle commun and the platform's own schemas).
create table catalog_schema (
    name        text primary key,
    title       text        not null,
    description text,
    version     text        not null,
    labels      text[]      not null default '{}',
    homepage    text,
    schema_json jsonb       not null,
    checksum    char(64)    not null,
    loaded_at   timestamptz not null
);
