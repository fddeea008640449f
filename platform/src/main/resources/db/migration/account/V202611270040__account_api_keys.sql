-- API keys for programs that write through the API (header X-API-KEY), one per account at most.
-- Only the SHA-256 of a key is stored: the key itself is shown once, when it is made.
create table account_api_key (
    user_id      bigint      primary key references account_user (id) on delete cascade,
    key_hash     char(64)    not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz
);
