-- The search index keeps up to 8 MB of new terms in memory before it writes them out as a segment
-- (FTS5's default is 1 MB). A bill import indexes 100,000 payments in one statement (see
-- 0006_search_bulk_payments): about 8 million trigrams, which at 1 MB were written as many small
-- segments and merged again inside the same transaction. Measured on that import: ~1.7 s of FTS5
-- work at 1 MB, ~1.3 s at 8 MB, for ~10 MB more peak memory while it runs. Only a transaction that
-- writes that much text ever fills the buffer; small writes are unchanged, and so is what is indexed.
INSERT INTO search_index(search_index, rank) VALUES ('hashsize', 8388608);
