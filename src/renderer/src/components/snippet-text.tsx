import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../shared/rows'

/** Shows an FTS snippet with its matches marked. The text is rendered as text: never as markup. */
export function SnippetText({ snippet }: { snippet: string }) {
  const parts = snippet.replace(/\s+/g, ' ').split(SNIPPET_OPEN)
  return (
    <span className="snippet">
      {parts.map((part, index) => {
        if (index === 0) return <span key={index}>{part}</span>
        const [match, rest] = part.split(SNIPPET_CLOSE, 2)
        return (
          <span key={index}>
            <mark>{match}</mark>
            {rest}
          </span>
        )
      })}
    </span>
  )
}
