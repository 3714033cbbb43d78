// The clause structure's subjects (round 9): a relative clause said of a plural that a name is "one of" ("X is one
// of the groups that ...") is said of the name; an opening past participle ("Backed by Y, the X ...") is said of the
// main clause's subject. Invented sentences; each row names the trigger word and the subject the structure gives.

import { describe, expect, it } from 'vitest';
import { structureSubject } from '../../../src/annotate/relations/clauses.js';
import { viewSentence } from '../../../src/annotate/relations/sentenceView.js';
import { annotatedDoc } from '../../support/annotatedDoc.js';

/** The subject names the structure gives the first occurrence of `word` in the first sentence, joined with "+". */
function subjectAt(marked: string, word: string): string {
  const doc = annotatedDoc(marked, { published: '2024-03-01' });
  const view = viewSentence(doc, doc.sentences[0]!);
  const at = view.masked.search(new RegExp(`\\b${word}\\b`));
  if (at < 0) throw new Error(`clauseStructure.round9: no "${word}" in ${view.masked}`);
  return structureSubject(view, at).map((i) => view.slots[i]!.mention.text).join('+') || '-';
}

/** [sentence, trigger word, subject] */
type Row = [string, string, string];

const ONE_OF: Row[] = [
  ['The [Kavari Front|ArmedGroup] is one of [dozens of militias|CollectiveActor] that fight under the banner of the [Union|ArmedGroup].', 'fight', 'Kavari Front'],
  ['The [Kavari Front|ArmedGroup], one of several [militias|CollectiveActor] that fought alongside the [Dorvan Army|ArmedGroup], seized the town.', 'fought', 'Kavari Front'],
  ['The [Kavari Front|ArmedGroup] and the [Selvan Front|ArmedGroup] are among the [militias|CollectiveActor] that receive arms from [Tarsa|Country].', 'receive', 'Kavari Front+Selvan Front'],
  ['The [Kavari Front|ArmedGroup] is one of the groups that fought alongside the [Dorvan Army|ArmedGroup].', 'fought', 'Kavari Front'],
  ['[Osric Malden|Person] is one of the commanders who lead the [Kavari Front|ArmedGroup].', 'lead', 'Osric Malden'],
  // no name said to be one of the plural: the structure gives no subject (the walks decide), never the opening name
  ['The [Kavari Front|ArmedGroup] met envoys of the [militias|CollectiveActor] that fought alongside the [Dorvan Army|ArmedGroup].', 'fought', '-'],
  // a name after "in" is where the plural is, not one of it
  ['The [Kavari Front|ArmedGroup] is one of the groups in [Tarsa|Country] that fought alongside the [Dorvan Army|ArmedGroup].', 'fought', '-'],
];

const PARTICIPLE_OPENING: Row[] = [
  ['Backed by [Tarsa|Country] and [Velm|Country], the [Kavari Front|ArmedGroup] seized the town.', 'Backed', 'Kavari Front'],
  ['Founded in 2004 by [Osric Malden|Person], the [Kavari Front|ArmedGroup] is backed by [Tarsa|Country].', 'Founded', 'Kavari Front'],
  ['Allied with the [Dorvan Army|ArmedGroup], the [Kavari Front|ArmedGroup] and the [Selvan Front|ArmedGroup] seized the town.', 'Allied', 'Kavari Front+Selvan Front'],
  // a fronted subordinate clause has a subject of its own, never the main clause's
  ['When [Tarsa|Country] backed the rebels, the [Kavari Front|ArmedGroup] seized the town.', 'backed', '-'],
  // a participle inside the main clause is no opening
  ['The [Kavari Front|ArmedGroup], backed by [Tarsa|Country], seized the town.', 'seized', 'Kavari Front'],
];

describe('clause structure: a relative said of the plural a name is one of', () => {
  it.each(ONE_OF)('%s (%s)', (marked, word, subject) => {
    expect(subjectAt(marked, word)).toBe(subject);
  });
});

describe('clause structure: an opening past participle is said of the main clause subject', () => {
  it.each(PARTICIPLE_OPENING)('%s (%s)', (marked, word, subject) => {
    expect(subjectAt(marked, word)).toBe(subject);
  });
});
