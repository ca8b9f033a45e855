-- Slant's own analysis: what each run found per article, spans into the stored text, per-sentence
-- scores, and the job bookkeeping that lets an analysis resume after a crash without redoing work.

CREATE TABLE article_evidence (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  suggestion TEXT,
  note TEXT,
  PRIMARY KEY (run_id, article_id, start_offset, end_offset, kind)
) WITHOUT ROWID;
CREATE INDEX article_evidence_by_article ON article_evidence(article_id);

CREATE TABLE article_sentences (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  loaded_terms TEXT NOT NULL DEFAULT '[]',
  score REAL NOT NULL,
  flag INTEGER NOT NULL CHECK (flag IN (0, 1)),
  PRIMARY KEY (run_id, article_id, sentence_index)
) WITHOUT ROWID;
CREATE INDEX article_sentences_by_article ON article_sentences(article_id);

CREATE TABLE article_quotes (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  speaker TEXT,
  speaker_type TEXT,
  attribution TEXT,
  PRIMARY KEY (run_id, article_id, start_offset)
) WITHOUT ROWID;
CREATE INDEX article_quotes_by_article ON article_quotes(article_id);

CREATE TABLE article_claims (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  reasons TEXT NOT NULL,
  PRIMARY KEY (run_id, article_id, start_offset)
) WITHOUT ROWID;

CREATE TABLE article_keyphrases (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  phrase TEXT NOT NULL,
  weight REAL NOT NULL,
  PRIMARY KEY (run_id, article_id, phrase)
) WITHOUT ROWID;

-- How many analysed articles contain each term, for the IDF of keyphrases.
CREATE TABLE term_document_frequency (
  term TEXT PRIMARY KEY,
  documents INTEGER NOT NULL
) WITHOUT ROWID;

-- Terms a researcher adds to the loaded-language lexicon; they join the shipped lexicon in every run.
CREATE TABLE lexicon_terms (
  term TEXT PRIMARY KEY COLLATE NOCASE,
  category TEXT NOT NULL,
  weight REAL NOT NULL CHECK (weight > 0 AND weight <= 1),
  neutral TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;

-- Articles a job could not process, with the reason; the job goes on without them.
CREATE TABLE job_errors (
  job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL,
  error TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (job_id, article_id)
) WITHOUT ROWID;

ALTER TABLE jobs ADD COLUMN run_id INTEGER REFERENCES analysis_runs(id);

-- Every analysis job makes a run of its own (re-analysis never reuses a run id), so run identity
-- is no longer unique by analyzer, version and parameters.
DROP INDEX analysis_runs_by_identity;
CREATE INDEX analysis_runs_by_analyzer ON analysis_runs(analyzer, version);
