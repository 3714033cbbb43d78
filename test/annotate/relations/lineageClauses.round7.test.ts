// Successions whose two sides do not stand around the trigger as subject and object: both sides after the verb, a split
// told without "from" (the older body is the paragraph's topic), merges as nouns and in every voice, renamings of an
// owned body, a description's head as the subject, foundings with places and second agents. Invented names.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const BOTH_AFTER: Case[] = [
  [
    'In 2021, a faction led by [Marco Duvall|Person], alias "Duke", broke away from the [Northern Command|ArmedGroup] to form the [Red Star Front|ArmedGroup] ([RSF|ArmedGroup=red-star-front]), which still fights the army.',
    ['succession predecessor=northern-command successor=red-star-front'],
  ],
  [
    '[Fighters|CollectiveActor] who broke away from the [Northern Command|ArmedGroup] formed the [Ural Brigade|ArmedGroup] in 2019.',
    ['succession predecessor=northern-command successor=ural-brigade'],
  ],
  [
    'Some hardline commanders split from the [Tarso Movement|ArmedGroup] in 2018 and later founded the [Sons of the Valley|ArmedGroup], according to a report by [Crisis Watch|Organization].',
    ['succession predecessor=tarso-movement successor=sons-of-the-valley'],
  ],
  [
    'The [Red Hand|ArmedGroup] was founded in 2002 by the preacher [Omar Tesh|Person] in [Marsa|City]. A faction broke away in 2016 to form the [Valley Province|ArmedGroup] ([VP|ArmedGroup=valley-province]), which has since become the stronger of the two.',
    ['succession predecessor=red-hand successor=valley-province'],
  ],
  [
    'The [Red Hand|ArmedGroup] lost ground in 2020. That group also fractured: the [Coastal Army|ArmedGroup] ([CA|ArmedGroup=coastal-army]) split off in 2024 and has signed a deal with the government.',
    ['succession predecessor=red-hand successor=coastal-army'],
  ],
  [
    'The [Red Hand|ArmedGroup] was founded in 1960 by [Omar Tesh|Person], a teacher. It split in the 1980s, and one breakaway faction, the [Coastal Army|ArmedGroup], later faded.',
    ['succession predecessor=red-hand successor=coastal-army'],
  ],
  [
    'A rival cell, [Tren del Norte|Person], broke away from [Los Hermanos|ArmedGroup] in 2022 and now operates along the border near [Ollague|City].',
    ['succession predecessor=los-hermanos successor=tren-del-norte'],
  ],
];

const MERGES_AND_PARTS: Case[] = [
  [
    'The merger of the [Red Hand|ArmedGroup] with the [Coastal Army|ArmedGroup] in 2014 produced the [Valley Front|ArmedGroup].',
    ['succession predecessor=coastal-army successor=valley-front', 'succession predecessor=red-hand successor=valley-front'],
  ],
  [
    'A split in the [Tarso Movement|ArmedGroup] in 2015 gave birth to the [Sons of the Valley|ArmedGroup], which now holds the pass.',
    ['succession predecessor=tarso-movement successor=sons-of-the-valley'],
  ],
  [
    "Out of the [Northern Command|ArmedGroup]'s remnants came the [Ural Brigade|ArmedGroup], a smaller but better armed force.",
    ['succession predecessor=northern-command successor=ural-brigade'],
  ],
  [
    'From the ruins of the [Tarso Movement|ArmedGroup] emerged the [Valley Front|ArmedGroup] in 2004.',
    ['succession predecessor=tarso-movement successor=valley-front'],
  ],
  [
    'The [Azawad Front|ArmedGroup] was formed in November 2024, when the [armed groups|CollectiveActor] of the [Strategic Framework|Organization] ([SF|Organization=strategic-framework]), among them the [Coordination of Movements|ArmedGroup] ([CM|ArmedGroup=coordination-of-movements]), dissolved themselves into a single movement.',
    ['succession predecessor=coordination-of-movements successor=azawad-front', 'succession predecessor=strategic-framework successor=azawad-front'],
  ],
  [
    'The [Valley Front|ArmedGroup] was formed in 2024, when the [Red Hand|ArmedGroup] and the [Coastal Army|ArmedGroup] dissolved themselves into a single movement.',
    ['succession predecessor=coastal-army successor=valley-front', 'succession predecessor=red-hand successor=valley-front'],
  ],
  [
    '[Ashab al-Bahr|ArmedGroup] grew out of cells of [Kataib al-Nur|ArmedGroup] ([KN|ArmedGroup=kataib-al-nur]), the militia led by [Qais Amin|Person], that began targeting convoys in 2020.',
    ['succession predecessor=kataib-al-nur successor=ashab-al-bahr'],
  ],
  [
    '[Hizb al-Wadi|ArmedGroup] grew out of the [Marsa|City] branch of the [Islamic Brotherhood|Organization] in 1987, and [Jund al-Haqq|ArmedGroup] was founded six years earlier.',
    ['succession predecessor=islamic-brotherhood successor=hizb-al-wadi'],
  ],
  [
    "[Valdonia|Country]'s [Defence Ministry|GovernmentAgency] created the [Eastern Corps|MilitaryForce] in 2023 to replace the [Kestrel Group|Company] in [Mali|Country].",
    ['succession predecessor=kestrel-group successor=eastern-corps'],
  ],
  [
    'The [Eastern Corps|MilitaryForce] was created in 2023 to replace the [Kestrel Group|Company], officials in [Bamako|City] said.',
    ['succession predecessor=kestrel-group successor=eastern-corps'],
  ],
  [
    "The [Eastern Corps|MilitaryForce] was set up in late 2023 to absorb the [Kestrel Group|Company]'s fighters and contracts after the death of its founder.",
    ['succession predecessor=kestrel-group successor=eastern-corps'],
  ],
];

const RENAMINGS_AND_HOSTS: Case[] = [
  [
    'The junta renamed its ruling [Supreme Council|GovernmentAgency] the [National Renewal Commission|GovernmentAgency] in March.',
    ['succession predecessor=supreme-council successor=national-renewal-commission'],
  ],
  [
    'The generals, led by General [Aung Tun|Person] since the coup, rebranded their ruling [State Council|GovernmentAgency] as the [Peace Commission|GovernmentAgency] last year ahead of a vote.',
    ['succession predecessor=state-council successor=peace-commission'],
  ],
  [
    '[Silvan Oil|Company], a [Tarso|City]-based transport company, formerly known as [Delta Fuel Services|Company], which moves fuel for the army;',
    ['succession predecessor=delta-fuel-services successor=silvan-oil'],
  ],
  [
    'The junta cites the threat from the [Valley Province|ArmedGroup] ([VP|ArmedGroup=valley-province]), an affiliate of the [Islamic Caliphate|ArmedGroup] known until 2022 as the [Desert Emirate|ArmedGroup], and from other groups.',
    ['succession predecessor=desert-emirate successor=valley-province'],
  ],
  [
    "The [Eastern Corps|MilitaryForce], the paramilitary force controlled by [Valdonia|Country]'s [Defence Ministry|GovernmentAgency] that succeeded the [Kestrel Group|Company] in [Mali|Country] last year, fights alongside the army.",
    ['succession predecessor=kestrel-group successor=eastern-corps'],
  ],
];

const NEGATIVES: Case[] = [
  ['The [Red Hand|ArmedGroup] and the [Coastal Army|ArmedGroup] held talks on a merger that would create the [Valley Front|ArmedGroup].', []],
  ['The [Red Hand|ArmedGroup] denied it had split, and the [Coastal Army|ArmedGroup] said it remained loyal.', []],
  ['The junta may rename its ruling [Supreme Council|GovernmentAgency] the [National Renewal Commission|GovernmentAgency] next year.', []],
  ['The [Red Hand|ArmedGroup] split into two camps in 2019 over the ceasefire, officials in [Marsa|City] said.', []],
  ['A faction threatened to break away from the [Northern Command|ArmedGroup] to form the [Red Star Front|ArmedGroup].', []],
  ['[Fighters|CollectiveActor] who never broke away from the [Northern Command|ArmedGroup] formed the [Ural Brigade|ArmedGroup] in 2019.', []],
  ['The [Red Hand|ArmedGroup] was founded in 2002. A faction broke away in 2016 and fled to [Marsa|City], where it was destroyed.', []],
  ['The [Red Hand|ArmedGroup] lost ground in 2020. That group also fractured: [Omar Tesh|Person] split off in 2024 with a few dozen fighters.', []],
  ["[Valdonia|Country]'s [Defence Ministry|GovernmentAgency] plans to create a new force to replace the [Kestrel Group|Company] next year.", []],
  ['The merger of the [Red Hand|ArmedGroup] with the [Coastal Army|ArmedGroup] was rejected by [Omar Tesh|Person] in 2014.', []],
  ['A split in the [Tarso Movement|ArmedGroup] in 2015 weakened the [Valley Front|ArmedGroup] along the coast.', []],
  [
    "The [Eastern Corps|MilitaryForce], the force controlled by [Valdonia|Country]'s [Defence Ministry|GovernmentAgency] that failed to replace the [Kestrel Group|Company] in [Mali|Country], withdrew.",
    [],
  ],
];

const FOUNDINGS: Case[] = [
  [
    '[Los Hermanos|ArmedGroup] was founded around 2019 in [Ollague|City] by [Wilmer Duarte|Person] ([Duarte|Person=wilmer-duarte]), a national who was arrested in 2023.',
    ['founding founder=wilmer-duarte org=los-hermanos'],
  ],
  [
    'The [Valley Front|ArmedGroup] was set up in 2021 by [Ahmad Rostam|Person], the son of the slain guerrilla commander [Karim Rostam|Person], and by [Lena Varga|Person], a former vice president, in the weeks after the coup.',
    ['founding founder=ahmad-rostam org=valley-front', 'founding founder=lena-varga org=valley-front'],
  ],
  [
    '[Fighters|CollectiveActor] who broke away from the [Northern Command|ArmedGroup] formed the [Ural Brigade|ArmedGroup] in 2019.',
    [],
  ],
  [
    '[Members|CollectiveActor] of the [Northern Command|ArmedGroup] set up the [Ural Brigade|ArmedGroup] in 2019.',
    [],
  ],
  [
    'The [Kestrel Group|Company], whose founder [Yevgeny Orlov|Person] died in a plane crash in 2023, still operates in [Mali|Country].',
    ['founding founder=yevgeny-orlov org=kestrel-group'],
  ],
  [
    "[Hizb al-Wadi|ArmedGroup]'s founders, including [Ahmed Nasser|Person], were killed in the 2004 strikes.",
    ['founding founder=ahmed-nasser org=hizb-al-wadi'],
  ],
  [
    'The [Valley Front|ArmedGroup] attacked [Marsa|City] on Friday. Its founder, [Omar Tesh|Person], was killed in 2019.',
    ['founding founder=omar-tesh org=valley-front'],
  ],
  [
    "The [Valley Front|ArmedGroup] grew out of the [Tarso Movement|ArmedGroup] in the 1990s after the capture of the radical group's founder, [Omar Tesh|Person].",
    ['founding founder=omar-tesh org=tarso-movement'],
  ],
  [
    'The [Valley Front|ArmedGroup] smuggles fuel. [The group|ArmedGroup=valley-front]\'s top leader, [Omar Tesh|Person], also known as "[Tio|Person=omar-tesh]," who founded the gang inside [Marsa|City] prison, was sanctioned in July.',
    ['founding founder=omar-tesh org=valley-front'],
  ],
  [
    "[Los Hermanos|ArmedGroup]'s chief, [Wilmer Duarte|Person], who founded the gang in 2019, remains in custody.",
    ['founding founder=wilmer-duarte org=los-hermanos'],
  ],
  ["[Los Hermanos|ArmedGroup]'s chief, [Wilmer Duarte|Person], who joined the gang in 2019, remains in custody.", []],
  ['The [Valley Front|ArmedGroup] was not founded by [Lena Varga|Person], her office said.', []],
  ['The [Valley Front|ArmedGroup] attacked [Marsa|City] on Friday. Its leader, [Omar Tesh|Person], was killed in 2019.', []],
];

describe('lineage round 7: both sides after the verb, splits told without "from"', () => table('succession', BOTH_AFTER));
describe('lineage round 7: merges as nouns, dissolving into one, parts of the older body', () => table('succession', MERGES_AND_PARTS));
describe('lineage round 7: renamings of an owned body, a description as the host', () => table('succession', RENAMINGS_AND_HOSTS));
describe('lineage round 7: negated, planned, unnamed and off-side readings give nothing', () => table('succession', NEGATIVES));
describe('founding round 7: places and a second agent, obliques that found nothing', () => table('founding', FOUNDINGS));
