-- The dialogue forum of the Forums Open d'État (commitment 12): forums (an evening or a day, in a
-- place or online), work axes that a later forum may take up again, threads opened by participants
-- in an axis (their replies are comments of the comment module on the type 'forum-thread'), the
-- restitution of each axis at each forum, and e-mail subscriptions.

create table participation_forum (
    id                bigserial primary key,
    slug              text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title             text        not null check (length(title) between 3 and 200),
    theme             text        not null check (length(theme) between 2 and 200),
    held_at           timestamptz not null,
    place             text,                         -- address, null when the forum is online only
    online            boolean     not null default false,
    online_url        text,                         -- where to join, when online
    organisers        text        not null check (length(organisers) between 2 and 500),
    description       text        not null default '',  -- Markdown
    organisation_id   bigint,                       -- agents of it manage the forum; null: administrators only
    organisation_name text,
    created_by        bigint      not null,
    created_at        timestamptz not null default now(),
    check (place is not null or online),
    check (online_url is null or online)
);
create index participation_forum_held on participation_forum (held_at desc);

-- A work axis (atelier). It starts at one forum and may be taken up again by later ones; its
-- threads go on from one to the next.
create table participation_forum_axis (
    id           bigserial primary key,
    title        text        not null check (length(title) between 3 and 200),
    description  text        not null default '',    -- Markdown
    commitments  int[]       not null default '{}',  -- numbers of the action plan's commitments it relates to
    created_by   bigint      not null,
    created_at   timestamptz not null default now()
);

-- An axis at a forum, with what the plenary heard from it (the restitution).
create table participation_forum_session (
    forum_id                 bigint      not null references participation_forum (id) on delete cascade,
    axis_id                  bigint      not null references participation_forum_axis (id) on delete cascade,
    position                 int         not null,
    restitution              text,                 -- Markdown
    restitution_updated_at   timestamptz,
    restitution_updated_by   bigint,
    primary key (forum_id, axis_id),
    unique (forum_id, position)
);
create index participation_forum_session_axis on participation_forum_session (axis_id);

-- A thread opened by a participant in an axis, during a forum (its address). Reported and hidden
-- through participation_report (item type 'forum-thread').
create table participation_forum_thread (
    id            bigserial primary key,
    axis_id       bigint      not null references participation_forum_axis (id) on delete cascade,
    forum_id      bigint      not null references participation_forum (id) on delete cascade,
    title         text        not null check (length(title) between 3 and 200),
    body          text        not null check (length(body) between 1 and 10000),
    author_id     bigint      not null,
    author_name   text        not null,
    created_at    timestamptz not null default now(),
    hidden_at     timestamptz,
    hidden_reason text
);
create index participation_forum_thread_axis on participation_forum_thread (axis_id, created_at desc, id desc);

-- Who wants an e-mail: for each new thread of an axis, or each new reply in a thread. The address is
-- asked of the accounts directory when a mail leaves, so it is always the account's current one.
create table participation_forum_subscription (
    id          bigserial primary key,
    account_id  bigint      not null,
    language    text        not null default 'fr' check (language in ('fr', 'en')),
    axis_id     bigint      references participation_forum_axis (id) on delete cascade,
    thread_id   bigint      references participation_forum_thread (id) on delete cascade,
    created_at  timestamptz not null default now(),
    check ((axis_id is null) <> (thread_id is null))
);
create unique index participation_forum_subscription_axis on participation_forum_subscription (account_id, axis_id)
    where axis_id is not null;
create unique index participation_forum_subscription_thread on participation_forum_subscription (account_id, thread_id)
    where thread_id is not null;
create index participation_forum_subscription_axis_list on participation_forum_subscription (axis_id) where axis_id is not null;
create index participation_forum_subscription_thread_list on participation_forum_subscription (thread_id) where thread_id is not null;
