import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend, type Backend } from '../../src/main/api/backend'
import type { CallInput, CallName, CallOutput } from '../../src/shared/contract'
import { cli, useBuiltCli } from '../helpers/cli'
import { useTempDirectory } from '../helpers/temp-directory'

useBuiltCli()

async function call<Name extends CallName>(backend: Backend, name: Name, input: CallInput<Name>): Promise<CallOutput<Name>> {
  const result = await backend.dispatch(name, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as CallOutput<Name>
}

const SHARED = ['a-1', 'a-2'].map((id, index) =>
  JSON.stringify({ external_id: id, outlet: 'Harbour Post', title: `Harbour story ${index + 1}`, text: `The harbour board met on day ${index + 1} and agreed item ${index * 11 + 2}.` })
)

async function corpus(path: string, lines: string[]): Promise<Backend> {
  const backend = createBackend(path)
  await call(backend, 'import.upload', { files: [{ fileName: 'a.jsonl', content: lines.join('\n') }] })
  return backend
}

const idOf = (backend: Backend, externalId: string) => (backend.db.prepare('SELECT id FROM articles WHERE external_id = ?').get(externalId) as { id: number }).id

describe('coder files with goals and frames', () => {
  const tempDirectory = useTempDirectory()

  it('carry label judgments with their undo chain, and a second merge adds nothing', async () => {
    const directory = tempDirectory()
    const home = await corpus(join(directory, 'home.sqlite'), [...SHARED].reverse())
    const ben = await call(home, 'coders.create', { name: 'Ben Okoro', initials: 'BO', colour: '#3366aa' })
    await call(home, 'settings.update', { coderId: ben.id })
    const a1 = idOf(home, 'a-1')
    await call(home, 'labels.record', { articleId: a1, scheme: 'sdg', goal: 14, present: true, direction: 'negative', relevance: 'indirect', rationale: 'runoff into the bay' })
    await call(home, 'labels.record', { articleId: a1, scheme: 'frame', frame: 'economic', present: true, primary: true })
    await call(home, 'labels.record', { articleId: a1, scheme: 'frame', frame: 'health and safety', present: true, primary: true })
    await call(home, 'coding.undo', {})
    await call(home, 'judgments.record', { articleId: a1, dimension: 'framing', value: 2 })
    const file = await call(home, 'coders.exportFile', { coderId: ben.id })
    home.close()

    const lead = await corpus(join(directory, 'lead.sqlite'), SHARED)
    const merged = await call(lead, 'coders.merge', file)
    // One score and four label rows (three edits and the undo).
    expect(merged).toMatchObject({ coder: 'Ben Okoro', coderAdded: true, added: 5, alreadyMerged: 0, unmatched: [] })
    const labels = await call(lead, 'labels.forArticle', { articleId: idOf(lead, 'a-1') })
    expect(labels.sdgs).toMatchObject({ source: 'human', value: { goals: [{ goal: 14, direction: 'negative', relevance: 'indirect', rationale: 'runoff into the bay' }] } })
    expect(labels.frames).toMatchObject({ source: 'human', value: { frames: [{ frame: 'economic' }], primary: 'economic' } })
    expect(labels.history[0]).toMatchObject({ action: 'undo', label: 'health and safety', present: null, replacesId: labels.history[1]?.id })

    expect(await call(lead, 'coders.merge', file)).toMatchObject({ coderAdded: false, added: 0, alreadyMerged: 5 })
    expect((await call(lead, 'labels.forArticle', { articleId: idOf(lead, 'a-1') })).history).toHaveLength(4)
    // A file from before goals and frames (no labelJudgments) still merges.
    const older = JSON.parse(file.content) as Record<string, unknown>
    delete older.labelJudgments
    expect(await call(lead, 'coders.merge', { fileName: 'older.json', content: JSON.stringify(older) })).toMatchObject({ added: 0, alreadyMerged: 1 })
    // A label outside the codebook is refused, and nothing is merged.
    const broken = JSON.parse(file.content) as { labelJudgments: { label: string }[] }
    ;(broken.labelJudgments[0] as { label: string }).label = '18'
    expect(await lead.dispatch('coders.merge', { fileName: 'broken.json', content: JSON.stringify(broken) })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('labelJudgments.0.label') } })
    lead.close()

    // The command line reports frames and goals, with the by-outlet section.
    const printed = cli(['agreement', '--dimension', 'sdgs', '--db', join(directory, 'lead.sqlite')])
    expect(printed.status).toBe(0)
    expect(printed.stdout).toMatch(/^sdgs: 1 articles coded by 1 coder, 0 by two or more; Krippendorff's alpha nominal n\/a; .*\(unit: an article and one of the 17 goals, present or absent\)/)
    expect(printed.stdout).toContain('  by outlet:\n    Harbour Post: 1 article, 0 by two or more')
  })
})
