import { EmptyState } from '../../components/empty-state'

export function ExportView() {
  return (
    <EmptyState title="Dataset export is not available yet" testId="export-empty">
      <p>
        This view will write datasets for R, pandas, SPSS and Excel: articles, judgments, spans, sentences and more, as CSV or
        JSONL, with a codebook and a manifest beside every export.
      </p>
      <p className="muted">
        Until then your corpus is a SQLite file (its path is under Settings) that any SQLite tool can read.
      </p>
    </EmptyState>
  )
}
