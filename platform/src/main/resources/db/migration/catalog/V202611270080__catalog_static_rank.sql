-- The order of very broad searches (see DatasetSearch): quality and popularity, walked in index
-- order until a page of matches is found instead of ranking every match.
create index catalog_dataset_static_rank_idx on catalog_dataset ((quality_score + ln(1 + views) / 10) desc, created_at desc, id);
