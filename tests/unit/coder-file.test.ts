import { writeFileSync } from 'node:fs'
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

// Articles written for this test; both corpora import them, the coder's also has one more.
const SHARED = ['a-1', 'a-2', 'a-3'].map((id, index) => JSON.stringify({ external_id: id, title: `Harbour story ${index + 1}`, text: `The harbour board met on day ${index + 1} and agreed item ${index * 11 + 2}.` }))
const ONLY_THE_CODERS = JSON.stringify({ external_id: 'x-9', title: 'Ferry story', text: 'The ferry timetable changes for the winter months.' })

async function corpus(path: string, lines: string[]): Promise<Backend> {
  const backend = createBackend(path)
  await call(backend, 'import.upload', { files: [{ fileName: 'a.jsonl', content: lines.join('\n') }] })
  return backend
}

const idOf = (backend: Backend, externalId: string) => (backend.db.prepare('SELECT id FROM articles WHERE external_id = ?').get(externalId) as { id: number }).id

describe('coder files', () => {
  const tempDirectory = useTempDirectory()

  it("merge a coder's judgments into the lead's corpus, keep coders apart, lose nothing, and add nothing the second time", async () => {
    const directory = tempDirectory()
    const lead = await corpus(join(directory, 'lead.sqlite'), SHARED)
    const ana = await call(lead, 'coders.create', { name: 'Ana Ruiz', initials: 'AR', colour: '#aa3366' })
    await call(lead, 'settings.update', { coderId: ana.id })
    await call(lead, 'judgments.record', { articleId: idOf(lead, 'a-1'), dimension: 'language', value: 4 })

    // On the coder's own machine: the same articles (other row ids) plus one the lead lacks.
    const home = await corpus(join(directory, 'home.sqlite'), [ONLY_THE_CODERS, ...SHARED])
    const ben = await call(home, 'coders.create', { name: 'Ben Okoro', initials: 'BO', colour: '#3366aa' })
    await call(home, 'settings.update', { coderId: ben.id })
    await call(home, 'judgments.record', { articleId: idOf(home, 'a-1'), dimension: 'language', value: 4, rationale: 'loaded headline' })
    await call(home, 'judgments.record', { articleId: idOf(home, 'a-2'), dimension: 'framing', value: 2 })
    await call(home, 'judgments.record', { articleId: idOf(home, 'a-2'), dimension: 'framing', value: 3 })
    await call(home, 'judgments.undo', {})
    await call(home, 'judgments.record', { articleId: idOf(home, 'x-9'), dimension: 'omission', value: 5 })
    const file = await call(home, 'coders.exportFile', { coderId: ben.id })
    expect(file.fileName).toBe('ben-okoro.slant-coder.json')
    home.close()

    const merged = await call(lead, 'coders.merge', file)
    expect(merged).toMatchObject({ coder: 'Ben Okoro', coderAdded: true, added: 4, alreadyMerged: 0, unmatched: [{ title: 'Ferry story', reason: expect.stringContaining('external id x-9') }] })
    const a1 = await call(lead, 'articles.finalScores', { id: idOf(lead, 'a-1') })
    expect(a1.find((score) => score.dimension === 'language')).toMatchObject({ value: 4, source: 'consensus', humans: [{ coderName: 'Ana Ruiz' }, { coderName: 'Ben Okoro', rationale: 'loaded headline' }] })
    // The undo came across as a row of its own, so Ben's value is the one before his second edit.
    const a2 = await call(lead, 'articles.finalScores', { id: idOf(lead, 'a-2') })
    expect(a2.find((score) => score.dimension === 'framing')).toMatchObject({ value: 2, source: 'human' })
    const history = await call(lead, 'judgments.history', { articleId: idOf(lead, 'a-2') })
    expect(history.map((row) => `${row.coderName}:${row.action}:${row.value}`)).toEqual(['Ben Okoro:undo:2', 'Ben Okoro:edit:3', 'Ben Okoro:edit:2'])
    expect(history[0]?.replacesId).toBe(history[1]?.id)

    // The same file again adds nothing.
    expect(await call(lead, 'coders.merge', file)).toMatchObject({ coderAdded: false, added: 0, alreadyMerged: 4 })
    expect((await call(lead, 'coders.list', {})).map((coder) => coder.name)).toEqual(['Ana Ruiz', 'Ben Okoro'])

    // Not a coder file: a clear error naming the file, and nothing changes.
    expect(await lead.dispatch('coders.merge', { fileName: 'notes.json', content: '{"format":"other"}' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/^notes\.json is not a Slant coder file \(format: .*\)\. Nothing was merged\.$/) }
    })
    lead.close()
  })

  it('exports and merges from the command line', async () => {
    const directory = tempDirectory()
    const home = await corpus(join(directory, 'home.sqlite'), SHARED)
    const ben = await call(home, 'coders.create', { name: 'Ben Okoro', initials: 'BO', colour: '#3366aa' })
    await call(home, 'settings.update', { coderId: ben.id })
    await call(home, 'judgments.record', { articleId: idOf(home, 'a-3'), dimension: 'omission', value: 3 })
    home.close()
    const lead = await corpus(join(directory, 'lead.sqlite'), SHARED)
    lead.close()
    const out = join(directory, 'ben.json')
    expect(cli(['coders', 'export', '--coder', 'ben okoro', '--out', out, '--db', join(directory, 'home.sqlite')]).stdout).toMatch(/^Wrote 1 judgment by Ben Okoro to /)
    const first = cli(['coders', 'merge', out, '--db', join(directory, 'lead.sqlite')])
    expect(first).toMatchObject({ status: 0, stdout: expect.stringContaining('Ben Okoro (new coder): 1 judgment added, 0 already merged, 0 on articles not in this corpus') })
    expect(cli(['coders', 'merge', out, '--db', join(directory, 'lead.sqlite')]).stdout).toContain('Ben Okoro: 0 judgments added, 1 already merged')
    expect(cli(['coders', '--db', join(directory, 'lead.sqlite')]).stdout).toContain('BO   Ben Okoro: 1 judgment')
    const bad = join(directory, 'bad.json')
    writeFileSync(bad, 'not json')
    expect(cli(['coders', 'merge', bad, '--db', join(directory, 'lead.sqlite')])).toMatchObject({ status: 1, stderr: expect.stringContaining('bad.json is not a Slant coder file') })
    expect(cli(['coders', 'export', '--coder', 'nobody', '--out', out, '--db', join(directory, 'lead.sqlite')]).status).toBe(2)
  })
})
