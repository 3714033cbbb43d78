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

describe('support: nouns, proxies, relative clauses, goods used', () => {
  table('support', [
    // the support named by a noun, with a possessive, a name or a demonym before it
    ["[Velmar|Country]'s support for the [Red Hand|ArmedGroup] has grown.", ['support supported=red-hand supporter=velmar']],
    ["[Velmar|Country]'s military and financial backing of the [junta|Government=junta] kept it in power.", ['support supported=junta supporter=velmar']],
    ['Belarusian military aid to the [junta|Government=junta] resumed. [Belarus|Country] confirmed it.', ['support supported=junta supporter=belarus']],
    // ... but not a support that is ended, cut, suspended or denied
    ['The [Ostrian Union|Country] suspended military aid to [Velmar|Country].', []],
    ['[Velmar|Country] cut its funding of the [Red Hand|ArmedGroup] last year.', []],
    ['Calls to end Belarusian military aid to the [junta|Government=junta] grew. [Belarus|Country] refused.', []],
    ["[Tarsa|Country] denied that [Velmar|Country]'s support for the [Red Hand|ArmedGroup] existed.", []],
    // proxies and clients
    ["The [Red Hand|ArmedGroup], [Velmar|Country]'s most powerful proxy, fired rockets.", ['support supported=red-hand supporter=velmar']],
    ["[Velmar|Country]'s proxies, including the [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup], fired rockets.", ['support supported=red-hand supporter=velmar', 'support supported=sun-front supporter=velmar']],
    ['The [Red Hand|ArmedGroup] is widely seen as a proxy of [Velmar|Country].', ['support supported=red-hand supporter=velmar']],
    ['The [Red Hand|ArmedGroup] said it would never be a proxy of [Velmar|Country].', []],
    // a copular possessive or "supplier of weapons to"
    ["[Velmar|Country] is the [Red Hand|ArmedGroup]'s main financial backer.", ['support supported=red-hand supporter=velmar']],
    ['[Velmar|Country] is the main supplier of weapons to [Tarsa|Country].', ['support supported=tarsa supporter=velmar']],
    ["The [Ostrian Union|InternationalOrganization] is [Velmar|Country]'s largest donor.", ['support supported=velmar supporter=ostrian-union']],
    ["[Tarsa|Country], the [Red Hand|ArmedGroup]'s main funder, denied it.", ['support supported=red-hand supporter=tarsa']],
    ["[Velmar|Country] is [Tarsa|Country]'s largest trading partner.", []],
    // relative clauses of either side
    ['[Velmar|Country], which arms and funds the [Red Hand|ArmedGroup], denied involvement.', ['support supported=red-hand supporter=velmar']],
    ['The [Red Hand|ArmedGroup], which [Velmar|Country] arms and funds, attacked.', ['support supported=red-hand supporter=velmar']],
    ['The [Red Hand|ArmedGroup], which [Velmar|Country] attacked, retreated.', []],
    // a gift to someone named right after the verb
    ['The [Ostrian Union|Country] has given [Velmar|Country] $60 billion in military aid.', ['support supported=velmar supporter=ostrian-union']],
    ['[Tarsa|Country] sent the [Red Hand|ArmedGroup] drones and rockets.', ['support supported=red-hand supporter=tarsa']],
    ['[Velmar|Country] gave [Tarsa|Country] a warning in May.', []],
    // goods one side supplied and the other used; money from someone
    ['The [Red Hand|ArmedGroup] fired rockets supplied by [Tarsa|Country].', ['support supported=red-hand supporter=tarsa']],
    ['The [Red Hand|ArmedGroup] fired rockets built by [Tarsa|Country].', []],
    ['The [Red Hand|ArmedGroup] is financed through donations from [Velmar|Country].', ['support supported=red-hand supporter=velmar']],
    // an accusation with its accuser
    ['[Velmar|Country] is accused by the [Ostrian Union|InternationalOrganization] of backing the [Red Hand|ArmedGroup].', ['support supported=red-hand supporter=velmar']],
    ['[Velmar|Country] has long been accused of sheltering the [Red Hand|ArmedGroup].', ['support supported=red-hand supporter=velmar']],
  ]);
});

describe('support: capitals, appositions, reporters and denials inside the words', () => {
  table('support', [
    // a national capital stands for its country
    ["[Washington|City] is [Kyiv|City]'s biggest military backer. The [United States|Country] and [Ukraine|Country] agree.", ['support supported=ukraine supporter=united-states']],
    ['[Tehran|City] arms and trains the [Red Hand|ArmedGroup], a militia. [Iran|Country] denies it.', ['support supported=red-hand supporter=iran']],
    // an apposition between the supporter and its verb; "the junta in X" is X's rulers
    ['The [Sol Company|ArmedGroup], a [Velmar|Country]i mercenary outfit, has backed the junta in [Tarsa|Country] since 2021.', ['support supported=tarsa supporter=sol-company @2021']],
    // the ones who report a support take no part in it
    ['[Velmar|Country] has long funded the [Red Hand|ArmedGroup], [Tarsan officials|CollectiveActor] say.', ['support supported=red-hand supporter=velmar']],
    // a negation inside the words
    ['[Velmar|Country] is not a backer of the [Red Hand|ArmedGroup].', []],
    // aid that passes through a third country
    ['The [Red Hand|ArmedGroup] receives weapons via [Dorn|Country] from [Velmar|Country].', ['support supported=red-hand supporter=velmar']],
    // a proxy of another organization is its affiliate, not a support
    ["The [Sun Front|ArmedGroup], the [Red Hand|ArmedGroup]'s proxy in the north, attacked.", []],
  ]);
});
