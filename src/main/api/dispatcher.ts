import { contract, isCallName, type CallName, type CallOutput, type ParsedInput } from '../../shared/contract'
import { ContractFailure, type CallResult, type ContractErrorIssue } from '../../shared/errors'

/** One handler per call, typed from the contract: a call cannot be added without its handler. */
export type Handlers = {
  [Name in CallName]: (input: ParsedInput<Name>) => CallOutput<Name> | Promise<CallOutput<Name>>
}

export type Dispatch = (name: unknown, input: unknown) => Promise<CallResult<unknown>>

function describeIssues(issues: ContractErrorIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ')
}

/**
 * Validates every input against the contract's schema before a handler sees it, and turns every
 * failure into the typed error shape. Nothing a caller sends can throw past this point.
 */
export function createDispatcher(
  handlers: Handlers,
  logInternalError: (name: string, error: unknown) => void = (name, error) => console.error(`${name} failed:`, error)
): Dispatch {
  return async (name, input) => {
    if (!isCallName(name)) {
      return { ok: false, error: { code: 'unknown_call', message: `There is no call named "${String(name).slice(0, 100)}"` } }
    }
    const parsed = contract[name].input.safeParse(input === undefined ? {} : input)
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
      return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${name}: ${describeIssues(issues)}`, issues } }
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown
      const value = await handler(parsed.data)
      return { ok: true, value }
    } catch (error) {
      if (error instanceof ContractFailure) return { ok: false, error: error.toContractError() }
      logInternalError(name, error)
      return { ok: false, error: { code: 'internal', message: `${name} failed: ${(error as Error)?.message ?? String(error)}` } }
    }
  }
}
