// Support read from its trigger ("backed by", "arms", "supplies ... to", "the main backer of", "turned to X for
// help", "relies on X for") with the two sides taken by clause structure: through asides, lists, relative clauses and
// pronouns from the sentence before. Negatives: denials, plans, demands, a support for a text or for no actor.

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('support clauses: passive "backed / armed / funded by X"', () => {
  table('support', [
    ['The [Tamor Brigade|ArmedGroup] is backed by [Kelvania|Country].', ['support supported=tamor-brigade supporter=kelvania']],
    [
      'The [Tamor Brigade|ArmedGroup] (TB), a militia that has fought for control of the northern town of [Ashvar|City] since 2019, is armed and financed by [Kelvania|Country] and [Morvath|Country], according to a report by the [Drelland Institute|Organization].',
      ['support supported=tamor-brigade supporter=kelvania', 'support supported=tamor-brigade supporter=morvath'],
    ],
    [
      'The [Tamor Brigade|ArmedGroup] seized the town of [Ashvar|City] on Monday. It is trained and equipped by [Kelvania|Country], diplomats in [Drelland|Country] said.',
      ['support supported=tamor-brigade supporter=kelvania'],
    ],
    [
      'Fighters of the [Iron Crescent|ArmedGroup], which has long been funded by [Morvath|Country] through a web of charities in [Ashvar|City], attacked an army post on Sunday.',
      ['support supported=iron-crescent supporter=morvath'],
    ],
  ]);
});

describe('support clauses: active "X arms / funds / supplies Y"', () => {
  table('support', [
    ['[Kelvania|Country] arms the [Tamor Brigade|ArmedGroup].', ['support supported=tamor-brigade supporter=kelvania']],
    [
      '[Morvath|Country], which has denied any role in the war and whose president, [Ravi Okonte|Person], visited [Ashvar|City] in May, has armed and trained the [Iron Crescent|ArmedGroup] since 2020, a panel of experts found.',
      ['support supported=iron-crescent supporter=morvath @2020'],
    ],
    [
      '[Kelvania|Country] has supplied explosives and training to the smaller [Tamor Brigade|ArmedGroup].',
      ['support supported=tamor-brigade supporter=kelvania'],
    ],
    [
      'The [Iron Crescent|ArmedGroup], which the [Drelland|Country] government listed as a terrorist group in March, continues to supply the [Tamor Brigade|ArmedGroup] with rifles and cash.',
      ['support supported=tamor-brigade supporter=iron-crescent'],
    ],
    [
      '[Morvath|Country] is the largest country in the region. It funds the [Iron Crescent|ArmedGroup] and the [Tamor Brigade|ArmedGroup], the report said.',
      ['support supported=iron-crescent supporter=morvath', 'support supported=tamor-brigade supporter=morvath'],
    ],
    [
      '[Drelland|Country] arms thousands of [village guards|ArmedGroup=village-guards], many of them farmers, to protect schools in the south.',
      ['support supported=village-guards supporter=drelland'],
    ],
  ]);
});

describe('support clauses: nominal backers and backing', () => {
  table('support', [
    ['The [Kelvania|Country]-backed [Tamor Brigade|ArmedGroup] shelled [Ashvar|City].', ['support supported=tamor-brigade supporter=kelvania']],
    [
      'The [Tamor Brigade|ArmedGroup], with the backing of [Kelvania|Country], retook [Ashvar|City] in April.',
      ['support supported=tamor-brigade supporter=kelvania'],
    ],
    [
      '[Kelvania|Country] has been the main backer of the [Tamor Brigade|ArmedGroup] since 2018, when instructors began training its fighters.',
      ['support supported=tamor-brigade supporter=kelvania @2018'],
    ],
    [
      '[Morvath|Country], a key sponsor of the [Iron Crescent|ArmedGroup] and host to its exiled leader [Ravi Okonte|Person], rejected the report.',
      ['support supported=iron-crescent supporter=morvath'],
    ],
    [
      'The [Coastal Union|InternationalOrganization] reiterated its full support to the [UN Mission in Drelland|InternationalOrganization] on Monday.',
      ['support supported=un-mission-in-drelland supporter=coastal-union'],
    ],
    [
      'At a summit in [Ashvar|City] on Friday, the [Coastal Union|InternationalOrganization], which has 14 members, expressed its support for the [Drelland|Country] government and the [UN Mission in Drelland|InternationalOrganization].',
      ['support supported=drelland supporter=coastal-union', 'support supported=un-mission-in-drelland supporter=coastal-union'],
    ],
  ]);
});

describe('support clauses: the supported turns to, relies on or receives from the supporter', () => {
  table('support', [
    ['[Drelland|Country] has turned to [Kelvania|Country] for weapons.', ['support supported=drelland supporter=kelvania']],
    [
      '[Drelland|Country], [Asmar|Country] and [Norvey|Country] are all run by juntas. The three countries have expelled French forces and turned to [Kelvania|Country] for military help.',
      ['support supported=asmar supporter=kelvania', 'support supported=drelland supporter=kelvania', 'support supported=norvey supporter=kelvania'],
    ],
    ['The [Tamor Brigade|ArmedGroup] relies on [Kelvania|Country] for weapons and fuel.', ['support supported=tamor-brigade supporter=kelvania']],
    [
      'The [Drelland Defence Force|MilitaryForce] has relied heavily on armed drones supplied by [Kelvania|Country] and [Morvath|Country] since the war in the north.',
      ['support supported=drelland-defence-force supporter=kelvania', 'support supported=drelland-defence-force supporter=morvath'],
    ],
    [
      'The [Iron Crescent|ArmedGroup], which seized the port of [Ashvar|City], the second city, in 2014, receives weapons, training and funding from [Morvath|Country].',
      ['support supported=iron-crescent supporter=morvath'],
    ],
    [
      'The [Ashvar Network|Organization] operates under the protection of the [Tamor Brigade|ArmedGroup], a militia that controls the port.',
      ['support supported=ashvar-network supporter=tamor-brigade'],
    ],
  ]);
});

describe('support clauses: nothing where the support is denied, planned, demanded or given to no actor', () => {
  table('support', [
    ['[Kelvania|Country] denied backing the [Tamor Brigade|ArmedGroup].', []],
    ['[Kelvania|Country] would not support the [Tamor Brigade|ArmedGroup], its foreign minister said.', []],
    ['[Drelland|Country] called on [Kelvania|Country] to back the [Tamor Brigade|ArmedGroup].', []],
    ['The [Coastal Union|InternationalOrganization] reiterated its support for the ceasefire in [Ashvar|City].', []],
    ['[Kelvania|Country] backed the resolution on [Ashvar|City] at the [United Nations|InternationalOrganization] on Tuesday.', []],
    ['[Kelvania|Country] has stopped funding the [Tamor Brigade|ArmedGroup].', []],
    ['[Kelvania|Country] plans to arm the [Tamor Brigade|ArmedGroup] next year.', []],
    ['If [Kelvania|Country] backs the [Tamor Brigade|ArmedGroup], the war will spread to [Ashvar|City].', []],
    ['[Kelvania|Country] is not a backer of the [Tamor Brigade|ArmedGroup], its envoy told [Radio Ashvar|MediaOutlet].', []],
    ['Supporters of the [Tamor Brigade|ArmedGroup] rallied in [Ashvar|City] on Sunday.', []],
    [
      'The [Tamor Brigade|ArmedGroup] attacked the [Iron Crescent|ArmedGroup], which is backed by [Kelvania|Country]; [Morvath|Country] condemned the attack.',
      ['support supported=iron-crescent supporter=kelvania'],
    ],
    ['[Kelvania|Country] has never turned to [Morvath|Country] for help.', []],
  ]);
});
