-- The visible items of a consultation by kind, as an index the random order and the counts read alone
-- (index-only scans): the random order hashes every visible id with the visitor's seed at each page.
create index participation_proposal_visible on participation_proposal (consultation_id, kind, id) where hidden_at is null;
