-- The audit trail: an append-only log of every change to public data. Each entry carries the hash
-- of the previous one, so that altering, removing or inserting an entry breaks the chain.
create table kernel_audit_entry (
    id            bigint primary key,
    recorded_at   timestamptz not null,
    actor_id      bigint,
    actor_label   text        not null,
    action        text        not null,
    subject_type  text        not null,
    subject_id    text        not null,
    before_state  text,
    after_state   text,
    previous_hash char(64)    not null,
    hash          char(64)    not null unique
);

create index kernel_audit_entry_subject on kernel_audit_entry (subject_type, subject_id);

create function kernel_audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'kernel_audit_entry is append-only (% refused)', tg_op;
end;
$$;

create trigger kernel_audit_entry_no_update before update or delete on kernel_audit_entry
    for each row execute function kernel_audit_entry_append_only();
create trigger kernel_audit_entry_no_truncate before truncate on kernel_audit_entry
    for each statement execute function kernel_audit_entry_append_only();
