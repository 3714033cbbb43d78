// `newskg eval`: build each NAME.txt beside NAME.gold.json, ask the competency questions, score like score.py.

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { buildArticle } from '../buildGraph.js';
import { readArticleFile } from '../read/article.js';
import { CQ_DIR } from '../paths.js';
import { SparqlStore, type Row } from '../query/engine.js';
import { RDFS } from '../rdf/vocab.js';
import { serialize } from '../write/serialize.js';
import { explainArticle, type ArticleExplanation } from './explain.js';
import { newExplanation, scoreGraph, totals, type Gold, type Tally } from './score.js';

export interface EvalResult {
  /** kind → tally, summed over articles, with "ALL FACTS". */
  total: Map<string, Tally>;
  /** article gold file name → kind → F1 */
  perArticle: Map<string, Map<string, number>>;
  /** article gold file name → its missed and spurious facts (only when asked for with `explain`) */
  explained?: Map<string, ArticleExplanation>;
}

/** Options of runEval. */
export interface EvalOptions {
  /** called before each article is built */
  onArticle?: (name: string) => void;
  /** also record, per article, which gold facts were missed and which output facts were spurious */
  explain?: boolean;
}

// preferred labels only (names.rq also returns aliases), to show an output entity by one name
const LABELS_QUERY = `SELECT ?entity ?label WHERE { ?entity <${RDFS.label}> ?label }`;

/** Finds NAME.gold.json files among paths (files or folders, not recursive into subfolders). */
export async function findGoldFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const st = await stat(p).catch(() => undefined);
    if (!st) throw new Error(`${p}: no such file or folder`);
    if (st.isDirectory()) {
      const names = (await readdir(p)).filter((n) => n.endsWith('.gold.json')).sort();
      out.push(...names.map((n) => join(p, n)));
    } else out.push(p);
  }
  if (!out.length) throw new Error(`no NAME.gold.json files in ${paths.join(', ')}`);
  return out;
}

/** Loads the competency-question queries of a folder once. */
export async function loadQueries(dir = CQ_DIR): Promise<Map<string, string>> {
  const queries = new Map<string, string>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.rq'))) {
    queries.set(name, await readFile(join(dir, name), 'utf8'));
  }
  return queries;
}

/** Scores one Turtle graph against one gold file with the given queries. */
export function scoreTurtle(turtle: string, gold: Gold, queries: Map<string, string>): Map<string, Tally> {
  return scoreStore(new SparqlStore().load(turtle), gold, queries);
}

function scoreStore(store: SparqlStore, gold: Gold, queries: Map<string, string>, explain?: Parameters<typeof scoreGraph>[2]): Map<string, Tally> {
  return scoreGraph(
    (file: string): Row[] | undefined => {
      const q = queries.get(file);
      return q === undefined ? undefined : store.select(q);
    },
    gold,
    explain,
  );
}

/** Scores one Turtle graph like scoreTurtle and explains the score: the missed gold facts and the spurious output facts. */
export function explainTurtle(
  turtle: string,
  gold: Gold,
  queries: Map<string, string>,
): { scores: Map<string, Tally>; explanation: ArticleExplanation } {
  const store = new SparqlStore().load(turtle);
  const record = newExplanation();
  const scores = scoreStore(store, gold, queries, record);
  const labels = new Map<string, string>();
  for (const r of store.select(LABELS_QUERY)) if (r['entity'] && r['label'] && !labels.has(r['entity'])) labels.set(r['entity'], r['label']);
  return { scores, explanation: explainArticle(record, gold, labels) };
}

/** Builds and scores every article beside the gold files. */
export async function runEval(paths: string[], options: EvalOptions = {}): Promise<EvalResult> {
  const { onArticle, explain = false } = options;
  const goldFiles = await findGoldFiles(paths);
  const queries = await loadQueries();
  const per: Map<string, Tally>[] = [];
  const perArticle = new Map<string, Map<string, number>>();
  const explained = new Map<string, ArticleExplanation>();
  for (const goldPath of goldFiles) {
    const gold = JSON.parse(await readFile(goldPath, 'utf8')) as Gold;
    const txt = join(dirname(goldPath), gold.article ?? basename(goldPath).replace(/\.gold\.json$/, '.txt'));
    onArticle?.(basename(goldPath));
    const article = await readArticleFile(txt);
    const turtle = await serialize(buildArticle(article).quads, 'turtle');
    let res: Map<string, Tally>;
    if (explain) {
      const { scores, explanation } = explainTurtle(turtle, gold, queries);
      res = scores;
      explained.set(basename(goldPath), explanation);
    } else res = scoreTurtle(turtle, gold, queries);
    per.push(res);
    perArticle.set(basename(goldPath), new Map([...res].map(([k, t]) => [k, t.prf().f1])));
  }
  return explain ? { total: totals(per), perArticle, explained } : { total: totals(per), perArticle };
}

/** The score table in score.py's layout. */
export function formatScores(total: Map<string, Tally>): string {
  const lines = [`${'kind'.padEnd(13)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}  attributes (correct/asked)`];
  for (const [k, v] of total) {
    const { p, r, f1 } = v.prf();
    const attrs = [...v.attr.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([a, [c, n]]) => `${a} ${c}/${n}`)
      .join('  ');
    lines.push(`${k.padEnd(13)}${p.toFixed(2).padStart(7)}${r.toFixed(2).padStart(7)}${f1.toFixed(2).padStart(7)}${String(v.tp).padStart(5)}${String(v.fp).padStart(5)}${String(v.fn).padStart(5)}  ${attrs}`);
  }
  return lines.join('\n');
}

/** The scores as JSON in score.py's --json layout. */
export function scoresJson(result: EvalResult): unknown {
  const out: Record<string, unknown> = {};
  for (const [k, v] of result.total) {
    const { p, r, f1 } = v.prf();
    out[k] = {
      p, r, f1, tp: v.tp, fp: v.fp, fn: v.fn,
      attributes: Object.fromEntries([...v.attr].map(([a, [c, n]]) => [a, n ? c / n : null])),
    };
  }
  out['per_article_f1'] = Object.fromEntries([...result.perArticle].map(([a, m]) => [a, Object.fromEntries(m)]));
  if (result.explained) out['explain'] = Object.fromEntries(result.explained);
  return out;
}
