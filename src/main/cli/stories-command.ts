import type { Backend } from '../api/backend'
import { readSettings } from '../corpus/settings-store'
import { integerOption, UsageError, type ParsedArguments } from './parse-arguments'
import { formatCount, type Terminal } from './terminal'

/**
 * `slant stories [--rebuild] [--limit N]`: places analysed articles that are in no story yet (or,
 * with --rebuild, clusters the whole analysed corpus again) and scores their omission; then lists
 * the largest stories.
 */
export function storiesCommand(backend: Backend, parsed: ParsedArguments, terminal: Terminal): number {
  if (parsed.positionals.length > 0) throw new UsageError(`stories takes no arguments (got "${parsed.positionals.join(' ')}"); use --rebuild to cluster again`)
  const limit = integerOption(parsed, 'limit', 10, 0, 1000)
  const analysed = (backend.db.prepare('SELECT count(*) AS n FROM article_story_features').get() as { n: number }).n
  if (analysed === 0) {
    terminal.err('slant: no analysed article to cluster yet; run slant analyze --all first')
    return 1
  }
  const rebuild = parsed.options.has('rebuild')
  terminal.status(rebuild ? 'Clustering every analysed article again...' : 'Placing new articles in stories...')
  const result = rebuild ? backend.stories.rebuild() : backend.stories.update()
  terminal.status('')
  const threshold = readSettings(backend.db).storyThreshold
  terminal.out(
    `${rebuild ? 'Rebuilt: ' : ''}placed ${formatCount(result.clustered)} article${result.clustered === 1 ? '' : 's'} (threshold ${threshold}): ` +
      `${formatCount(result.storiesCreated)} new stor${result.storiesCreated === 1 ? 'y' : 'ies'}, ${formatCount(result.storiesGrown)} grew; ` +
      `omission scored for ${formatCount(result.omissionsScored)} article${result.omissionsScored === 1 ? '' : 's'}` +
      (result.omissionRunId === null ? '' : ` in run ${result.omissionRunId}`)
  )
  const totals = backend.db.prepare('SELECT count(*) AS stories, coalesce(sum(articles > 1), 0) AS shared FROM stories').get() as { stories: number; shared: number }
  terminal.out(`${formatCount(totals.stories)} stories in the corpus, ${formatCount(totals.shared)} with more than one article.`)
  const edited = (backend.db.prepare('SELECT count(DISTINCT story_id) AS n FROM story_articles WHERE pinned = 1').get() as { n: number }).n
  if (edited > 0) terminal.out(`${formatCount(edited)} stor${edited === 1 ? 'y' : 'ies'} edited by hand ${rebuild ? 'kept as edited' : 'in the corpus'} (their names and the articles placed by hand).`)
  if (limit > 0) {
    const largest = backend.db
      .prepare(
        `SELECT s.id, s.label, s.articles, substr(s.first_date, 1, 10) AS first, substr(s.last_date, 1, 10) AS last,
           (SELECT count(DISTINCT a.outlet_id) FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = s.id) AS outlets
         FROM stories s WHERE s.articles > 1 ORDER BY s.articles DESC, s.id LIMIT ?`
      )
      .all(limit) as { id: number; label: string; articles: number; first: string; last: string; outlets: number }[]
    for (const story of largest) {
      terminal.out(`  story ${story.id}  ${story.articles} articles, ${story.outlets} outlet${story.outlets === 1 ? '' : 's'}, ${story.first}${story.last !== story.first ? ` to ${story.last}` : ''}  ${story.label}`)
    }
  }
  return 0
}
