// Benchmark of the query layer against the engine called directly, on synthetic news-like graphs (actors with
// names, facts with arguments, dates and evidence spans, direct actor links): load time, p50 per query shape and
// per competency question, memory. Run: npm run bench:query [-- --full] (--full adds the 1M-triple graph).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as oxigraph from 'oxigraph';
import { SparqlStore } from '../src/query/engine.js';
import { withPrefixes } from '../src/query/prefixes.js';
import { QueryWorker } from '../src/query/queryWorker.js';
import { CQ_DIR } from '../src/paths.js';
import { NIF, NKG, PREFIXES, RDF, RDFS, SEM, SKOS, XSD } from '../src/rdf/vocab.js';

const full = process.argv.includes('--full');
const SIZES = full ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];

/** A seeded generator, so every run measures the same graph. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: [cls: string, from: string, to: string, link: string][] = [
  [NKG.Support, NKG.supporter, NKG.supported, NKG.supports],
  [NKG.Designation, NKG.designator, NKG.designee, NKG.designated],
  [NKG.Alliance, NKG.party, NKG.party, NKG.alliedWith],
  [NKG.Affiliation, NKG.member, NKG.parent, NKG.affiliateOf],
  [NKG.Attack, NKG.agent, NKG.target, NKG.attacked],
  [NKG.Sanction, NKG.sanctioner, NKG.sanctionTarget, NKG.sanctioned],
];

/** About `triples` triples of N-Triples: one actor per four facts, each fact about 12 triples. */
export function newsGraph(triples: number): string {
  const rand = rng(triples);
  const id = PREFIXES.id;
  const facts = Math.round(triples / 12.4);
  const actors = Math.max(10, Math.round(facts / 4));
  const classes = [NKG.Person, NKG.Organization, NKG.Country];
  const lines: string[] = [];
  const iri = (s: string): string => `<${s}>`;
  const lit = (s: string, dt?: string): string => (dt ? `"${s}"^^<${dt}>` : JSON.stringify(s));
  for (let i = 0; i < actors; i++) {
    const e = iri(`${id}entity/actor-${i}`);
    const cls = classes[i % 3]!;
    const name = `${cls === NKG.Person ? 'Person' : cls === NKG.Country ? 'Country' : 'Org'} ${i}`;
    lines.push(`${e} ${iri(RDF.type)} ${iri(cls)} .`, `${e} ${iri(RDFS.label)} ${lit(name)} .`);
    if (i % 4 === 0) lines.push(`${e} ${iri(SKOS.altLabel)} ${lit(`A${i}`)} .`);
  }
  for (let f = 0; f < facts; f++) {
    const [cls, r1, r2, link] = KINDS[f % KINDS.length]!;
    const a = Math.floor(rand() * actors);
    const b = Math.floor(Math.pow(rand(), 2) * actors); // a few actors get most of the attention, as in the news
    const node = iri(`${id}fact/${f}`);
    const span = iri(`${id}article/${Math.floor(f / 40)}#char=${f * 10},${f * 10 + 40}`);
    const ea = iri(`${id}entity/actor-${a}`);
    const eb = iri(`${id}entity/actor-${b}`);
    lines.push(
      `${node} ${iri(RDF.type)} ${iri(cls)} .`,
      `${node} ${iri(RDF.type)} ${iri(NKG.Fact)} .`,
      `${node} ${iri(r1)} ${ea} .`,
      `${node} ${iri(r2)} ${eb} .`,
      `${node} ${iri(NKG.confidence)} ${lit((0.5 + rand() / 2).toFixed(3), XSD.decimal)} .`,
      `${node} ${iri(NKG.rule)} ${lit(`rule-${f % 17}`)} .`,
      `${node} ${iri(NKG.evidence)} ${span} .`,
      `${span} ${iri(NIF.anchorOf)} ${lit(`words of fact ${f} between actor ${a} and actor ${b}`)} .`,
      `${span} ${iri(NIF.beginIndex)} ${lit(String(f * 10), XSD.nonNegativeInteger)} .`,
      `${span} ${iri(NIF.endIndex)} ${lit(String(f * 10 + 40), XSD.nonNegativeInteger)} .`,
      `${ea} ${iri(link)} ${eb} .`,
    );
    if (f % 3 === 0) lines.push(`${node} ${iri(SEM.hasTimeStamp)} ${lit(`20${10 + (f % 15)}-0${1 + (f % 9)}-1${f % 10}`, XSD.date)} .`);
  }
  return `${lines.join('\n')}\n`;
}

const SHAPES: [name: string, query: string][] = [
  ['label lookup', 'SELECT ?e WHERE { ?e rdfs:label "Org 1000" }'],
  ['3-way join', 'SELECT ?s ?o ?l WHERE { ?f a nkg:Support ; nkg:supporter ?s ; nkg:supported ?o . ?o rdfs:label ?l }'],
  ['regex filter', 'SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER(REGEX(?l, "^Person 12")) }'],
  ['aggregate', 'SELECT ?t (COUNT(?f) AS ?n) WHERE { ?f a nkg:Fact ; a ?t } GROUP BY ?t'],
  ['property path', 'SELECT DISTINCT ?x WHERE { id:entity/actor-7 (nkg:supports|nkg:alliedWith)/nkg:affiliateOf* ?x }'.replace('id:entity/actor-7', `<${PREFIXES.id}entity/actor-7>`)],
  ['OPTIONAL', 'SELECT ?f ?d WHERE { ?f a nkg:Designation . OPTIONAL { ?f sem:hasTimeStamp ?d } }'],
];

const CQS: [string, string][] = readdirSync(CQ_DIR)
  .filter((f) => f.endsWith('.rq'))
  .sort()
  .map((f) => [`cq ${f.replace('.rq', '')}`, readFileSync(join(CQ_DIR, f), 'utf8')]);

const p50 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/**
 * p50 of each function, run in turn (engine, layer, worker, engine, ...) so that GC pauses and heap growth fall on
 * all of them alike; at least `runs` rounds, more for fast queries (up to a quarter of a second per function).
 */
async function timeInTurn(fns: (() => unknown)[], runs: number): Promise<{ p50: number; best: number }[]> {
  for (const fn of fns) await fn(); // warm up
  const xs: number[][] = fns.map(() => []);
  const start = performance.now();
  for (let i = 0; i < runs || (performance.now() - start < 250 * fns.length && i < 500); i++) {
    for (let k = 0; k < fns.length; k++) {
      const t = performance.now();
      await fns[k]!();
      xs[k]!.push(performance.now() - t);
    }
  }
  return xs.map((x) => ({ p50: p50(x), best: Math.min(...x) }));
}

async function benchSize(size: number): Promise<void> {
  const nt = newsGraph(size);
  const runs = size >= 1_000_000 ? 5 : 15;

  let t = performance.now();
  const bare = new oxigraph.Store();
  bare.load(nt, { format: 'application/n-triples' });
  const bareLoad = performance.now() - t;
  const rssBare = process.memoryUsage().rss;

  t = performance.now();
  const layer = new SparqlStore().load(nt, 'application/n-triples');
  const layerLoad = performance.now() - t;

  const worker = new QueryWorker({ timeoutMs: 600_000 });
  t = performance.now();
  await worker.load(nt, 'application/n-triples');
  const workerLoad = performance.now() - t;

  console.log(`\n#### ${bare.size.toLocaleString('en')} triples\n`);
  console.log(`load: engine ${ms(bareLoad)} ms, layer ${ms(layerLoad)} ms, layer in its worker thread ${ms(workerLoad)} ms (text sent to the thread included); RSS after the first store ${mb(rssBare)}, after all three ${mb(process.memoryUsage().rss)}\n`);
  console.log('| query | rows | engine p50 ms | layer p50 ms | ratio p50 | ratio best | worker p50 ms | ratio p50 | ratio best |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, query] of [...SHAPES, ...CQS]) {
    // the engine gets the same prepared text (prefixes written out), so only the layer's own work differs
    const text = withPrefixes(query).text;
    const options = { use_default_graph_as_union: true, results_format: 'application/sparql-results+json' };
    const rows = (JSON.parse(bare.query(text, options) as string) as { results: { bindings: unknown[] } }).results.bindings.length;
    const [e, l, w] = (await timeInTurn([() => bare.query(text, options), () => layer.run(query, 'json'), () => worker.run(query, 'json')], runs)) as { p50: number; best: number }[] as [
      { p50: number; best: number },
      { p50: number; best: number },
      { p50: number; best: number },
    ];
    console.log(
      `| ${name} | ${rows} | ${ms(e.p50)} | ${ms(l.p50)} | ${(l.p50 / e.p50).toFixed(2)} | ${(l.best / e.best).toFixed(2)} | ${ms(w.p50)} | ${(w.p50 / e.p50).toFixed(2)} | ${(w.best / e.best).toFixed(2)} |`,
    );
  }
  await worker.close();
}

// run only as a script, so that other benchmarks can import the generator
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`Node ${process.version}, oxigraph ${JSON.parse(readFileSync(new URL('../node_modules/oxigraph/package.json', import.meta.url), 'utf8')).version}, ${new Date().toISOString().slice(0, 10)}`);
  for (const size of SIZES) await benchSize(size);
}
