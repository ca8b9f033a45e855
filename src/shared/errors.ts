/** The one error shape every call can fail with, on every transport. */

export type ContractErrorCode =
  | 'invalid_input'
  | 'unknown_call'
  | 'not_found'
  | 'forbidden'
  | 'unavailable'
  | 'internal'

export interface ContractErrorIssue {
  path: string
  message: string
}

export interface ContractError {
  code: ContractErrorCode
  message: string
  issues?: ContractErrorIssue[]
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ContractError }

/** Thrown by handlers for errors the caller should see as they are (not as 'internal'). */
export class ContractFailure extends Error {
  readonly code: ContractErrorCode
  readonly issues: ContractErrorIssue[] | undefined

  constructor(code: ContractErrorCode, message: string, issues?: ContractErrorIssue[]) {
    super(message)
    this.name = 'ContractFailure'
    this.code = code
    this.issues = issues
  }

  toContractError(): ContractError {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message }
  }
}
