import { useAppStore } from '../frame/app-store'
import { defaultComparison } from './story-detail'
import { useStoriesStore } from './stories-store'

/** Opens a story side by side from elsewhere (the article view): this article first, then one per other outlet. */
export async function openComparison(storyId: number, articleId: number): Promise<void> {
  const stories = useStoriesStore.getState()
  await stories.select(storyId)
  const detail = useStoriesStore.getState().detail
  if (!detail || detail.articles.length < 2) return
  const others = defaultComparison(
    detail.articles.filter((article) => article.articleId !== articleId),
    []
  ).slice(0, 2)
  useStoriesStore.getState().compare([articleId, ...others])
  useAppStore.getState().showView('stories')
}
