// Support read from the words of its class (lexicons/relations/verbs/support.json): each verb, old or new, reaches the
// active, passive, relative and compound shapes at once; the nouns reach "a backer of", "X's backer", "X's backing
// of"; and the negative rows keep the words' other senses, denials and plans out.

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('support: the verbs of the class in every shape', () => {
  table('support', [
    ['[Velmar|Country] has long bankrolled the [Red Hand|ArmedGroup].', ['support supported=red-hand supporter=velmar']],
    ['[Velmar|Country] harbours the [Red Hand|ArmedGroup], officials in [Tarsa|Country] say.', ['support supported=red-hand supporter=velmar']],
    ['[Tarsa|Country] shelters the [Sun Front|ArmedGroup].', ['support supported=sun-front supporter=tarsa']],
    ['[Dorn|Country] rearmed the [Red Hand|ArmedGroup] after the truce.', ['support supported=red-hand supporter=dorn']],
    ['[Dorn|Country] resupplies the [Red Hand|ArmedGroup] by sea.', ['support supported=red-hand supporter=dorn']],
    ['The [Red Hand|ArmedGroup], resupplied by [Dorn|Country], fired rockets.', ['support supported=red-hand supporter=dorn']],
    ['The [Kastel Army|MilitaryForce], aided by [Dorn|Country], retook the town.', ['support supported=kastel-army supporter=dorn']],
    ['[Velmar|Country] has propped up the [Tarsan government|Government] since 2015.', ['support supported=tarsan-government supporter=velmar @2015']],
    ['[Velmar|Country] shored up the [Kastel Army|MilitaryForce].', ['support supported=kastel-army supporter=velmar']],
    ['[Velmar|Country] underwrites the [Red Hand|ArmedGroup].', ['support supported=red-hand supporter=velmar']],
    ['The [Velmar|Country]-armed [Red Hand|ArmedGroup] attacked a ship.', ['support supported=red-hand supporter=velmar']],
    ['The [Red Hand|ArmedGroup] is on the payroll of [Velmar|Country].', ['support supported=red-hand supporter=velmar']],
    ['The [Sun Front|ArmedGroup] is on [Tarsa|Country]\'s payroll.', ['support supported=sun-front supporter=tarsa']],
    ['The [Sun Front|ArmedGroup] operates under [Tarsa|Country]\'s protection.', ['support supported=sun-front supporter=tarsa']],
    ['[Velmar|Country] is the chief paymaster of the [Red Hand|ArmedGroup].', ['support supported=red-hand supporter=velmar']],
    ['[Velmar|Country]\'s patronage of the [Red Hand|ArmedGroup] angered [Tarsa|Country].', ['support supported=red-hand supporter=velmar']],
    // the members an object names stand for the body they belong to
    [
      '[Tarsa|Country] hosts the [Sun Front|ArmedGroup]\'s leaders and arms its [fighters|CollectiveActor].',
      ['support supported=sun-front supporter=tarsa'],
    ],
  ]);
});

describe('support: other senses, denials and plans give nothing', () => {
  table('support', [
    ['[Velmar|Country] denied arming the [Red Hand|ArmedGroup].', []],
    ['[Velmar|Country] did not supply the [Red Hand|ArmedGroup].', []],
    ['[Tarsa|Country] warned [Velmar|Country] against resupplying the [Red Hand|ArmedGroup].', []],
    ['The [Red Hand|ArmedGroup] backed away from the border with [Tarsa|Country].', []],
    ['The [Kastel Army|MilitaryForce] sheltered civilians in [Doma|City].', []],
    ['[Velmar|Country] could rearm the [Red Hand|ArmedGroup].', []],
    ['The rebels of the [Red Hand|ArmedGroup] trained their rifles on the [Kastel Army|MilitaryForce].', []],
    ['[Dorn|Country] may fund the [Kastel Army|MilitaryForce] next year.', []],
  ]);
});
