-- Threaded comments: a reply names the comment it answers, and the depth is capped at 3 (a comment
-- of depth 3 takes no reply), as Decidim does. A comment may take a side — for, against or
-- neutral — on subjects whose page asks for it (a consultation's text); elsewhere it stays null.
alter table comment_comment
    add column parent_id bigint references comment_comment (id) on delete cascade,
    add column depth     smallint not null default 1 check (depth between 1 and 3),
    add column alignment text check (alignment in ('for', 'against', 'neutral')),
    add check ((parent_id is null) = (depth = 1));
create index comment_comment_parent on comment_comment (parent_id) where parent_id is not null;
