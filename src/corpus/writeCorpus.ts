// Writing a corpus graph in pieces: the merged default graph first, then each article's named graph on its own, in
// the canonical order a single pass would give. Only one piece is ever held as text, so the peak memory of writing
// is the merged graph's, not the whole dataset's.

import { open, rename, rm, mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Quad } from 'n3';
import { serialize, type OutputFormat } from '../write/serialize.js';
import type { CorpusGraph } from './corpusGraph.js';

/** Receives the output piece by piece, in order. */
export type Sink = (chunk: string) => Promise<void> | void;

/** TriG pieces after the first repeat the prefix block: it ends at the first blank line. */
function withoutPrefixes(trig: string): string {
  if (!trig.startsWith('@prefix')) return trig;
  const end = trig.indexOf('\n\n');
  return end < 0 ? trig : trig.slice(end + 2);
}

/**
 * Writes a corpus graph to a sink: Turtle and JSON-LD get the merged graph; TriG and N-Quads get it followed by each
 * article's named graph. Resolves to the number of triples in the merged graph.
 */
export async function writeCorpus(corpus: CorpusGraph, format: OutputFormat, sink: Sink): Promise<number> {
  let triples = 0;
  function* counted(quads: Iterable<Quad>) {
    for (const q of quads) {
      triples++;
      yield q;
    }
  }
  await sink(await serialize(counted(corpus.mergedQuads()), format));
  if (format === 'trig' || format === 'nquads') {
    for (const article of corpus.articleIris()) {
      const piece = await serialize(corpus.articleQuads(article), format);
      await sink(format === 'trig' ? withoutPrefixes(piece) : piece);
    }
  }
  return triples;
}

/** Writes a corpus graph to a file that appears whole or not at all (a temporary file beside it, then a rename). */
export async function writeCorpusFile(corpus: CorpusGraph, format: OutputFormat, path: string): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const file = await open(tmp, 'w');
  try {
    const triples = await writeCorpus(corpus, format, async (chunk) => {
      await file.write(chunk);
    });
    await file.close();
    await rename(tmp, path);
    return triples;
  } catch (err) {
    await file.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
}
