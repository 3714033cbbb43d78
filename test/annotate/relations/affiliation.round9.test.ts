// Round 9 affiliations: the constructions by which news places a body inside another that the tune articles showed
// missed with both bodies named — a body that joins a body it can belong to, a part named after "its", an umbrella
// named by its member's possessive (the member before the umbrella), what a body does "as part of" another, a tie
// told through a source inside the relative clause, and a pact between bodies. Negatives: acts done together, joining
// a fight, a pact with no body, "as part of" a deal, "its allegiance to" (the oath's object is no part). Invented names.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const TF = '[Tarsa Front|ArmedGroup]';
const KB = '[Kestrel Brigade|ArmedGroup]';
const SC = '[Sahel Caliphate|ArmedGroup]';
const KB_TF = ['affiliation member=kestrel-brigade parent=tarsa-front'];
const KB_SC = ['affiliation member=kestrel-brigade parent=sahel-caliphate'];

const JOINED: Case[] = [
  [`The ${KB}, which formally joined the ${SC} in 2012, attacked [Marn|City].`, KB_SC],
  [`In 2019 the ${KB} joined the ${SC}.`, KB_SC],
  [`The ${KB} has joined the ${TF}, an umbrella of six militias.`, KB_TF],
  // an act done together, or a state joining a group's fight, is no membership
  [`The ${KB} joined the ${SC} in attacking [Marn|City].`, []],
  [`The ${KB} joined the ${SC} in a raid on [Marn|City].`, []],
  [`The ${KB} joined the ${SC} against the [Orla Army|MilitaryForce].`, []],
  [`[Valdonia|Country] joined the ${SC} in 2012.`, []],
  [`The ${KB} did not join the ${SC}.`, []],
  [`The ${KB} never joined the ${SC}.`, []],
];

const ITS_PART: Case[] = [
  [`The talks asked the [Northern Council|InternationalOrganization] to wind up its [Marn Group|Organization], the mediation body.`, ['affiliation member=marn-group parent=northern-council']],
  [`The ${SC} claims attacks through its [Desert Province|ArmedGroup].`, ['affiliation member=desert-province parent=sahel-caliphate']],
  // "its allegiance to X": X is what the body swore to, not its part
  [`The ${KB} renewed its allegiance to the [Desert Group|ArmedGroup] last year.`, ['affiliation member=kestrel-brigade parent=desert-group']],
  [`The ${KB} moved its fighters to the [Desert Group|ArmedGroup] base.`, []],
];

const UMBRELLA: Case[] = [
  [`The ${KB}'s umbrella organisation, the ${TF}, is chaired by [Omar Tesh|Person].`, KB_TF],
  [`The ${TF}, the ${KB}'s umbrella body, is chaired by [Omar Tesh|Person].`, KB_TF],
  [`[Kestrel Oil|Company]'s parent company, [Tarsa Holdings|Company], was sanctioned.`, ['affiliation member=kestrel-oil parent=tarsa-holdings']],
  [`The ${KB}'s umbrella organisation is not the ${TF}.`, []],
];

const AS_PART: Case[] = [
  [`Since 2019 the ${KB} has operated as part of the ${SC}.`, KB_SC],
  [`The ${KB}, which fights as part of the ${TF}, seized [Marn|City].`, KB_TF],
  [`The ${KB} seized [Marn|City] as part of the deal with the ${TF}.`, []],
  [`The ${KB} fought in [Marn|City] as part of a ceasefire deal with the ${TF}.`, []],
  [`The ${KB} has never operated as part of the ${SC}.`, []],
];

const TOLD_THROUGH: Case[] = [
  [`The ${KB}, a jihadist group that [Orla|Country] officials say is linked to the ${SC}, attacked [Marn|City].`, KB_SC],
  [`The ${KB}, a militia which analysts believe is tied to the ${SC}, attacked [Marn|City].`, KB_SC],
];

const PACT: Case[] = [
  [
    `The ${TF} emerged in 2023 as a pact between the capital's two feuding gang federations, the [G5 Family|ArmedGroup] and the ${KB}.`,
    ['affiliation member=g5-family parent=tarsa-front', 'affiliation member=kestrel-brigade parent=tarsa-front'],
  ],
  [`The ${TF} was formed in 2023 as a pact between the ${KB} and the [G5 Family|ArmedGroup].`, ['affiliation member=g5-family parent=tarsa-front', ...KB_TF]],
  [`A pact between the ${KB} and the [G5 Family|ArmedGroup] ended the fighting.`, []],
];

describe('affiliation, round 9: a body joins a body it can belong to', () => table('affiliation', JOINED));
describe('affiliation, round 9: a part named after its owner\'s "its"', () => table('affiliation', ITS_PART));
describe('affiliation, round 9: an umbrella named by its member\'s possessive', () => table('affiliation', UMBRELLA));
describe('affiliation, round 9: what a body does as part of another', () => table('affiliation', AS_PART));
describe('affiliation, round 9: a tie told through a source in the relative clause', () => table('affiliation', TOLD_THROUGH));
describe('affiliation, round 9: a body formed as a pact between bodies', () => table('affiliation', PACT));

const OATH_SIDES: Case[] = [
  // a pronoun that opens its clause is the subject of the sentence before
  [`The ${KB} was formed in 2004. In 2019 it pledged allegiance to the ${SC}.`, KB_SC],
  [`The ${KB} was formed in 2004. It later swore allegiance to the ${SC}.`, KB_SC],
  [`The ${KB} was formed in 2004. Two years later, it pledged allegiance to the ${SC}.`, KB_SC],
  // the body whose oath was sworn, not the person who swore it
  [`The ${KB} was set up in 2012 by [Omar Tesh|Person], a militant who pledged the group's allegiance to the ${SC} in 2014.`, KB_SC],
  [`[Omar Tesh|Person] pledged the ${KB}'s allegiance to the ${SC}.`, KB_SC],
  [`The ${KB} was formed in 2004. In 2019 it refused to pledge allegiance to the ${SC}.`, []],
  [`The ${KB} was formed in 2004. It has never pledged allegiance to the ${SC}.`, []],
];

describe('affiliation, round 9: the side of an oath told by a pronoun or a possessive', () => table('affiliation', OATH_SIDES));

const OATH_PARAGRAPH: Case[] = [
  // "the group" is the body the paragraph opens on, not the last body an aside named
  [
    `The ${KB} began in the 1990s. It absorbed the remnants of another movement, the ${TF}. In 2014 [Omar Tesh|Person], its new chief, pledged the group's allegiance to the ${SC}.`,
    KB_SC,
  ],
  // an earlier stage that read "the group" as the aside's body does not decide
  [
    `The ${KB} began in the 1990s. It absorbed the remnants of another movement, the ${TF}. In 2014 [Omar Tesh|Person], its new chief, pledged [the group|ArmedGroup=tarsa-front]'s allegiance to the ${SC}.`,
    KB_SC,
  ],
];

describe('affiliation, round 9: the group whose oath was sworn, by the paragraph it stands in', () => table('affiliation', OATH_PARAGRAPH));

const NA = '[Northern Alliance|ArmedGroup]';
const RH = '[Red Hand|ArmedGroup]';
const IN_NA = ['affiliation member=kestrel-brigade parent=northern-alliance', 'affiliation member=red-hand parent=northern-alliance'];

const BELONGING: Case[] = [
  // a coalition named with its members
  [`The ${NA}, a coalition that includes the ${KB} and the ${RH}, attacked [Marn|City].`, IN_NA],
  [`The ${NA} unites the ${KB} and the ${RH}.`, IN_NA],
  [`The ${NA} is an umbrella group for the ${KB} and the ${RH}.`, IN_NA],
  [`Members of the ${NA} include the ${KB} and the ${RH}.`, IN_NA],
  // standing under a body
  [`The ${KB}, which belongs to the ${NA}, attacked [Marn|City].`, ['affiliation member=kestrel-brigade parent=northern-alliance']],
  [`The ${KB} operates under the ${NA}.`, ['affiliation member=kestrel-brigade parent=northern-alliance']],
  [`[Kestrel Oil|Company], which is owned by [Tarsa Holdings|Company], was sanctioned.`, ['affiliation member=kestrel-oil parent=tarsa-holdings']],
  // a unit's own name, of the body after it
  [`The [5th Brigade|MilitaryForce] of the [Orla Army|MilitaryForce] attacked [Marn|City].`, ['affiliation member=5th-brigade parent=orla-army']],
  [`The [Central Committee|Organization] of the [Orla Workers Party|Organization] met on Monday.`, ['affiliation member=central-committee parent=orla-workers-party']],
  // negatives
  [`The ${KB}, which belongs to no alliance, attacked the ${NA}.`, []],
  [`The ${KB} operates under pressure from the ${NA}.`, []],
  [`The ${KB} operates under [Omar Tesh|Person]'s command.`, []],
  [`The [5th Brigade|MilitaryForce] of [Orla|Country] attacked [Marn|City].`, []],
  [`Members of the ${NA} attacked the ${KB}.`, []],
  [`The ${KB} is not an umbrella group for the ${RH}.`, []],
  [`[Kestrel Oil|Company] is not owned by [Tarsa Holdings|Company].`, []],
  [`The ${NA} unites against the ${KB}.`, []],
  [`The ${NA} unites with the ${KB} in the fight.`, []],
];

describe('affiliation, round 9: coalitions with their members, standing under a body, a unit of a body', () => table('affiliation', BELONGING));
