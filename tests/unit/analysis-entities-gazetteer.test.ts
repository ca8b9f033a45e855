import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GAZETTEER_FILES, loadGazetteer } from '../../src/main/analysis/entities/gazetteer'
import { exactKey, foldedKey, isCapitalsOnly } from '../../src/main/analysis/entities/name-keys'
import { loadNameRules } from '../../src/main/analysis/entities/name-rules'

interface GazetteerFile {
  kind: string
  description: string
  entries: { name: string; aliases?: string[]; demonyms?: string[] }[]
}

const read = (file: string): GazetteerFile => JSON.parse(readFileSync(`resources/gazetteer/${file}`, 'utf8')) as GazetteerFile

describe('the gazetteer', () => {
  const gazetteer = loadGazetteer()

  it('resolves aliases to canonical names', () => {
    expect(gazetteer.lookup('UN')).toEqual({ name: 'United Nations', kind: 'organisation' })
    expect(gazetteer.lookup('U.N.')?.name).toBe('United Nations')
    for (const alias of ['US', 'U.S.', 'USA', 'United States of America']) expect(gazetteer.lookup(alias)?.name, alias).toBe('United States')
    expect(gazetteer.lookup('UK')?.name).toBe('United Kingdom')
    expect(gazetteer.lookup('Britain')?.name).toBe('United Kingdom')
    expect(gazetteer.lookup('Kiev')?.name).toBe('Kyiv')
    expect(gazetteer.lookup('the Kremlin')?.kind).toBe('organisation')
  })

  it('matches capitals-only aliases only in capitals, and other names in any case', () => {
    expect(gazetteer.lookup('WHO')?.name).toBe('World Health Organization')
    expect(gazetteer.lookup('Who')).toBeUndefined()
    expect(gazetteer.lookup('us')).toBeUndefined()
    expect(gazetteer.lookup('IS')?.name).toBe('Islamic State')
    expect(gazetteer.lookup('Is')).toBeUndefined()
    expect(gazetteer.lookup('SEOUL')?.name).toBe('Seoul')
    expect(gazetteer.lookup('bank of england')?.name).toBe('Bank of England')
  })

  it('knows demonyms, singular and plural', () => {
    expect(gazetteer.isDemonym('North Korean')).toBe(true)
    expect(gazetteer.isDemonym('Americans')).toBe(true)
    expect(gazetteer.isDemonym('Seoul')).toBe(false)
  })

  it('has files that are valid, described, sizeable and free of conflicting aliases', () => {
    const claimed = new Map<string, string>()
    let entries = 0
    for (const file of GAZETTEER_FILES) {
      const data = read(file)
      expect(data.description.length, file).toBeGreaterThan(20)
      expect(['person', 'organisation', 'place']).toContain(data.kind)
      entries += data.entries.length
      for (const entry of data.entries) {
        for (const form of [entry.name, ...(entry.aliases ?? [])]) {
          const key = isCapitalsOnly(form) ? `exact:${exactKey(form)}` : foldedKey(form)
          const owner = `${file}: ${entry.name}`
          // The same alias may not name two different entries: the second would silently lose it.
          expect(claimed.get(key) ?? owner, form).toBe(owner)
          claimed.set(key, owner)
        }
      }
    }
    expect(entries).toBeGreaterThan(900)
    expect(read('countries.json').entries.length).toBeGreaterThan(190)
  })

  it('has name rules with the suffixes, titles and word lists the extractor relies on', () => {
    const rules = loadNameRules()
    for (const suffix of ['group', 'ministry', 'council', 'party', 'bank', 'university', 'agency', 'corp', 'inc', 'ltd', 'plc', 'association', 'union', 'committee', 'court', 'police', 'department', 'commission', 'foundation', 'institute']) {
      expect(rules.organisationSuffixes.has(suffix), suffix).toBe(true)
    }
    for (const title of ['mr', 'ms', 'mrs', 'dr', 'mayor', 'president', 'minister']) expect(rules.titleSet.has(title), title).toBe(true)
    expect(rules.placeHyphenMarkers.has('based')).toBe(true)
    expect(rules.titles[0]?.length).toBeGreaterThan(1)
    const raw = JSON.parse(readFileSync('resources/gazetteer/name-rules.json', 'utf8')) as Record<string, unknown>
    for (const [key, value] of Object.entries(raw)) {
      if (Array.isArray(value)) for (const word of value as string[]) expect(word, `${key}: ${word}`).toBe(word.toLowerCase())
    }
  })
})
