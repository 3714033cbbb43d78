// Alliance triggers added in round 7: "pro-Y" bodies, members "allied in" a named alliance (also through "whose"),
// "fought in P alongside", "part of Y alongside Z", "together with Z, A formed a coalition", and a "which" or
// "itself" that stands for a body past an aside naming a person. Each pair once. Negatives: negated, no longer, a
// place after "pro-", no pact.

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('alliance clauses (round 7): "pro-Y" bodies', () => {
  table('alliance', [
    [
      'Soldiers killed five suspected members of the pro-[Iron Crescent|ArmedGroup] group [Sable Front|ArmedGroup] in a firefight on Monday.',
      ['alliance a=iron-crescent b=sable-front'],
    ],
    [
      'The [Tamor Brigade|ArmedGroup], a pro-[Kelvania|Country] militia that took the town in May, denied the killings.',
      ['alliance a=kelvania b=tamor-brigade'],
    ],
    ['The pro-[Ashvar|City] group [Sable Front|ArmedGroup] held a rally.', []],
    ['[Dara Venn|Person], a pro-[Kelvania|Country] activist, was arrested.', []],
  ]);
});

describe('alliance clauses (round 7): members "allied in" a named alliance', () => {
  table('alliance', [
    [
      '[Kelvania|Country], [Morvath|Country] and [Drelland|Country], whose juntas are allied in the [Sahel Compact|InternationalOrganization] ([SCP|InternationalOrganization=sahel-compact]), recalled their ambassadors.',
      ['alliance a=kelvania b=morvath', 'alliance a=drelland b=kelvania', 'alliance a=drelland b=morvath'],
    ],
    [
      'The [Tamor Brigade|ArmedGroup] and the [Sable Front|ArmedGroup] have been partners in the [Northern Coalition|ArmedGroup] since it was formed.',
      ['alliance a=sable-front b=tamor-brigade'],
    ],
    ['The [Tamor Brigade|ArmedGroup] and the [Sable Front|ArmedGroup] are not partners in the [Northern Coalition|ArmedGroup].', []],
  ]);
});

describe('alliance clauses (round 7): alongside, past places and through "part of"', () => {
  table('alliance', [
    [
      'The [Tamor Brigade|ArmedGroup] has fought in [Ashvar|City] and [Velo|City] alongside [Sable Front|ArmedGroup] units that answer to the exiled government.',
      ['alliance a=sable-front b=tamor-brigade'],
    ],
    [
      'The [Tamor Brigade|ArmedGroup], founded in the 1990s by [Oren Talu|Person] and led since his death by his younger brother, [Mika Talu|Person], counts itself part of the [Kelvania|Country]-led "[Eastern Axis|ArmedGroup]" alongside the [Iron Crescent|ArmedGroup].',
      ['alliance a=iron-crescent b=tamor-brigade'],
    ],
    [
      'The [Sable Front|ArmedGroup] is a member of the [Northern Coalition|ArmedGroup] together with the [Tamor Brigade|ArmedGroup].',
      ['alliance a=sable-front b=tamor-brigade'],
    ],
    [
      'The [Sable Front|ArmedGroup] is no longer part of the [Northern Coalition|ArmedGroup] alongside the [Tamor Brigade|ArmedGroup].',
      [],
    ],
    [
      'Much of the violence is blamed on the [Sable Front|ArmedGroup], a group founded in 2016 by the preacher [Oren Talu|Person] and now led by his brother [Mika Talu|Person], which fights alongside the [Iron Crescent|ArmedGroup].',
      ['alliance a=iron-crescent b=sable-front'],
    ],
  ]);
});

describe('alliance clauses (round 7): "together with Z, A formed a coalition"', () => {
  table('alliance', [
    [
      'Together with the [Iron Crescent|ArmedGroup], the [Tamor Brigade|ArmedGroup] and the [Sable Front|ArmedGroup] formed a coalition known as the [Northern Front|ArmedGroup] that has fought the army ever since.',
      ['alliance a=iron-crescent b=tamor-brigade', 'alliance a=iron-crescent b=sable-front', 'alliance a=sable-front b=tamor-brigade'],
    ],
    ['Together with the [Iron Crescent|ArmedGroup], the [Tamor Brigade|ArmedGroup] condemned the attack on [Ashvar|City].', []],
  ]);
});

describe('alliance clauses (round 7): a pact the subject list signs, an "X-aligned" apposition', () => {
  table('alliance', [
    [
      'Last year the [Tamor Brigade|ArmedGroup] and the smaller [Sable Front|ArmedGroup] ([SF|ArmedGroup=sable-front]) signed a pact to coordinate attacks, although analysts doubt it will last.',
      ['alliance a=sable-front b=tamor-brigade @2022'],
    ],
    ['The [Tamor Brigade|ArmedGroup] and the [Sable Front|ArmedGroup] refused to sign a pact.', []],
    ['[Kelvania|Country] and [Morvath|Country] signed a fishing pact and a non-aggression pact in May.', []],
    [
      'The [Sable Front|ArmedGroup] grew out of cells of the [Tamor Brigade|ArmedGroup] ([TB|ArmedGroup=tamor-brigade]), the [Kelvania|Country]-aligned militia led by [Oren Talu|Person], that began attacking convoys in 2020.',
      ['alliance a=kelvania b=tamor-brigade'],
    ],
    ['The [Tamor Brigade|ArmedGroup], the [Ashvar|City]-based militia led by [Oren Talu|Person], attacked a convoy.', []],
  ]);
});

