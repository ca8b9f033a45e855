import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { CallInput } from '../../../../shared/contract'
import type { SampleKind } from '../../../../shared/queue-rows'
import type { BiasDimension } from '../../../../shared/rows'
import { errorMessage } from '../../api/client'
import { DIMENSION_NAMES } from './blind-score-editor'
import { useQueueStore } from './queue-store'

const KINDS: { kind: SampleKind; label: string; hint: string }[] = [
  { kind: 'random', label: 'Random', hint: 'a simple random sample of the whole corpus' },
  { kind: 'stratified', label: 'Stratified by outlet', hint: 'the same number from each outlet, or each outlet in proportion to its size' },
  { kind: 'search', label: 'Saved search', hint: 'the articles a saved search finds (all, or a random sample of them)' },
  { kind: 'story', label: 'Story', hint: "one story's articles from every outlet" }
]

function sampleOf(kind: SampleKind, fields: { size: string; seed: string; allocation: 'equal' | 'proportional'; searchId: string; storyId: string }): CallInput<'queues.create'>['sample'] | string {
  const size = fields.size.trim() === '' ? undefined : Number(fields.size)
  const seed = fields.seed.trim() === '' ? undefined : Number(fields.seed)
  if (size !== undefined && !(Number.isInteger(size) && size >= 1)) return 'The size must be a whole number of articles, 1 or more.'
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0)) return 'The seed must be a whole number (0 or more), or left empty for a new one.'
  const seeded = seed === undefined ? {} : { seed }
  if (kind === 'random' || kind === 'stratified') {
    if (size === undefined) return 'Say how many articles the sample should have.'
    return kind === 'random' ? { kind, size, ...seeded } : { kind, size, allocation: fields.allocation, ...seeded }
  }
  const sized = size === undefined ? {} : { size }
  if (kind === 'search') return fields.searchId ? { kind, savedSearchId: Number(fields.searchId), ...sized, ...seeded } : 'Pick a saved search (save one from the corpus search first).'
  return fields.storyId ? { kind, storyId: Number(fields.storyId), ...sized, ...seeded } : 'Pick a story.'
}

/** Draws a new queue: name, how the sample is drawn, and which dimensions every coder scores. */
export function CreateQueueDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const { sources, loadSources, create, open: openQueue } = useQueueStore()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<SampleKind>('random')
  const [size, setSize] = useState('20')
  const [seed, setSeed] = useState('')
  const [allocation, setAllocation] = useState<'equal' | 'proportional'>('equal')
  const [searchId, setSearchId] = useState('')
  const [storyId, setStoryId] = useState('')
  const [dimensions, setDimensions] = useState<BiasDimension[]>(['framing', 'language', 'omission'])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (open) {
      void loadSources()
      dialog.current?.showModal()
    } else dialog.current?.close()
  }, [open, loadSources])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const sample = sampleOf(kind, { size, seed, allocation, searchId, storyId })
    if (typeof sample === 'string') return setError(sample)
    if (dimensions.length === 0) return setError('Pick at least one dimension to code.')
    create({ name: name.trim(), sample, dimensions }).then(
      (queue) => {
        setError(null)
        setName('')
        onClose()
        void openQueue(queue.id)
      },
      (failure: unknown) => setError(errorMessage(failure))
    )
  }
  const toggle = (dimension: BiasDimension) => setDimensions(dimensions.includes(dimension) ? dimensions.filter((item) => item !== dimension) : [...dimensions, dimension])
  const optionalSize = kind === 'search' || kind === 'story'
  return (
    <dialog ref={dialog} className="report-dialog queue-dialog" onClose={onClose} aria-labelledby="create-queue-title" data-testid="create-queue-dialog">
      <form onSubmit={submit}>
        <h2 id="create-queue-title">New coding queue</h2>
        <p className="muted">Every coder codes the same units in the same order. The sample is drawn once and kept, with its seed, so it can be reported and drawn again.</p>
        <label className="queue-field">
          Name <input aria-label="Queue name" value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} autoFocus />
        </label>
        <fieldset className="queue-field">
          <legend>Sample</legend>
          {KINDS.map((option) => (
            <label key={option.kind} className="queue-kind">
              <input type="radio" name="sample-kind" checked={kind === option.kind} onChange={() => setKind(option.kind)} /> {option.label} <span className="muted">: {option.hint}</span>
            </label>
          ))}
        </fieldset>
        {kind === 'stratified' ? (
          <label className="queue-field">
            Per outlet{' '}
            <select aria-label="Allocation" value={allocation} onChange={(event) => setAllocation(event.target.value as 'equal' | 'proportional')}>
              <option value="equal">equal numbers</option>
              <option value="proportional">in proportion to its articles</option>
            </select>
            {sources ? <span className="muted"> {sources.outlets.length} outlets</span> : null}
          </label>
        ) : null}
        {kind === 'search' ? (
          <label className="queue-field">
            Saved search{' '}
            <select aria-label="Saved search" value={searchId} onChange={(event) => setSearchId(event.target.value)}>
              <option value="">{sources?.savedSearches.length === 0 ? 'none saved yet: save one in the corpus view' : 'pick one'}</option>
              {sources?.savedSearches.map((search) => (
                <option key={search.id} value={search.id}>
                  {search.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {kind === 'story' ? (
          <label className="queue-field">
            Story{' '}
            <select aria-label="Story" value={storyId} onChange={(event) => setStoryId(event.target.value)}>
              <option value="">{sources?.stories.length === 0 ? 'no story has two articles yet: analyse the corpus first' : 'pick one'}</option>
              {sources?.stories.map((story) => (
                <option key={story.id} value={story.id}>
                  {story.label} ({story.articles} articles)
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="queue-field">
          Size{' '}
          <input aria-label="Sample size" inputMode="numeric" value={size} onChange={(event) => setSize(event.target.value)} placeholder={optionalSize ? 'all' : ''} className="confidence-input" />
          <span className="muted">{optionalSize ? ' leave empty for every article' : sources ? ` of ${sources.articleCount} articles` : ''}</span>
        </label>
        <label className="queue-field">
          Seed <input aria-label="Seed" inputMode="numeric" value={seed} onChange={(event) => setSeed(event.target.value)} placeholder="new" className="confidence-input" />
          <span className="muted"> the same seed draws the same sample from the same corpus</span>
        </label>
        <fieldset className="queue-field">
          <legend>Dimensions to code</legend>
          {(['framing', 'language', 'omission'] as const).map((dimension) => (
            <label key={dimension} className="queue-kind">
              <input type="checkbox" checked={dimensions.includes(dimension)} onChange={() => toggle(dimension)} /> {DIMENSION_NAMES[dimension]}
            </label>
          ))}
        </fieldset>
        {error ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>{' '}
          <button type="submit" className="primary">
            Create queue
          </button>
        </div>
      </form>
    </dialog>
  )
}
