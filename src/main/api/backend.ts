import { version as appVersion } from '../../../package.json'
import type { CorpusInfo } from '../../shared/rows'
import { getArticle, listArticles } from '../corpus/article-queries'
import { importContent, importFile, type ImportContext } from '../corpus/import-articles'
import { listOutlets } from '../corpus/outlet-queries'
import { openDatabase, type Db, type OpenedDatabase } from '../db/open-database'
import { listJobs, markInterruptedJobs } from '../jobs/job-store'
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher'
import { EventBus } from './event-bus'

/**
 * The services behind the contract, independent of any transport: the Electron shell, `slant serve`,
 * the CLI and the tests all drive this same object.
 */
export interface Backend {
  db: Db
  databasePath: string
  events: EventBus
  handlers: Handlers
  dispatch: Dispatch
  importContext: ImportContext
  close(): void
}

export function corpusInfo(opened: OpenedDatabase): CorpusInfo {
  const { db } = opened
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
  return {
    databasePath: opened.path,
    schemaVersion: opened.migration.toVersion,
    appVersion,
    sqliteVersion: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    articleCount: count('SELECT count(*) AS n FROM articles'),
    outletCount: count('SELECT count(*) AS n FROM outlets')
  }
}

export function createBackend(databasePath: string): Backend {
  const opened = openDatabase(databasePath)
  const { db } = opened
  markInterruptedJobs(db)
  const events = new EventBus()
  const importContext: ImportContext = {
    db,
    onJob: (job) => events.emit('job.progress', job),
    onCorpusChanged: (added) => events.emit('corpus.changed', { added })
  }

  const handlers: Handlers = {
    'corpus.info': () => corpusInfo(opened),
    'articles.list': (input) => listArticles(db, input),
    'articles.get': (input) => getArticle(db, input.id),
    'outlets.list': () => listOutlets(db),
    'import.upload': (input) => importContent(importContext, input.fileName, input.content),
    'import.files': async (input) => {
      const reports = []
      for (const path of input.paths) reports.push(await importFile(importContext, path))
      return reports
    },
    'jobs.list': (input) => listJobs(db, input.limit)
  }

  return {
    db,
    databasePath: opened.path,
    events,
    handlers,
    dispatch: createDispatcher(handlers),
    importContext,
    close: () => db.close()
  }
}
