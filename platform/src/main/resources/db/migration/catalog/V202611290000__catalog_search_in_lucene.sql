-- Dataset search moved to the catalog's Lucene index (fr.ouvert.catalog.search.DatasetIndex), built
-- from these tables at start and kept in step after each commit: the search vector, its trigger and
-- text search configuration, the sample column and the static-rank index served only the former
-- PostgreSQL search.
drop trigger catalog_dataset_search on catalog_dataset;
drop function catalog_dataset_search();
drop index catalog_dataset_static_rank_idx;
drop index catalog_dataset_sample_idx;
alter table catalog_dataset drop column search, drop column sample_bucket;
drop text search configuration catalog_fr;
-- The array indexes served the search's filters; the filters run in the index now.
drop index catalog_dataset_tags_idx;
drop index catalog_dataset_zones_idx;
drop index catalog_dataset_formats_idx;
drop index catalog_dataset_schemas_idx;
drop index catalog_dataset_badges_idx;
