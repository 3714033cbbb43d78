// Successions read by clause structure around a lineage trigger: each trigger in a short sentence, in a long one with
// asides or lists between it and its sides, and with a subject a pronoun or description carries from the sentence
// before; negatives (denials, plans, talks, persons, places, a split with no named successor) yield nothing. Invented names.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const s = (successor: string, predecessor: string): string => `succession predecessor=${predecessor} successor=${successor}`;

const GROWTH: Case[] = [
  ['The [Kestrel Front|ArmedGroup] grew out of the [Valley Defence League|ArmedGroup].', [s('kestrel-front', 'valley-defence-league')]],
  [
    'The [KF|ArmedGroup=kestrel-front], on the other hand, is an umbrella of factions that grew out of the banned [Valley Defence League|ArmedGroup] and was reorganised with foreign help in 2017.',
    [s('kestrel-front', 'valley-defence-league')],
  ],
  [
    'Near the border the [Red Hand Brigade|ArmedGroup] has partnered with [Comandos del Llano|ArmedGroup], an armed group that emerged from the ranks of the former [Popular Liberation Army|ArmedGroup] ([PLA|ArmedGroup=popular-liberation-army]).',
    [s('comandos-del-llano', 'popular-liberation-army')],
  ],
  ['The [Red Hand Brigade|ArmedGroup] claimed the attack. It emerged from the [People\'s Guard|ArmedGroup] in 2009.', [s('red-hand-brigade', 'peoples-guard')]],
  ['The [Sun Party|Organization] evolved from the [Sun Movement|Organization] in 1998.', [s('sun-party', 'sun-movement')]],
  [
    'The [Lake Resistance Front|ArmedGroup], which emerged in 2019 from the ranks of the [Valley Liberation Army|ArmedGroup], controls three towns.',
    [s('lake-resistance-front', 'valley-liberation-army')],
  ],
  ['Formed in 2015 from the remnants of the [Ansar Column|ArmedGroup], the [Tawfiq Brigade|ArmedGroup] now fields 3,000 fighters.', [s('tawfiq-brigade', 'ansar-column')]],
  [
    'The [Harat Union|Organization], which according to diplomats in [Vienna|City] and [Geneva|City] now counts 40,000 members, evolved out of the remnants of the [Harat Congress|Organization].',
    [s('harat-union', 'harat-congress')],
  ],
  ['The movement, the [Tavi Resistance|Organization], was born out of the [Tavi Student Union|Organization] in 2019.', [s('tavi-resistance', 'tavi-student-union')]],
  [
    'The [Ardan Youth|Organization] held a rally in [Ardan|City] on Sunday. The movement grew out of the "[Ardan Spring|Organization]" protests of 2021.',
    [s('ardan-youth', 'ardan-spring')],
  ],
];

const SPLITS: Case[] = [
  ['The [Ox Brigade|ArmedGroup] broke away from the [Lion Front|ArmedGroup] in 2015.', [s('ox-brigade', 'lion-front')]],
  [
    'The [Ox Brigade|ArmedGroup] attacked a convoy near [Dara|City] on Sunday. The group, which officials say now fields 800 men, broke away from the [Lion Front|ArmedGroup] in 2015.',
    [s('ox-brigade', 'lion-front')],
  ],
  ['The [Ox Brigade|ArmedGroup] and the [Hawk Column|ArmedGroup] split from the [Lion Front|ArmedGroup] in 2015.', [s('ox-brigade', 'lion-front'), s('hawk-column', 'lion-front')]],
  [
    'The [Dawn Legion|ArmedGroup] ([DL|ArmedGroup=dawn-legion]), led by former police officer [Amir Sadi|Person], splintered from the [Northern Army|ArmedGroup] last year.',
    [s('dawn-legion', 'northern-army')],
  ],
  ['[Los Halcones|ArmedGroup], which had begun as [Los Toros|ArmedGroup]\' enforcement wing, now controls the port.', [s('los-halcones', 'los-toros')]],
  ['The [Green Banner|ArmedGroup] began as a youth faction of the [Unity Party|Organization].', [s('green-banner', 'unity-party')]],
  ['The [Comet Cell|ArmedGroup], an offshoot of the [Star Front|ArmedGroup], claimed the bombing.', [s('comet-cell', 'star-front')]],
  ['Analysts in [Rabat|City] say the [Comet Cell|ArmedGroup] is itself a splinter of the [Star Front|ArmedGroup].', [s('comet-cell', 'star-front')]],
  [
    'The [Hill Liberation Army|ArmedGroup] was designated on Monday. [Omar Baluch|Person] broke away from the group in 2011 and founded the [United Hill Army|ArmedGroup] ([UHA|ArmedGroup=united-hill-army]).',
    [s('united-hill-army', 'hill-liberation-army')],
  ],
  [
    'The [Lion Front|ArmedGroup], from which the [Ox Brigade|ArmedGroup] split in 2016, remains active around the lake.',
    [s('ox-brigade', 'lion-front')],
  ],
  [
    '[Riek Mabor|Person], 72, founded the [Liberation Movement-North|Organization] after breaking with the ruling [Liberation Movement|Organization] in 2013.',
    [s('liberation-movement-north', 'liberation-movement')],
  ],
];

const PARTS: Case[] = [
  [
    '[Carlos Vega|Person] took control of [Los Toros|ArmedGroup], while several of its cells broke away, among them [Los Halcones|ArmedGroup], which had begun as the gang\'s enforcement wing, and [Los Lobos Negros|ArmedGroup].',
    [s('los-halcones', 'los-toros'), s('los-lobos-negros', 'los-toros')],
  ],
  ['Two of the [Lion Front|ArmedGroup]\'s factions split off in 2016, including the [Ox Brigade|ArmedGroup].', [s('ox-brigade', 'lion-front')]],
  [
    'The [Courts Union|Organization] collapsed in 2007. The [Youth Front|ArmedGroup], its former youth wing, broke away and became an independent force.',
    [s('youth-front', 'courts-union')],
  ],
  ['The [Sand Column|ArmedGroup], a hardline faction of the [Desert Army|ArmedGroup], split off in 2016 after the ceasefire.', [s('sand-column', 'desert-army')]],
  [
    'The [Hill Guards|ArmedGroup], from whose ranks the [Northern Defence Forces|ArmedGroup] emerged, remain the core of the force.',
    [s('northern-defence-forces', 'hill-guards')],
  ],
  ['The [Lion Front|ArmedGroup] lost ground in 2016. Several of its commanders broke away, among them [Amir Sadi|Person].', []],
];

const ABSORPTIONS: Case[] = [
  ['The [Forest Front|ArmedGroup] absorbed the [Lakes Army|ArmedGroup] in 2012.', [s('forest-front', 'lakes-army')]],
  [
    'The [Forest Front|ArmedGroup] operates in the east. It was formed by [Samuel Odu|Person], a former teacher, and absorbed the remnants of another rebel movement, the [Lakes Army|ArmedGroup] ([LA|ArmedGroup=lakes-army]).',
    [s('forest-front', 'lakes-army')],
  ],
  ['The [Sahel Stabilisation Mission|Organization] replaced the [Sahel Observer Mission|Organization] in 2020.', [s('sahel-stabilisation-mission', 'sahel-observer-mission')]],
  [
    'The [Sahel Observer Mission|Organization], which deployed 3,000 troops across the region, was replaced in 2020 by the [Sahel Stabilisation Mission|Organization].',
    [s('sahel-stabilisation-mission', 'sahel-observer-mission')],
  ],
  [
    'The [Council|Organization] also listed the [Steppe Corps|MilitaryForce], a formation set up by the defence ministry in 2023 to take over the operations of the [Kestrel Group|ArmedGroup] in [Africa|Region].',
    [s('steppe-corps', 'kestrel-group')],
  ],
  ['The [Joint Force|MilitaryForce] took over from the [Border Mission|Organization] in January.', [s('joint-force', 'border-mission')]],
  [
    'The [Kestrel Group|ArmedGroup] lost its leader in 2023. Its operations in [Africa|Region] were gradually folded into the [Steppe Corps|MilitaryForce].',
    [s('steppe-corps', 'kestrel-group')],
  ],
];

const RENAMINGS: Case[] = [
  ['The group competes for recruits with [Sahel Province|ArmedGroup], known until 2022 as [Desert Province|ArmedGroup], in the border area.', [s('sahel-province', 'desert-province')]],
  ['[Sahel Province|ArmedGroup] was known as [Desert Province|ArmedGroup] until 2022.', [s('sahel-province', 'desert-province')]],
  ['[Nordic Trading LLC|Company] is based in [Dubai|City]. It operated as [Polar Supplies|Company] until it changed its name in 2021.', [s('nordic-trading-llc', 'polar-supplies')]],
  [
    '[Blue Line Shipping LLC|Company] ([Blue Line|Company=blue-line-shipping-llc]), formerly [Coral Maritime LLC|Company], manages three tankers that called at [Aden|City].',
    [s('blue-line-shipping-llc', 'coral-maritime-llc')],
  ],
  ['[Orion Energy|Company], the French energy company formerly known as [Helio|Company], said it would resume work.', [s('orion-energy', 'helio')]],
  ['The [Defence Council|Organization] was renamed the [National Salvation Committee|Organization] in 2021.', [s('national-salvation-committee', 'defence-council')]],
  ['The military renamed its [Ruling Council|Organization] the [State Peace Commission|Organization] last year.', [s('state-peace-commission', 'ruling-council')]],
  [
    'The [Patriots\' Front|Organization], which won 12 seats in [Ostrava|City] in 2019, rebranded itself as the [New Patriots|Organization] in 2022.',
    [s('new-patriots', 'patriots-front')],
  ],
  ['[Atlas Trading|Company] was founded in 2011. In 2020 it changed its name to [Nova Holdings|Company].', [s('nova-holdings', 'atlas-trading')]],
  [
    'The [Unity Front|ArmedGroup] was founded in 1998. The group, then known as the [People\'s Guard|ArmedGroup] ([PG|ArmedGroup=peoples-guard]), pledged allegiance to the council in 2006.',
    [s('unity-front', 'peoples-guard')],
  ],
  ['In 1990 the party changed its name from the [Workers\' Party|Organization] to the [Social Congress|Organization].', [s('social-congress', 'workers-party')]],
  ['The [Dawn Front|ArmedGroup], which later became the [Liberation Council|ArmedGroup], was the strongest faction in the north.', [s('liberation-council', 'dawn-front')]],
  ['The [Wagner Group|ArmedGroup]\'s successor in [Africa|Region], the [Steppe Corps|MilitaryForce], is run by the defence ministry.', [s('steppe-corps', 'wagner-group')]],
];

const MERGERS: Case[] = [
  [
    'The [Kivu Movement|ArmedGroup] and the [Lulu Forces|ArmedGroup] merged in 2021 to form the [Kivu Alliance|ArmedGroup].',
    [s('kivu-alliance', 'kivu-movement'), s('kivu-alliance', 'lulu-forces')],
  ],
  [
    'The [North Fano Movement|ArmedGroup] and the [South Fano Organization|ArmedGroup] fought each other for years. In April, the two groups merged into a single structure, the [Fano National Force|ArmedGroup] ([FNF|ArmedGroup=fano-national-force]), led by [Tesfa Bekele|Person].',
    [s('fano-national-force', 'north-fano-movement'), s('fano-national-force', 'south-fano-organization')],
  ],
  [
    'Abroad, the cause is represented by the [Island Liberation Movement|Organization] ([ILM|Organization=island-liberation-movement]), an umbrella body created in 2014 when three rival factions, the [Coast Coalition|Organization] ([CC|Organization=coast-coalition]), the [Hill Republic|Organization] ([HR|Organization=hill-republic]) and the [Reef Parliament|Organization] ([RP|Organization=reef-parliament]), merged into one organisation.',
    [
      s('island-liberation-movement', 'coast-coalition'),
      s('island-liberation-movement', 'hill-republic'),
      s('island-liberation-movement', 'reef-parliament'),
    ],
  ],
  [
    '[Nusra al-Sahel|ArmedGroup], which the [State Department|GovernmentAgency] designated in 2018, was formed a year earlier when four jihadist groups joined forces: [Ansar al-Jadid|ArmedGroup], the [Macina Front|ArmedGroup], [al-Murabitun al-Jadid|ArmedGroup] and the [Desert Brigade|ArmedGroup].',
    [
      s('nusra-al-sahel', 'ansar-al-jadid'),
      s('nusra-al-sahel', 'macina-front'),
      s('nusra-al-sahel', 'al-murabitun-al-jadid'),
      s('nusra-al-sahel', 'desert-brigade'),
    ],
  ],
  [
    'The [Tenere Front|ArmedGroup] was formed in 2017 when three armed groups joined forces: [Ansar al-Jadid|ArmedGroup], the [Macina Front|ArmedGroup] and the northern wing of the [Desert Brigade|ArmedGroup].',
    [s('tenere-front', 'ansar-al-jadid'), s('tenere-front', 'macina-front')],
  ],
  [
    'The [Ox Brigade|ArmedGroup] joined forces with the [Hawk Column|ArmedGroup] to form the [Eagle Front|ArmedGroup].',
    [s('eagle-front', 'ox-brigade'), s('eagle-front', 'hawk-column')],
  ],
];

const NEGATIVES: Case[] = [
  ['The [Ox Brigade|ArmedGroup] denied it had split from the [Lion Front|ArmedGroup].', []],
  ['The [Ox Brigade|ArmedGroup] may merge with the [Hawk Column|ArmedGroup] to form a new front.', []],
  ['Talks on merging the [Ox Brigade|ArmedGroup] and the [Hawk Column|ArmedGroup] into the [Eagle Front|ArmedGroup] stalled in May.', []],
  ['A merger of the [Ox Brigade|ArmedGroup] with the [Hawk Column|ArmedGroup] was rejected in 2020.', []],
  ['[Amir Sadi|Person] broke away from [Omar Baluch|Person] in 2015.', []],
  ['[Amir Sadi|Person] split from the [Lion Front|ArmedGroup] in 2015 and moved to [Dara|City].', []],
  ['The [Lion Front|ArmedGroup] split into two camps after the talks in [Dara|City].', []],
  ['The [Ox Brigade|ArmedGroup] emerged from [Dara|City] as the strongest force in the valley.', []],
  ['The [Ox Brigade|ArmedGroup] refused to merge with the [Hawk Column|ArmedGroup] into the [Eagle Front|ArmedGroup].', []],
  ['The [Ox Brigade|ArmedGroup] joined forces with the [Hawk Column|ArmedGroup] to attack [Dara|City].', []],
  ['[Nordic Trading|Company] operated as a front for the [Kestrel Group|ArmedGroup].', []],
  ['The [Steppe Corps|MilitaryForce] took over [Dara|City] in May.', []],
  ['The [Ox Brigade|ArmedGroup] was formerly allied with the [Lion Front|ArmedGroup].', []],
  ['Officials said the [Ox Brigade|ArmedGroup] had never broken away from the [Lion Front|ArmedGroup].', []],
  // a name cut at "in" with no acronym to tell the whole is no side
  ['[Sahel Province|ArmedGroup], known until 2022 as [Islamic Vanguard|ArmedGroup] in the [Greater Delta|Region], claimed the attack.', []],
  ['In 2007 the [Preaching Group|ArmedGroup] changed its name to [Islamic Vanguard|ArmedGroup] in the [Greater Delta|Region].', []],
  ['The [Dawn Front|ArmedGroup] later became the largest faction in the north.', []],
  ['The [Civic Union|Organization] replaced the [Freedom Party|Organization] as the largest party in 2001.', []],
  ['The [Kurdish groups|CollectiveActor=kurdish-groups] split from the [National Council|Organization] in protest at its stance.', []],
  ['The army emerged from the battle for [Dara|City] with heavy losses, the [Defence Ministry|GovernmentAgency] said.', []],
];

describe('lineage clauses: growth out of an older body', () => table('succession', GROWTH));
describe('lineage clauses: splits, splinters and founders who broke away', () => table('succession', SPLITS));
describe('lineage clauses: parts that broke away, named after the verb', () => table('succession', PARTS));
describe('lineage clauses: absorptions, replacements and take-overs', () => table('succession', ABSORPTIONS));
describe('lineage clauses: renamings', () => table('succession', RENAMINGS));
describe('lineage clauses: mergers, with their new body named after or before', () => table('succession', MERGERS));
describe('lineage clauses: negatives', () => table('succession', NEGATIVES));
