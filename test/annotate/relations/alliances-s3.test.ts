// Alliance facts told in ways the earlier specs left out: allies of a capital standing for its country, members of a
// named alliance listed together, fighting or working alongside an army a name before holds, plural descriptions
// allied with "the ruling" party; and the near misses that must give nothing (a side governed by "against", solidarity
// with a people, a membership of no alliance, a denial).

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('alliance: forms of session 3', () => {
  table('alliance', [
    // each member of a coordination is allied with the one they are "both allies of"; a capital stands for its country
    ['[Japan|Country] and the [Philippines|Country], both treaty allies of [Washington|City], voiced concern.', ['alliance a=japan b=washington', 'alliance a=philippines b=washington']],
    [
      'The [United States|Country] said it was watching. [Japan|Country] and the [Philippines|Country], both treaty allies of [Washington|City], voiced concern.',
      ['alliance a=japan b=united-states', 'alliance a=philippines b=united-states'],
    ],
    ['[Velmar|Country] and [Tarsa|Country], both longtime allies of [Dorn|Country], met in May.', ['alliance a=dorn b=velmar', 'alliance a=dorn b=tarsa']],
    // a city that is no national capital is no government
    ['[Velmar|Country] and [Tarsa|Country], both allies of [Springfield|City], met in May.', []],
    // members of a named alliance, after a first clause about the first one
    [
      'The [Red Hand|ArmedGroup] is the armed wing of the [Dorn League|Organization] and is part of the [Northern Alliance|Organization], together with the [Sun Front|ArmedGroup] and the [Kastel Army|ArmedGroup].',
      ['alliance a=kastel-army b=red-hand', 'alliance a=kastel-army b=sun-front', 'alliance a=red-hand b=sun-front'],
    ],
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] are members of the [Northern Alliance|Organization].', ['alliance a=red-hand b=sun-front']],
    ['The [Northern Coalition|Organization], made up of the [Red Hand|ArmedGroup], the [Sun Front|ArmedGroup] and the [Kastel Army|ArmedGroup], took the town.', ['alliance a=kastel-army b=red-hand', 'alliance a=kastel-army b=sun-front', 'alliance a=red-hand b=sun-front']],
    // membership of a body whose name says no alliance; one member alone; a denied membership
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] are members of the [Dorn Chamber of Commerce|Organization].', []],
    ['The [Red Hand|ArmedGroup] is part of the [Northern Alliance|Organization].', []],
    ['The [Red Hand|ArmedGroup] is not part of the [Northern Alliance|Organization], together with the [Sun Front|ArmedGroup].', []],
    // fighting alongside the army or government troops a name before holds
    [
      '[Velmari government forces|MilitaryForce] retook the town on Monday. Local clan militias, known as [Ma\'ari|ArmedGroup], fought alongside government troops.',
      ['alliance a=maari b=velmari-government-forces'],
    ],
    ['The [Velmari military|MilitaryForce] shelled the port. The [Sun Front|ArmedGroup] has been fighting alongside the military since May.', ['alliance a=sun-front b=velmari-military @2022-05']],
    // no name holds "government": no guess
    ['[Dorn Battalion|MilitaryForce] shelled the port. The [Sun Front|ArmedGroup] fought alongside government troops.', []],
    // a name governed by "against" is no subject of the participle after it
    ['The [Velmari military|MilitaryForce] shelled the port. Some villagers took up arms against the [Red Hand|ArmedGroup], fighting alongside the military.', []],
    // working alongside a named group
    ['In the north, the [Red Hand|ArmedGroup] has worked alongside local armed [gangs|CollectiveActor] to seize cattle.', ['alliance a=gangs b=red-hand']],
    ['The [Red Hand|ArmedGroup] has never worked alongside the [Sun Front|ArmedGroup].', []],
    // a plural description without a determiner, and "the ruling" party
    ['[Colectas|ArmedGroup], armed pro-government groups allied with the ruling [Dorn Unity Party|Organization] ([DUP|Organization=dorn-unity-party]), fired on marchers.', ['alliance a=colectas b=dorn-unity-party']],
    // solidarity with a people is no alliance
    ['"The [Ostrian Union|Country] stands with the [people|CollectiveActor] of [Velmar|Country]," she said.', []],
  ]);
});

describe('alliance: lists that act together, possessives, hyphen pairs', () => {
  table('alliance', [
    // one list whose parties fight or join forces together
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] have fought side by side since 2021.', ['alliance a=red-hand b=sun-front @2021']],
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] joined forces against [Velmar|Country].', ['alliance a=red-hand b=sun-front']],
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup] worked together to seize the port.', ['alliance a=red-hand b=sun-front']],
    ['[Velmar|Country] and [Tarsa|Country] worked together on the report.', []],
    ['[Velmar|Country] and [Tarsa|Country] fought each other in 2019.', []],
    ['[Velmar|Country] and [Tarsa|Country] have never fought together.', []],
    ['[Velmar|Country] and [Tarsa|Country] could join forces.', []],
    // a possessive alliance, a hyphen pair, "and its allies", a shared partnership
    ["[Velmar|Country]'s alliance with [Tarsa|Country] has deepened.", ['alliance a=tarsa b=velmar']],
    ["[Velmar|Country]'s alliance with [Tarsa|Country] collapsed in 2019.", []],
    ["[Velmar|Country]'s trade partnership with [Tarsa|Country] grew.", []],
    ['The [Velmar|Country]-[Tarsa|Country] alliance has deepened.', ['alliance a=tarsa b=velmar']],
    ['The [Velmar|Country]-[Tarsa|Country] border was closed.', []],
    ['[Velmar|Country] and its allies [Tarsa|Country] and [Dorn|Country] voted no.', ['alliance a=tarsa b=velmar', 'alliance a=dorn b=velmar']],
    ['[Velmar|Country] and its rivals [Tarsa|Country] and [Dorn|Country] met.', []],
    ["[Velmar|Country]'s allies, including [Tarsa|Country] and [Dorn|Country], voted no.", ['alliance a=tarsa b=velmar', 'alliance a=dorn b=velmar']],
    ['[Velmar|Country] and [Tarsa|Country] have a "no limits" partnership.', ['alliance a=tarsa b=velmar']],
    ['[Velmar|Country] and [Tarsa|Country] have an economic partnership.', []],
    ['[Velmar|Country] and [Tarsa|Country] signed a trade pact.', []],
    // "allied to"
    ['The [Sun Front|ArmedGroup], which is allied to the [Red Hand|ArmedGroup], attacked.', ['alliance a=red-hand b=sun-front']],
    // a negation inside the words; a "so-called" named alliance
    ['[Velmar|Country] is not an ally of [Tarsa|Country].', []],
    ['The [Red Hand|ArmedGroup] is part of the so-called [Axis of Dawn|Organization], along with the [Sun Front|ArmedGroup].', ['alliance a=red-hand b=sun-front']],
  ]);
});
