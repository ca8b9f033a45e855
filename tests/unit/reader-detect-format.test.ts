import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../src/main/corpus/readers/detect-format'

const REPORT = ['Article: Council approves budget', '', 'Framing Bias', '2/5', 'Some framing.', '', 'Language Bias', '1/5', '', 'Bias by Omission', '3/5'].join('\n')

describe('detectFormat', () => {
  it('goes by the extension', () => {
    const cases: Array<[string, string]> = [
      ['a.jsonl', 'jsonl'],
      ['a.NDJSON', 'jsonl'],
      ['a.json', 'json'],
      ['a.csv', 'csv'],
      ['a.tsv', 'csv'],
      ['a.html', 'html'],
      ['a.htm', 'html'],
      ['a.xhtml', 'html'],
      ['a.txt', 'txt'],
      ['a.md', 'txt'],
      ['a.markdown', 'txt'],
      ['a.text', 'txt'],
      ['a.xml', 'rss'],
      ['a.rss', 'rss'],
      ['a.atom', 'rss']
    ]
    for (const [name, format] of cases) expect(detectFormat(name, ''), name).toBe(format)
  })

  it('tells an analysis report from a plain .txt article', () => {
    expect(detectFormat('analysis.txt', REPORT)).toBe('report')
    expect(detectFormat('article.txt', 'Council approves budget\n\nThe council voted 5/5 in favour.')).toBe('txt')
    // Markdown is always an article.
    expect(detectFormat('notes.md', REPORT)).toBe('txt')
  })

  it('sniffs the content when the extension says nothing', () => {
    expect(detectFormat('download', '[{"text":"a"}]')).toBe('json')
    expect(detectFormat('download', '{"text":"a"}\n{"text":"b"}\n')).toBe('jsonl')
    expect(detectFormat('download', '{\n  "text": "a"\n}\n')).toBe('json')
    expect(detectFormat('feed', '<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>')).toBe('rss')
    expect(detectFormat('feed', '\ufeff<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">')).toBe('rss')
    expect(detectFormat('page', '<!DOCTYPE html><html><body></body></html>')).toBe('html')
    expect(detectFormat('page', '  <html lang="en"><head>')).toBe('html')
    expect(detectFormat('page', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">')).toBe('html')
    // An extension Slant does not read is not second-guessed from the content.
    expect(detectFormat('page.xhtml.bak', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">')).toBeNull()
    expect(detectFormat('notes.rtf', '{\\rtf1 notes}')).toBeNull()
    expect(detectFormat('report', REPORT)).toBe('report')
    expect(detectFormat('notes', 'just some words')).toBeNull()
    expect(detectFormat('image.png', '\u0089PNG')).toBeNull()
  })
})
