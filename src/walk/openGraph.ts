// A store for walks, opened from graph files and articles (built first), like the query command's inputs.

import { extname } from 'node:path';
import { SparqlStore } from '../query/engine.js';
import { readSources, SOURCE_EXTENSIONS } from '../query/sources.js';

/**
 * Whether a command-line word is an input file (a graph or article, by its extension) rather than an actor's name;
 * a missing file is still taken as one, so that it is reported as missing rather than as an unknown actor.
 */
export function isInputPath(word: string): boolean {
  return SOURCE_EXTENSIONS.includes(extname(word).toLowerCase());
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
