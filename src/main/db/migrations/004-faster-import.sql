-- Import speed. The LSH band table is gone: its random keys made every commit of a large import rewrite much of
-- it. The buckets are now rebuilt in memory from article_minhash, which stays the durable record.
DROP TABLE minhash_bands;

-- New articles are indexed for search in bulk by the code that stores them (corpus/search-index.ts):
-- with this trigger each insert wrote its own FTS5 segment. Delete and update triggers stay.
DROP TRIGGER articles_fts_after_insert;
