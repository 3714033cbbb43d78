// Alliance and support facts in sentences shaped like wire copy: long, with titled persons, places, dates, acronyms in
// parentheses and asides between the two sides; and the negative cases of the same shape that must give nothing.
// Known gaps, not yet read: a subject "Fighters of X" before a participial aside that holds an apposition; a person
// named inside a relative clause ("whose commander, Y, was killed") taken as the supported side; "since 2020" after
// a list of supplies.

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('alliance: long sentences with asides', () => {
  table('alliance', [
    [
      'The [Red Hand|ArmedGroup] ([RH|ArmedGroup=red-hand]), which has controlled much of the northern province of [Kastel|Place] since 2019 and whose commander, [Ilan Dorek|Person], was killed in March, is allied with the [Sun Front|ArmedGroup], officials in [Velmar|City] said on Tuesday.',
      ['alliance a=red-hand b=sun-front'],
    ],
    [
      'The [Sun Front|ArmedGroup], a coalition of hill militias led by former army colonel [Arno Pell|Person] that seized the border town of [Teshi|Place] last year, has fought alongside the [Red Hand|ArmedGroup] since 2021, according to the [United Nations|Organization].',
      ['alliance a=red-hand b=sun-front @2021'],
    ],
    [
      'In a statement released in [Velmar|City] on Monday, the [Northern Alliance|Organization] said the [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup], two groups that have clashed with the army near [Teshi|Place] for months, had joined forces against [Dorn|Country].',
      ['alliance a=red-hand b=sun-front'],
    ],
    [
      '[Tarsa|Country], which signed a defence pact with [Dorn|Country] in 2015 and which hosts a large [Dornish|Country=dorn] naval base near the port of [Halvik|Place], remains a close ally of the government in [Velmar|City], diplomats said.',
      // a pact signed is an alliance (the tune gold reads "signed a mutual defence pact with" so); the ally of a city is none
      ['alliance a=dorn b=tarsa @2015'],
    ],
    [
      'The [Kastel Army|ArmedGroup] ([KA|ArmedGroup=kastel-army]), which split from the [Red Hand|ArmedGroup] in 2018 after a dispute over the leadership of [Ilan Dorek|Person], is now closely aligned with the [Sun Front|ArmedGroup], the report by [Human Rights Watch|Organization] found.',
      ['alliance a=kastel-army b=sun-front'],
    ],
    [
      'The [Dorn Liberation Front|ArmedGroup] ([DLF|ArmedGroup=dorn-liberation-front]), which was founded in 2011 by exiles in [Halvik|City] and whose leader, [Ilan Dorek|Person], lives in [Tarsa|Country], joined forces with the [Sun Front|ArmedGroup] in 2022, a spokesman said.',
      ['alliance a=dorn-liberation-front b=sun-front'],
    ],
    [
      'The [Sun Front|ArmedGroup], whose fighters have held the border crossing at [Teshi|Place] for months according to local officials, formed a coalition with the [Kastel Army|ArmedGroup] and the [Red Hand|ArmedGroup], the [United Nations|Organization] said.',
      // the coalition is the subject's with each partner; the partners' own tie is not stated
      ['alliance a=kastel-army b=sun-front', 'alliance a=red-hand b=sun-front'],
    ],
    // negatives of the same shape
    [
      'The [Red Hand|ArmedGroup] ([RH|ArmedGroup=red-hand]), which has controlled much of the northern province of [Kastel|Place] since 2019, denied on Tuesday that it was allied with the [Sun Front|ArmedGroup], its spokesman [Ilan Dorek|Person] told reporters in [Velmar|City].',
      [],
    ],
    [
      'The [Sun Front|ArmedGroup], a coalition of hill militias led by former army colonel [Arno Pell|Person] that seized the border town of [Teshi|Place] last year, has never fought alongside the [Red Hand|ArmedGroup], according to the [United Nations|Organization].',
      [],
    ],
    [
      'Analysts in [Velmar|City], including [Mira Sallo|Person] of the [Institute for Security Studies|Organization] (ISS), warned that the [Red Hand|ArmedGroup] could ally itself with the [Sun Front|ArmedGroup] if the talks in [Teshi|Place] collapse before the elections in May.',
      [],
    ],
    [
      'The [Kastel Army|ArmedGroup], which fought against the [Red Hand|ArmedGroup] near [Teshi|Place] in 2018 and lost more than 200 men, according to its commander [Arno Pell|Person], remains a bitter rival of the [Sun Front|ArmedGroup], residents said.',
      [],
    ],
    [
      'The [Sun Front|ArmedGroup], whose fighters have held the border crossing at [Teshi|Place] since January according to local officials, refused to form a coalition with the [Kastel Army|ArmedGroup], its commander [Arno Pell|Person] said in [Velmar|City] on Friday.',
      [],
    ],
  ]);
});

describe('support: long sentences with asides', () => {
  table('support', [
    [
      '[Tarsa|Country], which has denied any role in the fighting around [Teshi|Place] and whose foreign minister, [Mira Sallo|Person], visited [Velmar|City] in May, has supplied the [Sun Front|ArmedGroup] with drones and rockets, according to a [United Nations|Organization] report.',
      ['support supported=sun-front supporter=tarsa'],
    ],
    [
      'The [Sun Front|ArmedGroup], a coalition of hill militias led by former army colonel [Arno Pell|Person] that seized the border town of [Teshi|Place] last year, receives weapons and money from [Tarsa|Country], according to the [United Nations|Organization].',
      ['support supported=sun-front supporter=tarsa'],
    ],
    [
      'The [Kastel Army|ArmedGroup] ([KA|ArmedGroup=kastel-army]), a splinter of the [Red Hand|ArmedGroup] that has been fighting in the hills west of [Teshi|Place] since 2018, is funded by [Dorn|Country], a report by [Human Rights Watch|Organization] found on Thursday.',
      ['support supported=kastel-army supporter=dorn'],
    ],
    [
      'The attack on [Teshi|Place] was carried out by the [Sun Front|ArmedGroup], officials said. The group, which is armed and trained by [Tarsa|Country] according to diplomats in [Velmar|City], has been fighting the army in the province of [Kastel|Place] since 2019.',
      ['support supported=sun-front supporter=tarsa'],
    ],
    [
      'The [Red Hand|ArmedGroup], whose fighters seized the airport at [Teshi|Place] on Sunday after a week of heavy shelling, according to residents and local officials, is supported by [Dorn|Country] and [Tarsa|Country], diplomats in [Velmar|City] said.',
      ['support supported=red-hand supporter=dorn', 'support supported=red-hand supporter=tarsa'],
    ],
    // negatives of the same shape
    [
      '[Tarsa|Country], which has denied any role in the fighting around [Teshi|Place] and whose foreign minister, [Mira Sallo|Person], visited [Velmar|City] in May, has never supplied the [Sun Front|ArmedGroup] with weapons, she told reporters.',
      [],
    ],
    [
      'The [Red Hand|ArmedGroup] ([RH|ArmedGroup=red-hand]), which has controlled much of the northern province of [Kastel|Place] since 2019, denied on Tuesday that it was backed by [Tarsa|Country], its spokesman [Ilan Dorek|Person] told reporters in [Velmar|City].',
      [],
    ],
    [
      'The [Sun Front|ArmedGroup] has called on [Tarsa|Country], which borders the hill province of [Kastel|Place] and hosts some 40,000 refugees, to supply it with weapons before the offensive on [Teshi|Place], its leader [Arno Pell|Person] said.',
      [],
    ],
    [
      'Officials in [Velmar|City] said [Tarsa|Country], whose president [Mira Sallo|Person] met the [Sun Front|ArmedGroup] leader in [Teshi|Place] last week, could start funding the group if the talks with the [Northern Alliance|Organization] collapse.',
      [],
    ],
  ]);
});
