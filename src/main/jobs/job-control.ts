import { ContractFailure } from '../../shared/errors'

/** The abort reason that tells a job to stop as paused (resumable on request) rather than cancelled. */
export const PAUSE = 'pause'

/**
 * Cancel and pause handles of the jobs running in this process. A job polls its signal between
 * records, so a cancel or a pause stops it at the next record with everything committed so far kept.
 */
export class JobControl {
  private readonly running = new Map<number, AbortController>()

  start(jobId: number): AbortSignal {
    const controller = new AbortController()
    this.running.set(jobId, controller)
    return controller.signal
  }

  finish(jobId: number): void {
    this.running.delete(jobId)
  }

  isRunning(jobId: number): boolean {
    return this.running.has(jobId)
  }

  cancel(jobId: number): void {
    this.controllerOf(jobId).abort()
  }

  /** Stops the job after the work in flight is committed; it keeps its place and resumes on request. */
  pause(jobId: number): void {
    this.controllerOf(jobId).abort(PAUSE)
  }

  private controllerOf(jobId: number): AbortController {
    const controller = this.running.get(jobId)
    if (!controller) throw new ContractFailure('not_found', `Job ${jobId} is not running`)
    return controller
  }
}
