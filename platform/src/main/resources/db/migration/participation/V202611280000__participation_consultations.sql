-- Public consultations (commitment 15) and what citizens contribute to them. The module reads no
-- other module's tables: organisations and accounts are referred to by id, and the names shown are
-- copied when the record is written.

-- A consultation. Its phase (draft, scheduled, open, closed, synthesis published, follow-ups
-- published) follows from published_at, the dates and the synthesis/follow-up timestamps; the
-- CRPA checks run when an agent publishes it.
create table participation_consultation (
    id                      bigserial primary key,
    slug                    text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                   text        not null check (length(title) between 3 and 300),
    organisation_id         bigint      not null,
    organisation_name       text        not null,
    theme                   text        not null,
    -- legal frame: L131-1 (any consultation), L132-1 (open consultation replacing an advisory commission), other
    legal_basis             text        not null default 'L131-1' check (legal_basis in ('L131-1', 'L132-1', 'other')),
    replaces_commission     text,
    context                 text        not null default '',   -- Markdown: why, what is at stake
    submitted_text          text        not null default '',   -- Markdown: the text or questions submitted
    procedure               text        not null default '',   -- Markdown: who may take part, how contributions are used
    moderation_charter      text        not null default '',   -- Markdown
    announced_follow_ups    text        not null default '',   -- Markdown: what the administration commits to do after
    contribution_types      text[]      not null default '{}'
        check (contribution_types <@ array['proposals', 'comments', 'articles', 'survey', 'statements']::text[]),
    requires_verified       boolean     not null default false,
    opens_at                timestamptz,
    closes_at               timestamptz,
    published_at            timestamptz,
    closed_at               timestamptz,                       -- when contributions stopped (the end date or later)
    synthesis_published_at  timestamptz,
    follow_ups_published_at timestamptz,
    created_by              bigint      not null,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    check (closes_at is null or opens_at is null or closes_at > opens_at)
);
create index participation_consultation_dates on participation_consultation (published_at, opens_at, closes_at);

-- Information made available (CRPA L131-1): a link or a short text, at least one before publishing.
create table participation_document (
    id              bigserial primary key,
    consultation_id bigint not null references participation_consultation (id) on delete cascade,
    position        int    not null,
    title           text   not null,
    url             text,
    description     text   not null default '',
    unique (consultation_id, position)
);

-- A submitted text split into articles, each open to paragraph-level contributions and amendments.
create table participation_article (
    id              bigserial primary key,
    consultation_id bigint not null references participation_consultation (id) on delete cascade,
    position        int    not null,
    title           text   not null,
    body            text   not null,
    unique (consultation_id, position)
);

-- Proposals, paragraph contributions and amendments: what participants write, supported by others.
-- Counters are kept on the row so lists never count on the fly.
create table participation_proposal (
    id              bigserial primary key,
    consultation_id bigint      not null references participation_consultation (id) on delete cascade,
    kind            text        not null check (kind in ('proposal', 'contribution', 'amendment')),
    article_id      bigint      references participation_article (id) on delete cascade,
    author_id       bigint      not null,
    author_name     text,       -- null when the author chose not to show their name
    title           text        not null check (length(title) between 3 and 200),
    body            text        not null check (length(body) between 1 and 10000),
    theme           text,
    support_count   int         not null default 0,
    comment_count   int         not null default 0,
    created_at      timestamptz not null default now(),
    hidden_at       timestamptz,
    hidden_reason   text,
    check ((kind = 'proposal') = (article_id is null))
);
create index participation_proposal_list on participation_proposal (consultation_id, support_count desc, id);
create index participation_proposal_new on participation_proposal (consultation_id, created_at desc, id);

create table participation_support (
    proposal_id bigint      not null references participation_proposal (id) on delete cascade,
    account_id  bigint      not null,
    created_at  timestamptz not null default now(),
    primary key (proposal_id, account_id)
);

-- Pol.is-style statements with agree (1) / disagree (-1) / pass (0) votes.
create table participation_statement (
    id              bigserial primary key,
    consultation_id bigint      not null references participation_consultation (id) on delete cascade,
    author_id       bigint      not null,
    body            text        not null check (length(body) between 3 and 500),
    seed            boolean     not null default false,   -- written by the organisers
    agree_count     int         not null default 0,
    disagree_count  int         not null default 0,
    pass_count      int         not null default 0,
    created_at      timestamptz not null default now(),
    hidden_at       timestamptz,
    hidden_reason   text
);
create index participation_statement_consultation on participation_statement (consultation_id, id);

create table participation_statement_vote (
    statement_id bigint      not null references participation_statement (id) on delete cascade,
    account_id   bigint      not null,
    vote         smallint    not null check (vote in (-1, 0, 1)),
    voted_at     timestamptz not null default now(),
    primary key (statement_id, account_id)
);

-- Surveys: single or multiple choice, scale, free text.
create table participation_question (
    id              bigserial primary key,
    consultation_id bigint  not null references participation_consultation (id) on delete cascade,
    position        int     not null,
    kind            text    not null check (kind in ('single', 'multiple', 'scale', 'text')),
    label           text    not null,
    options         text[]  not null default '{}',
    scale_min       int,
    scale_max       int,
    required        boolean not null default false,
    unique (consultation_id, position)
);

create table participation_answer (
    question_id bigint      not null references participation_question (id) on delete cascade,
    account_id  bigint      not null,
    choices     int[],      -- indexes into options (single: one element)
    scale_value int,
    text_value  text check (length(text_value) <= 5000),
    answered_at timestamptz not null default now(),
    primary key (question_id, account_id)
);

-- Reports on participation items (proposals, statements, forum threads); comments are reported
-- through the comment module. Reporting twice counts once.
create table participation_report (
    item_type   text        not null check (item_type in ('proposal', 'statement', 'forum-thread')),
    item_id     bigint      not null,
    reporter_id bigint      not null,
    reason      text        not null check (reason in ('spam', 'offensive', 'off-topic', 'personal-data', 'other')),
    details     text,
    created_at  timestamptz not null default now(),
    resolved_at timestamptz,
    primary key (item_type, item_id, reporter_id)
);
create index participation_report_open on participation_report (item_type, item_id) where resolved_at is null;

-- The public synthesis (CRPA L132-2), drafted from the helpers and edited by the agent.
create table participation_synthesis (
    consultation_id bigint      primary key references participation_consultation (id) on delete cascade,
    body            text        not null,      -- Markdown
    method          text        not null,      -- Markdown: how contributions were analysed
    opinion_groups  jsonb,                     -- the opinion groups shown with it (statement votes)
    topic_clusters  jsonb,                     -- the free-text topic clusters shown with it
    updated_by      bigint      not null,
    updated_at      timestamptz not null default now()
);

-- Follow-ups: the administration's decision on a proposal or on a theme (Decidim's accountability).
create table participation_follow_up (
    id              bigserial primary key,
    consultation_id bigint      not null references participation_consultation (id) on delete cascade,
    proposal_id     bigint      references participation_proposal (id) on delete cascade,
    theme           text,
    decision        text        not null check (decision in ('accepted', 'partly', 'rejected', 'under-study')),
    explanation     text        not null,      -- Markdown; required with a rejection
    created_at      timestamptz not null default now(),
    check ((proposal_id is null) <> (theme is null))
);
create unique index participation_follow_up_proposal on participation_follow_up (proposal_id) where proposal_id is not null;
