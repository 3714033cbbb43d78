// Alliances told as coalitions and joint action (coalitions.ts): members who formed or joined a coalition together, "the
// coalition of A, B and C", "joined forces with", "A and B are closely allied", an X-led coalition's members with its
// leader, fighting alongside the story country's army; and the near misses that must give nothing (a rejected, possible,
// ended or denied alliance, a fight against, a truce, a union that is no alliance).

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('alliance: coalitions and joint action', () => {
  table('alliance', [
    // members who formed a body the words call an alliance, dated by the clause
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] formed the [Kastel Sangar|Organization] alliance in 2018.', ['alliance a=red-hand b=sun-front @2018']],
    [
      'In 2021, [Los Halcones|ArmedGroup], [al-Nasr Brigade|ArmedGroup] and the [Dorn Movement|ArmedGroup] came together to form a new coalition.',
      ['alliance a=al-nasr-brigade b=dorn-movement @2021', 'alliance a=al-nasr-brigade b=los-halcones @2021', 'alliance a=dorn-movement b=los-halcones @2021'],
    ],
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup], both outlawed in [Velmar|Country], set up the [Northern Front|ArmedGroup] last year.', ['alliance a=red-hand b=sun-front @2022']],
    // "the coalition of A, B and C"; a coalition in apposition; a name an earlier stage typed as a place
    [
      'The coalition of the [Northern Tigers|Region], the [River Legion|ArmedGroup] and the [Hill Front|ArmedGroup] has attacked army posts.',
      ['alliance a=hill-front b=northern-tigers', 'alliance a=hill-front b=river-legion', 'alliance a=northern-tigers b=river-legion'],
    ],
    ['The [Sudan Unity Movement|ArmedGroup], a loose coalition of the [Fur Front|ArmedGroup] and the [Zaghawa Brigade|ArmedGroup], took the town.', ['alliance a=fur-front b=zaghawa-brigade']],
    ['[UKR|Organization] is an umbrella group of armed factions including [Jaish al-Fath|ArmedGroup] and [Liwa Tawhid|ArmedGroup].', ['alliance a=jaish-al-fath b=liwa-tawhid']],
    // two sides of "between", each with an aside
    [
      'It was formed in 2023 as an alliance between the [Kora|Organization] federation, led by [Jean Pierre|Person], and its longtime rival, the [Bel Air Army|ArmedGroup].',
      ['alliance a=bel-air-army b=kora'],
    ],
    // joined forces, teamed up, linked up
    ['The [Northern Tigers|ArmedGroup] joined forces with the [River Legion|ArmedGroup].', ['alliance a=northern-tigers b=river-legion']],
    ['[Los Halcones|ArmedGroup] teamed up with the [Gulf Cartel|Organization] last year to control the ports.', ['alliance a=gulf-cartel b=los-halcones']],
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] joined forces in March.', ['alliance a=red-hand b=sun-front']],
    // an adverb or an appositive before "allied with"; a relative clause dated by "since"
    ['The [White Army|ArmedGroup], a militia made up mostly of Nuer youths, is loosely allied with the [SPLM-IO|ArmedGroup].', ['alliance a=splm-io b=white-army']],
    ['[Ansar Kora|ArmedGroup], which has been allied with [al-Nasr Brigade|ArmedGroup] since 2016, claimed the attack.', ['alliance a=al-nasr-brigade b=ansar-kora @2016']],
    ['[al-Shabaab|ArmedGroup] and [AQAP|ArmedGroup] have long been closely allied.', ['alliance a=al-shabaab b=aqap']],
    // pacts that ally, not truces
    ['[Velmar|Country] and [Tarsa|Country] signed a mutual defence treaty in 1962.', ['alliance a=tarsa b=velmar @1962']],
    ['[Los Halcones|ArmedGroup] and the [Gulf Cartel|Organization] sealed a pact in 2010.', ['alliance a=gulf-cartel b=los-halcones @2010']],
    // coalition partners named after a possessive
    ['[Dorn|Country]\'s coalition partners, the [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup], vowed revenge.', ['alliance a=dorn b=red-hand', 'alliance a=dorn b=sun-front']],
    // members of one coalition, with each other and with the country that leads it
    [
      '[Chad|Country] joined the [Saudi|Country]-led [coalition|InternationalOrganization=saudi-led-coalition] alongside [Sudan|Country] in 2015.',
      ['alliance a=chad b=saudi @2015', 'alliance a=chad b=sudan @2015', 'alliance a=saudi b=sudan @2015'],
    ],
    [
      'The [Saudi|Country]-led [coalition|InternationalOrganization=saudi-led-coalition], which includes [Egypt|Country] and [Bahrain|Country], struck the port.',
      ['alliance a=bahrain b=egypt', 'alliance a=bahrain b=saudi', 'alliance a=egypt b=saudi'],
    ],
    ['[France|Country] joined the coalition led by the [United States|Country] in 2014.', ['alliance a=france b=united-states @2014']],
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup], both members of the [Axis of Resistance|Organization], vowed revenge.', ['alliance a=red-hand b=sun-front']],
    // joint action against a common enemy
    ['[Velmar|Country] joined [Tarsa|Country] in the fight against the [Red Hand|ArmedGroup].', ['alliance a=tarsa b=velmar']],
    // a participle after the main clause tells of the subject, not of the object just before it
    ['[Sun Front|ArmedGroup] fighters attacked the [Red Hand|ArmedGroup] on Monday, fighting alongside the [Dorn Movement|ArmedGroup].', ['alliance a=dorn-movement b=sun-front']],
    // a relative clause of membership, the coalition owned by the country at its head, quoted
    [
      'The [Red Hand|ArmedGroup], which is part of [Dorn|Country]\'s self-described "[Axis of Unity|Organization]" along with the [Sun Front|ArmedGroup], fired rockets.',
      ['alliance a=dorn b=red-hand', 'alliance a=dorn b=sun-front', 'alliance a=red-hand b=sun-front'],
    ],
    // a list that became allies, past an aside; joint armed action; agreeing to form an alliance
    ['[Velmar|Country] and [Tarsa|Country], once bitter enemies, became allies in 2018.', ['alliance a=tarsa b=velmar @2018']],
    ['[Hezbollah|ArmedGroup] and [Velmar|Country] have long been close allies.', ['alliance a=hezbollah b=velmar']],
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] launched a joint offensive in October.', ['alliance a=red-hand b=sun-front']],
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] run a joint operations room in the north.', ['alliance a=red-hand b=sun-front']],
    ['[Velmar|Country] and [Tarsa|Country] agreed to form a military alliance against the [Red Hand|ArmedGroup].', ['alliance a=tarsa b=velmar']],
    // siding with an army against a common enemy; the side named by "known as"
    [
      'Several armed groups in [Darfur|Region], known as the [Joint Forces|ArmedGroup], have sided with the [Velmari army|MilitaryForce] against the [Rapid Legion|ArmedGroup].',
      ['alliance a=joint-forces b=velmari-army'],
    ],
    // the bare army is the story country's
    [
      '[Mali|Country] has turned to Russia for help. In the north, the [Africa Corps|MilitaryForce] has fought alongside the army since 2022.',
      ['alliance a=africa-corps b=mali @2022'],
    ],

    // near misses: rejected, possible, ended, denied, past
    ['[Velmar|Country] rejected an alliance with [Tarsa|Country].', []],
    ['[Velmar|Country] and [Tarsa|Country] held talks on a possible alliance between the two countries.', []],
    ['[Velmar|Country] accused [Tarsa|Country] of colluding with the [Red Hand|ArmedGroup], which it denies.', []],
    ['The [Red Hand|ArmedGroup] ended its alliance with the [Sun Front|ArmedGroup] in 2019.', []],
    ['The coalition of the [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] collapsed in 2019.', []],
    ['The [Red Hand|ArmedGroup] was once allied with the [Sun Front|ArmedGroup].', []],
    // negated or hypothetical joint action
    ['The [Red Hand|ArmedGroup] refused to join forces with the [Sun Front|ArmedGroup].', []],
    ['Analysts say the [Red Hand|ArmedGroup] may team up with the [Sun Front|ArmedGroup].', []],
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] have not formed a coalition.', []],
    // rivals, truces, a union that is no alliance, a body that is no coalition
    ['The [Red Hand|ArmedGroup] fought against the [Sun Front|ArmedGroup] near the border.', []],
    ['[Velmar|Country] and [Tarsa|Country] signed a trade agreement in 2022.', []],
    ['[Velmar|Country] joined the [European Union|InternationalOrganization] alongside [Tarsa|Country] in 2004.', []],
    ['[Velmar|Country] and [Tarsa|Country] formed the [Northern Shipping Company|Company] in 2023.', []],
    ['[Velmar|Country] joined the talks alongside [Tarsa|Country].', []],
    ['Protesters gathered in front of the [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] offices.', []],
    // rivals; trading partners; siding in a vote; joint work that is no armed action
    ['[Velmar|Country] and [Tarsa|Country] have been bitter rivals since 2007.', []],
    ['[Velmar|Country] and [Tarsa|Country] are not allies.', []],
    ['[Velmar|Country] and [Tarsa|Country] are major trading partners.', []],
    ['[Velmar|Country] sided with [Tarsa|Country] in the vote.', []],
    ['[Velmar|Country] and [Tarsa|Country] launched a joint investigation into the crash.', []],
    // a front line and a platform for talks are no coalition
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] formed the front line in the battle for the city.', []],
    ['[Velmar|Country] and [Tarsa|Country] formed a platform for talks on the war.', []],
    // one member alone allies no one
    ['[Velmar|Country] joined the coalition in 2015.', []],
    // a person is no party to a coalition
    ['[Omar Dalan|Person] and [Sami Kor|Person] formed a coalition in 2020.', []],
  ]);
});
