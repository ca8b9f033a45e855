import { ContractFailure } from '../../shared/errors'

/**
 * Cancel handles of the jobs running in this process. A job polls its signal between records, so a
 * cancel stops it at the next record with everything committed so far kept.
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

  cancel(jobId: number): void {
    const controller = this.running.get(jobId)
    if (!controller) throw new ContractFailure('not_found', `Job ${jobId} is not running`)
    controller.abort()
  }
}
