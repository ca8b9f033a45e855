import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export interface WindowState {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false }

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** The saved window bounds, or defaults when the file is missing or damaged. */
export function loadWindowState(path: string): WindowState {
  try {
    const saved = JSON.parse(readFileSync(path, 'utf8')) as Partial<WindowState>
    if (!isNumber(saved.width) || !isNumber(saved.height) || saved.width < 400 || saved.height < 300) return DEFAULT_STATE
    const state: WindowState = { width: saved.width, height: saved.height, maximized: saved.maximized === true }
    if (isNumber(saved.x) && isNumber(saved.y)) {
      state.x = saved.x
      state.y = saved.y
    }
    return state
  } catch {
    return DEFAULT_STATE
  }
}

export function saveWindowState(path: string, state: WindowState): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, JSON.stringify(state))
}
