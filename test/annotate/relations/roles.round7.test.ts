// Round 7 roles and leaderships (roles.ts, roleOwners.ts): a researcher, official or treasurer with the body after
// "at" or before the title; a standing adjective before the owner ("a senior ⟦Y⟧ commander", one of its commanders,
// not its head); a speaker's "whom it described as"; "serves as / remains / became the faction's treasurer"; a
// government spokesperson of the story's country; an emir who leads his group; a body run by a ministry is no
// leadership. Negatives: a place after the title is where, not whose; crowds and bodies are no leaders.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROLES: Case[] = [
  ['"The roads are empty," said [Mara Lind|Person], a researcher at the [Northern Policy Institute|Organization] in [Oslo|City].', ['role org=northern-policy-institute person=mara-lind [researcher]']],
  ['[Tomas Brel|Person], a [Zorin Movement|ArmedGroup] official in [Porto|City], denied the report.', ['role org=zorin-movement person=tomas-brel [official]']],
  ['[Ivo Renk|Person], a senior [Zorin Movement|ArmedGroup] commander, was killed in 2019.', ['role org=zorin-movement person=ivo-renk [commander]']],
  ['[Ivo Renk|Person], a [Zorin Movement|ArmedGroup] field commander who runs the prison, was listed.', ['role org=zorin-movement person=ivo-renk [commander]']],
  [
    'The army said it had killed [Ivo Renk|Person], whom it described as a commander in the [Zorin Movement|ArmedGroup]\'s elite [Kestrel Brigade|MilitaryForce].',
    ['role org=kestrel-brigade person=ivo-renk [commander]'],
  ],
  [
    'The [Zorin Cartel|ArmedGroup] moves cocaine north. [Ana Dorsi|Person] serves as the cartel\'s treasurer and owns two farms.',
    ['role org=zorin-cartel person=ana-dorsi [treasurer]'],
  ],
  [
    'The [Zorin Cartel|ArmedGroup] moves cocaine north. [Ana Dorsi|Person] remains the cartel\'s treasurer, officials said.',
    ['role org=zorin-cartel person=ana-dorsi [treasurer]'],
  ],
  // a government spokesperson belongs to the story's country
  [
    'Gunmen attacked a post in northern [Ghana|Country] on Sunday. Government spokeswoman [Ela Varga|Person] said 12 soldiers were killed in [Ghana|Country=ghana].',
    ['role org=ghana person=ela-varga [spokesperson]'],
  ],
  // a place after the title is where the official works, the body before it owns the office
  ['[Tomas Brel|Person], a [Zorin Movement|ArmedGroup] official in [Lebanon|Country], spoke.', ['role org=zorin-movement person=tomas-brel [official]']],
];

const LEADERSHIPS: Case[] = [
  // an emir heads his group
  ['Its emir, [Ivo Renk|Person], has vowed revenge, the [Zorin Movement|ArmedGroup] said.', []],
  ['The [Zorin Movement|ArmedGroup] said its emir, [Ivo Renk|Person], had vowed revenge.', ['leadership leader=ivo-renk org=zorin-movement']],
  // one of a body's commanders does not lead it
  ['[Ivo Renk|Person], a senior [Zorin Movement|ArmedGroup] commander, was killed in 2019.', []],
  // a ministry that runs a force owns it; it is no leader
  ['[Iron Corps|MilitaryForce], the paramilitary force run by the [Valdonian Ministry of Defence|GovernmentAgency], arrived.', []],
  // a person who runs a body still leads it
  ['[Gasol Norte|Company], a fuel distributor run by [Ivo Renk|Person], was designated.', ['leadership leader=ivo-renk org=gasol-norte']],
];

describe('round 7 roles', () => {
  table('role', ROLES);
});

describe('round 7 leaderships', () => {
  table('leadership', LEADERSHIPS);
});

describe('round 7 roles: a title after a possessive description, before a described name', () => {
  table('role', [
    ['The [Zorin Movement|ArmedGroup] attacked the base. Its leader, the Valdonian militant [Ivo Renk|Person], had founded it in 2012.', ['role org=zorin-movement person=ivo-renk [leader]']],
    ['The [Sava Logistics Company|Company] won the contract. Its chairman, the businessman [Ivo Renk|Person], arranged the deals.', ['role org=sava-logistics-company person=ivo-renk [chairman]']],
    [
      'The [Zorin Journalists Association|Organization] condemned the arrests. "We will not be silenced," the association\'s president, [Ana Dorsi|Person], told reporters.',
      ['role org=zorin-journalists-association person=ana-dorsi [president]'],
    ],
    // "the faction" is the body the text called a faction, not the larger body it belongs to
    [
      'The sanctions hit [Los Cuervos|ArmedGroup], a faction of the criminal organization [Tren del Sur|ArmedGroup]. They also target the faction\'s current leader, [Ivo Renk|Person].',
      ['role org=los-cuervos person=ivo-renk [leader]'],
    ],
    // a reporting verb between the title and the name: no description of the person
    ['Its leader, the group said, [Ivo Renk|Person] was unharmed.', []],
  ]);
});

describe('round 7 leaderships: what is no leadership', () => {
  table('leadership', [
    // the office he heads is a part of the body, not the body
    ['[Ivo Renk|Person], who heads the [Zorin Movement|ArmedGroup]\'s foreign relations, spoke by phone.', []],
    // a force under a body's command belongs to it; the body is no leader
    ['The [Village Guard|MilitaryForce], a network of defense units, operates under the command of the [Valdonian Army|MilitaryForce].', []],
    // "its" after a designator's verb is the designated body's, not the designator's
    ['The [State Bureau|GovernmentAgency] designated the network in 2021 and named its then leader, [Ivo Renk|Person], a terrorist.', []],
    // still: a person who heads the body itself
    ['[Ivo Renk|Person], who heads the [Zorin Movement|ArmedGroup], spoke by phone.', ['leadership leader=ivo-renk org=zorin-movement']],
  ]);
});
