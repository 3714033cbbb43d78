// Alliance read from its trigger ("allied with", "an ally of", "X's closest ally", "signed a defence pact with",
// "fought alongside", "partnered with", "in alliance with", "a joint offensive") with the two sides taken by clause
// structure: through asides, lists, relative clauses and pronouns. Each pair once, in either order. Negatives: denials,
// plans, rivals, an ally of a place.

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('alliance clauses: "allied / aligned with", "partnered with"', () => {
  table('alliance', [
    ['The [Tamor Brigade|ArmedGroup] is allied with the [Iron Crescent|ArmedGroup].', ['alliance a=iron-crescent b=tamor-brigade']],
    [
      'The [Tamor Brigade|ArmedGroup] (TB), which was set up by army deserters in [Ashvar|City] in 2016 and is aligned with the [Iron Crescent|ArmedGroup], claimed the attack.',
      ['alliance a=iron-crescent b=tamor-brigade'],
    ],
    [
      'The [Tamor Brigade|ArmedGroup] has spread into the gold mines of [Ashvar|City] and [Velo|City], where it has partnered with the [Iron Crescent|ArmedGroup], a militia that grew out of a rebel army.',
      ['alliance a=iron-crescent b=tamor-brigade'],
    ],
    [
      'The [Tamor Brigade|ArmedGroup] lost the town in May. It has since partnered with the [Iron Crescent|ArmedGroup] and the [Sable Front|ArmedGroup], the report said.',
      ['alliance a=iron-crescent b=tamor-brigade', 'alliance a=sable-front b=tamor-brigade'],
    ],
  ]);
});

describe('alliance clauses: "an ally / partner of", "X\'s closest ally"', () => {
  table('alliance', [
    ['[Kelvania|Country] is an ally of [Morvath|Country].', ['alliance a=kelvania b=morvath']],
    [
      '[Kelvania|Country], long [Morvath|Country]\'s closest ally in the region, has frozen its membership of the [Northern Pact|InternationalOrganization], accusing the bloc of failing to defend it.',
      ['alliance a=kelvania b=morvath'],
    ],
    [
      'The [Tamor Brigade|ArmedGroup] was led by [Ravi Okonte|Person] until 2019. It is the principal ally in the north of the [Iron Crescent|ArmedGroup], which supplies it with rifles.',
      ['alliance a=iron-crescent b=tamor-brigade'],
    ],
    [
      'After its founder was killed in 2017, the [Tamor Brigade|ArmedGroup] became the main local partner of [Kelvania|Country]\'s [Iron Crescent|ArmedGroup], moving fuel through the port.',
      ['alliance a=iron-crescent b=tamor-brigade'],
    ],
    [
      'The [Sable Front|ArmedGroup], an alliance of hill militias commanded by [Ravi Okonte|Person], was set up in 2015 and became [Kelvania|Country]\'s main partner in the fight against the [Iron Crescent|ArmedGroup].',
      ['alliance a=kelvania b=sable-front'],
    ],
  ]);
});

describe('alliance clauses: pacts, alliances and coalitions formed with another', () => {
  table('alliance', [
    ['[Kelvania|Country] signed a mutual defence pact with [Morvath|Country] in 2021.', ['alliance a=kelvania b=morvath @2021']],
    [
      '[Kelvania|Country], for its part, leans on [Morvath|Country], with which it signed a mutual defence pact in 2021, and on [Asmar|Country], which sold it drones.',
      ['alliance a=kelvania b=morvath @2021'],
    ],
    [
      'Analysts say the [Tamor Brigade|ArmedGroup] has in recent months formed a loose alliance with the [Iron Crescent|ArmedGroup], a group that first appeared along the border around 2018.',
      ['alliance a=iron-crescent b=tamor-brigade'],
    ],
    [
      '[Drelland|Country], [Asmar|Country] and [Norvey|Country] are run by juntas. Together they formed the [Sahel Union|InternationalOrganization] in 2023.',
      ['alliance a=asmar b=drelland @2023', 'alliance a=asmar b=norvey @2023', 'alliance a=drelland b=norvey @2023'],
    ],
    [
      'Analysts say the warlord [Ravi Okonte|Person] has in recent months formed a loose alliance with the [Iron Crescent|ArmedGroup], a jihadist group.',
      ['alliance a=iron-crescent b=ravi-okonte'],
    ],
    [
      'Police detained four activists on Saturday, according to the [Ashvar Rights Collective|Organization] ([ARC|Organization=ashvar-rights-collective]), a group close to the [Sable Front|ArmedGroup].',
      ['alliance a=ashvar-rights-collective b=sable-front'],
    ],
    [
      'The [Tamor Brigade|ArmedGroup] operates in alliance with the [Iron Crescent|ArmedGroup] along the coast.',
      ['alliance a=iron-crescent b=tamor-brigade'],
    ],
    [
      'Since late 2021, [Kelvania|Country]\'s army, known by its acronym [KDF|MilitaryForce], and the [Morvath Defence Force|MilitaryForce] ([MDF|MilitaryForce=morvath-defence-force]) have waged a joint offensive against the [Iron Crescent|ArmedGroup].',
      ['alliance a=kdf b=morvath-defence-force @2021'],
    ],
  ]);
});

describe('alliance clauses: fighting or working alongside', () => {
  table('alliance', [
    ['The [Tamor Brigade|ArmedGroup] fought alongside the [Iron Crescent|ArmedGroup].', ['alliance a=iron-crescent b=tamor-brigade']],
    [
      'During the war in the north, [Sable Front|ArmedGroup] fighters fought alongside the [Drelland Defence Force|MilitaryForce] and the [Iron Crescent|ArmedGroup] against the [Tamor Brigade|ArmedGroup].',
      ['alliance a=drelland-defence-force b=sable-front', 'alliance a=iron-crescent b=sable-front'],
    ],
    [
      'The [Sable Front|ArmedGroup] now works hand in glove with the [Iron Crescent|ArmedGroup], which hosts its fighters at two air bases.',
      ['alliance a=iron-crescent b=sable-front'],
    ],
    [
      'The [Sable Front|ArmedGroup] took the town in March. It now works alongside both the [Drelland Defence Force|MilitaryForce] and local militias, including the [Iron Crescent|ArmedGroup].',
      ['alliance a=drelland-defence-force b=sable-front', 'alliance a=iron-crescent b=sable-front'],
    ],
  ]);
});

describe('alliance clauses: nothing where the tie is denied, planned, hostile or with a place', () => {
  table('alliance', [
    ['The [Tamor Brigade|ArmedGroup] denied that it was allied with the [Iron Crescent|ArmedGroup].', []],
    ['The [Tamor Brigade|ArmedGroup] has never fought alongside the [Iron Crescent|ArmedGroup].', []],
    ['[Kelvania|Country] could sign a defence pact with [Morvath|Country] next year, officials said.', []],
    ['[Drelland|Country] urged [Kelvania|Country] to form an alliance with [Morvath|Country].', []],
    ['The [Tamor Brigade|ArmedGroup] is a bitter rival of the [Iron Crescent|ArmedGroup].', []],
    ['[Kelvania|Country] is a close ally of the government in [Ashvar|City].', []],
    ['The [Tamor Brigade|ArmedGroup] fought against the [Iron Crescent|ArmedGroup] alongside the river.', []],
    ['[Ravi Okonte|Person] fought alongside his cousin [Ilan Sarr|Person] in the 1990s.', []],
    ['The [Sable Front|ArmedGroup] camp lies close to the [Iron Crescent|ArmedGroup] base.', []],
    [
      'The country has been split since 2014 between rival authorities: the [Unity Government|Government], led by [Ravi Okonte|Person], and an administration in the east that was appointed by the [Assembly|Organization] and is aligned with [Ilan Sarr|Person].',
      [],
    ],
    ['[Kelvania|Country] is no longer an ally of [Morvath|Country], its president said.', []],
    ['The [Tamor Brigade|ArmedGroup] refused to partner with the [Iron Crescent|ArmedGroup]; [Morvath|Country] backed the talks.', []],
  ]);
});
