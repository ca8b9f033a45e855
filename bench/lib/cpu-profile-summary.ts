import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface SelfTime {
  name: string
  milliseconds: number
  share: number
}

/** "fn file.js:line", 1-based like an editor; V8's own entries ("(garbage collector)") have no file. */
function label(frame: ProfileNode['callFrame']): string {
  const name = frame.functionName || '(anonymous)'
  if (!frame.url) return name
  const file = basename(frame.url.replace(/^file:\/\//, ''))
  return `${name} ${file}:${frame.lineNumber + 1}`
}

/**
 * Self time per function from a .cpuprofile (node --cpu-prof): each sample is charged to the frame on
 * top of the stack, for the time until the next sample. Native work such as SQLite inside
 * better-sqlite3 is charged to the JS function that called into it (run, get, all).
 */
export function selfTimes(path: string): { total: number; functions: SelfTime[] } {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const totals = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index + 1] ?? 0
    const node = byId.get(id)
    if (!node) return
    const key = label(node.callFrame)
    totals.set(key, (totals.get(key) ?? 0) + micros)
    total += micros
  })
  const functions = [...totals]
    .map(([name, micros]) => ({ name, milliseconds: micros / 1000, share: total === 0 ? 0 : micros / total }))
    .sort((a, b) => b.milliseconds - a.milliseconds)
  return { total: total / 1000, functions }
}
