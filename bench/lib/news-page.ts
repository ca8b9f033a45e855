import { escapeHtml } from './html-escape.ts'
import type { Random } from './prng.ts'
import { pageChrome } from './page-chrome.ts'
import type { SyntheticRecord } from './synthetic-articles.ts'

/** Saved news pages weigh this much: the article is a tenth of it, the rest is what a site wraps around it. */
const MIN_PAGE_BYTES = 15_000
const MAX_PAGE_BYTES = 30_000

/**
 * The record's sentences regrouped into 6-10 paragraphs, the way news sites break copy. The words and
 * their order are the record's own, so exact and near-duplicate copies stay copies once in HTML.
 */
export function storyParagraphs(text: string, random: Random): string[] {
  const sentences = text.split(/(?<=\.)\s+/).filter(Boolean)
  const wanted = Math.min(sentences.length, random.int(6, 10))
  const paragraphs: string[] = []
  for (let index = 0; index < wanted; index++) {
    const from = Math.round((index * sentences.length) / wanted)
    const to = Math.round(((index + 1) * sentences.length) / wanted)
    paragraphs.push(sentences.slice(from, to).join(' '))
  }
  return paragraphs
}

function withoutQuery(url: string): string {
  return url.split('?')[0] as string
}

function jsonLd(record: SyntheticRecord, canonical: string, section: string): string {
  const site = new URL(canonical).origin
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: record.title,
    datePublished: record.published_at,
    dateModified: record.published_at,
    articleSection: section,
    inLanguage: record.language,
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    url: canonical,
    image: [`${site}/images/${canonical.length}-16x9.jpg`],
    ...(record.author ? { author: [{ '@type': 'Person', name: record.author, url: `${site}/by/${record.author.toLowerCase().replace(/\W+/g, '-')}` }] } : {}),
    publisher: { '@type': 'NewsMediaOrganization', name: record.outlet, logo: { '@type': 'ImageObject', url: `${site}/logo.png` } }
  }
  // "</" inside a script would end it early; sites escape it the same way.
  return JSON.stringify(data).replace(/<\//g, '<\\/')
}

function head(record: SyntheticRecord, canonical: string, section: string, summary: string, style: string): string {
  const locale = record.language.replace('-', '_')
  const meta = [
    ['name', 'description', summary],
    ['property', 'og:type', 'article'],
    ['property', 'og:title', record.title],
    ['property', 'og:description', summary],
    ['property', 'og:url', canonical],
    ['property', 'og:site_name', record.outlet],
    ['property', 'og:locale', locale.includes('_') ? locale : `${locale}_US`],
    ['property', 'og:image', `${new URL(canonical).origin}/images/${canonical.length}-16x9.jpg`],
    ['property', 'article:published_time', record.published_at],
    ['property', 'article:section', section],
    ...(record.author ? [['name', 'author', record.author]] : []),
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', record.title],
    ['name', 'robots', 'max-image-preview:large']
  ]
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(record.title)} | ${escapeHtml(record.outlet)}</title>
${meta.map(([key, name, content]) => `<meta ${key}="${name}" content="${escapeHtml(content as string)}">`).join('\n')}
<link rel="canonical" href="${canonical}">
<link rel="preconnect" href="https://cdn.${new URL(canonical).hostname.replace(/^www\./, '')}">
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="/favicon.ico">
<style>${style}</style>
<script type="application/ld+json">${jsonLd(record, canonical, section)}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-${canonical.length}X');
window.__PAGE__={section:${JSON.stringify(section)},paywall:false,ads:{slots:['top','mid','side'],refresh:30}};</script>
</head>`
}

export interface NewsPage {
  fileName: string
  html: string
}

/**
 * A saved news page as a browser's "Save page as" leaves it: head with og: and article: meta tags and
 * a JSON-LD NewsArticle, cookie banner, navigation, the story with byline and figure, related links,
 * newsletter box and footer. `headlines` are other stories' titles for the link lists.
 */
export function newsPage(record: SyntheticRecord, serial: number, headlines: readonly string[], random: Random): NewsPage {
  const canonical = withoutQuery(record.url)
  const section = new URL(canonical).pathname.split('/')[1] ?? 'news'
  const paragraphs = storyParagraphs(record.text, random)
  const summary = (paragraphs[0] ?? '').split(/(?<=\.)\s/)[0] ?? ''
  const chrome = pageChrome(record, section, headlines, random)
  const story = paragraphs.map((paragraph, index) => `<p>${escapeHtml(paragraph)}</p>${index === 2 ? chrome.inlineRelated : ''}`).join('\n')
  const byline = record.author ? `<div class="byline">By <a rel="author" href="/by/${record.author.toLowerCase().replace(/\W+/g, '-')}">${escapeHtml(record.author)}</a>` : '<div class="byline">'
  const body = `<body class="article-page section-${section}">
${chrome.cookieBanner}
${chrome.header}
<main id="main">
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<header class="story-header">
<p class="kicker"><a href="/${section}">${escapeHtml(section)}</a></p>
<h1 itemprop="headline">${escapeHtml(record.title)}</h1>
<p class="standfirst">${escapeHtml(summary)}</p>
${byline} <time datetime="${record.published_at}">${record.published_at.slice(0, 10)}</time></div>
${chrome.share}
</header>
${chrome.figure}
<div class="story-body" itemprop="articleBody">
${story}
</div>
${chrome.tags}
</article>
${chrome.sidebar}
</main>
${chrome.related}
${chrome.footer}
<script src="/assets/app.js" defer></script>
</body>`
  const savedFrom = random.chance(0.3) ? `<!-- saved from url=(${String(record.url.length).padStart(4, '0')})${record.url} -->\n` : ''
  const bare = `<!DOCTYPE html>\n${savedFrom}<html lang="${record.language}" class="no-js">\n${head(record, canonical, section, summary, '')}\n${body}\n</html>\n`
  // Inline critical CSS fills the page to its drawn size, as it does on real sites.
  const target = random.int(MIN_PAGE_BYTES, MAX_PAGE_BYTES)
  const style = chrome.css(Math.max(800, target - Buffer.byteLength(bare)))
  const html = `<!DOCTYPE html>\n${savedFrom}<html lang="${record.language}" class="no-js">\n${head(record, canonical, section, summary, style)}\n${body}\n</html>\n`
  const slug = canonical.split('/').pop() ?? String(serial)
  return { fileName: `${String(serial).padStart(5, '0')}-${slug}.html`, html }
}
