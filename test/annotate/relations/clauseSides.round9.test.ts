// The clause engine's sides (round 9), for every family at once: an object given as an apposition after a
// description whose adjectives a comma joins ("a new, broader body, the X"), and a relative clause said of a name
// that a copula or an apposition makes "one of" the plural it follows ("X is one of dozens of militias that ...").
// Invented names throughout.

import { describe } from 'vitest';
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
