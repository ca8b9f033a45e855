import type * as Services from '../../src/main/services.ts'

export type SlantServices = typeof Services

/**
 * The bundle the app ships, not the sources: the bench measures what users run. It is plain JS without
 * declarations, so it is loaded dynamically and typed from the sources it was built from.
 */
export async function loadServices(): Promise<SlantServices> {
  const bundle = new URL('../../out/main/services.js', import.meta.url)
  try {
    return (await import(bundle.href)) as SlantServices
  } catch (error) {
    throw new Error(`cannot load ${bundle.pathname} (run \`npx electron-vite build\` first): ${(error as Error).message}`, { cause: error })
  }
}
