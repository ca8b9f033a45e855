import { z } from 'zod'

// Kept apart from the contract so that other shared schemas (dataset export scopes) can use it without an import cycle.
const id = z.number().int().positive()
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')

/** Narrows the corpus; every list within a filter is "any of". */
export const articleFiltersSchema = z
  .object({
    outletIds: z.array(id).max(1000).optional(),
    languages: z.array(z.string().max(35)).max(200).optional(),
    tags: z.array(z.string().min(1).max(200)).max(200).optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
    analysed: z.boolean().optional(),
    /** Language-bias scores (1-5) by the final-value rule (human values first, else Slant's newest run). */
    languageBias: z.array(z.number().int().min(1).max(5)).max(5).optional(),
    framingBias: z.array(z.number().int().min(1).max(5)).max(5).optional(),
    /** Bias-by-omission scores (1-5) of Slant's newest omission run. */
    omissionBias: z.array(z.number().int().min(1).max(5)).max(5).optional(),
    /** Sustainable Development Goals (1-17) Slant's newest analysis found. */
    sdgGoals: z.array(z.number().int().min(1).max(17)).max(17).optional(),
    nearDuplicates: z.enum(['only', 'exclude']).optional(),
    /** Articles of these stories (same-story clusters). */
    storyIds: z.array(id).max(1000).optional()
  })
  .strict()
export type ArticleFilters = z.infer<typeof articleFiltersSchema>
