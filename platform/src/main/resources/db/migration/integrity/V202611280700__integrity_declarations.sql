-- Declarations of interests and assets (HATVP), imported from declarations.xml and liste.csv.

-- A public official, as HATVP names them: by the slug of its person page when liste.csv gives one,
-- else by a slug made the same way (nom-prenom).
create table integrity_declaration_person (
    id bigint generated always as identity primary key,
    slug text not null unique,
    civilite text not null default '',
    prenom text not null,
    nom text not null,
    -- NOM|PRENOM without accents nor punctuation: how declarations find their person
    name_key text not null,
    -- HATVP's person page (url_dossier of liste.csv), null when the person is not in liste.csv
    hatvp_page text,
    -- names, mandates, bodies and qualities, normalised as name_key, for the search page
    search_text text not null default ''
);
create index integrity_declaration_person_name_key on integrity_declaration_person (name_key);

create table integrity_declaration (
    id bigint generated always as identity primary key,
    uuid text not null unique,
    person_id bigint not null references integrity_declaration_person (id),
    type_code text not null,
    type_label text not null,
    date_depot timestamp,
    date_depot_text text not null,
    origine text not null,
    form_version text not null,
    mandat text not null,
    type_mandat text not null,
    code_type_mandat text not null,
    organe text not null,
    qualite_declarant text not null,
    date_debut_mandat date,
    date_fin_mandat date,
    -- the declaration's XML as published, served again unchanged and read again for its page
    xml text not null,
    source_file text not null,
    imported_at timestamptz not null default now()
);
create index integrity_declaration_person_id on integrity_declaration (person_id);

create table integrity_declaration_section (
    declaration_id bigint not null references integrity_declaration (id) on delete cascade,
    section text not null,
    position int not null,
    neant boolean not null,
    items int not null,
    primary key (declaration_id, section)
);

create table integrity_declaration_item (
    declaration_id bigint not null references integrity_declaration (id) on delete cascade,
    section text not null,
    item int not null,
    -- every value of the item by path, in document order
    fields json not null,
    -- nomSociete as declared, and normalised (upper case, no accents nor punctuation) to find companies
    company_name text,
    company_key text,
    -- SIREN numbers written in the item's values (9 digits, or the first 9 of a SIRET)
    sirens text[] not null default '{}',
    primary key (declaration_id, section, item)
);
create index integrity_declaration_item_company on integrity_declaration_item (company_key);
create index integrity_declaration_item_sirens on integrity_declaration_item using gin (sirens);

-- The year-by-year remunerations (remuneration/montant), the amount as declared and as a number when unambiguous.
create table integrity_declaration_amount (
    declaration_id bigint not null references integrity_declaration (id) on delete cascade,
    section text not null,
    item int not null,
    position int not null,
    year int,
    year_text text not null,
    amount_text text not null,
    amount numeric,
    brut_net text not null,
    primary key (declaration_id, section, item, position)
);

-- The rows of liste.csv (replaced whole by each import of the file).
create table integrity_declaration_listing (
    id bigint generated always as identity primary key,
    person_id bigint not null references integrity_declaration_person (id),
    line int not null,
    civilite text not null,
    prenom text not null,
    nom text not null,
    classement text not null,
    type_mandat text not null,
    qualite text not null,
    type_document text not null,
    departement text not null,
    date_publication date,
    date_depot date,
    nom_fichier text not null,
    url_dossier text not null,
    open_data text not null,
    statut_publication text not null,
    id_origine text not null,
    url_photo text not null,
    declaration_id bigint references integrity_declaration (id) on delete set null
);
create index integrity_declaration_listing_person on integrity_declaration_listing (person_id);

-- One line per import, for the last-modified date of the open datasets and the import history.
create table integrity_declaration_import (
    id bigint generated always as identity primary key,
    declarations_file text not null,
    liste_file text,
    declarations int not null,
    created int not null,
    updated int not null,
    unchanged int not null,
    listing_rows int not null,
    imported_at timestamptz not null default now()
);
