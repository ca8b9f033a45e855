import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnalysisJob, interruptedAnalysisJobs, runAnalysisJob } from '../../src/main/analysis/analysis-job'
import { AnalysisService } from '../../src/main/analysis/analysis-service'
import { lexiconVersion, saveUserTerm } from '../../src/main/analysis/user-lexicon'
import { createInlinePool } from '../../src/main/analysis/worker/worker-pool'
import { openDatabase } from '../../src/main/db/open-database'
import { listJobErrors } from '../../src/main/jobs/job-errors'
import { JobControl } from '../../src/main/jobs/job-control'
import { getJob, markInterruptedJobs } from '../../src/main/jobs/job-store'
import type { JobRow } from '../../src/shared/rows'
import { corpus, count, fakeResult } from '../helpers/analysis-fixtures'
import { useTempDirectory } from '../helpers/temp-directory'

describe('pausing and resuming an analysis', () => {
  const tempDirectory = useTempDirectory()

  it('pauses after the work in flight, survives a restart paused, and resumes without redoing or doubling', async () => {
    const directory = tempDirectory()
    const db = await corpus(directory, 300)
    const { jobId, runId } = createAnalysisJob(db, { all: true }, lexiconVersion(db))
    const control = new JobControl()
    const seen: number[] = []
    const paused = await runAnalysisJob(
      db,
      jobId,
      createInlinePool((article) => {
        seen.push(article.id)
        if (seen.length === 80) control.pause(jobId)
        return fakeResult(article)
      }),
      { jobControl: control }
    )
    expect(paused.state).toBe('paused')
    expect(paused.finishedAt).toBeNull()
    const done = count(db, 'SELECT count(*) AS n FROM article_analyses WHERE run_id = ?', runId)
    expect(done).toBeGreaterThanOrEqual(80)
    expect(done).toBeLessThan(300)
    expect(paused.counts).toMatchObject({ total: 300, analysed: done })
    db.close()

    // A restart neither fails a paused job nor resumes it on its own.
    const reopened = openDatabase(join(directory, 'c.sqlite')).db
    markInterruptedJobs(reopened)
    expect(getJob(reopened, jobId).state).toBe('paused')
    expect(interruptedAnalysisJobs(reopened)).toEqual([])

    const jobs: JobRow[] = []
    const service = new AnalysisService(reopened, join(directory, 'c.sqlite'), { onJob: (job) => jobs.push(job), jobControl: new JobControl() })
    expect(service.resume(jobId).state).toBe('queued')
    const finished = await service.finished(jobId)
    await service.close()
    expect(finished).toMatchObject({ state: 'done', counts: { total: 300, analysed: 300, failed: 0 } })
    expect(count(reopened, 'SELECT count(*) AS n FROM article_analyses WHERE run_id = ?', runId)).toBe(300)
    expect(count(reopened, 'SELECT count(DISTINCT run_id) AS n FROM article_analyses')).toBe(1)
    expect(jobs.map((job) => job.state)).toContain('running')
    expect(() => service.resume(jobId)).toThrow(/only a paused, cancelled or failed analysis can be resumed/)
    reopened.close()
  })

  it('refuses to finish a paused analysis with a lexicon changed since it started', async () => {
    const directory = tempDirectory()
    const db = await corpus(directory, 3)
    const { jobId } = createAnalysisJob(db, { ids: [1, 2, 3] }, lexiconVersion(db))
    const service = new AnalysisService(db, join(directory, 'c.sqlite'), { jobControl: new JobControl() })
    service.pause(jobId)
    saveUserTerm(db, { term: 'gridlock merchants', category: 'label', weight: 0.9, neutral: ['traffic campaigners'] })
    service.resume(jobId)
    const job = await service.finished(jobId)
    await service.close()
    expect(job.state).toBe('failed')
    expect(job.error).toMatch(/lexicon terms changed after this analysis started/)
    expect(count(db, 'SELECT count(*) AS n FROM article_analyses')).toBe(0)
    db.close()
  })

  it('pauses or cancels a job still waiting its turn, and refuses to pause an import', async () => {
    const directory = tempDirectory()
    const db = await corpus(directory, 5)
    const service = new AnalysisService(db, join(directory, 'c.sqlite'), { jobControl: new JobControl() })
    const { jobId } = createAnalysisJob(db, { ids: [1, 2] }, 'v')
    expect(service.pause(jobId).state).toBe('paused')
    expect(service.cancel(jobId).state).toBe('cancelled')
    expect(getJob(db, jobId).finishedAt).not.toBeNull()
    expect(() => service.pause(1)).toThrow(/not an analysis/)
    expect(() => service.pause(9999)).toThrow(/no job with id 9999/)
    await service.close()
    db.close()
  })

  it('lists the articles a job could not analyse with their titles and reasons', async () => {
    const db = await corpus(tempDirectory(), 12)
    const { jobId } = createAnalysisJob(db, { all: true }, 'v')
    await runAnalysisJob(
      db,
      jobId,
      createInlinePool((article) => {
        if (article.id % 5 === 0) throw new Error(`cannot read article ${article.id}`)
        return fakeResult(article)
      })
    )
    const page = listJobErrors(db, jobId, 0, 100)
    expect(page.total).toBe(2)
    expect(page.rows.map((row) => [row.articleId, row.title, row.error])).toEqual([
      [5, 'Story 5', 'cannot read article 5'],
      [10, 'Story 10', 'cannot read article 10']
    ])
    expect(listJobErrors(db, jobId, 1, 1).rows.map((row) => row.articleId)).toEqual([10])
    db.close()
  })
})
