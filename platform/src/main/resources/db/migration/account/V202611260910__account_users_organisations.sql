-- Organisations (ministries, authorities, agencies...) and the accounts of the people who use the
-- platform. No default account exists: the first administrator comes from configuration or from a
-- one-time installation token.
create table account_organisation (
    id         bigserial primary key,
    slug       text        not null unique,
    name       text        not null,
    acronym    text,
    kind       text        not null check (kind in ('ministry', 'secretariat', 'jurisdiction', 'independent-authority',
                                                    'agency', 'local-authority', 'other')),
    siret      char(14) unique check (siret ~ '^[0-9]{14}$'),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table account_user (
    id                 bigserial primary key,
    email              text        not null,
    email_confirmed_at timestamptz,
    password_hash      text,
    display_name       text        not null,
    organisation_id    bigint references account_organisation (id),
    identity_verified  boolean     not null default false,
    enabled            boolean     not null default true,
    created_at         timestamptz not null default now()
);
create unique index account_user_email on account_user (lower(email));

create table account_user_role (
    user_id bigint not null references account_user (id) on delete cascade,
    role    text   not null check (role in ('CITIZEN', 'AGENT', 'MODERATOR', 'ADMIN')),
    primary key (user_id, role)
);

-- Accounts signed in through an OpenID Connect provider: (provider, subject) identifies the person.
create table account_identity (
    provider text   not null,
    subject  text   not null,
    user_id  bigint not null references account_user (id) on delete cascade,
    primary key (provider, subject)
);

-- One-time tokens (e-mail confirmation, password reset, installation); only their hash is stored.
create table account_token (
    token_hash char(64)    primary key,
    purpose    text        not null check (purpose in ('confirm-email', 'reset-password', 'install')),
    user_id    bigint references account_user (id) on delete cascade,
    expires_at timestamptz not null,
    used_at    timestamptz
);
