import { vocabulary } from './vocabulary.ts'

export type QueryKind = 'common term' | 'rare term' | 'two terms' | 'phrase' | 'prefix' | 'OR' | 'exclusion' | 'no match'

export interface BenchQuery {
  kind: QueryKind
  text: string
}

/** Invented words from the far end of the Zipf tail: each occurs in a few dozen articles at most. */
function rareWords(): string[] {
  const { words, realWords } = vocabulary()
  const tail = words.length - realWords
  return Array.from({ length: 20 }, (_, index) => words[realWords + Math.floor(((index + 1) / 21) * tail)] as string)
}

/**
 * A hundred queries as a researcher types them into the search box, spread over the forms the search
 * supports. Result sizes range from every article to none, which is what separates ranking costs.
 */
export function benchQueries(): BenchQuery[] {
  const rare = rareWords()
  const r = (index: number) => rare[index] as string
  const groups: Array<[QueryKind, string[]]> = [
    [
      'common term',
      ['said', 'government', 'minister', 'president', 'police', 'election', 'inflation', 'percent', 'security', 'court', 'health', 'market', 'energy', 'climate', 'the']
    ],
    ['rare term', rare.slice(0, 15)],
    [
      'two terms',
      [
        'government budget',
        'police protest',
        'inflation wages',
        'asylum border',
        'vaccine hospitals',
        'verdict jury',
        'emissions carbon',
        'election turnout',
        'Müller Berlin',
        'Tanaka Tokyo',
        `minister ${r(15)}`,
        `said ${r(16)}`,
        'court ruling',
        'oil prices',
        'students tuition'
      ]
    ],
    [
      'phrase',
      [
        '"interest rates"',
        '"central bank"',
        '"climate change"',
        '"supreme court"',
        '"white house"',
        '"health care"',
        '"border security"',
        '"artificial intelligence"',
        '"peace talks"',
        '"cost of living"',
        '"Fatima Park"',
        '"minister said"',
        '"said the"',
        '"court of inflation"',
        '"net zero" emissions'
      ]
    ],
    ['prefix', ['gov*', 'elect*', 'immigr*', 'infla*', 'pro*', 'tr*', 'clim*', 'sancti*', 'wind*', `${r(17).slice(0, 5)}*`]],
    [
      'OR',
      [
        'inflation OR recession',
        'asylum OR refugees',
        'vaccine OR pandemic',
        'Tokyo OR Seoul',
        '"climate change" OR emissions',
        `${r(18)} OR ${r(19)}`,
        'strike OR unions',
        'drones OR missiles',
        'tariffs OR sanctions',
        'court OR judge OR jury'
      ]
    ],
    [
      'exclusion',
      [
        'election -campaign',
        'police -protest',
        'inflation -"interest rates"',
        'climate -emissions',
        'government -minister',
        'court -appeal',
        'energy -oil -gas',
        'housing -rent',
        'Berlin -Müller',
        'said -the'
      ]
    ],
    ['no match', ['qzxv', 'xylophonist', 'zzyzx', 'jabberwocky', 'quixotic', 'zebra', 'kazoo', 'sphinx', '"oxymoron"', 'government qzxv']]
  ]
  return groups.flatMap(([kind, texts]) => texts.map((text) => ({ kind, text })))
}
