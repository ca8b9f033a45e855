#!/usr/bin/env node
// `npm run eval [-- --build]`: measures the analysis against human labels. The evaluation is TypeScript
// run by Node's type stripping, in a child process with this same Node (24 from the project); analysis
// scorers load the built services, so the bundle is built first when it is missing (or on --build).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = join(root, 'out', 'main', 'services.js')

if (!process.features.typescript) {
  console.error(`The evaluation is TypeScript run by Node's type stripping, which ${process.version} lacks. Run \`npm run eval\` (Node 24 from the project).`)
  process.exit(1)
}

const args = process.argv.slice(2)
if (args.includes('--build') || !existsSync(bundle)) {
  console.log('Building the services bundle (electron-vite build)...')
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const build = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0 || !existsSync(bundle)) {
    console.error('electron-vite build failed.')
    process.exit(1)
  }
}

const run = spawnSync(process.execPath, [join(root, 'eval', 'run-eval.ts'), ...args.filter((arg) => arg !== '--build')], {
  cwd: root,
  stdio: 'inherit'
})
process.exit(run.status ?? 1)
