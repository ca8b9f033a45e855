/**
 * The services as a library, bundled to out/main/services.js for the bench and eval scripts, which
 * measure the same code the app runs.
 */
export { createBackend, type Backend } from './api/backend'
export { openDatabase } from './db/open-database'
export { importFile, importContent } from './corpus/import-articles'
export { listArticles, getArticle } from './corpus/article-queries'
export { toFtsQuery } from './corpus/fts-query'
export { normalizeArticleRecord } from './corpus/article-record'
export { importInputs } from './corpus/import-articles'
export { scanNearDuplicates } from './corpus/near-duplicates/scan-near-duplicates'
export { createArticleAnalyzer } from './analysis/analyze-article'
export { defaultWorkerCount } from './analysis/worker/worker-pool'
export { minhashSignature } from './corpus/near-duplicates/minhash'
export { updateStories, rebuildStories, lazyOmissionRun, StoryUpdater } from './stories/update-stories'
export { runDatasetExport } from './export/dataset/run-dataset-export'
export { judgmentSql } from './export/dataset/judgment-table'
export { datasetRequestSchema } from '../shared/export-schemas'
