-- The register of interest representatives (commitment 20): representatives, the versions of their
-- registration, their declarants, their financial years (activity reports), the activities of each
-- report and the actions of each activity. Filled by declarants through the forms and by the HATVP
-- importer; the bulk tables carry no foreign keys to other modules (accounts are referred to by id).

-- A registered representative, as its current version says. The lists (directors, staff, clients,
-- affiliations...) live in the version's document; the columns below are what search, pages and
-- the network need.
create table integrity_representative (
    id                   bigserial   primary key,
    national_id          text        not null,
    national_id_type     text        not null check (national_id_type in ('SIREN', 'RNA', 'HATVP')),
    denomination         text        not null,
    category_code        text        not null,
    category_family      text,
    city                 text,
    sectors              text[]      not null default '{}',   -- HATVP sector codes (ENERGIE, SANTE...)
    client_ids           text[]      not null default '{}',   -- national ids of clients (consultancies)
    first_published_at   timestamptz not null,
    version              int         not null default 1,
    content_sha256       text        not null,                -- of the current identity document: re-imports of the same content are no-ops
    origin               text        not null check (origin in ('declarant', 'import')),
    updated_at           timestamptz not null default now(),
    unique (national_id_type, national_id)
);
create index integrity_representative_category on integrity_representative (category_code);
create index integrity_representative_sectors on integrity_representative using gin (sectors);
create index integrity_representative_clients on integrity_representative using gin (client_ids);

-- Every version of a registration, the first one included: the public history.
create table integrity_representative_version (
    representative_id bigint      not null references integrity_representative (id),
    version           int         not null,
    recorded_at       timestamptz not null,
    origin            text        not null check (origin in ('declarant', 'import')),
    identity          jsonb       not null,                   -- the identity document of that version
    changed_fields    text[]      not null default '{}',      -- top-level fields that differ from the previous version
    primary key (representative_id, version)
);
create index integrity_representative_version_recorded on integrity_representative_version (recorded_at desc);

-- Accounts that may edit a representative and file its reports.
create table integrity_declarant (
    representative_id bigint      not null references integrity_representative (id),
    account_id        bigint      not null,
    since             timestamptz not null default now(),
    primary key (representative_id, account_id)
);
create index integrity_declarant_account on integrity_declarant (account_id);

-- A financial year and its activity report. The report is due three months after date_end; filed_at is
-- null while it is not filed.
create table integrity_exercise (
    id                 bigserial   primary key,
    representative_id  bigint      not null references integrity_representative (id),
    hatvp_id           bigint,                                 -- exerciceId of HATVP's files
    date_start         date        not null,
    date_end           date        not null check (date_end >= date_start),
    deadline           date        not null,                   -- date_end + 3 months
    filed_at           timestamptz,
    expense_bracket    text,                                   -- HATVP's label, e.g. "> = 25 000 euros et < 50 000 euros"
    expense_lower      bigint,                                 -- lower bound, in euros (an under-estimate)
    expense_upper      bigint,                                 -- exclusive upper bound; null for the open top bracket
    turnover_bracket   text,
    turnover_lower     bigint,
    turnover_upper     bigint,
    no_turnover        boolean     not null default false,
    staff              numeric,
    no_activity        boolean     not null default false,
    declared_activities int,                                   -- nombreActivite as declared
    comment            text,
    content_sha256     text        not null
);
-- HATVP's financial years are known by their exerciceId (two may share their dates); those filed here by their start.
create unique index integrity_exercise_hatvp on integrity_exercise (representative_id, hatvp_id) where hatvp_id is not null;
create unique index integrity_exercise_start on integrity_exercise (representative_id, date_start) where hatvp_id is null;
create index integrity_exercise_dates on integrity_exercise (date_end, filed_at);

-- An activity sheet (one lobbying objective) of a report. Activities and actions are bulk rows without foreign
-- keys (checked row by row, they were half of PostgreSQL's import time): RegisterWriter writes them with their report
-- in one transaction and deletes them with it.
create table integrity_activity (
    id                bigserial primary key,
    exercise_id       bigint    not null,
    representative_id bigint    not null,
    sheet_id          text,                                    -- identifiantFiche
    object            text      not null,
    fields            text[]    not null default '{}',         -- domainesIntervention
    published_at      timestamptz,
    position          int       not null
);
create index integrity_activity_exercise on integrity_activity (exercise_id);
create index integrity_activity_representative on integrity_activity (representative_id);

-- An action of an activity: officials targeted, decisions concerned, actions carried out, on whose behalf.
create table integrity_action (
    id                bigserial primary key,
    activity_id       bigint    not null,
    representative_id bigint    not null,
    official_types    text[]    not null default '{}',         -- codes of the types of public officials
    officials         text[]    not null default '{}',         -- HATVP's labels as written (with ministries/authorities)
    official_other    text,
    decisions         text[]    not null default '{}',
    actions           text[]    not null default '{}',
    action_other      text,
    third_parties     text[]    not null default '{}',
    observation       text,
    position          int       not null
);
create index integrity_action_activity on integrity_action (activity_id);
create index integrity_action_representative on integrity_action (representative_id);
-- No GIN index on the actions' lists: the search reaches actions through their representative, and a register of
-- HATVP's size (about 120,000 actions) is read in milliseconds, while three GIN indexes slow every import.

-- The types of public officials covered by the register (loi 2013-907, art. 18-2), published as open data.
create table integrity_official_type (
    code        text primary key,
    position    int  not null,
    label       text not null,
    legal_basis text not null
);
insert into integrity_official_type (code, position, label, legal_basis) values
('MEMBRE_GOUVERNEMENT', 1, 'Membre du Gouvernement ou membre de cabinet ministériel', 'Loi n° 2013-907, art. 18-2, 1° et 2°'),
('PARLEMENTAIRE', 2, 'Député ; sénateur ; collaborateur parlementaire ou agents des services des assemblées parlementaires', 'Loi n° 2013-907, art. 18-2, 3° et 4°'),
('COLLABORATEUR_PRESIDENT', 3, 'Collaborateur du Président de la République', 'Loi n° 2013-907, art. 18-2, 5°'),
('AUTORITE_INDEPENDANTE', 4, 'Directeur ou secrétaire général, ou leur adjoint, ou membre du collège ou d''une commission des sanctions d''une autorité administrative ou publique indépendante', 'Loi n° 2013-907, art. 18-2, 6°'),
('EMPLOI_DECISION_GOUVERNEMENT', 5, 'Titulaire d''un emploi à la décision du Gouvernement', 'Loi n° 2013-907, art. 18-2, 7°'),
('ELU_LOCAL', 6, 'Titulaire d''une fonction exécutive locale ou agent public territorial', 'Loi n° 2013-907, art. 18-2, 8° à 10°'),
('AUTRE', 7, 'Autres : à préciser', 'Catégorie libre du formulaire de la HATVP');
