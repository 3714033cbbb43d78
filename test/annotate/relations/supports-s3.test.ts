// Support facts told in ways the earlier specs left out: longer possessive titles of a backer, passive supply with
// the goods named, a subject pronoun or a part ("its factions") that points at the previous sentence's subject, a
// country's money paying for a body, a definite description as supporter, a coordinated "and turned to", money moved
// on someone's behalf, a person's hyphen compound; and the denials and near misses that state no support.

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('support: forms of session 3', () => {
  table('support', [
    // a possessive title with up to three modifiers
    ["The [Ostrian Union|Country], [Velmar|Country]'s most important international backer and arms supplier, said it was watching.", ['support supported=velmar supporter=ostrian-union']],
    // passive supply naming the goods; the subject pronoun is the previous sentence's subject
    [
      'The [Velmari army|MilitaryForce] seized power in 2019. It is supplied with fighter jets and drones by [Tarsa|Country] and [Dorn|Country].',
      ['support supported=velmari-army supporter=dorn', 'support supported=velmari-army supporter=tarsa'],
    ],
    ['The [Red Hand|ArmedGroup], which is armed with rockets and mortars by [Tarsa|Country], shelled the port.', ['support supported=red-hand supporter=tarsa']],
    // the pronoun's sentence before opens on a description no name holds: no guess at the last organization
    ['[Dorn Battalion|MilitaryForce] patrols the coast. The military, which seized power in 2019, rules by decree. It is supplied with drones by [Tarsa|Country].', []],
    // ... but a description a name holds resolves ("the military" → "the Velmari military")
    [
      'The [Velmari military|MilitaryForce] holds the north. The military, which seized power in 2019, rules by decree. It is supplied with drones by [Tarsa|Country].',
      ['support supported=velmari-military supporter=tarsa'],
    ],
    // supplied with something that is no aid
    ['The [Red Hand|ArmedGroup] is provided with a lawyer by [Tarsa|Country].', []],
    ['The [Red Hand|ArmedGroup] is not supplied with weapons by [Tarsa|Country].', []],
    // a part of the body named before receives the aid (through a chain of pronoun subjects)
    [
      'The [Sun Front|ArmedGroup] was formed in 2014. It was folded into the army later. Several of its factions receive weapons and funding from [Tarsa|Country].',
      ['support supported=sun-front supporter=tarsa'],
    ],
    ['The [Sun Front|ArmedGroup] was formed in 2014. Its brigades receive money from [Tarsa|Country].', ['support supported=sun-front supporter=tarsa']],
    // a country's money paying for a body, typed as a place but followed by "bloc"
    // (the demonym is read through the country lexicon, so a real one stands here)
    ['Four companies moved Belarusian money into [Velmar|Country] to finance the [Dawn|Place] bloc. [Belarus|Country] denies it.', ['support supported=dawn supporter=belarus']],
    ['Four companies moved Belarusian money into [Velmar|Country] to finance the [Dawn|Place] bloc.', []],
    ['Four companies moved Belarusian money into [Velmar|Country] in order not to finance the [Dawn|Place] bloc. [Belarus|Country] denies it.', []],
    // a definite description as supporter, dated by "since"
    [
      'At its center is the [Orel Fund|Organization], a foundation in Tarsa. The fund has provided millions of dollars to the [Dawn|Place] bloc since 2024.',
      ['support supported=dawn supporter=orel-fund @2024'],
    ],
    ['At its center is the [Orel Fund|Organization]. The fund has never provided money to the [Dawn|Place] bloc.', []],
    // a coordinated verb phrase: the sentence's subject turned to someone for help
    [
      "[Velmar|Country]'s junta, led by a general who seized power in 2020, has expelled [Dorn|Country] troops and turned instead to [Tarsa|Country] for help.",
      ['support supported=velmar supporter=tarsa'],
    ],
    ["[Velmar|Country]'s junta expelled the envoys and refused to turn to [Tarsa|Country] for help.", []],
    // money moved on someone's behalf
    [
      '[Beirut|City]-based money exchanger [Omar Tesh|Person], who has transferred millions of dollars on behalf of [Red Hand|ArmedGroup]\'s finance chief, was listed.',
      ['support supported=red-hand supporter=omar-tesh'],
    ],
    ['[Omar Tesh|Person] was designated for acting on behalf of the [Red Hand|ArmedGroup].', []],
    // a person's name in a hyphen compound
    ['[Ana Ruiz|Person]-funded [groups|CollectiveActor] staged protests outside parliament.', ['support supported=groups supporter=ana-ruiz']],
  ]);
});
