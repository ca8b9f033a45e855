import { ContractFailure } from '../../shared/errors'
import type { CoderProgress, QueueRow, QueueSample, QueueSources } from '../../shared/queue-rows'
import type { BiasDimension } from '../../shared/rows'
import { listSavedSearches } from '../corpus/saved-searches'
import type { Db } from '../db/open-database'
import { currentScoresSql } from './current-scores'
import { drawSample, type SampleRequest } from './queue-sampling'

interface QueueRecord {
  id: number
  name: string
  sampleKind: QueueSample['kind']
  parameters: string
  seed: number
  dimensions: string
  createdBy: string | null
  createdAt: string
  size: number
}

/** What the parameters column keeps besides kind and seed, which have columns of their own. */
type StoredParameters = Omit<QueueSample, 'kind' | 'seed'>

const QUEUE_SELECT = `SELECT q.id, q.name, q.sample_kind AS sampleKind, q.parameters, q.seed, q.dimensions, c.name AS createdBy, q.created_at AS createdAt,
  (SELECT count(*) FROM coding_queue_items i WHERE i.queue_id = q.id) AS size
  FROM coding_queues q LEFT JOIN coders c ON c.id = q.created_by`

function describe(sample: QueueSample, size: number): string {
  const articles = `${size} article${size === 1 ? '' : 's'}`
  switch (sample.kind) {
    case 'random':
      return `random sample, ${articles}, seed ${sample.seed}`
    case 'stratified':
      return `stratified by outlet (${sample.allocation === 'equal' ? 'equal numbers' : 'proportional'}), ${articles}, seed ${sample.seed}`
    case 'search':
      return `saved search "${sample.savedSearch?.name ?? ''}", ${sample.requestedSize === null ? `every match (${articles})` : `${articles} of its matches, seed ${sample.seed}`}`
    case 'story':
      return `story "${sample.story?.label ?? ''}", ${sample.requestedSize === null ? `every article (${articles})` : `${articles} of it, seed ${sample.seed}`}`
  }
}

/**
 * Units each coder has completed in a queue: a current, non-withdrawn score on every dimension the
 * queue asks for. Counted from the judgments, so undoing a score takes the unit off again.
 */
export function queueProgress(db: Db, queueId: number, dimensions: BiasDimension[]): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT done.coderId, count(*) AS complete FROM (
         SELECT cur.articleId, cur.coderId FROM (${currentScoresSql('j.article_id IN (SELECT article_id FROM coding_queue_items WHERE queue_id = ?)')}) cur
         WHERE cur.value IS NOT NULL AND cur.dimension IN (SELECT value FROM json_each(?))
         GROUP BY cur.articleId, cur.coderId HAVING count(*) = ?
       ) done GROUP BY done.coderId`
    )
    .all(queueId, JSON.stringify(dimensions), dimensions.length) as { coderId: number; complete: number }[]
  return new Map(rows.map((row) => [row.coderId, row.complete]))
}

function toQueueRow(db: Db, record: QueueRecord, currentCoderId: number | null): QueueRow {
  const stored = JSON.parse(record.parameters) as StoredParameters
  const sample: QueueSample = { kind: record.sampleKind, seed: record.seed, ...stored }
  const dimensions = JSON.parse(record.dimensions) as BiasDimension[]
  const complete = queueProgress(db, record.id, dimensions)
  if (currentCoderId !== null && !complete.has(currentCoderId)) complete.set(currentCoderId, 0)
  const coder = db.prepare<[number], { name: string; initials: string; colour: string }>('SELECT name, initials, colour FROM coders WHERE id = ?')
  const progress: CoderProgress[] = [...complete]
    .flatMap(([coderId, count]) => {
      const found = coder.get(coderId)
      return found ? [{ coderId, coderName: found.name, coderInitials: found.initials, coderColour: found.colour, complete: count }] : []
    })
    .sort((a, b) => b.complete - a.complete || a.coderName.localeCompare(b.coderName))
  return {
    id: record.id,
    name: record.name,
    sample,
    description: describe(sample, record.size),
    dimensions,
    size: record.size,
    createdBy: record.createdBy,
    createdAt: record.createdAt,
    progress
  }
}

export function getQueue(db: Db, queueId: number, currentCoderId: number | null): QueueRow {
  const record = db.prepare(`${QUEUE_SELECT} WHERE q.id = ?`).get(queueId) as QueueRecord | undefined
  if (!record) throw new ContractFailure('not_found', `There is no coding queue ${queueId}.`)
  return toQueueRow(db, record, currentCoderId)
}

/** Every queue, newest first, with each coder's progress. */
export function listQueues(db: Db, currentCoderId: number | null): QueueRow[] {
  return (db.prepare(`${QUEUE_SELECT} ORDER BY q.id DESC`).all() as QueueRecord[]).map((record) => toQueueRow(db, record, currentCoderId))
}

export interface QueueInput {
  name: string
  sample: SampleRequest
  dimensions: BiasDimension[]
}

/** Draws the sample and stores it as a queue the whole team codes; the name must be new. */
export function createQueue(db: Db, createdBy: number | null, input: QueueInput): QueueRow {
  const name = input.name.trim()
  if (db.prepare('SELECT 1 FROM coding_queues WHERE name = ?').get(name)) throw new ContractFailure('invalid_input', `A coding queue named "${name}" already exists.`)
  const dimensions = (['framing', 'language', 'omission'] as const).filter((dimension) => input.dimensions.includes(dimension))
  const id = db.transaction(() => {
    const { sample, articleIds } = drawSample(db, input.sample)
    const { kind, seed, ...parameters } = sample
    const queueId = Number(
      db
        .prepare('INSERT INTO coding_queues (name, sample_kind, parameters, seed, dimensions, created_by) VALUES (?, ?, ?, ?, ?, ?)')
        .run(name, kind, JSON.stringify(parameters), seed, JSON.stringify(dimensions), createdBy).lastInsertRowid
    )
    const item = db.prepare('INSERT INTO coding_queue_items (queue_id, position, article_id) VALUES (?, ?, ?)')
    articleIds.forEach((articleId, position) => item.run(queueId, position, articleId))
    return queueId
  })()
  return getQueue(db, id, createdBy)
}

/** What a queue can be drawn from: outlets (for stratification), saved searches and stories. */
export function queueSources(db: Db): QueueSources {
  return {
    articleCount: (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n,
    outlets: db
      .prepare(
        `SELECT a.outlet_id AS id, coalesce(o.name, 'No outlet') AS name, count(*) AS articles FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
         GROUP BY a.outlet_id ORDER BY articles DESC, name COLLATE NOCASE`
      )
      .all() as QueueSources['outlets'],
    savedSearches: listSavedSearches(db).map((search) => ({ id: search.id, name: search.name })),
    // Stories of one article have nothing to compare; the biggest come first.
    stories: db.prepare('SELECT id, label, articles FROM stories WHERE articles >= 2 ORDER BY articles DESC, last_date DESC LIMIT 500').all() as QueueSources['stories']
  }
}
