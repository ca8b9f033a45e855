import { escapeHtml } from './html-escape.ts'
import type { Random } from './prng.ts'
import type { SyntheticRecord } from './synthetic-articles.ts'
import { TOPICS } from './word-lists.ts'

/** Everything on a news page that is not the story: what the reader must see past to find the text. */
export interface PageChrome {
  cookieBanner: string
  header: string
  share: string
  figure: string
  inlineRelated: string
  tags: string
  sidebar: string
  related: string
  footer: string
  /** Inline CSS of about `bytes` bytes. */
  css(bytes: number): string
}

const SECTIONS = [...new Set(TOPICS.map((topic) => topic.section))]
const EXTRA_NAV = ['Home', 'Live', 'Opinion', 'Video', 'Podcasts', 'Sport', 'Culture', 'Travel', 'Science', 'Weather', 'Obituaries', 'Puzzles', 'Newsletters', 'Subscribe']
const FOOTER_LINKS = `About us|Contact|Careers|Advertise|Corrections|Editorial standards|Complaints|Privacy policy|Cookie settings|Terms of use|
Accessibility|Sitemap|RSS feeds|Help centre|Subscriptions|Gift a subscription|E-paper|Archive|Syndication|Licensing|Apps|Events|Shop|Jobs board|
Masthead|Ethics policy|AI policy|Community guidelines|Do not sell my information|Manage preferences`
  .split('|')
  .map((link) => link.trim())
const ICONS = ['facebook', 'x', 'whatsapp', 'linkedin', 'email', 'copy-link', 'print']

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** `inner` is markup: callers escape text themselves. */
function link(inner: string, href: string, className = ''): string {
  return `<a${className ? ` class="${className}"` : ''} href="${href}">${inner}</a>`
}

function some<T>(items: readonly T[], count: number, random: Random): T[] {
  return Array.from({ length: count }, () => random.pick(items))
}

/** A path like those in share buttons' inline SVG: markup the parser must walk through. */
function svgIcon(name: string, random: Random): string {
  const points = Array.from({ length: random.int(6, 14) }, () => `${random.int(0, 24)}.${random.int(0, 99)}`).join(' ')
  return `<svg class="icon icon-${name}" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M${points}z"></path></svg>`
}

export function pageChrome(record: SyntheticRecord, section: string, headlines: readonly string[], random: Random): PageChrome {
  const host = new URL(record.url).origin
  const story = (title: string) => `${host}/${random.pick(SECTIONS)}/${slug(title).slice(0, 60)}-${random.int(10_000, 99_999)}`
  const navItems = [...SECTIONS, ...some(EXTRA_NAV, random.int(8, 14), random)]
  const cookieBanner = `<div id="cookie-consent" class="cookie-banner cmp-container" role="dialog" aria-label="Cookie consent">
<div class="cookie-banner__text"><h2>We value your privacy</h2><p>We and our ${random.int(120, 900)} partners store and access information on your device, such as cookies, and process personal data such as unique identifiers and browsing data, for personalised advertising and content, advertising and content measurement, audience research and services development. You may click to consent to our processing as described above, or access more detailed information and change your preferences before consenting or refusing. Your preferences apply to this site only and can be changed at any time from the Cookie settings link in the footer.</p></div>
<div class="cookie-banner__actions"><button class="btn btn-primary" data-consent="accept">Accept all</button><button class="btn" data-consent="reject">Reject all</button><button class="btn btn-link" data-consent="manage">Manage preferences</button></div>
</div>`
  const header = `<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><div class="masthead">${link(`<span class="logo">${escapeHtml(record.outlet)}</span>`, '/', 'logo-link')}<p class="tagline">Independent journalism since ${random.int(1850, 1995)}</p>
<div class="account">${link('Subscribe', '/subscribe', 'btn btn-subscribe')} ${link('Sign in', '/login', 'btn btn-signin')}</div></div>
<nav class="main-nav" aria-label="Sections"><ul>${navItems.map((item) => `<li>${link(item.charAt(0).toUpperCase() + item.slice(1), `/${slug(item)}`)}</li>`).join('')}</ul></nav>
<form class="search" action="/search" role="search"><label for="q">Search</label><input id="q" name="q" type="search" placeholder="Search ${escapeHtml(record.outlet)}"><button type="submit">${svgIcon('search', random)}</button></form>
</header>`
  const share = `<div class="share-tools" aria-label="Share this article">${ICONS.map((icon) => `<button class="share share-${icon}" data-network="${icon}">${svgIcon(icon, random)}<span class="visually-hidden">Share on ${icon}</span></button>`).join('')}</div>`
  const figure = `<figure class="lead-image"><picture><source type="image/webp" srcset="${host}/images/${random.int(1e5, 9e5)}-800.webp 800w, ${host}/images/${random.int(1e5, 9e5)}-1600.webp 1600w"><img src="${host}/images/${random.int(1e5, 9e5)}-800.jpg" alt="File photo" width="800" height="450" loading="eager"></picture>
<figcaption>File photo. <span class="credit">Photograph: ${random.pick(['Reuters', 'AP', 'AFP', 'Getty Images', 'EPA', 'Staff'])}</span></figcaption></figure>`
  const inlineRelated = `\n<aside class="inline-related"><h3>Read more</h3><ul>${some(headlines, random.int(2, 3), random).map((title) => `<li>${link(escapeHtml(title), story(title))}</li>`).join('')}</ul></aside>`
  const tagList = Array.isArray(record.tags) ? record.tags : record.tags ? record.tags.split(',').map((tag) => tag.trim()) : [section]
  const tags = `<footer class="story-footer"><ul class="tags">${tagList.map((tag) => `<li>${link(escapeHtml(tag), `/topic/${slug(tag)}`)}</li>`).join('')}</ul>
<p class="corrections">Spotted an error? ${link('Report a correction', '/corrections')}.</p></footer>`
  const mostRead = some(headlines, random.int(5, 10), random)
  const sidebar = `<aside class="sidebar">
<section class="most-read"><h2>Most read</h2><ol>${mostRead.map((title) => `<li>${link(escapeHtml(title), story(title))}</li>`).join('')}</ol></section>
<section class="newsletter"><h2>The Morning Briefing</h2><p>The day's top stories in your inbox every weekday morning.</p><form action="/newsletters/signup" method="post"><input type="email" name="email" placeholder="Email address" required><button type="submit">Sign up</button></form><p class="small">By signing up you agree to our ${link('privacy policy', '/privacy')}.</p></section>
<div class="ad-slot ad-slot--side" data-ad-unit="/${random.int(1000, 9999)}/${section}/side" data-sizes="300x250,300x600"><span class="ad-label">Advertisement</span></div>
</aside>`
  const cards = some(headlines, random.int(4, 8), random)
  const related = `<section class="related"><h2>More from ${section}</h2><div class="cards">${cards
    .map(
      (title) =>
        `<div class="card">${link(`<img src="${host}/images/${random.int(1e5, 9e5)}-400.jpg" alt="" loading="lazy" width="400" height="225"><h3>${escapeHtml(title)}</h3>`, story(title))}<p class="card__meta"><time>${random.int(1, 23)} hours ago</time></p></div>`
    )
    .join('')}</div></section>`
  const footerLinks = some(FOOTER_LINKS, random.int(18, 30), random)
  const columns = [0, 1, 2, 3].map((column) => footerLinks.filter((_, index) => index % 4 === column))
  const footer = `<footer class="site-footer"><div class="footer-columns">${columns.map((column) => `<ul>${column.map((item) => `<li>${link(item, `/${slug(item)}`)}</li>`).join('')}</ul>`).join('')}</div>
<div class="social">${ICONS.slice(0, 4).map((icon) => link(svgIcon(icon, random), `https://${icon}.example/${slug(record.outlet)}`)).join('')}</div>
<p class="copyright">&copy; ${random.int(2015, 2025)} ${escapeHtml(record.outlet)}. All rights reserved. Registered office: ${random.int(1, 200)} ${random.pick(['High Street', 'Market Square', 'Harbour Road', 'King Street'])}.</p></footer>`
  const css = (bytes: number) => {
    const rules: string[] = []
    let length = 0
    while (length < bytes) {
      const rule = `.${random.pick(['c', 'l', 'u', 'o'])}-${slug(random.pick(navItems))}__${random.pick(['item', 'title', 'link', 'media', 'meta', 'grid'])}-${random.int(1, 99)}{margin:0 0 ${random.int(0, 32)}px;padding:${random.int(0, 24)}px ${random.int(0, 24)}px;color:#${random.int(0, 0xffffff).toString(16).padStart(6, '0')};font:${random.int(400, 700)} ${random.int(12, 28)}px/1.${random.int(2, 6)} var(--font-${random.pick(['serif', 'sans', 'mono'])})}`
      rules.push(rule)
      length += rule.length + 1
    }
    return `:root{--font-serif:Georgia,serif;--font-sans:Helvetica,Arial,sans-serif}\n${rules.join('\n')}`
  }
  return { cookieBanner, header, share, figure, inlineRelated, tags, sidebar, related, footer, css }
}
