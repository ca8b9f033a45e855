import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/main/analysis/language/detect-language'

// Short news paragraphs written for these tests.
const PARAGRAPHS: Record<string, string> = {
  en: 'The government announced new measures on Tuesday to help households with rising energy bills, but opposition parties said the plan came too late for many families.',
  de: 'Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um Haushalte bei den steigenden Energiekosten zu entlasten. Die Opposition kritisierte, der Plan komme für viele Familien zu spät.',
  fr: 'Le gouvernement a annoncé mardi de nouvelles mesures pour aider les ménages face à la hausse des factures d’énergie, mais l’opposition estime que le plan arrive trop tard pour de nombreuses familles.',
  es: 'El gobierno anunció el martes nuevas medidas para ayudar a los hogares ante el aumento de las facturas de energía, pero la oposición afirmó que el plan llega demasiado tarde para muchas familias.'
}

describe('detectLanguage', () => {
  it('returns the ISO 639-1 code of English, German, French and Spanish paragraphs, confidently', () => {
    for (const [code, text] of Object.entries(PARAGRAPHS)) {
      const result = detectLanguage(text)
      expect(result.code, code).toBe(code)
      expect(result.confidence, code).toBeGreaterThan(0.5)
      expect(result.confidence, code).toBeLessThanOrEqual(1)
    }
  })

  it('returns null for text too short to tell', () => {
    for (const text of ['', 'Hello there', 'BBC News', 'Seoul', 'OK', 'Hola amigo']) expect(detectLanguage(text), text).toEqual({ code: null, confidence: 0 })
  })

  it('ignores numbers, links and e-mail addresses', () => {
    expect(detectLanguage('12345 678 9 2024-01-02 3.5% https://example.com/a/very/long/path info@example.com').code).toBeNull()
    const english = `${PARAGRAPHS.en} See https://example.com/energie-preise-und-haushalte-2024 or write to presse@example.de for 2024 figures.`
    expect(detectLanguage(english).code).toBe('en')
  })

  it('gives less confidence to a sentence than to a paragraph', () => {
    const sentence = detectLanguage('Die Regierung hat neue Maßnahmen angekündigt.')
    expect(sentence.code).toBe('de')
    expect(sentence.confidence).toBeLessThan(detectLanguage(PARAGRAPHS.de as string).confidence)
  })
})
