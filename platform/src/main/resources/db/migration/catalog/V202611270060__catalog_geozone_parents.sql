-- The search's zone filter finds the zones inside a zone through their parents.
create index catalog_geozone_parents on catalog_geozone using gin (parents);
