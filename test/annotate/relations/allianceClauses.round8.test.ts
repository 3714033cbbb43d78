// Alliance read from the words of its classes (lexicons/relations/verbs/alliance*.json): joining ("made common cause
// with", "linked up with"), acting beside ("fought beside"), pacts, "its ally X", a list called allies, close cooperation in
// fighting, closeness between bodies; and the near misses that must give nothing (enemies, trade, police work, plans).

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('alliance: the words of the classes in their shapes', () => {
  table('alliance', [
    ['The [Red Hand|ArmedGroup] made common cause with the [Sun Front|ArmedGroup].', ['alliance a=red-hand b=sun-front']],
    ['The [Red Hand|ArmedGroup] threw in its lot with [Velmar|Country].', ['alliance a=red-hand b=velmar']],
    ['The [Red Hand|ArmedGroup] linked up with the [Sun Front|ArmedGroup].', ['alliance a=red-hand b=sun-front']],
    ['The [Red Hand|ArmedGroup] fought beside the [Sun Front|ArmedGroup].', ['alliance a=red-hand b=sun-front']],
    ['[Velmar|Country] inked a security pact with [Tarsa|Country].', ['alliance a=tarsa b=velmar']],
    ['[Velmar|Country] ratified a defence treaty with [Tarsa|Country].', ['alliance a=tarsa b=velmar']],
    ['The [Red Hand|ArmedGroup], backed by its ally the [Sun Front|ArmedGroup], attacked [Doma|City].', ['alliance a=red-hand b=sun-front']],
    ['[Velmar|Country] sent troops to help its ally [Tarsa|Country].', ['alliance a=tarsa b=velmar']],
    ['The [Red Hand|ArmedGroup] and the [Sun Front|ArmedGroup], allies in the fight against [Dorn|Country], met in [Doma|City].', ['alliance a=red-hand b=sun-front']],
    ['The [Red Hand|ArmedGroup] has an alliance with the [Sun Front|ArmedGroup].', ['alliance a=red-hand b=sun-front']],
    ['The [Red Hand|ArmedGroup] cooperates closely with the [Sun Front|ArmedGroup] against [Dorn|Country].', ['alliance a=red-hand b=sun-front']],
    ['The [Red Hand|ArmedGroup] is close to the [Sun Front|ArmedGroup].', ['alliance a=red-hand b=sun-front']],
    ['The [Red Hand|ArmedGroup], seen as close to the [Sun Front|ArmedGroup], attacked.', ['alliance a=red-hand b=sun-front']],
    // a capital stands for its country
    ['[Iran|Country] denied it. The [Red Hand|ArmedGroup], a [Tehran|City]-aligned group, attacked ships.', ['alliance a=iran b=red-hand']],
  ]);
});

describe('alliance: enemies, trade, police work and plans give nothing', () => {
  table('alliance', [
    ['The [Red Hand|ArmedGroup] fought against the [Sun Front|ArmedGroup].', []],
    ['The [Red Hand|ArmedGroup] clashed with the [Sun Front|ArmedGroup].', []],
    ['The [Red Hand|ArmedGroup] could team up with the [Sun Front|ArmedGroup].', []],
    ['[Velmar|Country] sided with [Tarsa|Country] in the vote.', []],
    ['[Velmar|Country] signed a trade pact with [Tarsa|Country].', []],
    ['[Velmar|Country] is [Tarsa|Country]\'s largest trading partner.', []],
    ['The [Customs Office|GovernmentAgency] collaborated closely with the [Tax Bureau|GovernmentAgency] during the investigation.', []],
    ['The [Kastel Army|MilitaryForce] was to deploy in the south alongside [United Nations|InternationalOrganization] peacekeepers.', []],
    ['The [Red Hand|ArmedGroup] is very close to [Doma|City].', []],
    ['[Ilan Dorek|Person], a commander close to the [Sun Front|ArmedGroup], was killed.', []],
  ]);
});
