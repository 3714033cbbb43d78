// JSON Lines datasets: one article per line, `text` plus optional `id`, `title`, `published`, `url`, `outlet`,
// the usual shape of news corpora. A bad line is an error of its own; the other lines still count.

import { basename, extname } from 'node:path';
import { ArticleError, parseArticle, type Article, type ArticleMeta } from './article.js';

const META_KEYS = ['id', 'title', 'url', 'outlet', 'published', 'licence'] as const;

/** The source name of one line: the file and its line number, the way compilers name positions. */
export function lineSource(path: string, lineNo: number): string {
  return `${path}:${lineNo}`;
}

/**
 * Parses one JSON Lines record into an Article. Records without an id are named after the file and line
 * (`news-17`), so names stay stable when the file is read again.
 */
export function parseJsonLine(line: string, path: string, lineNo: number): Article {
  const source = lineSource(path, lineNo);
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    throw new ArticleError('E_JSON', source, `the line is not valid JSON (${(err as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new ArticleError('E_JSON', source, 'the line is not a JSON object');
  }
  const r = record as Record<string, unknown>;
  const text = r['text'] ?? r['body'];
  if (typeof text !== 'string') throw new ArticleError('E_JSON', source, 'the record has no "text" string');
  const meta: ArticleMeta = {};
  for (const key of META_KEYS) {
    const value = r[key];
    if (typeof value === 'string' && value.trim()) meta[key] = value.trim();
    else if (typeof value === 'number' && key === 'id') meta.id = String(value);
  }
  const base = basename(path, extname(path));
  meta.id ??= `${base === '-' || !base ? 'stdin' : base}-${lineNo}`;
  // The record's text is the body as it is: no front matter is looked for inside it.
  return parseArticle(`---\n---\n${text}`, source, meta);
}

/** One article or the error that kept a line from being one. */
export type LineResult = Article | ArticleError;

/** One line as an article, as the error that kept it from being one, or undefined when it is blank. */
export function jsonLineResult(line: string, path: string, lineNo: number): LineResult | undefined {
  const trimmed = line.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return undefined;
  try {
    return parseJsonLine(trimmed, path, lineNo);
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    return err;
  }
}

/** Every non-blank line of a JSON Lines text as an article or an error, in order. */
export function* parseJsonLines(text: string, path: string): Generator<LineResult> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const result = jsonLineResult(lines[i]!, path, i + 1);
    if (result) yield result;
  }
}
