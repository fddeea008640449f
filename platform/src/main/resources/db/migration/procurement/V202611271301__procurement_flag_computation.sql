-- The state of the red flags (one row). An import that writes contracts increments "requested" in its own
-- transaction; a computation records the "requested" value it started from in "computed". The flags are stale
-- while requested > computed: the server recomputes them after each import's commit and at start, so a
-- computation lost in a crash is made up for. computed_at dates the flags' open datasets (ETag, Last-Modified).
create table procurement_flag_computation (
    id int primary key default 1 check (id = 1),
    requested bigint not null default 0,
    computed bigint not null default 0,
    computed_at timestamptz,
    duration_ms bigint
);
insert into procurement_flag_computation (id) values (1);
