import type { Gender, SpeakerRef } from './speaker-ref'
import { classifySpeaker } from './speaker-type'

/** How far back (characters) "the minister" may look for a same-type speaker it does not name. */
const ANAPHOR_REACH = 400
/** How many of the latest compatible entities "he"/"she" weighs before settling for the latest. */
const PRONOUN_WINDOW = 3

/** One speaker or named person, however many ways the text refers to them. */
export interface Entity {
  id: number
  kind: 'person' | 'nominal'
  name: string
  key: string
  surname: string | null
  gender: Gender
  collective: boolean
  strong: boolean
  personal: boolean
  subject: boolean
  /** Every description met, in order: the speaker type is read from these. */
  cues: string[]
  /** Offset of the latest reference, for "the last named person". */
  last: number
}

/**
 * Matches references to entities in document order: repeated names, surnames ("Ortiz said" after
 * "Mayor Lena Ortiz"), "the minister" after "Health Minister Wes Streeting", and pronouns to the last
 * compatible entity named before them. Callers must feed references in offset order.
 */
export class EntityTracker {
  readonly entities: Entity[] = []
  /** Most recent first; kept by moving each referred entity to the front, as references come in text order. */
  private readonly order: Entity[] = []

  /** Resolve a reference; `create` false means only refer back (a bare surname in narration). */
  refer(ref: SpeakerRef, create = true): Entity | null {
    const entity = this.match(ref) ?? (create && ref.kind !== 'pronoun' ? this.add(ref) : null)
    if (!entity) return null
    entity.last = ref.offset
    this.touch(entity)
    if (ref.kind === 'person' && entity.kind === 'person' && ref.name.split(' ').length > entity.name.split(' ').length) {
      // Met as "Ortiz" first, named in full later: keep the full name.
      entity.name = ref.name
      entity.key = ref.key
    }
    if (ref.cues && !entity.cues.includes(ref.cues)) entity.cues.push(ref.cues)
    entity.gender ??= ref.gender
    entity.strong ||= ref.strong
    entity.personal ||= ref.personal
    entity.subject ||= ref.subject
    if (ref.kind === 'pronoun' && !entity.gender) {
      if (ref.key === 'she') entity.gender = 'f'
      if (ref.key === 'he') entity.gender = 'm'
    }
    return entity
  }

  private add(ref: SpeakerRef): Entity {
    const entity: Entity = {
      id: this.entities.length, kind: ref.kind === 'person' ? 'person' : 'nominal', name: ref.name, key: ref.key,
      surname: ref.surname, gender: ref.gender, collective: ref.collective, strong: ref.strong, personal: ref.personal,
      subject: ref.subject, cues: [], last: ref.offset
    }
    this.entities.push(entity)
    return entity
  }

  private recent(): Entity[] {
    return this.order
  }

  private touch(entity: Entity): void {
    const at = this.order.indexOf(entity)
    if (at === 0) return
    if (at > 0) this.order.splice(at, 1)
    this.order.unshift(entity)
  }

  private match(ref: SpeakerRef): Entity | null {
    if (ref.kind === 'pronoun') return this.pronoun(ref.key)
    const exact = this.entities.find((entity) => entity.key === ref.key)
    if (exact) return exact
    if (ref.kind === 'person') {
      // A surname alone, or a full name whose surname was met alone first.
      const single = !ref.key.includes(' ') && !ref.key.includes('-')
      return this.recent().find((entity) => entity.kind === 'person' && (single ? entity.surname === ref.key : entity.key === ref.surname)) ?? null
    }
    if (ref.anaphoric && ref.head) return this.antecedent(ref, ref.head)
    return null
  }

  /**
   * "the spokesperson" is whoever was last described with that word; failing that, "the minister" or
   * "the company" is the nearest speaker of the same type (a Health Secretary, a rail operator), if
   * named shortly before. An institution never refers back to a named person, nor a role to an institution.
   */
  private antecedent(ref: SpeakerRef, head: string): Entity | null {
    const recent = this.recent()
    const described = recent.find((entity) => entity.cues.some((cue) => cue.toLowerCase().split(/[^\p{L}]+/u).includes(head)))
    if (described) return described
    const type = classifySpeaker(head)
    if (type === 'other') return null
    return (
      recent.find(
        (entity) =>
          entity.last >= ref.offset - ANAPHOR_REACH &&
          (ref.collective ? !entity.personal : !entity.collective) &&
          classifySpeaker(entity.cues.join(' ')) === type
      ) ?? null
    )
  }

  private pronoun(word: string): Entity | null {
    const candidates = this.recent()
    if (word === 'he' || word === 'she') {
      const excluded: Gender = word === 'he' ? 'f' : 'm'
      const wanted: Gender = word === 'he' ? 'm' : 'f'
      const fits = candidates.filter((entity) => !entity.collective && entity.gender !== excluded)
      // Among the last few, a clause subject or a person known to be of that gender beats a more recent
      // object ("Rachel Reeves met Mel Stride. …she said"); a named person beats a run that may be a place.
      return (
        fits.slice(0, PRONOUN_WINDOW).find((entity) => entity.strong && (entity.subject || entity.gender === wanted)) ??
        fits.find((entity) => entity.strong) ??
        fits[0] ??
        null
      )
    }
    // "it": an institution, or a name with no sign of a person ("Riverside Housing") acting as a subject.
    if (word === 'it') return candidates.find((entity) => (entity.collective && entity.kind === 'nominal') || (entity.subject && !entity.personal && !entity.gender)) ?? null
    // "I said", "we said": the author's own voice in a first-person piece, not anyone named.
    if (word !== 'they') return null
    // "they" is most often the group that was the subject of the last clause, not an object or a place.
    return candidates.find((entity) => entity.subject) ?? candidates[0] ?? null
  }
}
