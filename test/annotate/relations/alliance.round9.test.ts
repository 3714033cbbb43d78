// Alliances tied to their sides beyond the word (round 9): members that stand for their body ("Its fighters fought
// alongside Y"), a relative on a name and its group noun, fighting or cooperating against a common enemy, being
// joined in an operation, a pact between a described pair, membership in a named alliance "with" others.

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('alliance: sides read through members, relatives and joint action', () => {
  table('alliance', [
    [
      'The [Sun Front|ArmedGroup] was founded in 2010. Its [fighters|CollectiveActor] fought alongside the [Red Hand|ArmedGroup] against the army.',
      ['alliance a=red-hand b=sun-front'],
    ],
    [
      '[Ana Varo|Person], a commander of the [Sun|ArmedGroup] militia that fights alongside the [Red Hand|ArmedGroup], was killed.',
      ['alliance a=red-hand b=sun'],
    ],
    ['[Russian fighters|CollectiveActor] battling alongside the [Kastel Army|MilitaryForce] crossed the border.', ['alliance a=kastel-army b=russian-fighters']],
    ['The [Kastel Party|Organization] has long cooperated with [Dorn|Country] against the [Red Hand|ArmedGroup].', ['alliance a=dorn b=kastel-party']],
    ['The [Kastel Army|MilitaryForce] said it was hunting the attackers together with the [Dornish army|MilitaryForce].', ['alliance a=dornish-army b=kastel-army']],
    ['The [Sun Front|ArmedGroup] was joined by the [Red Hand|ArmedGroup] in the assault on [Doma|City].', ['alliance a=red-hand b=sun-front']],
    [
      'The [Sun Front|ArmedGroup] and the [Blue Hand|ArmedGroup] raided a base. The two groups were joined in Thursday\'s offensive by the [Red Hand|ArmedGroup].',
      ['alliance a=blue-hand b=red-hand', 'alliance a=red-hand b=sun-front'],
    ],
    [
      'Last year the [Sun Front|ArmedGroup] and the smaller [Red Hand|ArmedGroup] ([RH|ArmedGroup=red-hand]), headed by [Ana Varo|Person], signed a pact to coordinate attacks.',
      ['alliance a=red-hand b=sun-front @2022'],
    ],
    [
      'The coalition emerged in 2023 as a pact between two long-feuding gang federations, the [G5|ArmedGroup] and the [Blue Hand|ArmedGroup].',
      ['alliance a=blue-hand b=g5'],
    ],
    [
      'The [Sun Front|ArmedGroup] belongs to the [Northern Alliance|Organization] with the [Red Hand|ArmedGroup] and the [Blue Hand|ArmedGroup].',
      ['alliance a=blue-hand b=red-hand', 'alliance a=blue-hand b=sun-front', 'alliance a=red-hand b=sun-front'],
    ],
  ]);
});

describe('alliance: co-operation, company and talks that make no alliance', () => {
  table('alliance', [
    ['The [Kastel Party|Organization] cooperated with [Dorn|Country] on trade.', []],
    ['The [Sun Front|ArmedGroup] was joined by the [Red Hand|ArmedGroup] in condemning the strike.', []],
    ['The [Sun Front|ArmedGroup] was not joined by the [Red Hand|ArmedGroup] in the assault.', []],
    ['The [Kastel Army|MilitaryForce] is hunting the [Red Hand|ArmedGroup] near [Doma|City].', []],
    ['Talks between [Dorn|Country] and [Velmar|Country] over a border pact ended without a deal.', []],
    ['The [Sun Front|ArmedGroup] belongs to the [Northern League|Organization] of farmers, with the [Red Hand|ArmedGroup] opposed.', []],
    // a pact to end the parties' own fight is peace between enemies
    ['The [Dornish government|Government] and the [Red Hand|ArmedGroup] signed a pact to end the conflict.', []],
    ['The [Kastel Army|MilitaryForce] and the [Sun Front|ArmedGroup] signed a pact in [Doma|City], ending months of fighting.', []],
    // a count the reading does not meet: an apposition misread as a list of two
    [
      'The [National Guard|MilitaryForce], the [Rosgard|MilitaryForce=national-guard], sent troops. The two groups were joined in Thursday\'s offensive by the [Red Hand|ArmedGroup].',
      [],
    ],
  ]);
});

describe("alliance: 'its allies' after a conjunct belongs to the conjunct", () => {
  table('alliance', [
    [
      'The [Sun Front|ArmedGroup] is fighting the [Kastel Army|MilitaryForce] and its allies, the [Red Hand|ArmedGroup].',
      ['alliance a=kastel-army b=red-hand'],
    ],
  ]);
});
