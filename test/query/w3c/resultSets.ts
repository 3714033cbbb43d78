// Query results read from every W3C format (SPARQL XML, JSON, TSV, CSV, RDF result sets, graphs) into one shape,
// and compared as the tests require: solutions as a multiset, blank nodes up to a consistent renaming.

import { Parser, type Quad, type Term } from 'n3';

/** A bound value: a ground term's key, or a blank node's label (matched up to renaming). */
export type Cell = { key: string } | { bnode: string };
export type Solution = Map<string, Cell>;
export type Outcome = { boolean: boolean } | { rows: Solution[] };

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RS = 'http://www.w3.org/2001/sw/DataAccess/tests/result-set#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

const NUMERIC = new Set(
  ['integer', 'decimal', 'double', 'float', 'int', 'long', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger', 'negativeInteger', 'nonPositiveInteger', 'unsignedInt', 'unsignedLong', 'unsignedShort', 'unsignedByte'].map((t) => XSD + t),
);

/**
 * The cell of a literal: xsd:string and plain literals alike, language tags compared lower-case, and valid numbers
 * and booleans by value ("1.0" and "1" as decimals are one number, "0" is false): the engine keeps numbers in canonical form, not as written.
 */
export function literalCell(value: string, datatype?: string, lang?: string): Cell {
  if (lang) return { key: `"${value}"@${lang.toLowerCase()}` };
  const dt = datatype && datatype !== `${XSD}string` ? datatype : '';
  if (NUMERIC.has(dt) && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) return { key: `"${Number(value)}"^^${dt}` };
  if (dt === `${XSD}boolean` && /^\s*(0|1)\s*$/.test(value)) return { key: `"${value.trim() === '1'}"^^${dt}` };
  return { key: `"${value}"^^${dt}` };
}

/** The cell of an RDF/JS term. */
export function termCell(t: Term): Cell {
  if (t.termType === 'BlankNode') return { bnode: t.value };
  if (t.termType === 'Literal') return literalCell(t.value, t.datatype.value, t.language);
  return { key: `<${t.value}>` };
}

interface JsonTerm {
  type: string;
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}

/** SPARQL 1.1 JSON results. */
export function parseSrj(text: string): Outcome {
  const json = JSON.parse(text) as { boolean?: boolean; results?: { bindings: Record<string, JsonTerm>[] } };
  if (typeof json.boolean === 'boolean') return { boolean: json.boolean };
  return {
    rows: (json.results?.bindings ?? []).map(
      (b) =>
        new Map(
          Object.entries(b).map(([k, t]): [string, Cell] => [
            k,
            t.type === 'bnode' ? { bnode: t.value } : t.type === 'uri' ? { key: `<${t.value}>` } : literalCell(t.value, t.datatype, t['xml:lang']),
          ]),
        ),
    ),
  };
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const attr = (attrs: string, name: string): string | undefined => {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : undefined;
};

/** SPARQL Query Results XML (the result format is small and fixed, so patterns read it reliably). */
export function parseSrx(text: string): Outcome {
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  const bool = /<boolean>\s*(true|false)\s*<\/boolean>/.exec(body);
  if (bool) return { boolean: bool[1] === 'true' };
  const rows: Solution[] = [];
  for (const r of body.matchAll(/<result\s*>([\s\S]*?)<\/result>|<result\s*\/>/g)) {
    const row: Solution = new Map();
    for (const b of (r[1] ?? '').matchAll(/<binding\s+name\s*=\s*["']([^"']+)["']\s*>([\s\S]*?)<\/binding>/g)) {
      const inner = b[2]!.trim();
      const uri = /^<uri>([\s\S]*)<\/uri>$/.exec(inner);
      const bnode = /^<bnode>([\s\S]*)<\/bnode>$/.exec(inner);
      const lit = /^<literal([^>]*?)(?:\/>|>([\s\S]*)<\/literal>)$/.exec(inner);
      if (uri) row.set(b[1]!, { key: `<${unescapeXml(uri[1]!.trim())}>` });
      else if (bnode) row.set(b[1]!, { bnode: bnode[1]!.trim() });
      else if (lit) row.set(b[1]!, literalCell(unescapeXml(lit[2] ?? ''), attr(lit[1]!, 'datatype'), attr(lit[1]!, 'xml:lang')));
      else throw new Error(`unreadable binding: ${inner}`);
    }
    rows.push(row);
  }
  return { rows };
}

function tsvTerm(cell: string): Cell {
  if (cell.startsWith('_:')) return { bnode: cell.slice(2) };
  if (cell.startsWith('<')) return { key: cell };
  const m = /^"((?:[^"\\]|\\.)*)"(?:@([\w-]+)|\^\^<([^>]*)>)?$/s.exec(cell);
  if (m) {
    const value = m[1]!.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) =>
      e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : ({ t: '\t', n: '\n', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e,
    );
    return literalCell(value, m[3], m[2]);
  }
  if (cell === 'true' || cell === 'false') return literalCell(cell, `${XSD}boolean`);
  if (/^[+-]?\d+$/.test(cell)) return literalCell(cell, `${XSD}integer`);
  if (/^[+-]?\d*\.\d+$/.test(cell)) return literalCell(cell, `${XSD}decimal`);
  return literalCell(cell, `${XSD}double`);
}

/** SPARQL 1.1 TSV results (terms in Turtle syntax). */
export function parseTsv(text: string): Outcome {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const vars = lines[0]!.split('\t').map((v) => v.replace(/^[?$]/, ''));
  return {
    rows: lines.slice(1).map((line) => {
      const row: Solution = new Map();
      line.split('\t').forEach((cell, i) => {
        if (cell !== '' && vars[i]) row.set(vars[i]!, tsvTerm(cell));
      });
      return row;
    }),
  };
}

/** SPARQL 1.1 CSV results: plain strings only, so rows compare as strings with blank nodes as one wildcard. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** How a solution set reads in CSV, for comparing a CSV writer's output with the expected results. */
export function csvView(vars: string[], outcome: Outcome): string[] {
  if ('boolean' in outcome) return [String(outcome.boolean)];
  const sorted = [...vars].sort();
  return outcome.rows
    .map((r) =>
      sorted
        .map((v) => {
          const c = r.get(v);
          if (!c) return '';
          if ('bnode' in c) return '_:*';
          const m = /^"([\s\S]*)"(?:@.*|\^\^.*)$/.exec(c.key);
          return m ? m[1]! : c.key.slice(1, -1);
        })
        .join('\u0001'),
    )
    .sort();
}

/** CSV text as comparable rows (blank nodes as one wildcard), columns in name order (SELECT * fixes none). */
export function csvRows(text: string): { vars: string[]; rows: string[] } {
  const [head = [], ...rows] = parseCsv(text);
  const order = head.map((_, i) => i).sort((a, b) => (head[a]! < head[b]! ? -1 : 1));
  return {
    vars: order.map((i) => head[i]!),
    rows: rows.map((r) => order.map((i) => (r[i]?.startsWith('_:') ? '_:*' : (r[i] ?? ''))).join('\u0001')).sort(),
  };
}

/** A graph as solutions of ?s ?p ?o (?g for named graphs), so graphs compare like result sets. */
export function graphOutcome(quads: Quad[]): Outcome {
  return {
    rows: quads.map((q) => {
      const row: Solution = new Map([
        ['s', termCell(q.subject)],
        ['p', termCell(q.predicate)],
        ['o', termCell(q.object)],
      ]);
      if (q.graph.termType !== 'DefaultGraph') row.set('g', termCell(q.graph));
      return row;
    }),
  };
}

/** A result set written as RDF (the rs: vocabulary of the DAWG tests). */
export function parseResultGraph(text: string, baseIRI: string): Outcome {
  const quads = new Parser({ baseIRI }).parse(text);
  const objects = (s: Term, p: string): Term[] => quads.filter((q) => q.subject.equals(s) && q.predicate.value === p).map((q) => q.object);
  const set = quads.find((q) => q.predicate.value === `${RDF}type` && q.object.value === `${RS}ResultSet`)?.subject;
  if (!set) return graphOutcome(quads);
  const bool = objects(set, `${RS}boolean`)[0];
  if (bool) return { boolean: bool.value === 'true' };
  return {
    rows: objects(set, `${RS}solution`).map((sol) => {
      const row: Solution = new Map();
      for (const b of objects(sol, `${RS}binding`)) {
        const v = objects(b, `${RS}variable`)[0];
        const value = objects(b, `${RS}value`)[0];
        if (v && value) row.set(v.value, termCell(value));
      }
      return row;
    }),
  };
}

const groundKey = (row: Solution): string =>
  [...row]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([v, c]) => `${v}=${'key' in c ? c.key : '_'}`)
    .join(' ');

/** Whether two outcomes are the same: booleans equal, or solutions equal as multisets up to blank-node renaming. */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
  if ('boolean' in a || 'boolean' in b) return 'boolean' in a && 'boolean' in b && a.boolean === b.boolean;
  if (a.rows.length !== b.rows.length) return false;
  const ka = a.rows.map(groundKey).sort();
  const kb = b.rows.map(groundKey).sort();
  if (ka.some((k, i) => k !== kb[i])) return false;
  const hasBnode = a.rows.some((r) => [...r.values()].some((c) => 'bnode' in c));
  if (!hasBnode) return true;
  // backtracking search for a consistent renaming of blank nodes, row by row
  const used = new Array<boolean>(b.rows.length).fill(false);
  const fwd = new Map<string, string>();
  const back = new Map<string, string>();
  const match = (i: number): boolean => {
    if (i === a.rows.length) return true;
    const row = a.rows[i]!;
    const key = groundKey(row);
    for (let j = 0; j < b.rows.length; j++) {
      if (used[j] || groundKey(b.rows[j]!) !== key) continue;
      const added: string[] = [];
      let ok = true;
      for (const [v, c] of row) {
        if (!('bnode' in c)) continue;
        const other = b.rows[j]!.get(v) as { bnode: string };
        const f = fwd.get(c.bnode);
        const r = back.get(other.bnode);
        if (f === undefined && r === undefined) {
          fwd.set(c.bnode, other.bnode);
          back.set(other.bnode, c.bnode);
          added.push(c.bnode);
        } else if (f !== other.bnode || r !== c.bnode) {
          ok = false;
          break;
        }
      }
      if (ok) {
        used[j] = true;
        if (match(i + 1)) return true;
        used[j] = false;
      }
      for (const x of added) {
        back.delete(fwd.get(x)!);
        fwd.delete(x);
      }
    }
    return false;
  };
  return match(0);
}
