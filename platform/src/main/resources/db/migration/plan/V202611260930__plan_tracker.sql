-- The National Action Plan 2018-2020: sections, commitments, their actions (rows of each roadmap
-- table and ministry-specific engagements) and the history of status updates made by agents.
create table plan_source (
    name      text primary key,
    checksum  char(64)    not null,
    loaded_at timestamptz not null
);

create table plan_section (
    number      int primary key,
    title       text  not null,
    subsections jsonb not null default '[]'
);

create table plan_ogp_principle (
    code  text primary key,
    label text not null
);

-- The institutions the plan names, each tied to an organisation of the accounts directory (by id,
-- without a foreign key: modules do not share tables).
create table plan_institution (
    slug            text primary key,
    organisation_id bigint not null unique,
    name            text   not null,
    acronym         text,
    kind            text   not null
);

create table plan_commitment (
    number                     int primary key,
    section                    int    not null references plan_section (number),
    subsection                 text,
    title                      text   not null,
    carrying_institutions_text text   not null,
    other_actors               text[] not null default '{}',
    continuity                 text   not null check (continuity in ('new', 'extends')),
    continuity_text            text   not null,
    extends_2015_2017          jsonb  not null default '[]',
    ogp_principles             text[] not null default '{}',
    ogp_principles_text        text   not null,
    stakes                     text   not null,
    ambitions                  text   not null,
    updated_at                 timestamptz not null default now()
);

create table plan_commitment_carrier (
    commitment  int  not null references plan_commitment (number),
    institution text not null references plan_institution (slug),
    position    int  not null,
    primary key (commitment, institution)
);

create table plan_action (
    id              text primary key,
    commitment      int    not null references plan_commitment (number),
    position        int    not null,
    kind            text   not null check (kind in ('roadmap', 'ministry')),
    text            text   not null,
    details         text[] not null default '{}',
    calendar        text,
    deadline        date,
    engaged_by_text text,
    status          text   not null default 'not-started'
        check (status in ('not-started', 'in-progress', 'completed', 'abandoned')),
    completion      int    not null default 0 check (completion between 0 and 100),
    status_comment  text,
    status_changed_at timestamptz,
    updated_at      timestamptz not null default now(),
    unique (commitment, position)
);

-- For ministry-specific engagements: the institution(s) that made them.
create table plan_action_institution (
    action_id   text not null references plan_action (id),
    institution text not null references plan_institution (slug),
    primary key (action_id, institution)
);

create table plan_status_change (
    id                   bigserial primary key,
    action_id            text        not null references plan_action (id),
    status               text        not null,
    completion           int         not null,
    comment              text,
    evidence_url         text,
    evidence_description text,
    organisation_name    text        not null,
    changed_by           bigint      not null,
    changed_at           timestamptz not null default now()
);
create index plan_status_change_action on plan_status_change (action_id, changed_at desc);
