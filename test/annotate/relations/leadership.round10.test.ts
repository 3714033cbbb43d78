// Round 10 leaderships, read on constructions unseen text used: a perfect ("has run X since 2002"), a second predicate
// after "but" ("but remains the group's ideological leader"), a person's own body after "whose", adverbials and a
// described name between a passive and its agent ("led for decades by a Catholic priest, P"; "is believed to be
// commanded by P"), and a government named by a description before its passive ("the ruling junta led by Gen. P" is
// the government of the country named). Negatives: an active verb whose object is another's part or activity, a
// description that no reading resolves, the police of a place, hypothetical and former leaders.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROWS: Case[] = [
  ['[Rogerio Nunes|Person] has run the [Red Hand|ArmedGroup] since 2002.', ['leadership leader=rogerio-nunes org=red-hand']],
  [
    '[Omar Kelan|Person] has been held on [Imrali|Region] since 1999 but remains the [Red Hand|ArmedGroup]\'s ideological leader.',
    ['leadership leader=omar-kelan org=red-hand'],
  ],
  ['Fugitive businessman [Ilan Varo|Person], whose [Varo Party|Organization] was banned in 2023, denied the charge.', ['leadership leader=ilan-varo org=varo-party']],
  ['The [Orla Front|ArmedGroup] was led for decades by a Catholic priest, [Augustin Sen|Person], who died in 2007.', ['leadership leader=augustin-sen org=orla-front']],
  ['The [Red Hand|ArmedGroup] is believed to be commanded by [Manuel Crist|Person], one of the most wanted men.', ['leadership leader=manuel-crist org=red-hand']],
  ['Mercenaries were deployed in [Kestia|Country] at the invitation of the ruling junta led by General [Amir Tolu|Person].', ['leadership leader=amir-tolu org=kestia']],
  ['The [Red Hand|ArmedGroup] is a leading armed group led by [Jan Sedl|Person].', ['leadership leader=jan-sedl org=red-hand']],
  // what is led is a part or an activity of the body, not the body
  ['[Jonas Brel|Person] oversees the [Red Hand|ArmedGroup]\'s weapons purchases.', []],
  ['[Amadou Tell|Person], the preacher who heads the [Red Hand|ArmedGroup]\'s Sahel wing, was listed.', []],
  ['[Amadou Tell|Person] heads the [Orla Front|ArmedGroup]\'s finance committee.', []],
  // a description no reading resolves leads to no body named before it
  ['The [Orla Front|ArmedGroup] stayed away. A smaller armed group headed by [Fatou Col|Person] joined the talks.', []],
  // the head of a place's police leads no place
  ['[Radek Marin|Person], the director of the [Kestia|Region] police, was detained.', []],
  // hypothetical, sought and former leaderships
  ['[Jan Sedl|Person] would lead the [Red Hand|ArmedGroup] if elected.', []],
  ['Former [Red Hand|ArmedGroup] leader [Jan Sedl|Person] was arrested on Monday.', []],
];

describe('leadership, round 10: perfects, second predicates, described agents and unresolved descriptions', () => table('leadership', ROWS));
