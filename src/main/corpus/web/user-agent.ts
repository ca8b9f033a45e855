import { version } from '../../../../package.json'

/** Site owners can see who is fetching and why, and where to read about it. */
export const SLANT_USER_AGENT = `Slant/${version} (media-bias research; +https://slant.invalid/bot)`
