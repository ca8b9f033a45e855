import { z } from 'zod'
import { articleFiltersSchema } from './article-filters'
import { STORY_SORT_KEYS } from './story-rows'

const id = z.number().int().positive()
const storyLabel = z.string().trim().min(1, 'a name for the story').max(300)

/** The stories list: a page of stories, each an aggregate of its articles, sorted and filtered in SQLite. */
export const storiesListSchema = z
  .object({
    /** Words in the story's name. */
    search: z.string().max(300).optional(),
    /** The corpus search and filters: a story is listed when at least one of its articles matches. */
    query: z.string().max(1000).optional(),
    filters: articleFiltersSchema.default({}),
    minArticles: z.number().int().min(1).max(100_000).optional(),
    minOutlets: z.number().int().min(1).max(10_000).optional(),
    /** Only stories edited by hand. */
    editedOnly: z.boolean().optional(),
    sort: z.enum(STORY_SORT_KEYS).default('last_date'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100)
  })
  .strict()

export const storyRenameSchema = z.object({ id, label: storyLabel }).strict()
export const storyMergeSchema = z.object({ id, otherIds: z.array(id).min(1, 'at least one other story').max(200) }).strict()
export const storySplitSchema = z.object({ id, articleIds: z.array(id).min(1, 'at least one article to take out').max(10_000), label: storyLabel.optional() }).strict()
export const storyMoveSchema = z
  .object({ articleIds: z.array(id).min(1, 'at least one article').max(10_000), storyId: id.nullable().describe('the story to move into; null for a new story') })
  .strict()
export const storyCompareSchema = z
  .object({ articleIds: z.array(id).min(2, 'two to four articles to compare').max(4, 'at most four articles side by side') })
  .strict()
  .refine((input) => new Set(input.articleIds).size === input.articleIds.length, { message: 'each article once', path: ['articleIds'] })

const scopeFields = { query: z.string().max(1000).optional(), filters: articleFiltersSchema.default({}) }

/** Outlet profiles under the corpus search and filters; all outlets, or those chosen. */
export const outletProfilesSchema = z.object({ ...scopeFields, outletIds: z.array(id).min(1).max(200).optional() }).strict()

/** Two or more outlets compared on the stories they both covered, pair by pair. */
export const pairedComparisonSchema = z
  .object({ ...scopeFields, outletIds: z.array(id).min(2, 'two or more outlets to compare').max(12), dimension: z.enum(['language', 'framing', 'omission']) })
  .strict()
  .refine((input) => new Set(input.outletIds).size === input.outletIds.length, { message: 'each outlet once', path: ['outletIds'] })

/**
 * Stories some outlets (or groups of outlets by an attribute such as lean) covered and others did
 * not. Grouped by outlet, the chosen outlets (two or more) are compared; by attribute, every value.
 */
export const blindspotsSchema = z
  .object({
    ...scopeFields,
    groupBy: z.union([
      z.object({ kind: z.literal('outlet'), outletIds: z.array(id).min(2, 'two or more outlets').max(50) }).strict(),
      z.object({ kind: z.literal('attribute'), name: z.string().trim().min(1).max(100) }).strict()
    ]),
    /** Only the stories this group (its key) missed. */
    missing: z.string().max(300).optional(),
    /** Stories with at least this many articles (coverage by one article is thin evidence). */
    minArticles: z.number().int().min(1).max(10_000).default(2),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100)
  })
  .strict()
