// What a query runs over: graph files, read as they are, and articles (.txt), built into a graph first.

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Writer, type Quad } from 'n3';
import { buildGraph } from '../buildGraph.js';
import { readArticleFile, type Article } from '../read/article.js';
import type { RdfFormat } from './engine.js';

/** One batch to load: RDF text and its media type. */
export interface GraphSource {
  name: string;
  text: string;
  format: RdfFormat;
}

const BY_EXTENSION: Record<string, RdfFormat> = {
  '.ttl': 'text/turtle',
  '.turtle': 'text/turtle',
  '.trig': 'application/trig',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
  '.jsonld': 'application/ld+json',
  '.rdf': 'application/rdf+xml',
  '.owl': 'application/rdf+xml',
};

/** The file extensions read as inputs: articles and graphs. */
export const SOURCE_EXTENSIONS: readonly string[] = ['.txt', ...Object.keys(BY_EXTENSION)];

/** A file the query layer cannot read as a graph or an article. */
export class SourceError extends Error {
  readonly code = 'E_SOURCE';
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

/** Quads as one N-Quads batch (the engine loads a batch many times faster than quads one by one). */
export function quadsToNQuads(quads: Iterable<Quad>): Promise<string> {
  const writer = new Writer({ format: 'N-Quads' });
  for (const q of quads) writer.addQuad(q);
  return new Promise((resolve, reject) => writer.end((err, text: string) => (err ? reject(err) : resolve(text))));
}

/** Reads graph files as they are and builds the articles among the inputs (all articles into one batch). */
export async function readSources(paths: string[], published?: string): Promise<GraphSource[]> {
  const sources: GraphSource[] = [];
  const articles: Article[] = [];
  for (const path of paths) {
    const ext = extname(path).toLowerCase();
    if (ext === '.txt') {
      const article = await readArticleFile(path);
      if (!article.published && published) article.published = published;
      articles.push(article);
      continue;
    }
    const format = BY_EXTENSION[ext];
    if (!format) {
      throw new SourceError(`${path}: unknown input type "${ext || '(none)'}"; give articles (.txt) or graphs (${Object.keys(BY_EXTENSION).join(', ')})`);
    }
    const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new SourceError(`${path}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    });
    sources.push({ name: path, text, format });
  }
  if (articles.length) {
    const text = await quadsToNQuads(buildGraph(articles).quads);
    sources.push({ name: `${articles.length} article(s)`, text, format: 'application/n-quads' });
  }
  return sources;
}
