#!/usr/bin/env node
// The `slant` command. It runs the bundled CLI (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `slant needs Node.js 22.12 or newer (24 LTS recommended); this is ${process.version}.\n` +
      'Run it through npm (npx slant, npm run ...), which uses the Node 24 the project installs, or install Node 24.'
  )
  process.exit(1)
}

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
if (!existsSync(cli)) {
  console.error('slant is not built yet: run `npm run build` in the project folder (npm install does it too).')
  process.exit(1)
}
const { runCli } = await import(pathToFileURL(cli).href)
process.exitCode = await runCli(process.argv.slice(2))
