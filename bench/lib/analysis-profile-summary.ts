/**
 * Reads a V8 CPU profile of the analysis and charges its time to analyzer stages and source modules.
 * The bundle keeps function names and a `// src/...ts` line before each module it concatenates, so a
 * frame's line in out/main/chunks/*.js says which source module it came from. Dependencies keep their
 * own files under node_modules/, so a frame there is charged to its package.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { REPO_ROOT } from './bench-paths.ts'

export interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
}

export interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}

export interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** For each bundle file, the first (0-based) line of each module in it, in order. */
type ModuleIndex = Map<string, { line: number; module: string }[]>

/**
 * Snapshot of the bundle's module boundaries. Take it right after loading the bundle: a rebuild
 * (which renames the chunks) must not change the map of code that is already running.
 */
export function indexBundleModules(): ModuleIndex {
  const index: ModuleIndex = new Map()
  for (const directory of [join(REPO_ROOT, 'out/main'), join(REPO_ROOT, 'out/main/chunks')]) {
    for (const name of readdirSync(directory)) {
      if (!name.endsWith('.js')) continue
      const path = join(directory, name)
      const markers: { line: number; module: string }[] = []
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((text, line) => {
          const match = /^\/\/ (src\/\S+\.tsx?)$/.exec(text)
          if (match) markers.push({ line, module: match[1] as string })
        })
      index.set(path, markers)
    }
  }
  return index
}

function short(module: string): string {
  return module.replace(/^src\/main\/analysis\//, '')
}

/** The source module of a frame: a src/ path, "pkg" under node_modules, or "(native)" / V8's own. */
export function moduleOf(frame: CallFrame, index: ModuleIndex): string {
  if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)'
  const path = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url
  const nodeModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)
  if (nodeModules) return nodeModules[1] as string
  const markers = index.get(path)
  if (!markers) return path.startsWith(REPO_ROOT) ? path.slice(REPO_ROOT.length) : path.startsWith('node:') ? '(node internals)' : path
  let module = '(bundle prelude)'
  for (const marker of markers) {
    if (marker.line > frame.lineNumber) break
    module = marker.module
  }
  return short(module)
}

export function frameLabel(frame: CallFrame, index: ModuleIndex): string {
  const module = moduleOf(frame, index)
  const name = frame.functionName || '(anonymous)'
  if (frame.url) return `${name} [${module}:${frame.lineNumber + 1}]`
  // C++ callbacks (better-sqlite3's statement methods, for one) have no script; V8 names them oddly.
  return module === '(native)' ? `${name} (native)` : name
}

/** Each sample as its stack, root first, with the time it stands for (until the next sample). */
export function stacks(profile: CpuProfile): { stack: ProfileNode[]; micros: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, ProfileNode>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node)
  const cache = new Map<number, ProfileNode[]>()
  const stackOf = (id: number): ProfileNode[] => {
    const cached = cache.get(id)
    if (cached) return cached
    const stack: ProfileNode[] = []
    for (let node = byId.get(id); node; node = parent.get(node.id)) stack.push(node)
    stack.reverse()
    cache.set(id, stack)
    return stack
  }
  return profile.samples.map((id, position) => ({ stack: stackOf(id), micros: profile.timeDeltas[position + 1] ?? 0 }))
}

export interface Tally {
  key: string
  micros: number
}

/** Adds `micros` once per distinct key (inclusive time: recursion and repeats are not counted twice). */
export function tallyOnce(totals: Map<string, number>, keys: Iterable<string>, micros: number): void {
  for (const key of new Set(keys)) totals.set(key, (totals.get(key) ?? 0) + micros)
}

export function sorted(totals: Map<string, number>): Tally[] {
  return [...totals].map(([key, micros]) => ({ key, micros })).sort((a, b) => b.micros - a.micros)
}
