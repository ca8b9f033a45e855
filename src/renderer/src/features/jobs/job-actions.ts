import type { JobRow } from '../../../../shared/rows'
import { client } from '../../api/client'
import { reportError } from '../frame/app-store'

export type JobAction = 'jobs.pause' | 'jobs.resume' | 'jobs.cancel'

/** Pauses, resumes or cancels a job; a refusal is reported. Resolves with the job as it now stands, when the services say. */
export async function actOnJob(action: JobAction, id: number): Promise<JobRow | null> {
  try {
    const result = await client.call(action, { id })
    return 'state' in result ? result : null
  } catch (error) {
    reportError(error)
    return null
  }
}
