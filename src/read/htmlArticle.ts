// HTML pages as articles: Mozilla's Readability (the reader view of Firefox) finds the article body, its title and
// its publication time; linkedom gives it a DOM without a browser. Paragraph breaks are kept as blank lines.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ArticleError, normalizeDate, parseArticle, type Article, type ArticleMeta } from './article.js';

/** Elements after which the text of the body breaks into a new paragraph. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, tr, div, section, article, br';

/** Meta tags that carry a publication time when Readability finds none (Open Graph, Dublin Core, schema.org). */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
];

/** The text of an HTML fragment with one blank line between blocks and single spaces inside them. */
function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll(BLOCKS)) el.after(document.createTextNode('\n\n'));
  return (document.body.textContent ?? '')
    .split(/\n{2,}/)
    .map((block: string) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

type Page = ReturnType<typeof parseHTML>['document'];
type ReadableDocument = ConstructorParameters<typeof Readability>[0];

function metaDate(document: Page): string | undefined {
  for (const selector of DATE_META) {
    const content = document.querySelector(selector)?.getAttribute('content');
    const date = content ? normalizeDate(content) : undefined;
    if (date) return date;
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  return time ? normalizeDate(time) : undefined;
}

/**
 * Turns an HTML page into an Article: body, title and publication date from Readability, with meta tags as a
 * fallback for the date. Throws ArticleError (E_HTML) when no article body can be found.
 */
export function parseHtmlArticle(html: string, source: string, meta: ArticleMeta = {}): Article {
  const { document } = parseHTML(html);
  if (!document.documentElement || !document.body) throw new ArticleError('E_HTML', source, 'the page has no HTML body');
  // Readability edits the DOM it reads, so the fallback date is taken first.
  const fallbackDate = metaDate(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as unknown as ReadableDocument).parse();
  } catch (err) {
    throw new ArticleError('E_HTML', source, `the page could not be read (${(err as Error).message})`);
  }
  const body = parsed?.content ? blockText(parsed.content) : '';
  if (!body) throw new ArticleError('E_HTML', source, 'no article text found in the page');
  const published = (parsed?.publishedTime && normalizeDate(parsed.publishedTime)) || fallbackDate;
  const found: ArticleMeta = {};
  if (parsed?.title) found.title = parsed.title.trim();
  if (parsed?.siteName) found.outlet = parsed.siteName.trim();
  if (published) found.published = published;
  if (canonical && /^https?:\/\//.test(canonical)) found.url = canonical;
  // A body that happens to start with "---" must not be taken for front matter.
  return parseArticle(`---\n---\n${body}`, source, { ...found, ...meta });
}
