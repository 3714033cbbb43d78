// Support tied to its sides where the sides are not next to the word (round 9): an object relative ("a militia that
// X armed"), help named after "with" ("with funding from X", "with X funding"), an opening participle's subject,
// a relative on a name and its group noun, and members ("its militants") that stand for their body.

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('support: sides read through relatives, "with" phrases and members', () => {
  table('support', [
    // an object relative: the one who arms is the relative's subject, the armed its antecedent
    [
      'The [Sun Front|ArmedGroup], a militia that [Velmar|Country] armed and paid to fight the rebels, seized the town.',
      ['support supported=sun-front supporter=velmar'],
    ],
    ['The [Sun Front|ArmedGroup], which [Velmar|Country] has funded since 2019, seized the town.', ['support supported=sun-front supporter=velmar @2019']],
    // help named after "with": from a body, a capital's country, or a country's name before the help
    [
      '[Civil Shield|Organization], a network that operated in the north with funding from [Dorn|Country], was banned.',
      ['support supported=civil-shield supporter=dorn'],
    ],
    [
      'The [Kastel Guard|MilitaryForce], which was set up with [Velmar|Country] funding and training, arrested six men.',
      ['support supported=kastel-guard supporter=velmar'],
    ],
    // an opening participle describes the subject after its comma
    [
      'Founded in 2009 with training and weapons from the [Red Hand|ArmedGroup], the [Sun Front|ArmedGroup] is led by [Ana Varo|Person].',
      ['support supported=sun-front supporter=red-hand'],
    ],
    // a relative on a name and its group noun belongs to the name, not to the commander before it
    [
      '[Ana Varo|Person], a commander of the [Sun|ArmedGroup] militia that arms the [Red Hand|ArmedGroup], was killed.',
      ['support supported=red-hand supporter=sun'],
    ],
    // members stand for their body: "its militants" opening a sentence are the previous sentence's subject's
    [
      'The [Sun Front|ArmedGroup] was founded in 2010. Its [militants|CollectiveActor] were trained by [Velmar|Country].',
      ['support supported=sun-front supporter=velmar'],
    ],
  ]);
});

describe('support: relatives and "with" phrases that state no support give nothing', () => {
  table('support', [
    ['The [Sun Front|ArmedGroup], the group that [Velmar|Country] attacked in 2020, was banned.', []],
    ['The [Sun Front|ArmedGroup], a militia that [Velmar|Country] denies having armed, seized the town.', []],
    ['The [Sun Front|ArmedGroup], which [Velmar|Country] never funded, seized the town.', []],
    ['The [Kastel Guard|MilitaryForce] could be set up with [Velmar|Country] funding next year.', []],
    ['The [Sun Front|ArmedGroup] attacked the convoy with weapons seized from the [Kastel Army|MilitaryForce].', []],
    ['[Civil Shield|Organization] operated in the north with help from nobody, said [Dorn|Country].', []],
    // help in making a deal is mediation, not support of a side
    ['The [Kastel Army|MilitaryForce] and the [Sun Front|ArmedGroup] agreed a ceasefire with the help of [Dorn|Country].', []],
    ['The [Sun Front|ArmedGroup] freed the hostages in an exchange with the help of [Dorn|Country].', []],
  ]);
});

describe("support: a state's troops stay its own force", () => {
  table('support', [
    ['[Velmar|Country]\'s [troops|MilitaryForce] were trained by [Dorn|Country].', ['support supported=troops supporter=dorn']],
  ]);
});
