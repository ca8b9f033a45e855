import type { SlantBridge } from '../shared/bridge'

declare global {
  interface Window {
    /** Present in the Electron window only; browser mode talks HTTP instead. */
    slant?: SlantBridge
  }
}

export {}
