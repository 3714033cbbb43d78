// Round 10 affiliations: a part named with a standing adjective before its parent ("the youth league of the ruling Y
// party", "the armed wing of the banned Y"), a coordinated description ("the largest party in parliament and the main
// constituent of Y"), a coalition named after its description ("part of an umbrella coalition ... known as Y"), a body
// that carries a coalition ("anchors the Y coalition", "the alliance spearheaded by the X militia"). Negatives: a person
// is no member, a body dominated by a party that is no coalition, a denied tie. Invented names.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const YF = '[Drevan Youth Front|Organization]';
const UP = '[Drevan Unity Party|Organization]';
const KDA = '[Kelda Democratic Alliance|Organization]';
const CF = '[Corvan Front|ArmedGroup]';

const PART_OF_PARENT: Case[] = [
  [`The ${YF}, the youth league of the ruling ${UP}, attacked a rally.`, ['affiliation member=drevan-youth-front parent=drevan-unity-party']],
  [`The [Red Guerrilla Army|ArmedGroup], the armed wing of the banned [Red Party|Organization], ambushed a patrol.`, ['affiliation member=red-guerrilla-army parent=red-party']],
  [`The [Kelda Workers Party|Organization], the largest party in parliament and the main constituent of the ${KDA}, condemned the arrests.`, [
    'affiliation member=kelda-workers-party parent=kelda-democratic-alliance',
  ]],
  [`The [Kelda Workers Party|Organization], the largest party in parliament and a rival of the ${KDA}, condemned the arrests.`, []],
];

const COALITION_CALLED: Case[] = [
  [`The ${CF} is part of an umbrella coalition of insurgent groups known as the [United Front of the East|ArmedGroup].`, ['affiliation member=corvan-front parent=united-front-of-the-east']],
  [`The ${CF} is a member of a loose alliance called the [Eastern Bloc|ArmedGroup].`, ['affiliation member=corvan-front parent=eastern-bloc']],
  [`The ${CF} is not part of an umbrella coalition known as the [United Front of the East|ArmedGroup].`, []],
];

const CARRIES: Case[] = [
  [`The [Movement for Kelda|Organization], which now anchors the ${KDA} coalition, won the vote.`, ['affiliation member=movement-for-kelda parent=kelda-democratic-alliance']],
  [`Ankara wants an end to support for the [Eastern Forces|ArmedGroup], the [U.S.|Country]-backed alliance spearheaded by the [Kurdish YPK|ArmedGroup] militia.`, [
    'affiliation member=kurdish-ypk parent=eastern-forces',
  ]],
  // no coalition: a party that dominates an army or a ministry makes no member of it
  [`The [Kelda Army|MilitaryForce], a force dominated by the [Kelda Workers Party|Organization], took the town.`, []],
];

const PERSON_NO_MEMBER: Case[] = [
  [`Prosecutors say a clan headed by brothers [Hugo Rivas|Person] and [Nestor Rivas|Person] acts as the [Blue Syndicate|ArmedGroup]'s logistics arm.`, []],
];

describe('affiliation, round 10: a part of a parent with a standing adjective or a coordinated description', () => table('affiliation', PART_OF_PARENT));
describe('affiliation, round 10: a member of a coalition named after its description', () => table('affiliation', COALITION_CALLED));
describe('affiliation, round 10: a body that anchors or spearheads a coalition', () => table('affiliation', CARRIES));
describe('affiliation, round 10: a person is no member', () => table('affiliation', PERSON_NO_MEMBER));

const OWN_PARTS: Case[] = [
  [`The [Red Hand|ArmedGroup] claimed the bombing. Its special operations unit, the [Grey Squad|ArmedGroup], planned it.`, ['affiliation member=grey-squad parent=red-hand']],
  // a group an international body or an agency names is what it acts on, not its part
  [`The [United Nations Security Council|InternationalOrganization]'s [ISIL|ArmedGroup] (Da'esh) and [Al-Qaida Sanctions Committee|InternationalOrganization] listed the group.`, []],
  [`The [Treasury|GovernmentAgency]'s [Hamas|ArmedGroup] designations were renewed.`, []],
  [`The [Treasury|GovernmentAgency]'s [Office of Foreign Assets Control|GovernmentAgency] acted.`, ['affiliation member=office-of-foreign-assets-control parent=treasury']],
];
describe('affiliation, round 10: a body\'s own parts; no armed group is a part of the body that lists it', () => table('affiliation', OWN_PARTS));

const COALITION_FORMED: Case[] = [
  [`In 2018 the [Tarsk Army|ArmedGroup] joined the [Tarsk Front|ArmedGroup] (TF) and the [Tarsk Guards|ArmedGroup] (TG) in an umbrella alliance, the [Tarsk Council|ArmedGroup].`, [
    'affiliation member=tarsk-army parent=tarsk-council',
    'affiliation member=tarsk-front parent=tarsk-council',
    'affiliation member=tarsk-guards parent=tarsk-council',
  ]],
  [`The [Red Wolves|ArmedGroup] and the [Black Hand|ArmedGroup] formed a coalition known as the [New Generation|ArmedGroup] in 2020.`, [
    'affiliation member=black-hand parent=new-generation',
    'affiliation member=red-wolves parent=new-generation',
  ]],
  [`The [Red Wolves|ArmedGroup] and the [Black Hand|ArmedGroup] formed an umbrella alliance, the [Eastern Front|ArmedGroup], in 2015.`, [
    'affiliation member=black-hand parent=eastern-front',
    'affiliation member=red-wolves parent=eastern-front',
  ]],
  // a company or a party founded together is no coalition they belong to
  [`The [Red Wolves|ArmedGroup] and the [Black Hand|ArmedGroup] formed a company, [Azul Trading|Company], in 2015.`, []],
  [`The [Red Wolves|ArmedGroup] and the [Black Hand|ArmedGroup] did not form an umbrella alliance, the [Eastern Front|ArmedGroup].`, []],
];
describe('affiliation, round 10: members of a coalition they formed or joined others in', () => table('affiliation', COALITION_FORMED));
