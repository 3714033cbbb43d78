// Reading a built graph back for an incremental build: its named graphs hold each article's own assertions,
// from which the merged graph is derived again without extracting anything.

import { createReadStream } from 'node:fs';
import { StreamParser, type Quad } from 'n3';
import { CorpusGraph, articleGraphsOf } from './corpusGraph.js';

/** Formats that keep named graphs, and so can be extended by --update. */
export const UPDATABLE_FORMATS = ['trig', 'nquads'] as const;

const N3_FORMAT = { turtle: 'Turtle', trig: 'TriG', nquads: 'N-Quads' } as const;

/** Parses a Turtle, TriG or N-Quads file into quads (streamed: the file may be large). */
export async function readDataset(path: string, format: keyof typeof N3_FORMAT): Promise<Quad[]> {
  const parser = new StreamParser({ format: N3_FORMAT[format] });
  const quads: Quad[] = [];
  await new Promise<void>((resolve, reject) => {
    const input = createReadStream(path);
    input.on('error', reject);
    parser.on('data', (q: Quad) => quads.push(q));
    parser.on('error', (err: Error) => reject(new Error(`${path}: ${err.message}`)));
    parser.on('end', () => resolve());
    input.pipe(parser);
  });
  return quads;
}

/** A corpus graph holding every article of a built TriG or N-Quads file (added to `corpus` when given). */
export async function loadCorpus(path: string, format: 'trig' | 'nquads', corpus = new CorpusGraph()): Promise<CorpusGraph> {
  for (const part of articleGraphsOf(await readDataset(path, format))) corpus.add(part);
  return corpus;
}
