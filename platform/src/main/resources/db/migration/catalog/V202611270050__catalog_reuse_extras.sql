-- The datasets of a reuse keep the order its author gave them (the first is the main one).
alter table catalog_reuse_dataset add column position int not null default 0;
create index catalog_reuse_organisation_idx on catalog_reuse (organisation_id) where archived_at is null;
