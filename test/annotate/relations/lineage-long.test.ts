// Successions and foundings in long wire-copy sentences: four to eight mentions, titles, places, dates, acronyms in
// parentheses, asides and relative clauses between the two sides, the fact in a subordinate clause. Invented names.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const SUCCESSIONS: Case[] = [
  [
    'The [Zarak Brigade|ArmedGroup] ([ZB|ArmedGroup=zarak-brigade]), which according to regional security officials in [Quetta|City] now fields more than 2,000 fighters, broke away from the [Baloch Unity Front|ArmedGroup] in 2019 after a dispute over leadership.',
    ['succession predecessor=baloch-unity-front successor=zarak-brigade'],
  ],
  [
    'Officials in [Bamako|City] said on Tuesday that the attack was carried out by the [Katiba Sahel|ArmedGroup], a faction that, according to the UN panel of experts, split from [Ansar Dine al-Jadid|ArmedGroup] in 2017.',
    ['succession predecessor=ansar-dine-al-jadid successor=katiba-sahel'],
  ],
  [
    'The [Mountain Front|ArmedGroup], led by former army colonel [Ivo Kral|Person] and based in the hills east of [Tarnow|City], splintered from the [People\'s Defence Army|MilitaryForce] ([PDA|MilitaryForce=peoples-defence-army]) in 2015, two years after the ceasefire.',
    ['succession predecessor=peoples-defence-army successor=mountain-front'],
  ],
  [
    'Analysts at the [Institute for Conflict Studies|Organization] in [London|City] note that the [Sahil Front|ArmedGroup] is, despite its recent gains along the coast, itself a splinter group of the banned [Ansar al-Bahr|ArmedGroup].',
    ['succession predecessor=ansar-al-bahr successor=sahil-front'],
  ],
  [
    'The [Sahil Front|ArmedGroup] claimed the raid on the port of [Marsa|City] on Friday. The group, which Interior Minister [Omar Haddad|Person] has called the most dangerous in the country, split from [Ansar al-Bahr|ArmedGroup] in 2016.',
    ['succession predecessor=ansar-al-bahr successor=sahil-front'],
  ],
  [
    'In 2021 the [Kivu Patriotic Movement|ArmedGroup] ([KPM|ArmedGroup=kivu-patriotic-movement]) and the [Lulu Defence Forces|ArmedGroup], two militias long active around [Goma|City] in [North Kivu|Region], merged to form the [Kivu Alliance|ArmedGroup], according to a report by [Human Rights Watch|Organization].',
    ['succession predecessor=kivu-patriotic-movement successor=kivu-alliance', 'succession predecessor=lulu-defence-forces successor=kivu-alliance'],
  ],
  [
    'The [Northern Coalition|ArmedGroup], formed in March 2020 from the merger of the [Tabu Front|ArmedGroup] and the [Desert Lions|ArmedGroup] under the mediation of [Chadian|Country] officials, controls much of the border.',
    ['succession predecessor=tabu-front successor=northern-coalition', 'succession predecessor=desert-lions successor=northern-coalition'],
  ],
  [
    'Its African operations, which Western officials say once stretched from [Libya|Country] to [Mali|Country], were folded into the [Africa Corps|MilitaryForce] after the [Vostok Group|Company] was dismantled by [Moscow|City] in 2023.',
    [],
  ],
  [
    'The [Vostok Group|Company], whose founder [Pavel Grin|Person] died in a plane crash near [Tver|City] in August, was absorbed by the [Africa Corps|MilitaryForce], a unit controlled by the [Russian|Country] defence ministry, officials said.',
    ['succession predecessor=vostok-group successor=africa-corps'],
  ],
  [
    'The [Second Column|ArmedGroup], which was founded in 2019 by dissidents who had walked out of the [Patriotic Front|ArmedGroup] ([PF|ArmedGroup=patriotic-front]) after its leader [Ruben Salas|Person] signed the truce in [Bogota|City], has grown rapidly.',
    ['succession predecessor=patriotic-front successor=second-column'],
  ],
  [
    'The [Liberation Council|ArmedGroup], a coalition that, according to [UN|InternationalOrganization] envoy [Hans Berg|Person], emerged from the remnants of the [Idlib Shura|ArmedGroup] in 2018, denies any role in the killings.',
    ['succession predecessor=idlib-shura successor=liberation-council'],
  ],
  [
    'The [National Renewal Party|PoliticalParty] ([NRP|PoliticalParty=national-renewal-party]), led by [Anna Weiss|Person], a former mayor of [Graz|City], is widely seen as the successor to the [Freedom League|PoliticalParty], which was banned by the constitutional court in 2012.',
    ['succession predecessor=freedom-league successor=national-renewal-party'],
  ],
  // negatives: talks, denials, plans, persons
  [
    'Leaders of the [Kivu Patriotic Movement|ArmedGroup] ([KPM|ArmedGroup=kivu-patriotic-movement]) and the [Lulu Defence Forces|ArmedGroup] met in [Goma|City] on Monday to discuss a possible merger, [UN|InternationalOrganization] envoy [Hans Berg|Person] told reporters, but no agreement was reached.',
    [],
  ],
  [
    'The [Zarak Brigade|ArmedGroup] ([ZB|ArmedGroup=zarak-brigade]), which [Pakistani|Country] officials in [Quetta|City] have long accused of ties to the [Baloch Unity Front|ArmedGroup], denied on Sunday that it had ever split from the movement or that it takes orders from abroad.',
    [],
  ],
  [
    '[Ivo Kral|Person], a former commander of the [People\'s Defence Army|MilitaryForce] ([PDA|MilitaryForce=peoples-defence-army]) who broke away from the movement in 2015 and now lives in [Vienna|City], told reporters that the [Mountain Front|ArmedGroup] would keep fighting.',
    [],
  ],
  [
    'A spokesman for the [Sahil Front|ArmedGroup], speaking from [Marsa|City] on condition of anonymity, said the group could merge with the [Desert Lions|ArmedGroup] to form a new alliance if talks in [Doha|City] succeed.',
    [],
  ],
];

const FOUNDINGS: Case[] = [
  [
    'The [Wagner Group|Company], a private military company founded in 2014 by [Dmitri Utkin|Person], a former officer of the [GRU|GovernmentAgency] military intelligence agency, and later run by [Pavel Grin|Person], has operated in [Mali|Country] and [Libya|Country].',
    ['founding founder=dmitri-utkin org=wagner-group'],
  ],
  [
    '[Omar Bello|Person], a preacher from [Maiduguri|City] who spent six years in prison in [Kano|City] before he founded the [Ansar Nur|ArmedGroup] movement in 2009, was killed in an airstrike, the army said.',
    ['founding founder=omar-bello org=ansar-nur'],
  ],
  [
    'The [Ansar Nur|ArmedGroup] claimed the attack. [The group|ArmedGroup=ansar-nur], which the [United States|Country] designated in 2014 and which operates across [Niger|Country] and [Chad|Country], was founded by [Omar Bello|Person], a former teacher.',
    ['founding founder=omar-bello org=ansar-nur'],
  ],
  [
    'The [Civic Renewal Alliance|Organization] ([CRA|Organization=civic-renewal-alliance]), a coalition of opposition parties launched in [Nairobi|City] in December by former election commission chief [Grace Wanjiru|Person], said on Sunday it would contest the vote.',
    ['founding founder=grace-wanjiru org=civic-renewal-alliance'],
  ],
  [
    '[Juan Ortega|Person], the 52-year-old co-founder of [Los Gatos|ArmedGroup], a gang that, according to prosecutors in [Guayaquil|City], controls much of the port, was arrested on Friday along with two of his bodyguards.',
    ['founding founder=juan-ortega org=los-gatos'],
  ],
  // negatives
  [
    '[Anna Weiss|Person], a former mayor of [Graz|City] who joined the [National Renewal Party|PoliticalParty] ([NRP|PoliticalParty=national-renewal-party]) in 2015, two years after it was founded, said on Monday that she would not run for its leadership.',
    [],
  ],
  // the one who founded is the person named inside the description, never the subject
  [
    '[Luis Mena|Person], a former bodyguard of [Juan Ortega|Person] who founded [Los Gatos|ArmedGroup] in 2009 in the slums of [Guayaquil|City], was arrested at the airport on Friday, police said.',
    ['founding founder=juan-ortega org=los-gatos'],
  ],
  [
    'Prosecutors in [Guayaquil|City] allege that [Juan Ortega|Person], who denies that he founded [Los Gatos|ArmedGroup] or ever belonged to the gang, laundered money through a firm in [Panama|Country], his lawyer said.',
    [],
  ],
  [
    '[Grace Wanjiru|Person], the former election commission chief, said in [Nairobi|City] on Tuesday that she planned to launch a new party, the [Civic Renewal Alliance|Organization], before the vote in August.',
    [],
  ],
];

const MORE: Case[] = [
  [
    'Fighting resumed near [Kidal|City] last week, two [Malian|Country] officials said, months after the [Azawad Salvation Front|ArmedGroup] ([ASF|ArmedGroup=azawad-salvation-front]), a [Tuareg|CollectiveActor] group led by [Moussa Ag Ali|Person], broke away from the [Coordination of Azawad Movements|ArmedGroup].',
    ['succession predecessor=coordination-of-azawad-movements successor=azawad-salvation-front'],
  ],
  [
    'The [Unity Bloc|PoliticalParty], formerly known as the [Democratic Labour Party|PoliticalParty] until it was renamed in 2018 under its current leader, [Mira Sand|Person], won 14 seats in the [Riga|City] city council on Sunday.',
    ['succession predecessor=democratic-labour-party successor=unity-bloc'],
  ],
  [
    'The [Africa Corps|MilitaryForce], which [Western|CollectiveActor] diplomats in [Bamako|City] describe as the successor of the [Vostok Group|Company], has deployed some 1,000 men to [Mali|Country] and [Burkina Faso|Country] since January.',
    ['succession predecessor=vostok-group successor=africa-corps'],
  ],
  [
    'According to a confidential report by the [UN|InternationalOrganization] monitoring team seen by [Reuters|Organization], the [Islamic State Sahel Province|ArmedGroup] ([ISSP|ArmedGroup=islamic-state-sahel-province]) was born out of the [Islamic State in the Greater Sahara|ArmedGroup] in 2022.',
    ['succession predecessor=islamic-state-in-the-greater-sahara successor=islamic-state-sahel-province'],
  ],
  [
    'The [Tabu Front|ArmedGroup] and the [Desert Lions|ArmedGroup], both of which signed the 2019 accord in [Niamey|City] with the government of President [Ali Issa|Person], have refused to merge into a single command, officials said.',
    [],
  ],
  [
    'The [Africa Corps|MilitaryForce], which [French|Country] officials in [Bamako|City] do not regard as the successor of the [Vostok Group|Company], has deployed some 1,000 men to [Mali|Country] since January.',
    [],
  ],
  [
    'The [Sahil Front|ArmedGroup], whose fighters clashed with the [Red Guard|ArmedGroup] near [Marsa|City] on Friday, has no ties to the [Ansar al-Bahr|ArmedGroup] and did not split from it, its spokesman [Ali Rami|Person] said.',
    [],
  ],
];

const RENAMINGS: Case[] = [
  [
    'The [Patriotic Alliance|PoliticalParty] ([PA|PoliticalParty=patriotic-alliance]), which was led for two decades by former prime minister [Jonas Varga|Person] and dominated politics in [Szeged|City], renamed itself the [Civic Union|PoliticalParty] in 2020 after a string of defeats.',
    ['succession predecessor=patriotic-alliance successor=civic-union'],
  ],
  [
    'The [Eastern Brigade|ArmedGroup] was replaced in [Kassala|City] last year by the [Border Guard Force|MilitaryForce] ([BGF|MilitaryForce=border-guard-force]), a unit that, according to [Sudanese|Country] officials, answers directly to the army chief, General [Omar Taha|Person].',
    ['succession predecessor=eastern-brigade successor=border-guard-force'],
  ],
  [
    'In 2017 the [Jund al-Haqq|ArmedGroup], a jihadist group that had fought in [Aleppo|City] and [Idlib|City] since 2013 under commander [Abu Talha|Person], merged with two smaller factions and the [Nur Brigades|ArmedGroup] to create the [Islamic Front of the North|ArmedGroup].',
    ['succession predecessor=jund-al-haqq successor=islamic-front-of-the-north', 'succession predecessor=nur-brigades successor=islamic-front-of-the-north'],
  ],
  [
    '[Jonas Varga|Person], who succeeded [Anna Weiss|Person] as leader of the [Civic Union|PoliticalParty] in 2021 after a vote in [Szeged|City], said on Monday that the party would not join the coalition.',
    [],
  ],
];

describe('lineage in long sentences: renamings, replacements, mergers with asides', () => table('succession', RENAMINGS));
describe('lineage in long sentences: subordinate clauses, renamings, reports', () => table('succession', MORE));
describe('lineage in long sentences: successions across asides', () => table('succession', SUCCESSIONS));
describe('lineage in long sentences: foundings across asides', () => table('founding', FOUNDINGS));
