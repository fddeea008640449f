-- Public comments on any linkable record (a plan commitment, later a dataset or a consultation),
-- with reports and moderation. The author's display name is copied at posting time: comments are
-- published under it and the module reads no other module's tables.
create table comment_comment (
    id            bigserial primary key,
    subject_type  text        not null,
    subject_id    text        not null,
    author_id     bigint      not null,
    author_name   text        not null,
    body          text        not null check (length(body) between 1 and 5000),
    created_at    timestamptz not null default now(),
    hidden_at     timestamptz,
    hidden_reason text,
    hidden_by     bigint
);
create index comment_comment_subject on comment_comment (subject_type, subject_id, created_at);

create table comment_report (
    comment_id  bigint      not null references comment_comment (id) on delete cascade,
    reporter_id bigint      not null,
    reason      text        not null check (reason in ('spam', 'offensive', 'off-topic', 'personal-data', 'other')),
    created_at  timestamptz not null default now(),
    resolved_at timestamptz,
    primary key (comment_id, reporter_id)
);
create index comment_report_open on comment_report (comment_id) where resolved_at is null;
