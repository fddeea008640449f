-- What an organisation says of itself in the catalogue: a description, its website, its logo.
alter table account_organisation
    add column description text check (length(description) <= 2000),
    add column website     text check (website ~ '^https?://'),
    add column logo_url    text check (logo_url ~ '^https?://');

-- An agent is an editor of their organisation, or its administrator (who manages its members).
alter table account_user
    add column organisation_role text check (organisation_role in ('admin', 'editor'));
update account_user set organisation_role = 'editor' where organisation_id is not null;
