// `newskg eval --explain`: the scorer's own record of missed gold facts and spurious output facts, put into words
// (gold arguments by id and name, output arguments by entity label) so an analyst can see which facts made a score.

import type { Explanation, Gold, GoldFact, GoldId } from './score.js';

/** One fact of an explanation: its kind, its arguments rendered as text, and for a gold fact its note. */
export interface ExplainedFact {
  kind: string;
  args: Record<string, string>;
  note?: string;
}

/** A matched fact with an attribute wrong: the gold fact, the attribute, and what the output gave for it. */
export interface ExplainedAttribute extends ExplainedFact {
  attr: string;
  got: string;
}

/**
 * Per article: the required gold facts nothing matched, the output facts counted as false positives, and the matched
 * facts whose attributes (date, medium, org, agent, target, place) were scored wrong.
 */
export interface ArticleExplanation {
  missed: ExplainedFact[];
  spurious: ExplainedFact[];
  wrong: ExplainedAttribute[];
  /** the same for entities: gold entities not found, nodes aligned to none (or a second node for one), wrong types */
  entities: { missed: string[]; spurious: string[]; wrongType: string[] };
}

// a gold fact's own bookkeeping, not one of its arguments
const NOT_ARGS = new Set(['kind', 'note', 'optional']);
const MAX_LITERAL = 80;
const MAX_NOTE = 240;

function goldValue(v: unknown, gold: Gold): string {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const { from, to } = v as { from?: unknown; to?: unknown };
    return `${String(from)}..${String(to)}`;
  }
  const id = String(v);
  const e = gold.entities[id];
  return e ? `${id} (${e.names[0] ?? id})` : id;
}

function clip(text: string, max = MAX_LITERAL): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** An output value: an entity by its label (and the gold id it was aligned to), anything else as a short literal. */
function outValue(v: string, labels: Map<string, string>, alignment: Map<string, GoldId | null>): string {
  const label = labels.get(v);
  const isEntity = label !== undefined || alignment.has(v);
  if (!isEntity) return /^https?:\/\//.test(v) ? v.replace(/^.*[#/]/, '') : clip(v);
  const shown = `"${label ?? v.replace(/^.*[#/]/, '')}"`;
  const gid = alignment.get(v);
  return gid ? `${shown}=${gid}` : shown;
}

/** Renders the scorer's record for one article; `labels` maps output entity IRIs to their preferred labels. */
export function explainArticle(explanation: Explanation, gold: Gold, labels: Map<string, string>): ArticleExplanation {
  const goldFact = (g: GoldFact): ExplainedFact => {
    const args: Record<string, string> = {};
    for (const [k, v] of Object.entries(g)) {
      // ("target": [] says the gold fact has none)
      if (NOT_ARGS.has(k) || v === undefined || (Array.isArray(v) && !v.length)) continue;
      args[k] = (Array.isArray(v) ? v : [v]).map((x) => goldValue(x, gold)).join(' | ');
    }
    const fact: ExplainedFact = { kind: g.kind, args };
    if (typeof g['note'] === 'string') fact.note = g['note'];
    return fact;
  };
  const missed = explanation.missed.map(goldFact);
  const spurious = explanation.spurious.map(({ kind, args: raw }): ExplainedFact => {
    const args: Record<string, string> = {};
    for (const [k, vs] of Object.entries(raw)) args[k] = vs.map((v) => outValue(v, labels, explanation.alignment)).join(' | ');
    return { kind, args };
  });
  const wrong = explanation.wrong.map(({ fact, attr, got }): ExplainedAttribute => ({
    ...goldFact(fact),
    attr,
    got: got.length ? got.map((v) => outValue(v, labels, explanation.alignment)).join(' | ') : '(none)',
  }));
  const goldEntity = (id: string): string => `${id} (${gold.entities[id]?.names[0] ?? id}, ${gold.entities[id]?.type ?? '?'})`;
  const label = (iri: string): string => `"${labels.get(iri) ?? iri.replace(/^.*[#/]/, '')}"`;
  const entities = {
    missed: explanation.entities.missed.map(goldEntity),
    spurious: explanation.entities.spurious.map(({ iri, duplicateOf }) => (duplicateOf ? `${label(iri)} (a second node for ${duplicateOf})` : label(iri))),
    wrongType: explanation.entities.wrongType.map(({ id, iri, got }) => `${goldEntity(id)} as ${label(iri)}: got ${got.join(' | ') || '(none)'}`),
  };
  return { missed, spurious, wrong, entities };
}

function line(tag: string, f: ExplainedFact): string {
  const args = Object.entries(f.args)
    .map(([k, v]) => `${k}=${v}`)
    .join('  ');
  const got = 'attr' in f ? `\n${' '.repeat(24)}${(f as ExplainedAttribute).attr} wrong, got: ${(f as ExplainedAttribute).got}` : '';
  return `  ${tag} ${f.kind.padEnd(12)} ${args}${got}${f.note ? `\n${' '.repeat(24)}note: ${clip(f.note, MAX_NOTE)}` : ''}`;
}

/** The explanations of all articles as text, one block per article that has anything to explain. */
export function formatExplanations(perArticle: Map<string, ArticleExplanation>): string {
  const blocks: string[] = [];
  for (const [article, x] of perArticle) {
    const e = x.entities;
    if (!x.missed.length && !x.spurious.length && !x.wrong.length && !e.missed.length && !e.spurious.length && !e.wrongType.length) continue;
    blocks.push(
      [
        `== ${article}: ${x.missed.length} missed, ${x.spurious.length} spurious, ${x.wrong.length} attributes wrong; entities ${e.missed.length} missed, ${e.spurious.length} spurious, ${e.wrongType.length} typed wrong`,
        ...x.missed.map((f) => line('missed  ', f)),
        ...x.spurious.map((f) => line('spurious', f)),
        ...x.wrong.map((f) => line('wrong   ', f)),
        ...e.missed.map((t) => `  missed   ${'entity'.padEnd(12)} ${t}`),
        ...e.spurious.map((t) => `  spurious ${'entity'.padEnd(12)} ${t}`),
        ...e.wrongType.map((t) => `  wrong    ${'entity'.padEnd(12)} ${t}`),
      ].join('\n'),
    );
  }
  return blocks.join('\n\n');
}
