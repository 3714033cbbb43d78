// A store for walks, opened from graph files and articles (built first), like the query command's inputs.

import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { SparqlStore } from '../query/engine.js';
import { readSources, SOURCE_EXTENSIONS } from '../query/sources.js';

/** Whether a command-line word is an input file (an existing graph or article) rather than an actor's name. */
export function isInputPath(word: string): boolean {
  return SOURCE_EXTENSIONS.includes(extname(word).toLowerCase()) && existsSync(word);
}

/** Loads graph files and articles into one store (each source in one batch). */
export async function openGraph(paths: string[], published?: string): Promise<SparqlStore> {
  const store = new SparqlStore();
  for (const s of await readSources(paths, published)) {
    try {
      store.load(s.text, s.format);
    } catch (err) {
      throw new Error(`${s.name}: ${(err as Error).message}`);
    }
  }
  return store;
}
