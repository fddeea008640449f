-- The zones of the French official geography a dataset's spatial coverage is made of, with udata's
-- GeoZone ids (fr:commune:35238). Loaded at start from @etalab/decoupage-administratif and replaced
-- whole when that source changes: nothing else writes here, and no other table references it by key.
create table catalog_geozone (
    id          text primary key,
    level       text   not null check (level in ('country', 'fr:region', 'fr:collectivite', 'fr:departement',
                                                 'fr:epci', 'fr:commune')),
    code        text   not null,
    name        text   not null,
    -- The name lower-cased, without accents, every run of other characters than letters and digits
    -- made one space ("Saint-Étienne" → "saint etienne"): what suggestions match a prefix against.
    search_name text   not null,
    -- Every zone containing this one: EPCI, département, région and country of a commune, région and
    -- country of a département, départements, régions and country an EPCI spans.
    parents     text[] not null default '{}',
    population  bigint,
    check (id = level || ':' || code)
);

create index catalog_geozone_search_name on catalog_geozone (search_name text_pattern_ops);

-- Which version of the source is loaded, so that a restart with the same data does nothing.
create table catalog_geozone_source (
    name      text primary key,
    version   text        not null,
    checksum  char(64)    not null,
    zones     int         not null,
    loaded_at timestamptz not null
);
