import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../src/main/analysis/entities/extract-entities'
import { analyzeFraming } from '../../src/main/analysis/framing/analyze-framing'
import { FRAME_CUES_FILE, parseFrameCues } from '../../src/main/analysis/framing/frame-cues'
import { extractQuotes } from '../../src/main/analysis/quotes/extract-quotes'
import { tokenize } from '../../src/main/analysis/text/tokenize'
import { findResourcesDirectory } from '../../src/main/resources/resources-directory'

function framing(title: string, text: string) {
  const tokenized = tokenize(text)
  return analyzeFraming({ tokenized, title: tokenize(title), quotes: extractQuotes(tokenized), entities: extractEntities(tokenized) })
}

const BALANCED = [
  'The city council approved a budget of 40 million pounds on Tuesday, with spending on buses rising and the cost of parking permits going up.',
  '"The budget protects the services people rely on, and the costs are shared fairly," said council leader Maria Lopez.',
  '"Raising permit costs will hurt small businesses and their customers," said Tom Reed, who chairs the local chamber of commerce.',
  'Lopez said the council would review the permit prices next year. Reed said businesses would take part in the review.'
].join(' ')

const ONE_SIDED = [
  'Police arrested eleven people in raids on Monday, and prosecutors said more arrests would follow.',
  'Detective Inspector Sarah Holt, praised by colleagues as brave and dedicated, led the operation.',
  '"We will find every smuggler," said Holt. "We will keep this town safe," Holt said.',
  'Holt said the gang had made millions from the crimes, and thanked the officers for their excellent work.',
  'The gang leader, Viktor Dane, is a vicious, evil thug who terrorised and abused the town for years.'
].join(' ')

describe('framing', () => {
  it('finds the primary Policy Frame from its cues and scores balanced coverage low', () => {
    const result = framing('Council approves budget with higher parking costs', BALANCED)
    expect(result.primaryFrame).toBe('economic')
    expect(result.frames[0]?.cues).toEqual(expect.arrayContaining(['budget', 'costs']))
    expect(result.bias.score).toBeLessThanOrEqual(2)
    expect(result.bias.rationale).toMatch(/2 voices/)
    expect(result.evidence.some((span) => span.kind === 'frame_cue' && BALANCED.slice(span.start, span.end) === 'budget')).toBe(true)
  })

  it('scores one voice, a charged headline and opposite tone toward the actors as strongly one-sided', () => {
    const result = framing('EVIL GANG SMASHED: vicious thugs face justice at last', ONE_SIDED)
    expect(result.primaryFrame).toBe('crime and punishment')
    expect(result.bias.score).toBeGreaterThanOrEqual(4)
    expect(result.bias.rationale).toMatch(/one voice only \(.*Holt\)/)
    expect(result.bias.rationale).toMatch(/headline tone -0\.\d\d against the opening/)
  })

  it('says "other" when no frame is signalled, with a lower confidence', () => {
    const result = framing('', 'The sun rose over the hills. Birds sang in the trees near the river.')
    expect(result.frames).toEqual([{ frame: 'other', matches: 0, cues: [] }])
    expect(result.bias.confidence).toBeLessThan(0.5)
  })

  it('reads the shipped cue list: the 14 named frames, no cue twice in a frame', () => {
    const path = join(findResourcesDirectory() as string, FRAME_CUES_FILE)
    const cues = parseFrameCues(JSON.parse(readFileSync(path, 'utf8')), path)
    expect(new Set(cues.map((cue) => cue.key)).size).toBe(14)
    expect(() => parseFrameCues([{ frame: 'economic', cues: ['cost'] }], 'f.json')).toThrow(/f\.json: each of the 14 frames/)
    expect(() => parseFrameCues([{ frame: 'vibes', cues: ['cost'] }], 'f.json')).toThrow(/f\.json: 0\.frame/)
  })
})
