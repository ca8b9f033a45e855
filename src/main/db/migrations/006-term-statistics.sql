-- How many articles have been counted into term_document_frequency: the N of the keyphrase IDF.
-- Counting the distinct analysed articles instead took a join over every analysis, which grew with
-- the corpus and was asked for every few articles by each analysis worker.
CREATE TABLE term_statistics (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO term_statistics (name, value)
SELECT 'documents', count(DISTINCT x.article_id)
FROM article_analyses x JOIN analysis_runs r ON r.id = x.run_id
WHERE r.origin = 'slant';
