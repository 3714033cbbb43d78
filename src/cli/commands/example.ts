// `newskg example` (npm start): builds the bundled founding article into output/ and shows what the graph answers.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildArticle } from '../../buildGraph.js';
import { coarseTypeOf } from '../../annotate/document.js';
import { readArticleFile } from '../../read/article.js';
import { CQ_DIR, EXAMPLE_ARTICLE, packagePath } from '../../paths.js';
import { SparqlStore, type Row } from '../../query/engine.js';
import { RDFS } from '../../rdf/vocab.js';
import { serialize } from '../../write/serialize.js';
import type { Command } from '../command.js';
import { renderTable } from '../table.js';
import { writeFileAtomic } from '../writeAtomic.js';

/** Where the committed example graph lives (a test fails when it is stale). */
export const EXAMPLE_OUTPUT = packagePath('output', 'aleppo-2024-12-02.ttl');

/** Builds the bundled example article's Turtle. */
export async function buildExample(): Promise<{ turtle: string; built: ReturnType<typeof buildArticle> }> {
  const built = buildArticle(await readArticleFile(EXAMPLE_ARTICLE));
  return { turtle: await serialize(built.quads, 'turtle'), built };
}

const SHOWN: [file: string, title: string][] = [
  ['designations.rq', 'Who designated whom as what, and when?'],
  ['supports.rq', 'Who backs whom?'],
  ['events.rq', 'Which events happened?'],
];

/** One row per event: the query gives one row per combination of agent, target, place and date; join them. */
function groupByEvent(rows: Row[]): Row[] {
  if (!rows.some((r) => r['event'])) return rows;
  const byEvent = new Map<string, Map<string, string[]>>();
  for (const r of rows) {
    const cols = byEvent.get(r['event']!) ?? new Map<string, string[]>();
    for (const [k, v] of Object.entries(r)) {
      const vals = cols.get(k) ?? [];
      if (!vals.includes(v)) vals.push(v);
      cols.set(k, vals);
    }
    byEvent.set(r['event']!, cols);
  }
  return [...byEvent.values()].map((cols) => Object.fromEntries([...cols].map(([k, vs]) => [k, vs.join(', ')])) as Row);
}

export const exampleCommand: Command = {
  name: 'example',
  summary: 'build the bundled example article into output/ and show a summary',
  usage: 'newskg example\n\nBuilds examples/aleppo-2024-12-02.txt into output/aleppo-2024-12-02.ttl and answers three competency questions.',
  async run(_args, io) {
    const { turtle, built } = await buildExample();
    await writeFileAtomic(EXAMPLE_OUTPUT, turtle);
    const doc = built.documents[0]!;
    const byType = new Map<string, number>();
    for (const e of doc.entities.values()) byType.set(coarseTypeOf(e.cls), (byType.get(coarseTypeOf(e.cls)) ?? 0) + 1);
    const byKind = new Map<string, number>();
    for (const r of doc.relations) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    io.out(`Built ${EXAMPLE_ARTICLE}\n   -> ${EXAMPLE_OUTPUT} (${built.quads.length} triples)\n\n`);
    io.out(`entities:   ${[...byType].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}\n`);
    io.out(`relations:  ${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}\n`);
    io.out(`events:     ${doc.events.length}\nstatements: ${doc.statements.length}\n`);

    const store = new SparqlStore().load(turtle);
    const labels = new Map<string, string>();
    for (const r of store.select(`SELECT ?s ?l WHERE { ?s <${RDFS.label}> ?l }`)) labels.set(r['s']!, r['l']!);
    for (const [file, title] of SHOWN) {
      const query = await readFile(join(CQ_DIR, file), 'utf8');
      const rows = store.select(query);
      const columns = [...query.matchAll(/\?(\w+)/g)].map((m) => m[1]!).filter((v, i, a) => a.indexOf(v) === i);
      const selected = /SELECT\s+(?:DISTINCT\s+)?((?:\?\w+\s*)+)/i.exec(query)?.[1]?.match(/\w+/g) ?? columns;
      const labelled = rows.map((r): Row => Object.fromEntries(Object.entries(r).map(([c, v]) => [c, c === 'event' ? v : (labels.get(v) ?? v)])) as Row);
      const shown = groupByEvent(labelled);
      io.out(`\n${title} (ontology/cq/${file})\n${renderTable(selected.filter((c) => c !== 'event'), shown)}\n`);
    }
    return 0;
  },
};
