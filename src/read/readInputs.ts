// Inputs of a corpus build: files, folders (recursively), glob patterns, `-` for standard input, plain text,
// HTML pages and JSON Lines datasets, all turned into one stream of articles and of errors that name their source.

import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ArticleError, decodeArticleBytes, parseArticle, readArticleFile, type Article } from './article.js';
import { parseHtmlArticle } from './htmlArticle.js';
import { jsonLineResult, parseJsonLines } from './jsonLines.js';

export type InputKind = 'text' | 'html' | 'jsonl';

const KIND_OF_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text',
  '.md': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** How a file is read, from its extension; files of other extensions are read as plain text when named. */
export function inputKind(path: string): InputKind {
  return KIND_OF_EXTENSION[extname(path).toLowerCase()] ?? 'text';
}

/** Whether a folder walk takes a file: only the extensions above, no hidden files. */
function takenFromFolder(name: string): boolean {
  return !name.startsWith('.') && extname(name).toLowerCase() in KIND_OF_EXTENSION;
}

/** How standard input is read when its kind is not given: HTML and JSON Lines are recognised by their first bytes. */
export function sniffKind(text: string): InputKind {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase();
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|article)\b/.test(head)) return 'html';
  return 'text';
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile() && takenFromFolder(e.name)) out.push(path);
  }
}

/** One input named on the command line: a readable path, standard input, or an error for a name that matched nothing. */
export type InputFile = { path: string } | { error: ArticleError };

/**
 * Expands input names into files, in a stable order: folders walked recursively (sorted), glob patterns
 * matched (sorted), `-` kept for standard input, each file once. A name that matches nothing becomes an error.
 */
export async function expandInputs(specs: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = path === '-' ? '-' : resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path });
  };
  for (const spec of specs) {
    if (spec === '-') {
      add('-');
      continue;
    }
    const st = await stat(spec).catch(() => undefined);
    if (st?.isDirectory()) {
      const files: string[] = [];
      await walk(spec, files);
      if (!files.length) out.push({ error: new ArticleError('E_MISSING', spec, 'the folder holds no article files') });
      files.forEach(add);
    } else if (st) add(spec);
    else if (isDynamicPattern(spec)) {
      const files = (await glob(spec, { onlyFiles: true, dot: false, expandDirectories: false })).sort();
      if (!files.length) out.push({ error: new ArticleError('E_MISSING', spec, 'the pattern matches no files') });
      files.forEach(add);
    } else out.push({ error: new ArticleError('E_MISSING', spec, 'no such file or folder') });
  }
  return out;
}

export interface ReadOptions {
  /** Where `-` reads from (standard input unless given). */
  stdin?: NodeJS.ReadableStream;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Streams a JSON Lines file line by line: datasets can be far larger than one article, or than memory. */
async function* readJsonLinesFile(path: string): AsyncGenerator<Article | ArticleError> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    const result = jsonLineResult(line, path, ++lineNo);
    if (result) yield result;
  }
}

async function readOne(path: string, options: ReadOptions): Promise<Article | (Article | ArticleError)[]> {
  if (path === '-') {
    const bytes = await readAll(options.stdin ?? process.stdin);
    const text = decodeArticleBytes(bytes, '-');
    const kind = sniffKind(text);
    if (kind === 'jsonl') return [...parseJsonLines(text, '-')];
    return kind === 'html' ? parseHtmlArticle(text, '-') : parseArticle(text, '-');
  }
  if (inputKind(path) === 'html') {
    const text = decodeArticleBytes(await readFile(path), path);
    return parseHtmlArticle(text, path);
  }
  return readArticleFile(path);
}

/**
 * Reads every input as articles, in order; an input that cannot be read yields an ArticleError naming it
 * (its file, or its file and line), and reading goes on with the next.
 */
export async function* readInputs(specs: readonly string[], options: ReadOptions = {}): AsyncGenerator<Article | ArticleError> {
  for (const input of await expandInputs(specs)) {
    if ('error' in input) {
      yield input.error;
      continue;
    }
    if (input.path !== '-' && inputKind(input.path) === 'jsonl') {
      const st = await stat(input.path).catch(() => undefined);
      if (!st?.isFile()) yield new ArticleError('E_MISSING', input.path, 'no such file');
      else yield* readJsonLinesFile(input.path);
      continue;
    }
    try {
      const got = await readOne(input.path, options);
      if (Array.isArray(got)) yield* got;
      else yield got;
    } catch (err) {
      if (!(err instanceof ArticleError)) throw err;
      yield err;
    }
  }
}
