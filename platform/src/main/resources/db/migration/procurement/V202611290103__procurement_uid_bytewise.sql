-- A DECP uid (buyer SIRET + the buyer's own identifier) is an identifier, never sorted for readers: compared byte by
-- byte (collation "C") instead of by the language's rules, each insertion into its index during an import costs
-- far less (the collation's comparisons were a tenth of PostgreSQL's CPU in a national import, bench/README.md).
-- Its only comparison is with itself (the merge's uid_taken), so no query mixes collations.
alter table procurement_contract alter column uid type text collate "C";
