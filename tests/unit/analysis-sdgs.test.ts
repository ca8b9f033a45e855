import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mapSdgs } from '../../src/main/analysis/sdgs/map-sdgs'
import { parseSdgPhrases, SDG_PHRASES_FILE } from '../../src/main/analysis/sdgs/sdg-phrases'
import { tokenize } from '../../src/main/analysis/text/tokenize'
import { findResourcesDirectory } from '../../src/main/resources/resources-directory'

const DROUGHT =
  'A severe drought has pushed two million people into hunger across the region, aid agencies warned on Monday. ' +
  'Crop failure on a scale not seen in decades has left smallholder farmers with nothing to sell, and food prices in the markets have tripled. ' +
  'Doctors reported rising malnutrition among children under five. ' +
  'The government said it would ask donors for emergency food aid.'

const WIND =
  'The country opened its largest wind farm on Tuesday, and officials said renewable energy now supplies half of its electricity. ' +
  'The new wind turbines will cut energy bills for two million homes, the minister said, welcoming a great success for clean energy. ' +
  'Engineers praised the project.'

const PASSING =
  'The mayor spoke about the new library at length. She mentioned the election next year once, and thanked the volunteers who run the reading club.'

describe('SDG mapping', () => {
  it('finds the goals a text is about, with direction and relevance, and names the passages', () => {
    const drought = mapSdgs(tokenize(DROUGHT))
    const hunger = drought.find((finding) => finding.goal === 2)
    expect(hunger).toMatchObject({ direction: 'negative', relevance: 'direct' })
    // Inflected forms match: "crop failure", "farmers", "food prices".
    expect(hunger?.rationale).toMatch(/"hunger"/)
    expect(hunger?.rationale).toMatch(/"crop failure"/)
    expect(hunger?.rationale).toMatch(/opening/)
    expect(hunger?.rationale).toMatch(/tone around them is negative \(-0\.\d\d on -1\.\.1\)/)
    expect(drought[0]?.goal).toBe(2)

    const wind = mapSdgs(tokenize(WIND))
    expect(wind.find((finding) => finding.goal === 7)).toMatchObject({ direction: 'positive', relevance: 'direct' })
    expect(wind.some((finding) => finding.goal === 2)).toBe(false)
  })

  it('leaves out a goal that a text only touches once', () => {
    expect(mapSdgs(tokenize(PASSING))).toEqual([])
  })

  it('reads the shipped phrase list: 17 goals, none empty, no phrase twice in a goal', () => {
    const path = join(findResourcesDirectory() as string, SDG_PHRASES_FILE)
    const phrases = parseSdgPhrases(JSON.parse(readFileSync(path, 'utf8')), path)
    expect(new Set(phrases.map((phrase) => phrase.key)).size).toBe(17)
    expect(phrases.length).toBeGreaterThan(17 * 15)
    expect(() => parseSdgPhrases([{ goal: 1, phrases: ['poverty'] }], 'x.json')).toThrow(/x\.json: .*17 goals/)
    const twice = Array.from({ length: 17 }, (_, index) => ({ goal: index + 1, phrases: index === 4 ? ['equal pay', 'Equal pay'] : ['a phrase'] }))
    expect(() => parseSdgPhrases(twice, 'x.json')).toThrow(/goal 5 lists "Equal pay" twice/)
  })
})
