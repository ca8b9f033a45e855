/**
 * The codebook's score levels (design: "The codebook"): shown beside every score in the app and
 * written into every dataset's codebook.csv, so both read from this one list.
 */
export const CODEBOOK = {
  framing: [
    'perspectives get comparable space and neutral presentation',
    'mild emphasis on one perspective',
    'clear emphasis; other perspectives present but subordinate',
    'strongly one-sided; other perspectives token',
    'advocacy; no other perspective'
  ],
  language: [
    'neutral wording throughout',
    'a few loaded or emotive terms',
    'repeated loaded, emotive or intensified wording',
    'loaded wording dominates the tone',
    'inflammatory or derogatory language'
  ],
  omission: [
    'covers the facts and voices that coverage of the same story elsewhere treats as central',
    'misses minor facts or secondary voices',
    "misses a central fact or a major stakeholder's perspective",
    'misses several central facts or perspectives',
    'coverage is built on what it leaves out'
  ]
} as const
