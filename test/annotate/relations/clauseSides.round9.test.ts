// The clause engine's sides (round 9), for every family at once: an object given as an apposition after a
// description whose adjectives a comma joins ("a new, broader body, the X"), and a relative clause said of a name
// that a copula or an apposition makes "one of" the plural it follows ("X is one of dozens of militias that ...").
// Invented names throughout.

import { describe, expect, it } from 'vitest';
import { objectOf } from '../../../src/annotate/relations/clauseArgs.js';
import { clauseObject } from '../../../src/annotate/relations/clauseSides.js';
import { createContext } from '../../../src/annotate/relations/relationContext.js';
import { viewSentence } from '../../../src/annotate/relations/sentenceView.js';
import { annotatedDoc } from '../../support/annotatedDoc.js';
import { table } from './readFacts.js';

describe('clause sides: an apposition object after a description with comma-joined adjectives', () => {
  table('succession', [
    [
      'In 2021 the [Kavari Front|ArmedGroup] was folded into a new, broader body, the [Union of Kavari Tribes|ArmedGroup].',
      ['succession predecessor=kavari-front successor=union-of-kavari-tribes'],
    ],
    // no description before the comma: a list of supplies is no apposition
    ['The [Kavari Front|ArmedGroup] was folded into the army, the [Dorvan Council|Organization] said.', []],
  ]);
  table('affiliation', [
    [
      'The [Dorvan Popular Army|ArmedGroup] joined a large, loose coalition, the [Northern Resistance Alliance|ArmedGroup], in 2019.',
      ['affiliation member=dorvan-popular-army parent=northern-resistance-alliance'],
    ],
  ]);
  table('alliance', [
    [
      'The [Kavari Front|ArmedGroup] is allied with a secular, nationalist group, the [Selvan Front|ArmedGroup].',
      ['alliance a=kavari-front b=selvan-front'],
    ],
  ]);
  table('leadership', [
    ['[Osric Malden|Person] heads a small, secretive faction, the [Kavari Front|ArmedGroup].', ['leadership leader=osric-malden org=kavari-front']],
  ]);
  table('founding', [
    [
      'The [Kavari Front|ArmedGroup] was founded in 2004 by a former, disgraced army officer, [Osric Malden|Person].',
      ['founding founder=osric-malden org=kavari-front'],
    ],
  ]);
  table('support', [
    // a name after the comma that speaks is no apposition
    ['[Tarsa|Country] supplied the rifles, ammunition, the [Kavari Front|ArmedGroup] said.', []],
  ]);
});

describe('clause sides: a relative clause said of the name that is "one of" its antecedent', () => {
  table('affiliation', [
    [
      'The [Kavari Front|ArmedGroup] is one of [dozens of militias|CollectiveActor] that fight under the banner of the [Northern Resistance Alliance|ArmedGroup].',
      ['affiliation member=kavari-front parent=northern-resistance-alliance'],
    ],
    [
      'The [Kavari Front|ArmedGroup], one of [dozens of militias|CollectiveActor] that fight under the banner of the [Northern Resistance Alliance|ArmedGroup], attacked the town.',
      ['affiliation member=kavari-front parent=northern-resistance-alliance'],
    ],
  ]);
  table('alliance', [
    [
      'The [Kavari Front|ArmedGroup] is one of several [militias|CollectiveActor] that fought alongside the [Dorvan Popular Army|ArmedGroup].',
      ['alliance a=dorvan-popular-army b=kavari-front'],
    ],
    [
      'The [Kavari Front|ArmedGroup] and the [Selvan Front|ArmedGroup] are among the [militias|CollectiveActor] that fought alongside the [Dorvan Popular Army|ArmedGroup].',
      ['alliance a=dorvan-popular-army b=kavari-front', 'alliance a=dorvan-popular-army b=selvan-front'],
    ],
    // a name that is no member of the plural keeps out of the clause said of it
    [
      'The [Kavari Front|ArmedGroup] met envoys of the [militias|CollectiveActor] that fought alongside the [Dorvan Popular Army|ArmedGroup].',
      ['alliance a=dorvan-popular-army b=militias'],
    ],
    // denied of the plural, denied of the one
    [
      'The [Kavari Front|ArmedGroup] is one of the few [militias|CollectiveActor] that never fought alongside the [Dorvan Popular Army|ArmedGroup].',
      [],
    ],
  ]);
});

/** The object the engine's readers (clauseArgs' objectOf, clauseSides' clauseObject) take after `word`, as labels. */
function objectsAfter(marked: string, word: string): string[][] {
  const doc = annotatedDoc(marked, { published: '2024-03-01' });
  const view = viewSentence(doc, doc.sentences[0]!);
  const ctx = createContext(doc);
  const end = view.masked.indexOf(word) + word.length;
  const label = (k: string): string => doc.entities.get(k)?.label ?? k;
  return [objectOf(view, end, ctx, () => true).map(label), clauseObject(view, end, ctx, () => true).map(label)];
}

describe('clause sides: the names apposed to a description mention are the object, not the description', () => {
  const rows: [string, string, string[]][] = [
    ['The [Kavari Front|ArmedGroup] fought alongside [two rival factions|CollectiveActor], the [Selvan Front|ArmedGroup] and the [Dorvan Army|ArmedGroup].', 'alongside', ['Selvan Front', 'Dorvan Army']],
    ['The [Kavari Front|ArmedGroup] was folded into [a new body|Organization], the [Union of Kavari Tribes|ArmedGroup], in 2021.', 'into', ['Union of Kavari Tribes']],
    // with no names after it, the description stays the side
    ['The [Kavari Front|ArmedGroup] fought alongside [two rival factions|CollectiveActor] in the north.', 'alongside', ['two-rival-factions']],
    // a name is no description: the names after its comma are more items of the list
    ['[Tarsa|Country] backs the [Kavari Front|ArmedGroup], the [Selvan Front|ArmedGroup] and the [Dorvan Army|ArmedGroup].', 'backs', ['Kavari Front', 'Selvan Front', 'Dorvan Army']],
  ];
  it.each(rows)('%s (%s)', (marked, word, expected) => {
    const [read, sides] = objectsAfter(marked, word);
    expect(read).toEqual(expected);
    expect(sides).toEqual(expected);
  });
});
