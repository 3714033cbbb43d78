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
