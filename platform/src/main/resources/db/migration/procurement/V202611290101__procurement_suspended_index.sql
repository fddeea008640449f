-- The search indexes dropped for a load larger than the store, with their definitions, until they are built again
-- after its last file (SearchIndexes). A load killed in between leaves its rows here: the next
-- procurement-import builds those indexes (or keeps them suspended for its own load and builds them after it).
create table procurement_suspended_index (
    name text primary key,
    definition text not null
);
