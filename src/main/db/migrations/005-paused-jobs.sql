-- Jobs can be paused: a paused job keeps its place and resumes only when asked, not at start-up.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt (foreign keys are off
-- while migrations run, so job_errors keeps its rows; migrate.ts checks them before committing).
CREATE TABLE jobs_rebuilt (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  params TEXT NOT NULL DEFAULT '{}',
  state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'paused', 'done', 'failed', 'cancelled')),
  progress REAL,
  processed INTEGER NOT NULL DEFAULT 0,
  counts TEXT NOT NULL DEFAULT '{}',
  result TEXT,
  error TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  started_at TEXT,
  finished_at TEXT,
  run_id INTEGER REFERENCES analysis_runs(id)
);
INSERT INTO jobs_rebuilt (id, kind, label, params, state, progress, processed, counts, result, error, created_at, started_at, finished_at, run_id)
  SELECT id, kind, label, params, state, progress, processed, counts, result, error, created_at, started_at, finished_at, run_id FROM jobs;
DROP TABLE jobs;
ALTER TABLE jobs_rebuilt RENAME TO jobs;
CREATE INDEX jobs_by_state ON jobs(state);
