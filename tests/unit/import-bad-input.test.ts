import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { getArticle } from '../../src/main/corpus/article-queries'
import type * as FetchResourceModule from '../../src/main/corpus/web/fetch-resource'
import { importContent, importInputs, type ImportInput } from '../../src/main/corpus/import-articles'
import { openDatabase, type Db } from '../../src/main/db/open-database'
import type { ImportReport, ImportResult, JobRow } from '../../src/shared/rows'
import { useTempDirectory } from '../helpers/temp-directory'

/**
 * The importer gives every fetch a 20 s deadline and offers no way to pass a shorter one through
 * importInputs, so a URL that never answers would cost 20 s of test time. The real fetchResource is
 * kept (its timer, its abort, its error text); only its default deadline is shortened, the way an
 * explicit timeoutMs would. Callers that pass their own timeoutMs are unaffected.
 */
vi.mock('../../src/main/corpus/web/fetch-resource', async (importOriginal) => {
  const actual = await importOriginal<typeof FetchResourceModule>()
  return {
    ...actual,
    fetchResource: (url: string, options: Parameters<typeof actual.fetchResource>[1] = {}) => actual.fetchResource(url, { timeoutMs: 1_000, ...options })
  }
})

/** Bytes that start like a real PNG: the signature and the start of an IHDR chunk, NULs included. */
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00])
/** A ZIP local-file header (also what .docx and .xlsx files start with) followed by an entry name. */
const ZIP_BYTES = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]), Buffer.from('word/document.xml')])

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const jsonl = (...records: unknown[]) => records.map((record) => (typeof record === 'string' ? record : JSON.stringify(record))).join('\n') + '\n'

/** The article stored before the bad import; good.jsonl carries a changed copy of it under the same URL. */
const EARLIER = {
  url: 'https://harbourpost.example/news/ferry-timetable',
  title: 'Ferry timetable changes from March',
  text: 'The harbour authority published a new ferry timetable. Crossings to the island will run every forty minutes.',
  outlet: 'Harbour Post',
  author: 'Ines Berg',
  published_at: '2025-02-14',
  tags: ['transport', 'island']
}

const LATIN1_TITLE = 'Café Müller'
const LATIN1_TEXT = 'Die Gäste im Café Müller am Domplatz sprachen über die Fähre nach Köln.'
const UTF16_TEXT = 'Residents of Zürich voted on the naïve tram plan; observers in 東京 followed the count.'

/** Every file of the bad-input folder, written byte by byte so what each holds is plain to see. */
function writeBadFolder(folder: string): void {
  mkdirSync(folder, { recursive: true })
  const write = (name: string, content: string | Uint8Array) => writeFileSync(join(folder, name), content)
  write(
    'good.jsonl',
    jsonl(
      { external_id: 'g-1', title: 'Council approves harbour budget', text: 'The council approved the harbour budget after a long debate on dredging costs.' },
      { external_id: 'g-2', title: 'Lighthouse reopens', text: 'The old lighthouse on the north pier reopened to visitors after two years of repairs.' },
      // The earlier article's URL with tracking parameters and a new text: a duplicate, and the stored one must not change.
      { url: 'https://www.harbourpost.example/news/ferry-timetable?utm_source=feed', title: 'Rewritten headline', text: 'A rewritten version that must not replace the stored one.' }
    )
  )
  write('image.txt', PNG_BYTES)
  write('archive.json', ZIP_BYTES)
  write('utf16.csv', utf16le(`title,text,outlet\r\nZürich tram vote,"${UTF16_TEXT}",Tagesblatt\r\n`))
  write('latin1.txt', Buffer.from(`${LATIN1_TITLE}\n\n${LATIN1_TEXT}\n`, 'latin1'))
  write('empty.jsonl', '')
  write(
    'malformed.jsonl',
    jsonl(
      { title: 'Fish market moves', text: 'The fish market moves to the east quay next month.' },
      '{"title": "Cut off", "text": "this line ends inside a string',
      '[1, 2, 3]',
      '',
      { title: 'No body' },
      { text: 'A record with a date nobody can read.', published_at: 'last Tuesday' },
      'not json at all',
      { title: 'Ferry strike ends', text: 'Ferry crews ended their strike after the operator agreed to new rotas.' }
    )
  )
  write(
    'ragged.csv',
    [
      'title,text,outlet',
      'Dock workers vote,Dock workers voted to accept the new contract.,Harbour Post',
      'Too many,the body,Harbour Post,an extra field',
      'Quoted words,The mayor called the plan "ambitious" twice.,Harbour Post',
      'Too few,only a body',
      'Open quote,"this quote is never closed,Harbour Post',
      'Tide tables,New tide tables are posted at the harbour office.,Harbour Post'
    ].join('\n') + '\n'
  )
  // The channel closes while an <item> is still open.
  write('broken.rss', '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title><item><title>One</title><description>Cut</description></channel></rss>')
  write('blank.html', '<!doctype html><html><head><meta charset="utf-8"><title>Nothing here</title></head><body><nav><a href="/">Home</a></nav></body></html>')
}

function reportFor(result: ImportResult, name: string): ImportReport {
  const report = result.files.find((file) => basename(file.source) === name || file.source.endsWith(name))
  if (!report) throw new Error(`no report for ${name} among ${result.files.map((file) => file.source).join(', ')}`)
  return report
}

function countArticles(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
}

/** Found by an ASCII word of its text, so a wrongly decoded title or text still shows up as a diff, not as "not found". */
function articleMentioning(db: Db, word: string): number {
  const rows = db.prepare('SELECT id FROM articles WHERE text LIKE ?').all(`%${word}%`) as { id: number }[]
  expect(rows, `articles mentioning "${word}"`).toHaveLength(1)
  return (rows[0] as { id: number }).id
}

/** Everything stored about one article, raw from SQLite: its row, tag links, outlet and near-duplicate flags. */
function storedState(db: Db, id: number): unknown {
  const article = db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as { outlet_id: number | null }
  return {
    article,
    tags: db.prepare('SELECT t.name FROM article_tags a JOIN tags t ON t.id = a.tag_id WHERE a.article_id = ? ORDER BY t.name').all(id),
    outlet: db.prepare('SELECT * FROM outlets WHERE id = ?').get(article.outlet_id),
    nearDuplicates: db.prepare('SELECT * FROM near_duplicates WHERE article_id = ? OR duplicate_of = ?').all(id, id)
  }
}

describe('one import over a folder of bad input', () => {
  const tempDirectory = useTempDirectory()

  it('reports each bad file or record with its reason, stores every good record, and leaves stored articles alone', async () => {
    const directory = tempDirectory()
    const folder = join(directory, 'incoming')
    writeBadFolder(folder)
    const { db } = openDatabase(join(directory, 'corpus.sqlite'))
    try {
      const earlier = await importContent({ db }, 'earlier.jsonl', JSON.stringify(EARLIER))
      expect(earlier).toMatchObject({ added: 1, fileError: null })
      const before = storedState(db, 1)

      const jobs: JobRow[] = []
      const result = await importInputs({ db, onJob: (job) => jobs.push(job) }, [{ kind: 'path', path: folder }])
      const path = (name: string) => join(folder, name)

      // Unreadable as a whole: one clear reason, nothing counted as a record.
      expect(reportFor(result, 'image.txt')).toMatchObject({ format: null, records: 0, fileError: `binary file (${path('image.txt')}: PNG image)` })
      expect(reportFor(result, 'archive.json')).toMatchObject({
        format: null,
        records: 0,
        fileError: `binary file (${path('archive.json')}: ZIP archive or Office document)`
      })
      expect(reportFor(result, 'empty.jsonl')).toMatchObject({ format: null, records: 0, fileError: 'empty file' })
      const feed = reportFor(result, 'broken.rss')
      expect(feed).toMatchObject({ format: null, records: 0 })
      // The part after the prefix is the XML parser's own words (line, column), which may change with its version.
      expect(feed.fileError).toMatch(/^not a readable RSS or Atom feed \(.+\)$/)

      // A page without readable text is one rejected record, not a broken file.
      expect(reportFor(result, 'blank.html')).toMatchObject({
        format: 'html',
        records: 1,
        added: 0,
        rejected: 1,
        fileError: null,
        issues: [{ record: 1, kind: 'rejected', reason: 'the page has no readable text', duplicateOf: null }]
      })

      expect(reportFor(result, 'good.jsonl')).toMatchObject({
        format: 'jsonl',
        records: 3,
        added: 2,
        duplicates: 1,
        rejected: 0,
        fileError: null,
        issues: [{ record: 3, kind: 'duplicate', reason: 'same URL as article 1', duplicateOf: 1 }]
      })

      const malformed = reportFor(result, 'malformed.jsonl')
      // Eight lines, one blank: seven records, numbered by their line in the file.
      expect(malformed).toMatchObject({ format: 'jsonl', records: 7, added: 2, duplicates: 0, rejected: 5, fileError: null })
      expect(malformed.issues.map(({ record, kind }) => [record, kind])).toEqual([
        [2, 'rejected'],
        [3, 'rejected'],
        [5, 'rejected'],
        [6, 'rejected'],
        [7, 'rejected']
      ])
      // JSON.parse's own wording varies with the V8 version; what Slant says around it does not.
      expect(malformed.issues[0]?.reason).toMatch(/^not valid JSON \(.+\)$/)
      expect(malformed.issues[1]?.reason).toBe('record is not a JSON object')
      expect(malformed.issues[2]?.reason).toBe('text is missing or empty (give "text" or "html")')
      expect(malformed.issues[3]?.reason).toBe('published_at "last Tuesday" is not an ISO 8601 date or date-time')
      expect(malformed.issues[4]?.reason).toMatch(/^not valid JSON \(.+\)$/)

      expect(reportFor(result, 'ragged.csv')).toMatchObject({
        format: 'csv',
        records: 6,
        added: 3,
        rejected: 3,
        fileError: null,
        issues: [
          { record: 3, kind: 'rejected', reason: 'line 3: 4 fields where the header has 3 (a field with an unquoted delimiter?)' },
          { record: 5, kind: 'rejected', reason: 'line 5: 2 fields where the header has 3 (a missing field, or a line break inside an unquoted field?)' },
          { record: 6, kind: 'rejected', reason: 'line 6: a quoted field starting here is never closed' }
        ]
      })
      expect(reportFor(result, 'utf16.csv')).toMatchObject({ format: 'csv', records: 1, added: 1, rejected: 0, fileError: null })
      expect(reportFor(result, 'latin1.txt')).toMatchObject({ format: 'txt', records: 1, added: 1, rejected: 0, fileError: null })

      // The good records of every file are stored, text exactly as written, whatever the file's encoding.
      expect(getArticle(db, articleMentioning(db, 'Domplatz'))).toMatchObject({ title: LATIN1_TITLE, text: LATIN1_TEXT })
      expect(getArticle(db, articleMentioning(db, 'tram plan'))).toMatchObject({ title: 'Zürich tram vote', text: UTF16_TEXT, outletName: 'Tagesblatt' })
      expect(getArticle(db, articleMentioning(db, 'ambitious'))).toMatchObject({
        title: 'Quoted words',
        text: 'The mayor called the plan "ambitious" twice.'
      })
      for (const word of ['dredging', 'lighthouse', 'fish market', 'rotas', 'Dock workers', 'tide tables']) articleMentioning(db, word)
      expect(db.prepare("SELECT count(*) AS n FROM articles WHERE instr(title || text, char(65533)) > 0").get()).toEqual({ n: 0 })

      expect(result.state).toBe('done')
      expect(result.totals).toEqual({ sources: 10, records: 19, added: 9, duplicates: 1, nearDuplicates: 0, rejected: 9, unreadable: 4 })
      expect(countArticles(db)).toBe(1 + 9)
      const finished = jobs[jobs.length - 1]
      expect(finished).toMatchObject({ id: result.jobId, state: 'done', progress: 1, processed: 19, error: null })
      expect(finished?.counts).toEqual({ records: 19, added: 9, duplicates: 1, 'near-duplicates': 0, rejected: 9 })

      // The same folder again: every good record is now a duplicate, the bad ones are reported the same way.
      const again = await importInputs({ db }, [{ kind: 'path', path: folder }])
      expect(again.state).toBe('done')
      expect(again.totals).toEqual({ sources: 10, records: 19, added: 0, duplicates: 10, nearDuplicates: 0, rejected: 9, unreadable: 4 })
      expect(reportFor(again, 'latin1.txt').issues).toEqual([expect.objectContaining({ kind: 'duplicate', reason: expect.stringMatching(/^same text as article \d+$/) })])
      expect(countArticles(db)).toBe(10)

      // Neither run touched the article stored before them, not even its updated_at.
      expect(storedState(db, 1)).toEqual(before)
    } finally {
      db.close()
    }
  })
})

/**
 * JSONL and JSON files are as likely as CSV or text to come from Windows tools: Latin-1 (Windows-1252)
 * exports, UTF-8 with a BOM (Notepad, PowerShell 7), UTF-16LE with a BOM (PowerShell 5's Out-File).
 * The CSV, text and HTML readers decode all of these; a record must either be stored with its text
 * intact or be rejected with a reason, never stored with U+FFFD in place of its letters.
 */
describe('JSONL and JSON files in other encodings', () => {
  const tempDirectory = useTempDirectory()
  const record = { title: 'Café Müller reopens', text: 'Die Gäste im Café Müller sprachen über Köln.' }

  it.each([
    ['Latin-1 JSONL', 'latin1.jsonl', Buffer.from(jsonl(record), 'latin1')],
    ['UTF-8 JSONL with a BOM', 'bom.jsonl', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(jsonl(record))])],
    ['UTF-16LE JSONL with a BOM', 'utf16.jsonl', utf16le(jsonl(record))],
    ['Latin-1 JSON', 'latin1.json', Buffer.from(JSON.stringify([record]), 'latin1')],
    ['UTF-8 JSON with a BOM', 'bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify([record]))])]
  ])('stores a %s record with its text intact', async (_label, name, bytes) => {
    const directory = tempDirectory()
    writeFileSync(join(directory, name), bytes)
    const { db } = openDatabase(join(directory, 'corpus.sqlite'))
    try {
      const result = await importInputs({ db }, [{ kind: 'path', path: join(directory, name) }])
      expect(result.files[0]).toMatchObject({ records: 1, added: 1, rejected: 0, fileError: null })
      expect(getArticle(db, 1)).toMatchObject(record)
    } finally {
      db.close()
    }
  })
})

/** What the local server answers, by path; nothing here leaves 127.0.0.1. */
const ARTICLE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry fares frozen | Harbour Wire</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ferry fares frozen for another year</h1>
<p>The ferry operator announced on Monday that fares on all island crossings will stay at this year's level until next spring.</p>
<p>Commuters' groups welcomed the decision, which follows months of complaints about the cost of the daily crossing to the mainland.</p>
<p>The operator said higher fuel prices would be absorbed by savings on maintenance and a new booking system.</p></article></body></html>`

const STANDALONE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour crane collapses</title></head>
<body><article><h1>Harbour crane collapses in a storm</h1>
<p>The oldest crane on the east quay crane row collapsed during Sunday's storm, blocking two berths for the rest of the week.</p>
<p>Nobody was hurt. The port authority said the crane had been due for replacement and that cargo would be diverted to the west basin.</p></article></body></html>`

function feedXml(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Wire</title><link>${base}/</link>
<item><title>Ferry fares frozen</title><link>${base}/story-ok</link><description>Fares stay put.</description><pubDate>Mon, 03 Mar 2025 08:00:00 GMT</pubDate></item>
<item><title>A story that was taken down</title><link>${base}/story-gone</link><description>Gone.</description></item>
</channel></rss>`
}

describe('importing URLs that fail', () => {
  const tempDirectory = useTempDirectory()
  const requests: string[] = []
  const hanging: ServerResponse[] = []
  let server: Server
  let base = ''

  const route = (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/'
    requests.push(path)
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'Content-Type': type })
      response.end(body)
    }
    if (path === '/missing' || path === '/story-gone') send(404, 'text/html', '<h1>Not found</h1>')
    else if (path === '/crash') send(500, 'text/html', '<h1>Oops</h1>')
    else if (path === '/paper.pdf') send(200, 'application/pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), PNG_BYTES]))
    else if (path === '/hang') hanging.push(response)
    else if (path === '/feed.xml') send(200, 'application/rss+xml; charset=utf-8', feedXml(base))
    else if (path === '/broken-feed.xml') send(200, 'application/rss+xml', '<rss version="2.0"><channel><title>Cut</title><item><title>x</title></channel>')
    else if (path === '/story-ok') send(200, 'text/html; charset=utf-8', ARTICLE_PAGE)
    else if (path === '/crane') send(200, 'text/html; charset=utf-8', STANDALONE_PAGE)
    else send(404, 'text/plain', 'no such path')
  }

  beforeAll(async () => {
    server = createServer(route)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    // The hanging responses would otherwise keep the server (and the test run) open.
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('gives each failing URL and feed item its own error and stores the rest', async () => {
    const { db } = openDatabase(join(tempDirectory(), 'corpus.sqlite'))
    try {
      const urls = ['/missing', '/crash', '/paper.pdf', '/hang', '/broken-feed.xml', '/feed.xml', '/crane'].map((path) => `${base}${path}`)
      const inputs: ImportInput[] = urls.map((url) => ({ kind: 'url', url }))
      const result = await importInputs({ db }, inputs)
      const at = (path: string) => reportFor(result, `${base}${path}`)

      // Each message ends with the reason; that the URL is named (in the source, maybe in the message too) is enough here.
      expect(at('/missing')).toMatchObject({ records: 0, format: null, fileError: expect.stringMatching(/HTTP 404 Not Found$/) })
      expect(at('/crash')).toMatchObject({ records: 0, format: null, fileError: expect.stringMatching(/HTTP 500 Internal Server Error$/) })
      expect(at('/paper.pdf')).toMatchObject({ records: 0, format: null, fileError: expect.stringMatching(/not a web page or a feed \(content type application\/pdf\)$/) })
      expect(at('/hang')).toMatchObject({ records: 0, format: null, fileError: expect.stringMatching(/timed out after 1 s without a complete answer$/) })
      expect(requests).toContain('/hang')
      expect(at('/broken-feed.xml')).toMatchObject({ records: 0, format: null, fileError: expect.stringMatching(/not a readable RSS or Atom feed \(.+\)$/) })

      // A feed item whose page answers 404 is one rejected record naming its link; its sibling is stored.
      expect(at('/feed.xml')).toMatchObject({
        format: 'rss',
        records: 2,
        added: 1,
        rejected: 1,
        fileError: null,
        issues: [{ record: 2, kind: 'rejected', reason: `${base}/story-gone: HTTP 404 Not Found`, duplicateOf: null }]
      })
      expect(at('/crane')).toMatchObject({ format: 'url', records: 1, added: 1, fileError: null })

      expect(getArticle(db, articleMentioning(db, 'fuel prices'))).toMatchObject({
        title: 'Ferry fares frozen',
        url: `${base}/story-ok`,
        outletName: 'Harbour Wire',
        publishedAt: '2025-03-03T08:00:00.000Z'
      })
      expect(getArticle(db, articleMentioning(db, 'east quay crane'))).toMatchObject({ url: `${base}/crane` })
      expect(result.state).toBe('done')
      expect(result.totals).toEqual({ sources: 7, records: 3, added: 2, duplicates: 0, nearDuplicates: 0, rejected: 1, unreadable: 5 })
      expect(countArticles(db)).toBe(2)
    } finally {
      db.close()
    }
  })
})
