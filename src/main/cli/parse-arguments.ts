export interface ParsedArguments {
  positionals: string[]
  options: Map<string, string | true>
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/**
 * `--name value`, `--name=value` and bare `--flag`. Which options take a value is declared, so a
 * positional after a flag is never swallowed by it.
 */
export function parseArguments(argv: string[], valueOptions: ReadonlySet<string>): ParsedArguments {
  const positionals: string[] = []
  const options = new Map<string, string | true>()
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string
    if (argument === '--') {
      positionals.push(...argv.slice(index + 1))
      break
    }
    if (argument.startsWith('--')) {
      const [name, inline] = argument.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
      if (valueOptions.has(name)) {
        const value = inline ?? argv[++index]
        if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`)
        options.set(name, value)
      } else {
        if (inline !== undefined) throw new UsageError(`--${name} takes no value`)
        options.set(name, true)
      }
      continue
    }
    if (argument === '-h') {
      options.set('help', true)
      continue
    }
    positionals.push(argument)
  }
  return { positionals, options }
}

export function stringOption(parsed: ParsedArguments, name: string): string | undefined {
  const value = parsed.options.get(name)
  return typeof value === 'string' ? value : undefined
}

export function integerOption(parsed: ParsedArguments, name: string, fallback: number, min: number, max: number): number {
  const raw = stringOption(parsed, name)
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`)
  return value
}
