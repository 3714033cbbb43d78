// Test helper for the relation specs: the facts of one kind that the relations
// stage reads in a marked-up text, one line each, so that a table row states its expectation in a line.

import { it, expect } from 'vitest';
import type { RelationFact, RelationKind } from '../../../src/annotate/document.js';
import { annotateRelations } from '../../../src/annotate/relations/relationsStage.js';
import { annotatedDoc } from '../../support/annotatedDoc.js';

/** A fact as one line: "kind role=key role=key [category] @date (lifted)". */
export function line(r: RelationFact): string {
  // an alliance is mutual: its pair is shown in alphabetical order
  const pair = r.kind === 'alliance' ? [r.args['a']!, r.args['b']!].sort() : [];
  const given = r.kind === 'alliance' ? { a: pair[0]!, b: pair[1]! } : r.args;
  const args = Object.entries(given)
    .map(([role, key]) => `${role}=${key}`)
    .sort()
    .join(' ');
  const label = r.category ?? r.title;
  const when = r.when === undefined ? '' : ` @${'value' in r.when ? r.when.value : `${r.when.from.value}/${r.when.to.value}`}`;
  return `${r.kind} ${args}${label ? ` [${label}]` : ''}${when}${r.lifted ? ' (lifted)' : ''}`;
}

/** Article fields a case may set; the publication day defaults to 2023-03-01. */
export interface Meta {
  published?: string;
  outlet?: string;
}

/** The facts of one kind read in a marked-up text, as sorted lines. */
export function read(marked: string, kind: RelationKind, meta: Meta = {}): string[] {
  const doc = annotatedDoc(marked, { published: '2023-03-01', ...meta });
  annotateRelations(doc);
  return doc.relations
    .filter((r) => r.kind === kind)
    .map(line)
    .sort();
}

/** A table row: a marked-up text and the exact facts of the kind it must yield (none for a negative case). */
export type Case = [string, string[]];

/** One test per row. */
export function table(kind: RelationKind, cases: Case[], meta: Meta = {}): void {
  it.each(cases)('%s', (marked, expected) => {
    expect(read(marked, kind, meta)).toEqual([...expected].sort());
  });
}
