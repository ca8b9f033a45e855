/**
 * An analysis worker thread: loads the analyzers once (models, lexicons, a read-only connection for
 * corpus statistics), then analyses the batches the pool sends. A failure on one article is reported
 * with its reason; the rest of the batch goes on.
 */
import { parentPort } from 'node:worker_threads'
import { createArticleAnalyzer } from '../analyze-article'
import type { ArticleAnalysisResult } from '../article-analysis'
import type { ArticleFailure, FromWorker, ToWorker } from './worker-protocol'

const port = parentPort
if (!port) throw new Error('analysis-worker must run as a worker thread')

let analyze: ReturnType<typeof createArticleAnalyzer> | null = null
const send = (message: FromWorker) => port.postMessage(message)

port.on('message', (message: ToWorker) => {
  if (message.type === 'init') {
    try {
      analyze = createArticleAnalyzer({ databasePath: message.databasePath })
      send({ type: 'ready' })
    } catch (error) {
      send({ type: 'fatal', error: (error as Error).message })
    }
    return
  }
  if (!analyze) {
    send({ type: 'fatal', error: 'the worker was asked to analyse before it was ready' })
    return
  }
  const results: ArticleAnalysisResult[] = []
  const failures: ArticleFailure[] = []
  for (const article of message.articles) {
    try {
      results.push(analyze(article))
    } catch (error) {
      failures.push({ articleId: article.id, error: (error as Error).message })
    }
  }
  send({ type: 'result', batch: message.batch, results, failures })
})
