/**
 * A link out of the app, shown only when the URL parses as http(s). In Electron the window-open handler
 * parses it again and hands it to the system browser; in a browser it opens a new tab without a referrer.
 */
export function ExternalLink({ href }: { href: string }) {
  let url: URL | null
  try {
    url = new URL(href)
  } catch {
    url = null
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return <span className="url-text">{href}</span>
  return (
    <a href={url.toString()} target="_blank" rel="noopener noreferrer" className="external-link">
      {href}
    </a>
  )
}
