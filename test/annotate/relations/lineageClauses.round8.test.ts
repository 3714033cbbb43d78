// Lineage triggers as classes of words (lexicons/relations/verbs/lineage-*.json through lineageTriggers.json): each
// synonym of a split, a descent, a renaming or a merger, in the clause shapes news uses, with the words' other senses
// and undone lineages as negatives. Invented names.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const VDF = '[Valley Defence Front|ArmedGroup]';
const NLA = '[Northern Liberation Army|ArmedGroup]';
const RSB = '[Red Star Brigade|ArmedGroup]';
const NEW_OLD = ['succession predecessor=northern-liberation-army successor=valley-defence-front'];
const BOTH_OLD = [...NEW_OLD, 'succession predecessor=red-star-brigade successor=valley-defence-front'];

const SUCCESSOR_FIRST: Case[] = [
  [`The ${VDF} peeled off from the ${NLA} in 2019.`, NEW_OLD],
  [`The ${VDF} descends from the ${NLA}.`, NEW_OLD],
  [`The ${VDF} stems from the ${NLA}.`, NEW_OLD],
  [`The ${VDF} derives from the ${NLA}.`, NEW_OLD],
  [`The ${VDF} has its origins in the ${NLA}.`, NEW_OLD],
  [`The ${VDF} is heir to the ${NLA}.`, NEW_OLD],
  [`The ${VDF} is widely seen as a reincarnation of the ${NLA}.`, NEW_OLD],
  [`The ${VDF} is the rump of the ${NLA}.`, NEW_OLD],
  [`The ${VDF}, a remnant of the ${NLA}, still fights in the hills.`, NEW_OLD],
  [`The ${VDF}, a rebranded version of the ${NLA}, controls the hills.`, NEW_OLD],
  [`The ${VDF}, a ${NLA} offshoot, controls the hills.`, NEW_OLD],
  [`The ${VDF}, the ${NLA}'s successor, controls the hills.`, NEW_OLD],
  [`The ${VDF} (VDF), led by [Omar Tesh|Person], a former teacher from [Marsa|City], emerged in 2019 from the ${NLA}.`, NEW_OLD],
  [`The ${VDF}, an umbrella formed from the ${NLA} and the ${RSB}, controls the hills.`, BOTH_OLD],
  [`In 2019, a faction of the ${NLA} broke away to form the ${VDF}.`, NEW_OLD],
];

const PREDECESSOR_FIRST: Case[] = [
  [`The ${NLA} gave rise to the ${VDF}.`, NEW_OLD],
  [`The ${NLA} spawned the ${VDF}.`, NEW_OLD],
  [`The ${NLA} gave birth to the ${VDF} in 2019.`, NEW_OLD],
  [`The ${NLA} went on to become the ${VDF}.`, NEW_OLD],
  [`The ${NLA} became known as the ${VDF} in 2019.`, NEW_OLD],
  [`The ${NLA} was reorganised into the ${VDF} in 2019.`, NEW_OLD],
  [`The ${NLA} adopted the name ${VDF} in 2019.`, NEW_OLD],
  [`The ${NLA}, which now goes by the name ${VDF}, controls the hills.`, NEW_OLD],
  [`The ${NLA}, which now calls itself the ${VDF}, controls the hills.`, NEW_OLD],
  [`The ${NLA} controls the hills. The movement gave rise to the ${VDF} in 2019.`, NEW_OLD],
];

const MERGE_AND_NAMES: Case[] = [
  [`The ${NLA} and the ${RSB} joined together to form the ${VDF}.`, BOTH_OLD],
  [`The ${VDF}, formerly the ${NLA}, controls the hills.`, NEW_OLD],
  [`The ${VDF}, the former ${NLA}, controls the hills.`, NEW_OLD],
  [`The ${VDF}, a [Marsa|City]-based transport company, formerly known as the ${NLA}, moves fuel.`, NEW_OLD],
  // "The group" opening the sentence is the previous sentence's subject, not the last body named
  [
    `Across the north, the ${NLA}, [Valdonia|Country]'s biggest cartel, has taken areas abandoned by the ${RSB}. [The group|ArmedGroup=northern-liberation-army], which has called itself the ${VDF} since 2024, was designated last year.`,
    NEW_OLD,
  ],
];

const LONGER: Case[] = [
  [
    '[Barrio Norte|ArmedGroup] is split into two rival factions, the [Northsiders|ArmedGroup] and the [Revolutionaries|ArmedGroup].',
    ['succession predecessor=barrio-norte successor=northsiders', 'succession predecessor=barrio-norte successor=revolutionaries'],
  ],
  [
    'The [Kestrel Liberation Army|ArmedGroup] was disbanded in 1999 and its fighters were absorbed into the [Kestrel Protection Corps|MilitaryForce].',
    ['succession predecessor=kestrel-liberation-army successor=kestrel-protection-corps'],
  ],
  [
    '[Jaish al-Nur|ArmedGroup], which [Valdonian|Country] officials say is a successor to [Jundallah|ArmedGroup], claimed the attack.',
    ['succession predecessor=jundallah successor=jaish-al-nur'],
  ],
  [
    'The [Resistance Front|ArmedGroup], which emerged in 2019 as an offshoot of [Lashkar-e-Zorin|ArmedGroup], claimed the attack.',
    ['succession predecessor=lashkar-e-zorin successor=resistance-front'],
  ],
  [`The ${NLA}, whose remnants later formed the ${VDF}, was defeated in 2016.`, NEW_OLD],
  [`The ${NLA}, whose remnants fought on in the hills, was defeated in 2016.`, []],
  [
    '[PJAK|ArmedGroup], the [Iranian|Country] offshoot of the [PKK|ArmedGroup], claimed the attack.',
    ['succession predecessor=pkk successor=pjak'],
  ],
  [
    '[Jaish al-Nur|ArmedGroup], widely regarded as the successor of [Jundallah|ArmedGroup], claimed the attack.',
    ['succession predecessor=jundallah successor=jaish-al-nur'],
  ],
  [`The ${NLA} pledged allegiance to the [Islamic State|ArmedGroup] in 2014 and renamed itself the ${VDF}.`, NEW_OLD],
  [`[Omar Tesh|Person], widely regarded as the successor of the ${NLA}'s founder, leads the ${VDF}.`, []],
];

const NEGATIVE: Case[] = [
  [`The ${VDF} did not split from the ${NLA}.`, []],
  [`The ${VDF} may split from the ${NLA} next year.`, []],
  [`The ${VDF} refused to merge with the ${NLA}.`, []],
  [`[Omar Tesh|Person] defected from the ${NLA} in 2019.`, []],
  [`The ${VDF} fought the remnants of the ${NLA}.`, []],
  [`The ${VDF} attacked the rump of the ${NLA} in [Marsa|City].`, []],
  [`The ${VDF} rose from the hills to attack the ${NLA}.`, []],
  [`Violence stemming from the ${NLA}'s offensive killed 20.`, []],
  [`The ${VDF} grew into the ${NLA}'s main rival.`, []],
  [`The ${VDF} replaced the ${NLA} as the largest armed group.`, []],
  [`The ${VDF} spawned dozens of copycat cells.`, []],
  [`The talks gave way to fighting between the ${VDF} and the ${NLA}.`, []],
  [`[Omar Tesh|Person], the former ${NLA} commander, joined the ${VDF}.`, []],
  [`[Omar Tesh|Person], heir to the ${NLA}'s founder, leads the ${VDF}.`, []],
  [`The ${VDF} derives its funding from the ${NLA}.`, []],
  [`The ${VDF} and the ${NLA} came together to sign a ceasefire.`, []],
  [`The ${VDF} re-emerged as a major force in [Marsa|City].`, []],
  [`The ${NLA} took its name from the river.`, []],
];

describe('lineage, round 8: successor-first words (split, descent, heir, remnant, offshoot)', () => table('succession', SUCCESSOR_FIRST));
describe('lineage, round 8: predecessor-first words (gave rise to, became known as, adopted the name)', () => table('succession', PREDECESSOR_FIRST));
describe('lineage, round 8: merges and former names', () => table('succession', MERGE_AND_NAMES));
describe('lineage, round 8: long wire sentences (a copula split, parts absorbed, reported successors, whose remnants)', () => table('succession', LONGER));
describe('lineage, round 8: other senses of the words, and lineages not done', () => table('succession', NEGATIVE));
