import { EmptyState } from '../../components/empty-state'

export function StoriesView() {
  return (
    <EmptyState title="No stories yet" testId="stories-empty">
      <p>
        A story groups the articles that different outlets wrote about the same event. Stories will be listed here once
        same-story clustering has run over the corpus, each with its outlets, dates and the spread of its bias scores, and
        will open side by side for comparison.
      </p>
      <p className="muted">Clustering is not part of this version of Slant yet; the corpus, search and import are.</p>
    </EmptyState>
  )
}
