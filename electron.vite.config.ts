import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/main/server/content-security-policy'

/**
 * Puts the strict policy into the built page. The dev server needs inline scripts and a websocket for
 * hot reload, so it gets a looser one; no build ever ships that.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'slant-content-security-policy',
    transformIndexHtml(html, context) {
      const policy = context.server
        ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: http://localhost:*; img-src 'self' data: blob:"
        : CONTENT_SECURITY_POLICY
      return html.replace('<!-- content-security-policy -->', `<meta http-equiv="Content-Security-Policy" content="${policy}" />`)
    }
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          cli: resolve('src/main/cli/index.ts'),
          services: resolve('src/main/services.ts'),
          'analysis-worker': resolve('src/main/analysis/worker/analysis-worker.ts'),
          'import-worker': resolve('src/main/corpus/import/import-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules or require our files: one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
    },
    plugins: [react(), contentSecurityPolicy()]
  }
})
