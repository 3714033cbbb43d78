// Reading an article: plain text with an optional front-matter block, checked before any extraction runs.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';

export interface Article {
  /** A short stable identifier: the file name without extension, or a given id. */
  id: string;
  /** Where it came from (a path, "-", or a dataset line). */
  source: string;
  title?: string;
  url?: string;
  outlet?: string;
  /** Publication date, YYYY-MM-DD. */
  published?: string;
  licence?: string;
  body: string;
  /** SHA-256 of the body, for skipping articles already built. */
  hash: string;
}

export type ArticleErrorCode =
  | 'E_MISSING'
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_ENCODING'
  | 'E_TOO_LARGE'
  | 'E_FRONT_MATTER'
  | 'E_DATE'
  | 'E_HTML'
  | 'E_JSON';

/** A problem with one input article; the message names the file and the problem. */
export class ArticleError extends Error {
  readonly code: ArticleErrorCode;
  readonly source: string;
  constructor(code: ArticleErrorCode, source: string, problem: string) {
    super(`${source}: ${problem}`);
    this.name = 'ArticleError';
    this.code = code;
    this.source = source;
  }
}

/** Articles larger than this are refused: news articles are kilobytes, not megabytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const FRONT_KEYS = new Set(['published', 'title', 'url', 'outlet', 'licence', 'license', 'id', 'source']);

export interface ArticleMeta {
  id?: string;
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  licence?: string;
}

/** Checks a date string is a real calendar date in YYYY-MM-DD form. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Accepts a date or date-time at the start of a string and returns its YYYY-MM-DD part, or undefined. */
export function normalizeDate(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  return m && isIsoDate(m[1]!) ? m[1] : undefined;
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))) {
    return t.slice(1, -1);
  }
  return t;
}

/**
 * Parses article text: an optional front-matter block between `---` lines, then the body.
 * Throws ArticleError for an empty body, a malformed block or a bad date.
 */
export function parseArticle(raw: string, source: string, meta: ArticleMeta = {}): Article {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const front: Record<string, string> = {};
  if (/^---[ \t]*\n/.test(text)) {
    const end = text.indexOf('\n---', 3);
    if (end < 0) throw new ArticleError('E_FRONT_MATTER', source, 'front matter opened with --- is never closed');
    const block = text.slice(text.indexOf('\n') + 1, end);
    const after = text.indexOf('\n', end + 4);
    const closing = text.slice(end + 1, after < 0 ? text.length : after).trim();
    if (closing !== '---') throw new ArticleError('E_FRONT_MATTER', source, `front matter closes with "${closing}", not ---`);
    let lineNo = 1;
    for (const line of block.split('\n')) {
      lineNo++;
      if (!line.trim() || line.trim().startsWith('#')) continue;
      const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (!m) throw new ArticleError('E_FRONT_MATTER', source, `front matter line ${lineNo} is not "key: value": ${JSON.stringify(line.slice(0, 60))}`);
      const key = m[1]!.toLowerCase();
      if (FRONT_KEYS.has(key)) front[key === 'license' ? 'licence' : key] = unquote(m[2]!);
    }
    text = after < 0 ? '' : text.slice(after + 1);
  }
  const body = text.replace(/^\n+/, '').replace(/\s+$/, '');
  if (!body.trim()) throw new ArticleError('E_EMPTY', source, 'the article has no text');

  const given = meta.published ?? front['published'];
  let published: string | undefined;
  if (given !== undefined && given !== '') {
    published = normalizeDate(given);
    if (!published) throw new ArticleError('E_DATE', source, `publication date "${given}" is not a valid YYYY-MM-DD date`);
  }
  const article: Article = {
    id: meta.id ?? front['id'] ?? articleIdFromSource(source),
    source,
    body,
    hash: createHash('sha256').update(body).digest('hex'),
  };
  const title = meta.title ?? front['title'];
  const url = meta.url ?? front['url'];
  const outlet = meta.outlet ?? front['outlet'];
  const licence = meta.licence ?? front['licence'];
  if (title) article.title = title;
  if (url) article.url = url;
  if (outlet) article.outlet = outlet;
  if (licence) article.licence = licence;
  if (published) article.published = published;
  return article;
}

/** A readable identifier from a file path: its base name without extension. */
export function articleIdFromSource(source: string): string {
  const base = basename(source, extname(source));
  return base && base !== '-' ? base : 'stdin';
}

/** Decodes bytes as UTF-8, refusing binary data and invalid encodings. */
export function decodeArticleBytes(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new ArticleError('E_EMPTY', source, 'the file is empty');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleError('E_TOO_LARGE', source, `the file has ${bytes.length} bytes; articles over ${MAX_ARTICLE_BYTES} bytes are refused`);
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new ArticleError('E_BINARY', source, 'the file is binary (it contains NUL bytes), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError('E_ENCODING', source, 'the file is not valid UTF-8 text');
  }
}

/** Reads and parses one article file. */
export async function readArticleFile(path: string, meta: ArticleMeta = {}): Promise<Article> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new ArticleError('E_MISSING', path, 'is not a file');
    size = st.size;
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError('E_MISSING', path, 'no such file');
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new ArticleError('E_TOO_LARGE', path, `the file has ${size} bytes; articles over ${MAX_ARTICLE_BYTES} bytes are refused`);
  }
  const bytes = await readFile(path);
  return parseArticle(decodeArticleBytes(bytes, path), path, meta);
}
