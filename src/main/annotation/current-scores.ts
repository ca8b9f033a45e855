/**
 * Each coder's current score on each (article, dimension): their newest score row, which may be an
 * undo that withdrew the value (value NULL). `articleCondition` narrows the articles (alias j), so
 * the correlated lookup runs only over the units asked about.
 */
export function currentScoresSql(articleCondition: string): string {
  return `SELECT j.article_id AS articleId, j.dimension, j.coder_id AS coderId, j.value FROM judgments j
    WHERE j.kind = 'score' AND ${articleCondition}
      AND j.id = (SELECT max(k.id) FROM judgments k WHERE k.article_id = j.article_id AND k.dimension = j.dimension AND k.kind = 'score' AND k.coder_id = j.coder_id)`
}
