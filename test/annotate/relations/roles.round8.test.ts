// Round 8 roles (lexicons/relations/roleTitles.json, roles.ts): new titles of office ("kingpin", "ringleader", "boss",
// "prosecutor", "judge", "lawmaker", "high commissioner", "facilitator"), with the leadership the
// heads among them imply; a president or chairman of a body that is no state leads it, a state's president does not.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROLES: Case[] = [
  ['[Ivo Renk|Person], the kingpin of the [Zorin Cartel|ArmedGroup], was extradited.', ['role org=zorin-cartel person=ivo-renk [kingpin]']],
  ['[Zorin Cartel|ArmedGroup] ringleader [Ivo Renk|Person] was extradited on Friday.', ['role org=zorin-cartel person=ivo-renk [ringleader]']],
  ['[Lena Obi|Person], a prosecutor in [Marn|City], filed the charges.', ['role org=marn person=lena-obi [prosecutor]']],
  ['[Civic Party|Organization] lawmaker [Lena Obi|Person] said the vote was rigged.', ['role org=civic-party person=lena-obi [lawmaker]']],
  ['[Brisk|Country] facilitator [Omar Vel|Person] said talks would resume.', ['role org=brisk person=omar-vel [facilitator]']],
  ['[Tomas Brel|Person], the president of the [Farmers Association|Organization], told reporters the march would go on.', ['role org=farmers-association person=tomas-brel [president]']],
  // a first name is no title
  ['[Amir Khan Dorsi|Person], the foreign minister, met the envoy.', ['role person=amir-khan-dorsi [foreign minister]']],
];

const LEADERSHIPS: Case[] = [
  ['[Ivo Renk|Person], the kingpin of the [Zorin Cartel|ArmedGroup], was extradited.', ['leadership leader=ivo-renk org=zorin-cartel']],
  ['[Zorin Cartel|ArmedGroup] ringleader [Ivo Renk|Person] was extradited on Friday.', ['leadership leader=ivo-renk org=zorin-cartel']],
  ['[Tomas Brel|Person], the president of the [Farmers Association|Organization], told reporters the march would go on.', ['leadership leader=tomas-brel org=farmers-association']],
  // a state's president holds a role, not a leadership of the state or its government
  ['[Tomas Brel|Person], the president of [Brisk|Country], told reporters the march would go on.', []],
  ['[Tomas Brel|Person], the president of the [Dune Republic|Organization], told reporters the march would go on.', []],
  ['[Lena Obi|Person], a prosecutor in [Marn|City], filed the charges.', []],
  // a head of a part of the body (a region, a field unit, its youth) does not lead the body
  ['[Anna Berg|Person], the regional director of [Rights Watch|Organization], said the arrests were unlawful.', []],
  ['[Anna Berg|Person], the [Middle East|Region] director of [Rights Watch|Organization], said the strikes were unlawful.', []],
  ['[Omar Vel|Person], a [Tarsa Front|ArmedGroup] field commander, was killed.', []],
  ['[Omar Vel|Person], the [Tarsa Front|ArmedGroup]\'s operational commander, has trained its bombers.', ['leadership leader=omar-vel org=tarsa-front']],
  // the head of a unit, a brigade or an office of a body
  ['[Omar Vel|Person], commander of the [Orla Army|MilitaryForce]\'s 5th brigade, said the town had been retaken.', []],
  ['[Omar Vel|Person], the commander of a [Tarsa Front|ArmedGroup] unit in [Marn|City], was killed.', []],
  ['[Omar Vel|Person], head of the [Tarsa Front|ArmedGroup]\'s political office, said talks would resume.', []],
  ['[Omar Vel|Person], chief of the [Orla Army|MilitaryForce]\'s intelligence unit, was sacked.', []],
];

describe('roles, round 8: titles of office', () => table('role', ROLES));
describe('roles, round 8: the heads among them lead', () => table('leadership', LEADERSHIPS));
