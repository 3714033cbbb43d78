// Support triggers added in round 7: goods "provided/raised by" after a list, helping verbs ("whose payments help fund",
// "helped X acquire"), logistics done "for" a body, troops sent "to help", a body's forces as the supported, and a
// name that only modifies the supporter ("backed by the X-allied Y militia"). Negatives: negated, refused, hostile.

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('support clauses (round 7): goods provided or raised by a supporter', () => {
  table('support', [
    [
      'The [Tamor Brigade|ArmedGroup] and its allies rely on funding, training, and weapons provided by [Kelvania|Country]\'s [Sentinel Corps|MilitaryForce], which uses the group to pressure its rivals.',
      ['support supported=tamor-brigade supporter=sentinel-corps'],
    ],
    [
      'The [Tamor Brigade|ArmedGroup] controls three districts. It relies heavily on money raised by [exiles in Drelland|CollectiveActor=exiles], researchers say.',
      ['support supported=tamor-brigade supporter=exiles'],
    ],
    [
      'Most of the weapons the [Iron Crescent|ArmedGroup] uses were smuggled by the [Ashvar Network|Organization].',
      [],
    ],
  ]);
});

describe('support clauses (round 7): helping verbs', () => {
  table('support', [
    [
      '[Orvel Trading|Company], a gold trader registered in [Ashvar|City] that buys gold from small mines and whose payments help fund the [Iron Crescent|ArmedGroup], was also listed.',
      ['support supported=iron-crescent supporter=orvel-trading'],
    ],
    [
      'Since 2022, the [Kessan Network|Organization] has helped the [Tamor Brigade|ArmedGroup] acquire drone engines and navigation modules.',
      ['support supported=tamor-brigade supporter=kessan-network'],
    ],
    [
      'The [Kessan Network|Organization], run from [Ashvar|City] by two brothers, also helps the [Iron Crescent|ArmedGroup] to launder its ransom money.',
      ['support supported=iron-crescent supporter=kessan-network'],
    ],
    [
      'Officials are sanctioning four companies in [Kelvania|Country], [Morvath|Country] and [Drelland|Country] that have helped the [Tamor Brigade|ArmedGroup] acquire missile parts.',
      [],
    ],
    ['The [Kessan Network|Organization] could help the [Tamor Brigade|ArmedGroup] acquire drones, officials warned.', []],
  ]);
});

describe('support clauses (round 7): logistics done for a body', () => {
  table('support', [
    [
      '- [Velar Logistics|Company], a transport company based in [Ashvar|City], which moves fuel, vehicles and ammunition for the [Sentinel Corps|MilitaryForce];',
      ['support supported=sentinel-corps supporter=velar-logistics'],
    ],
    [
      '[Velar Logistics|Company] and [Orvel Trading|Company] ship spare parts and fuel for the [Tamor Brigade|ArmedGroup] through the port of [Ashvar|City].',
      ['support supported=tamor-brigade supporter=velar-logistics', 'support supported=tamor-brigade supporter=orvel-trading'],
    ],
    ['[Velar Logistics|Company] has never moved weapons for the [Tamor Brigade|ArmedGroup], its lawyers said.', []],
    ['[Velar Logistics|Company] shipped aid for the [Tamor Brigade|ArmedGroup] prisoners held in [Ashvar|City].', []],
  ]);
});

describe('support clauses (round 7): troops sent to help', () => {
  table('support', [
    ['[Kelvania|Country] has sent hundreds of troops to help the [Tamor Brigade|ArmedGroup] hold the north.', ['support supported=tamor-brigade supporter=kelvania']],
    [
      '[Morvath|Country], which had stayed out of the war for a decade, deployed special forces and drones to [Ashvar|City] to prop up the [Iron Crescent|ArmedGroup].',
      ['support supported=iron-crescent supporter=morvath'],
    ],
    ['[Kelvania|Country] refused to send troops to help the [Tamor Brigade|ArmedGroup].', []],
    ['[Kelvania|Country] has sent troops to help fight the [Tamor Brigade|ArmedGroup] in the north.', []],
  ]);
});

describe('support clauses (round 7): whose forces, and a modifier before the supporter', () => {
  table('support', [
    [
      'Since its first instructors landed in [Ashvar|City] in 2024, the [Sentinel Corps|MilitaryForce] has protected and trained the forces of the [Salvation Council|Government] ([SC|Government=salvation-council]), the junta that seized power in 2023.',
      ['support supported=salvation-council supporter=sentinel-corps'],
    ],
    [
      '[Kelvanian troops|MilitaryForce=kelvania-army], backed by the [Morvath|Country]-allied [Tamor|ArmedGroup] militia, retook the town on Thursday.',
      ['support supported=kelvania-army supporter=tamor'],
    ],
  ]);
});

describe('support clauses (round 7): a possession of the supported is backed', () => {
  table('support', [
    [
      '[Kelvanian troops|MilitaryForce=kelvania-army] have been stationed in [Ashvar|City] since 2021 under a bilateral agreement, and their presence is partly funded by the [Coastal Union|InternationalOrganization].',
      ['support supported=kelvania-army supporter=coastal-union'],
    ],
    [
      'The [Sable Front|ArmedGroup], chaired by an activist based in [Morvath|Country], is an observer at the [Coastal Union|InternationalOrganization], where its bid for full membership has been backed by [Drelland|Country].',
      ['support supported=sable-front supporter=drelland'],
    ],
    ['The [Sable Front|ArmedGroup] said its bid for membership had not been backed by [Drelland|Country].', []],
  ]);
});

describe('support clauses (round 7): "operating in support of"', () => {
  table('support', [
    [
      'The [Kelvanian army|MilitaryForce=kelvania-army] said its troops had been deployed at the request of the [Morvath government|Government=morvath-government] "to secure [Ashvar|City]" and were operating in support of the [Morvath army|MilitaryForce=morvath-army].',
      ['support supported=morvath-army supporter=kelvania-army'],
    ],
    ['[Kelvanian troops|MilitaryForce=kelvania-army] were not operating in support of the [Tamor Brigade|ArmedGroup], officials said.', []],
  ]);
});

