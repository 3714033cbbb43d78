// Alliances on unseen text (round 10): allies named by a description or a report ("a network that officials describe
// as an ally of Y", "a close Q ally" between two people), a possessive pronoun's partners, "whose alliance with",
// "in partnership with" past a place, bonds forged, a demonym's allies, pacts with a quoted name, right-node raising
// ("trained alongside, and bought weapons from, Y"), members of a body an apposition calls an alliance. And what is
// no alliance: one state's organs in a joint operation, a charge of fighting alongside, a place that only modifies.

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('alliance: ties told through descriptions, possessives and pacts', () => {
  table('alliance', [
    [
      'The [Sun Front|ArmedGroup] has worked with the [Kastel Gang|ArmedGroup], a network that [U.S.|Country] officials describe as an ally of the [Red Hand|ArmedGroup].',
      ['alliance a=kastel-gang b=red-hand'],
    ],
    ['The [Kastel Gang|ArmedGroup], widely seen as a close ally of the [Red Hand|ArmedGroup], denies it.', ['alliance a=kastel-gang b=red-hand']],
    ['The regional president, [Ana Varo|Person], a close [Piet Lorn|Person] ally, stood beside him.', ['alliance a=ana-varo b=piet-lorn']],
    ['[Velmar|Country] works closely with its international partners, including [Dorn|Country], to counter terrorism.', ['alliance a=dorn b=velmar']],
    [
      '[Ana Varo|Person], head of the [Unity Party|Organization] (UP), whose alliance with President [Piet Lorn|Person]\'s ruling [Dawn Party|Organization] has kept the government in power since 2018, spoke.',
      ['alliance a=dawn-party b=unity-party'],
    ],
    [
      'The [Sun Front|ArmedGroup] ships cocaine to Europe through the port of [Tirel|City] in partnership with [Dorn|Country]\'s [Kastel Gang|ArmedGroup].',
      ['alliance a=kastel-gang b=sun-front'],
    ],
    ['The [Sun Front|ArmedGroup] moved to the border, where it forged close ties with the [Red Hand|ArmedGroup].', ['alliance a=red-hand b=sun-front']],
    [
      '[Russia|Country] sent troops in 2021. Thousands fled fighting between militants and the [Dorn Army|MilitaryForce] and its Russian allies.',
      ['alliance a=dorn-army b=russia'],
    ],
    ['[Velmar|Country] signed a treaty of "alliance and integration" with [Dorn|Country] in 2015.', ['alliance a=dorn b=velmar @2015']],
    ['[Dorn|Country] signed a similar "strategic partnership" agreement with [Velmar|Country] a year earlier.', ['alliance a=dorn b=velmar']],
    ['[Velmar|Country] and [Dorn|Country] signed a defence cooperation agreement in 2022.', ['alliance a=dorn b=velmar @2022']],
    [
      'The [Sun Front|ArmedGroup] has trained alongside, and bought weapons from, the [Red Hand|ArmedGroup].',
      ['alliance a=red-hand b=sun-front'],
    ],
    [
      'Together with the [Sun Front|ArmedGroup], the [Red Hand|ArmedGroup] belongs to the [Dorn Sangar|Organization], an umbrella alliance of armed groups.',
      ['alliance a=red-hand b=sun-front'],
    ],
  ]);
});

describe('alliance: co-agents, charges, modifiers and other partners are no allies', () => {
  table('alliance', [
    // one state's organs, or the police beside another organ, in a joint operation
    ['The [Dorn Army|MilitaryForce], the [police|CollectiveActor] and the [Dorn Border Guard|GovernmentAgency] then launched a joint operation in the hills.', []],
    // (two states' armies in a joint offensive stay allies)
    ['[Velmar|Country] and [Dorn|Country] launched a joint offensive against the [Sun Front|ArmedGroup].', ['alliance a=dorn b=velmar']],
    // a charge of fighting alongside is the accuser's claim
    ['[Velmar|Country] has accused the [Dorn Army|MilitaryForce] of fighting alongside the [Sun Front|ArmedGroup].', []],
    // a place that only says where a party sits
    ['The [Sun Front|ArmedGroup] partnered with remnants of the [Kastel Gang|ArmedGroup], the [Tirel|City]-based crew, in 2022.', ['alliance a=kastel-gang b=sun-front']],
    // a person's partner is not his ally; a person named only to modify a title is no party
    ['The regional president, [Ana Varo|Person], a close adviser, stood beside [Piet Lorn|Person].', []],
    ['[Ana Varo|Person] (Varo), [Piet Lorn|Person]\'s partner, was also designated.', []],
    // a country named as the possessor of an unnamed partner is not the partner
    ['The [Sun Front|ArmedGroup] ships cocaine through the port of [Tirel|City] in partnership with [Dorn|Country]\'s mafia.', []],
    // plain ties may be trade; a denied or wished bond is none
    ['The [Sun Front|ArmedGroup] has ties with the [Red Hand|ArmedGroup].', []],
    ['The [Sun Front|ArmedGroup] never forged close ties with the [Red Hand|ArmedGroup].', []],
    // a charity is no alliance of its members
    ['The [Red Hand|ArmedGroup] belongs to the [Dorn Sangar|Organization], a charity that runs schools, together with the [Sun Front|ArmedGroup].', []],
    // a trade pact binds no allies
    ['[Velmar|Country] signed a "free trade" agreement with [Dorn|Country] in 2015.', []],
  ]);
});
