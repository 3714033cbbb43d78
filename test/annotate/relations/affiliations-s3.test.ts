// Affiliations told by a clause: membership past an appositive or a first predicate, of a body called by its noun;
// allegiance; designation grounds; umbrellas; incorporation; parts of the sentence's subject or of "the army".
// Negative rows: denied ties, persons, and facts with a side the text leaves unnamed.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const MEMBERSHIP: Case[] = [
  [
    'The [Dawn Party|Organization], a small nationalist party, is also a member of the [Unity Front|Organization].',
    ['affiliation member=dawn-party parent=unity-front'],
  ],
  // the bloc named before, then called by its noun
  [
    'Its members regrouped in the [Harvest|Organization] bloc in 2021. The [Dawn Party|Organization], a small party, is also a member of the bloc.',
    ['affiliation member=dawn-party parent=harvest'],
  ],
  [
    '[Kastel Front|ArmedGroup], which was known until 2019 as [Red Hand|ArmedGroup], is a branch of [Ansar Nur|ArmedGroup].',
    ['affiliation member=kastel-front parent=ansar-nur'],
  ],
  // a second predicate, and the members "together with" adds
  [
    'The [Ridge Army|ArmedGroup] is the armed wing of the [Ridge League|Organization] and is part of the [Four Rivers Alliance|Organization], together with the [Lowland Army|ArmedGroup] and the [Delta Front|ArmedGroup].',
    [
      'affiliation member=delta-front parent=four-rivers-alliance',
      'affiliation member=lowland-army parent=four-rivers-alliance',
      'affiliation member=ridge-army parent=four-rivers-alliance',
      'affiliation member=ridge-army parent=ridge-league',
    ],
  ],
  [
    'The [Red Hand|ArmedGroup] is part of the so-called [Axis of Dawn|Organization], along with the [Sun Front|ArmedGroup].',
    ['affiliation member=red-hand parent=axis-of-dawn', 'affiliation member=sun-front parent=axis-of-dawn'],
  ],
  ['[Kastel Front|ArmedGroup] operates as an affiliate of [Ansar Nur|ArmedGroup].', ['affiliation member=kastel-front parent=ansar-nur']],
  ['The [Dawn Party|Organization] is no longer a member of the [Unity Front|Organization].', []],
  // "the bloc" with no bloc named before it: no parent, no fact
  ['The [Dawn Party|Organization], a small party, is also a member of the bloc.', []],
];

const ALLEGIANCE: Case[] = [
  [
    '[Kastel Front|ArmedGroup] raids farms, and its commanders have publicly pledged allegiance to [Ansar Nur|ArmedGroup].',
    ['affiliation member=kastel-front parent=ansar-nur'],
  ],
  ['[Kastel Front|ArmedGroup], which swore allegiance to [Ansar Nur|ArmedGroup] in 2015, claimed the attack.', ['affiliation member=kastel-front parent=ansar-nur']],
  ['[Kastel Front|ArmedGroup] has never pledged allegiance to [Ansar Nur|ArmedGroup].', []],
  // a person's allegiance is no affiliation of organizations
  ['[Omar Bello|Person] pledged allegiance to [Ansar Nur|ArmedGroup].', []],
];

const GROUNDS: Case[] = [
  [
    '[OFAC|GovernmentAgency] is designating the [Lark Fund|Organization], [Brava Pay|Company] and [Teso Logistics|Company] for being owned or controlled by, or having acted for or on behalf of, the [Government of Ruritania|Government].',
    [
      'affiliation member=brava-pay parent=government-of-ruritania',
      'affiliation member=lark-fund parent=government-of-ruritania',
      'affiliation member=teso-logistics parent=government-of-ruritania',
    ],
  ],
  ['[Brava Pay|Company] was designated for being owned or controlled by the [Lark Fund|Organization].', ['affiliation member=brava-pay parent=lark-fund']],
  // persons acting for a body, and grounds that are no tie of ownership or agency
  ['[Ana Moss|Person] and [Ivo Kral|Person] are being designated for having acted for or on behalf of the [Lark Fund|Organization].', []],
  ['[Brava Pay|Company] was designated for having materially assisted the [Lark Fund|Organization].', []],
];

const PARTS: Case[] = [
  [
    'But the spokesman blamed the [Popular Guard|ArmedGroup], the state-sanctioned umbrella of mostly [Ruritania|Country]-backed [militias|CollectiveActor].',
    ['affiliation member=militias parent=popular-guard'],
  ],
  [
    'The [Popular Guard|ArmedGroup] was formed in 2014. It was formally incorporated into the [National Security Forces|MilitaryForce] two years later.',
    ['affiliation member=popular-guard parent=national-security-forces'],
  ],
  [
    'The fund paid the bloc through [Brava Pay Solutions|Company], a Tiraspol-based subsidiary that issued cards, said the [Lark Fund|Organization].',
    [],
  ],
  [
    'The [Lark Fund|Organization] was set up in 2019. The fund has paid millions to the party, largely through [Brava Pay Solutions|Company], a Tiraspol-based subsidiary that issued cards.',
    ['affiliation member=brava-pay-solutions parent=lark-fund'],
  ],
  [
    'The [Ruritanian Army|MilitaryForce] said militants attacked the base of the army\'s [12 Battalion|MilitaryForce] near the border.',
    ['affiliation member=12-battalion parent=ruritanian-army'],
  ],
  // a possessive with the acronym of the possessor between it and the part
  [
    'A drone hit the field, the [Kurdish Regional Authority|Government]\'s ([KRA|Government=kurdish-regional-authority]) [Ministry of Natural Resources|GovernmentAgency] said.',
    ['affiliation member=ministry-of-natural-resources parent=kurdish-regional-authority'],
  ],
  // a title in apposition to a person is no part of the body
  ['"We will act," said Ambassador [Ana Moss|Person], the [Federal Court|GovernmentAgency]\'s [Coordinator for Justice|Organization].', []],
  [
    'The [Tana Front|Organization] dominated the [Coastal Democratic Coalition|Organization] ([CDC|Organization=coastal-democratic-coalition]), the coalition that ruled the country for decades.',
    ['affiliation member=tana-front parent=coastal-democratic-coalition'],
  ],
  [
    'The [African Union|InternationalOrganization] said the [African Union Support and Stabilization Mission in Ruritania|InternationalOrganization] would stay.',
    ['affiliation member=african-union-support-and-stabilization-mission-in-ruritania parent=african-union'],
  ],
  // the description read as the branch itself: the body whose name opens the branch's name
  [
    'The [Islamic Vanguard|ArmedGroup] claimed it. [Islamic Vanguard Delta Province|ArmedGroup], [the group|ArmedGroup=islamic-vanguard-delta-province]\'s regional branch, denied it.',
    ['affiliation member=islamic-vanguard-delta-province parent=islamic-vanguard'],
  ],
];

describe('affiliation: membership past an appositive or a first predicate', () => table('affiliation', MEMBERSHIP));
describe('affiliation: allegiance', () => table('affiliation', ALLEGIANCE));
describe('affiliation: designation grounds', () => table('affiliation', GROUNDS));
describe('affiliation: umbrellas, incorporation, parts', () => table('affiliation', PARTS));

const ALLEGIANCE_NEGATIVE: Case[] = [
  // the fighters of a group pledged, not the group
  ['[Kastel Front|ArmedGroup] emerged when [fighters|CollectiveActor] of the [Red Hand|ArmedGroup] pledged allegiance to [Ansar Nur|ArmedGroup].', []],
  // "its" past a collective noun is still the group
  [
    '[Ansar Nur|ArmedGroup] has supplied [Kastel Front|ArmedGroup] with weapons, [fighters|CollectiveActor] and training, and its commanders have pledged allegiance to [Red Hand|ArmedGroup].',
    ['affiliation member=kastel-front parent=red-hand'],
  ],
];
const ARMY_NAMED_BEFORE: Case[] = [
  [
    'Soldiers of the [Ruritanian Army|MilitaryForce]\'s [3rd Division|MilitaryForce] clashed with the [People\'s Army|ArmedGroup]. Soldiers from the army\'s [3rd Division|MilitaryForce] raided a camp.',
    ['affiliation member=3rd-division parent=ruritanian-army'],
  ],
];
describe('affiliation: allegiance, the member', () => table('affiliation', ALLEGIANCE_NEGATIVE));
describe('affiliation: "the army" named before with its unit', () => table('affiliation', ARMY_NAMED_BEFORE));

const NOUN_BODIES: Case[] = [
  // a bloc an earlier stage typed as a place is still the bloc the noun names
  [
    'Its members regrouped in the [Harvest|Place] bloc. The [Dawn Party|Organization], a small party, is also a member of the bloc.',
    ['affiliation member=dawn-party parent=harvest'],
  ],
  [
    'The [Border Guard|Organization] detained 40 people, said [Ana Moss|Person], commander of the force\'s [Lake Battalion|MilitaryForce].',
    ['affiliation member=lake-battalion parent=border-guard'],
  ],
  // "the Department" read by an earlier stage as another body: the Department named before
  [
    'The [Department of State|GovernmentAgency] and the [Kral Administration|Government] acted. [the Department|GovernmentAgency=kral-administration]\'s [Rewards for Justice|Organization] program offers $5 million.',
    ['affiliation member=rewards-for-justice parent=department-of-state'],
  ],
  [
    '[Viv Nou|Person], which means "We Live", was formed in 2023 as an alliance between the [G7|Organization] federation and its rival.',
    ['affiliation member=g7 parent=viv-nou'],
  ],
  // no force named before: no parent
  ['Soldiers of the force\'s [Lake Battalion|MilitaryForce] left.', []],
];
describe('affiliation: bodies called by a noun', () => table('affiliation', NOUN_BODIES));

const MORE_FORMS: Case[] = [
  ['[Red Hand|ArmedGroup], a [Ansar Nur|ArmedGroup]-affiliated group, attacked the town.', ['affiliation member=red-hand parent=ansar-nur']],
  // backing is support, not membership
  ['[Red Hand|ArmedGroup], a [Ansar Nur|ArmedGroup]-backed group, attacked the town.', []],
  [
    '[Red Hand|ArmedGroup] and [Ansar Nur|ArmedGroup], both members of the [Delta Front|Organization], attacked.',
    ['affiliation member=ansar-nur parent=delta-front', 'affiliation member=red-hand parent=delta-front'],
  ],
  ['[Red Hand|ArmedGroup] is among the groups that make up [Delta Front|Organization].', ['affiliation member=red-hand parent=delta-front']],
  ['[Red Hand|ArmedGroup] is one of [Delta Front|Organization]\'s factions.', ['affiliation member=red-hand parent=delta-front']],
  ['[Red Hand|ArmedGroup], one of [Delta Front|Organization]\'s member groups, attacked.', ['affiliation member=red-hand parent=delta-front']],
  ['[Red Hand|ArmedGroup], a member group of the [Delta Front|Organization], attacked.', ['affiliation member=red-hand parent=delta-front']],
  ['[Red Hand|ArmedGroup], which operates under the [Delta Front|Organization] umbrella, attacked.', ['affiliation member=red-hand parent=delta-front']],
  ['[Red Hand|ArmedGroup] fights under the banner of [Delta Front|Organization].', ['affiliation member=red-hand parent=delta-front']],
  ['[Red Hand|ArmedGroup] does not fight under the banner of [Delta Front|Organization].', []],
  ['[Red Hand|ArmedGroup], which [Ansar Nur|ArmedGroup] set up as its armed wing, attacked.', ['affiliation member=red-hand parent=ansar-nur']],
  ['[Hezbollah|ArmedGroup], which [Ruritania|Country] set up as its proxy in 1982, fired rockets.', ['affiliation member=hezbollah parent=ruritania']],
  // one of a body's rivals is no part of it
  ['[Red Hand|ArmedGroup] is one of [Delta Front|Organization]\'s rivals.', []],
];
describe('affiliation: compounds, lists, banners', () => table('affiliation', MORE_FORMS));

const TIES: Case[] = [
  ['[Brava Pay|Company], which has close ties to [Ansar Nur|ArmedGroup], moved the money.', ['affiliation member=brava-pay parent=ansar-nur']],
  // ties cut are no ties
  ['[Brava Pay|Company] said it had cut its links with [Ansar Nur|ArmedGroup] in 2019.', []],
  ['[Brava Pay|Company] has no ties to [Ansar Nur|ArmedGroup], the company said.', []],
  // countries with ties are diplomacy, not membership
  ['[Ruritania|Country] has close ties with [Norland|Country].', []],
];
describe('affiliation: stated ties', () => table('affiliation', TIES));

const OWN_UNITS: Case[] = [
  [
    'Soldiers of the [Ruritanian Army|MilitaryForce] and its [Norland|Country]-trained [Falcon special forces|MilitaryForce] entered the town.',
    ['affiliation member=falcon-special-forces parent=ruritanian-army'],
  ],
  [
    'The [Interior Ministry|GovernmentAgency] spoke on Thursday. It said its [Rapid Response Brigade|MilitaryForce] had killed the commander.',
    ['affiliation member=rapid-response-brigade parent=interior-ministry'],
  ],
  // a body's allies and the places it holds are no units of it
  ['The [Ruritanian Army|MilitaryForce] and its allies in the [Delta Brigade|MilitaryForce] attacked.', []],
  ['The [Ruritanian Army|MilitaryForce] said its [soldiers|CollectiveActor] took the town.', []],
  [
    'The spokesman blamed [outlaw groups|CollectiveActor] that hide inside the [Popular Guard|ArmedGroup].',
    ['affiliation member=outlaw-groups parent=popular-guard'],
  ],
  ['The spokesman said no [outlaw groups|CollectiveActor] operate within the [Popular Guard|ArmedGroup].', []],
];
describe('affiliation: units of a body called "its"; groups inside a body', () => table('affiliation', OWN_UNITS));
