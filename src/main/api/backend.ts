import { version as appVersion } from '../../../package.json'
import type { CorpusInfo, ImportResult, StoryUpdateRow } from '../../shared/rows'
import { ContractFailure } from '../../shared/errors'
import { articleEvidence, listAnalysisRuns } from '../analysis/analysis-queries'
import { AnalysisService } from '../analysis/analysis-service'
import { shippedEntries } from '../analysis/language-bias/lexicon-file'
import { listUserTerms, lookupShippedTerm, removeUserTerm, saveUserTerm } from '../analysis/user-lexicon'
import { deleteArticles, listTags, restoreArticles, tagArticles, untagArticles } from '../corpus/article-actions'
import { articleAnalyses } from '../corpus/article-analyses'
import { articleFacets } from '../corpus/article-facets'
import { getArticle, listArticleIds, listArticles } from '../corpus/article-queries'
import { importInputs, type ImportContext } from '../corpus/import-articles'
import { listNearDuplicates, setNearDuplicateStatus } from '../corpus/near-duplicates/duplicate-review'
import { scanNearDuplicates } from '../corpus/near-duplicates/scan-near-duplicates'
import { addOutletDomain, mergeOutlets, removeOutletAttribute, removeOutletDomain, setOutletAttribute, updateOutlet } from '../corpus/outlet-editing'
import { listOutlets } from '../corpus/outlet-queries'
import { previewCsv } from '../corpus/readers/csv-reader'
import type { ImportFormat } from '../corpus/readers/record-source'
import { loadSampleCorpus } from '../corpus/sample-corpus'
import { deleteSavedSearch, listSavedSearches, saveSearch } from '../corpus/saved-searches'
import { readSettings, writeSettings } from '../corpus/settings-store'
import { openDatabase, type Db, type OpenedDatabase } from '../db/open-database'
import { JobControl } from '../jobs/job-control'
import { listJobErrors } from '../jobs/job-errors'
import { getJob, jobResult, listJobs, markInterruptedJobs } from '../jobs/job-store'
import { agreementReport } from '../annotation/corpus-agreement'
import { exportCoderFile, mergeCoderFile } from '../annotation/coder-file'
import { createCoder, getCoder, listCoders } from '../annotation/coders'
import { finalScores } from '../annotation/final-values'
import { judgmentHistory, recordJudgment } from '../annotation/judgments'
import { redoEdit, scoreOf, undoEdit } from '../annotation/edit-stack'
import { articleLabels } from '../annotation/final-labels'
import { recordLabel } from '../annotation/label-judgments'
import { adjudicate, adjudicationUnit, adjudicationUnits } from '../annotation/adjudication'
import { createQueue, listQueues, queueSources } from '../annotation/coding-queues'
import { queueItem, saveQueueItem } from '../annotation/queue-items'
import { articleSpans, recordSpan } from '../annotation/span-annotations'
import { createSpanLabel, listSpanLabels, removeSpanLabel, updateSpanLabel } from '../annotation/span-labels'
import { articleReport } from '../export/article-report'
import { exportDefaults, exportJobResult, previewTable, startExportJob } from '../export/dataset/export-service'
import { importJudgmentCsv, readJudgmentFile } from '../annotation/judgment-csv-import'
import { articleStory } from '../stories/article-story'
import { lazyOmissionRun, rebuildStories, updateStories } from '../stories/update-stories'
import { mergeStories, moveArticles, renameStory, splitStory } from '../stories/story-edits'
import { listStories, storyDetail } from '../stories/story-list'
import { compareArticles } from '../stories/compare/story-comparison'
import { blindspots } from '../stories/outlets/blindspots'
import { outletProfiles } from '../stories/outlets/outlet-profiles'
import { pairedComparison } from '../stories/outlets/paired-comparison'
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
  analysis: AnalysisService
  /** Same-story clustering and omission, outside an analysis job (CLI, settings). */
  stories: { update(): StoryUpdateRow; rebuild(): StoryUpdateRow }
  /** For the app and `serve`: resume interrupted analyses and, with automatic analysis on, analyse what is new. */
  startBackgroundWork(): Promise<{ resumed: number[]; autoAnalysisJob: number | null }>
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
  const jobControl = new JobControl()
  const importContext: ImportContext = {
    db,
    jobControl,
    onJob: (job) => events.emit('job.progress', job),
    onCorpusChanged: (added) => events.emit('corpus.changed', { added })
  }
  const analysis = new AnalysisService(db, opened.path, { onJob: importContext.onJob, onCorpusChanged: () => events.emit('corpus.changed', { added: 0 }), jobControl })
  /** With automatic analysis on, what an import added is queued for analysis as soon as it is stored. */
  const analyseWhatWasAdded = async (result: Promise<ImportResult>): Promise<ImportResult> => {
    const imported = await result
    if (imported.totals.added > 0 && readSettings(db).autoAnalyse) await analysis.startUnanalysed()
    return imported
  }
  const changed = <T>(value: T): T => {
    events.emit('corpus.changed', { added: 0 })
    return value
  }
  const importOptions = (input: { format: ImportFormat; outlet?: string | undefined; mapping?: Record<string, string> | undefined }) => ({
    format: input.format,
    outlet: input.outlet,
    mapping: input.mapping
  })

  /** The coder this app records judgments for; judging needs one picked first. */
  const currentCoder = (): number => {
    const coderId = readSettings(db).coderId
    if (coderId === null) throw new ContractFailure('invalid_input', 'Pick or create a coder first: every judgment records who made it.')
    return getCoder(db, coderId).id
  }

  const stories = {
    update: () => {
      const threshold = readSettings(db).storyThreshold
      const run = lazyOmissionRun(db, threshold)
      const result = updateStories(db, 'all', { threshold, omissionRun: run.get })
      run.finish()
      return result
    },
    rebuild: () => {
      const threshold = readSettings(db).storyThreshold
      const run = lazyOmissionRun(db, threshold)
      const result = rebuildStories(db, { threshold, omissionRun: run.get })
      run.finish()
      return result
    },
    /** An edit by hand, its changed stories' omission scored in a run of its own. */
    edit: <T>(apply: (omissionRun: () => number) => T): T => {
      const run = lazyOmissionRun(db, readSettings(db).storyThreshold)
      const result = apply(run.get)
      run.finish()
      return result
    }
  }

  const handlers: Handlers = {
    'corpus.info': () => corpusInfo(opened),
    // The sample opens analysed: a newcomer sees every score without knowing to ask for them.
    'corpus.loadSample': async () => {
      const result = await loadSampleCorpus(importContext)
      if (result.totals.added > 0) await analysis.startUnanalysed()
      return result
    },
    'articles.list': (input) => listArticles(db, input),
    'articles.facets': (input) => articleFacets(db, input),
    'articles.ids': (input) => listArticleIds(db, input),
    'articles.get': (input) => getArticle(db, input.id),
    'articles.analyses': (input) => articleAnalyses(db, input.id),
    'articles.story': (input) => articleStory(db, input.id),
    'articles.report': (input) => articleReport(db, input.id),
    'coders.list': () => listCoders(db),
    'coders.create': (input) => createCoder(db, input),
    'coders.exportFile': (input) => exportCoderFile(db, input.coderId),
    'coders.merge': (input) => changed(mergeCoderFile(db, input.fileName, input.content)),
    'judgments.record': (input) => changed(recordJudgment(db, currentCoder(), input)),
    'judgments.history': (input) => judgmentHistory(db, input.articleId),
    'judgments.undo': () => changed(scoreOf(undoEdit(db, currentCoder(), 'score'))),
    'judgments.redo': () => changed(scoreOf(redoEdit(db, currentCoder(), 'score'))),
    'coding.undo': () => changed(undoEdit(db, currentCoder())),
    'coding.redo': () => changed(redoEdit(db, currentCoder())),
    'labels.record': (input) => changed(recordLabel(db, currentCoder(), input)),
    'labels.forArticle': (input) => articleLabels(db, input.articleId),
    'spans.forArticle': (input) => articleSpans(db, input.articleId),
    'spans.record': (input) => changed(recordSpan(db, currentCoder(), input)),
    'spanLabels.list': () => listSpanLabels(db),
    'spanLabels.create': (input) => createSpanLabel(db, input),
    'spanLabels.update': (input) => updateSpanLabel(db, input),
    'spanLabels.remove': (input) => removeSpanLabel(db, input.id),
    'articles.finalScores': (input) => finalScores(db, input.id),
    'agreement.report': (input) => agreementReport(db, input.dimension),
    'queues.sources': () => queueSources(db),
    'queues.create': (input) => changed(createQueue(db, readSettings(db).coderId, input)),
    'queues.list': () => listQueues(db, readSettings(db).coderId),
    'queues.item': (input) => queueItem(db, currentCoder(), input.queueId, input.position),
    'queues.save': (input) => changed(saveQueueItem(db, currentCoder(), input)),
    'adjudication.units': (input) => adjudicationUnits(db, input),
    'adjudication.unit': (input) => adjudicationUnit(db, input.articleId, input.dimension),
    'adjudication.record': (input) => changed(adjudicate(db, currentCoder(), input)),
    'stories.update': () => changed(stories.update()),
    'stories.rebuild': () => changed(stories.rebuild()),
    'stories.list': (input) => listStories(db, input),
    'stories.get': (input) => storyDetail(db, input.id),
    'stories.rename': (input) => changed(renameStory(db, input.id, input.label)),
    'stories.merge': (input) => changed(stories.edit((omissionRun) => mergeStories(db, input.id, input.otherIds, { omissionRun }))),
    'stories.split': (input) => changed(stories.edit((omissionRun) => splitStory(db, input.id, input.articleIds, input.label, { omissionRun }))),
    'stories.move': (input) => changed(stories.edit((omissionRun) => moveArticles(db, input.articleIds, input.storyId, { omissionRun }))),
    'stories.compare': (input) => compareArticles(db, input.articleIds),
    'stories.blindspots': (input) => blindspots(db, input),
    'comparison.outletProfiles': (input) => outletProfiles(db, input),
    'comparison.paired': (input) => pairedComparison(db, input),
    'articles.tag': (input) => changed({ changed: tagArticles(db, input.ids, input.tag) }),
    'articles.untag': (input) => changed({ changed: untagArticles(db, input.ids, input.tag) }),
    'articles.delete': (input) => changed(deleteArticles(db, input.ids)),
    'articles.restore': (input) => changed({ restored: restoreArticles(db, input.batchId) }),
    'tags.list': () => listTags(db),
    'searches.list': () => listSavedSearches(db),
    'searches.save': (input) => saveSearch(db, input.name, input.query, input.filters),
    'searches.delete': (input) => ({ deleted: deleteSavedSearch(db, input.id) }),
    'outlets.list': () => listOutlets(db),
    'outlets.update': (input) => changed(updateOutlet(db, input.id, input)),
    'outlets.merge': (input) => changed(mergeOutlets(db, input.fromId, input.intoId)),
    'outlets.addDomain': (input) => addOutletDomain(db, input.id, input.domain),
    'outlets.removeDomain': (input) => removeOutletDomain(db, input.id, input.domain),
    'outlets.setAttribute': (input) => setOutletAttribute(db, input.id, input.name, input.value, input.source),
    'outlets.removeAttribute': (input) => removeOutletAttribute(db, input.id, input.name),
    'duplicates.list': (input) => listNearDuplicates(db, input.status, input.offset, input.limit),
    'duplicates.dismiss': (input) => changed({ changed: setNearDuplicateStatus(db, input.articleIds, 'dismissed') }),
    'duplicates.restore': (input) => changed({ changed: setNearDuplicateStatus(db, input.articleIds, 'flagged') }),
    'duplicates.scan': async () => changed(await scanNearDuplicates(db, { onJob: importContext.onJob, jobControl })),
    'settings.get': () => readSettings(db),
    'settings.update': (input) => writeSettings(db, definedOnly(input)),
    'import.upload': (input) =>
      analyseWhatWasAdded(
        importInputs(
          importContext,
          input.files.map((file) => ({ kind: 'content' as const, fileName: file.fileName, content: file.content })),
          importOptions(input)
        )
      ),
    'import.files': (input) => analyseWhatWasAdded(importInputs(importContext, input.paths.map((path) => ({ kind: 'path' as const, path })), importOptions(input))),
    'import.urls': (input) => analyseWhatWasAdded(importInputs(importContext, input.urls.map((url) => ({ kind: 'url' as const, url })), { outlet: input.outlet })),
    'import.previewCsv': (input) => ('path' in input ? previewCsv(input.path) : previewCsv({ fileName: input.fileName, text: input.content })),
    'analysis.start': (input) => analysis.start('all' in input ? { all: true } : { ids: input.ids }, input.workers),
    'analysis.runs': () => listAnalysisRuns(db),
    'articles.evidence': (input) => articleEvidence(db, input.id, input.runId),
    'jobs.list': (input) => listJobs(db, input.limit),
    'jobs.report': (input) => {
      const result = jobResult(db, input.id)
      return getJob(db, input.id).kind === 'import' ? (result as ImportResult | null) : null
    },
    'jobs.cancel': (input) => {
      if (getJob(db, input.id).kind === 'analyze') analysis.cancel(input.id)
      else jobControl.cancel(input.id)
      return { cancelled: true }
    },
    'jobs.pause': (input) => analysis.pause(input.id),
    'jobs.resume': (input) => analysis.resume(input.id),
    'jobs.errors': (input) => listJobErrors(db, input.id, input.offset, input.limit),
    'lexicon.terms': () => ({ shippedEntries: shippedEntries().length, terms: listUserTerms(db) }),
    'lexicon.lookup': (input) => lookupShippedTerm(input.term),
    'lexicon.saveTerm': (input) => saveUserTerm(db, input),
    'lexicon.removeTerm': (input) => {
      removeUserTerm(db, input.term)
      return { removed: true }
    },
    'export.defaults': () => exportDefaults(db, opened.path),
    'export.preview': (input) => previewTable(db, opened.path, input),
    'export.start': (input) => ({ jobId: startExportJob({ db, databasePath: opened.path, slantVersion: appVersion, jobControl, onJob: (job) => events.emit('job.progress', job) }, input).jobId }),
    'export.result': (input) => exportJobResult(db, input.jobId),
    'judgments.importCsv': (input) => changed(importJudgmentCsv(db, 'path' in input ? { coder: input.coder, ...readJudgmentFile(input.path) } : input))
  }

  return {
    db,
    databasePath: opened.path,
    startBackgroundWork: async () => {
      const resumed = analysis.resumeInterrupted()
      const started = readSettings(db).autoAnalyse ? await analysis.startUnanalysed() : null
      return { resumed, autoAnalysisJob: started?.jobId ?? null }
    },
    events,
    handlers,
    dispatch: createDispatcher(handlers),
    importContext,
    analysis,
    stories,
    close: () => db.close()
  }
}

/** The fields a partial update names; zod leaves absent optional fields as undefined. */
function definedOnly<T extends object>(input: T): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<{ [K in keyof T]: Exclude<T[K], undefined> }>
}
