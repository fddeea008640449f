-- When the red flags were last computed (one row): the date of the flags' open datasets, for ETag and
-- Last-Modified, whether the computation followed an import or the procurement-flags command.
create table procurement_flag_computation (
    id int primary key default 1 check (id = 1),
    computed_at timestamptz not null,
    duration_ms bigint not null
);
