// Round 8 affiliations: the part nouns as a class (lexicons/relations/verbs/affiliation.json: "detachment", "regiment",
// "organ", "mouthpiece", "member group", "subgroup"), the oath verbs ("vowed", "switched allegiance to"), and the
// clauses of standing under a body ("falls under", "comes under the authority of", "forms part of", "loyal to",
// "was admitted to"). Negatives: denials, hopes, another sense of the noun, "reported to the police that", a crowd
// loyal to a body, a country's loyalists.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROWS: Case[] = [
  // part nouns of the class
  ['The [Kestrel Brigade|ArmedGroup] is a detachment of the [Orla Army|MilitaryForce].', ['affiliation member=kestrel-brigade parent=orla-army']],
  ['The [Kestrel Brigade|ArmedGroup], a regiment of the [Orla Army|MilitaryForce], attacked [Marn|City].', ['affiliation member=kestrel-brigade parent=orla-army']],
  ['[Sawt Radio|MediaOutlet], the mouthpiece of the [Tarsa Front|ArmedGroup], published the claim.', ['affiliation member=sawt-radio parent=tarsa-front']],
  ['The [Kestrel Brigade|ArmedGroup] is an organ of the [Dune Council|Organization].', ['affiliation member=kestrel-brigade parent=dune-council']],
  ['The [Kestrel Brigade|ArmedGroup], a member group of the [Tarsa Front|ArmedGroup], rejected the deal.', ['affiliation member=kestrel-brigade parent=tarsa-front']],
  ['The [Kestrel Brigade|ArmedGroup] is a subgroup of the [Tarsa Front|ArmedGroup].', ['affiliation member=kestrel-brigade parent=tarsa-front']],
  // oaths
  ['The [Kestrel Brigade|ArmedGroup] switched allegiance to the [Tarsa Front|ArmedGroup] in 2019.', ['affiliation member=kestrel-brigade parent=tarsa-front']],
  ['The [Kestrel Brigade|ArmedGroup] vowed allegiance to the [Sahel Caliphate|ArmedGroup] in 2019.', ['affiliation member=kestrel-brigade parent=sahel-caliphate']],
  // clauses of standing under a body
  ['The [Kestrel Brigade|ArmedGroup] forms part of the [Tarsa Front|ArmedGroup].', ['affiliation member=kestrel-brigade parent=tarsa-front']],
  ['The [Border Guard|MilitaryForce] falls under the [Orla Ministry of Defence|GovernmentAgency].', ['affiliation member=border-guard parent=orla-ministry-of-defence']],
  [
    'The [Kestrel Brigade|ArmedGroup], which falls under the umbrella of the [Tarsa Front|ArmedGroup], denied the attack.',
    ['affiliation member=kestrel-brigade parent=tarsa-front'],
  ],
  [
    'The [Border Guard|MilitaryForce] was placed under the authority of the [Orla Ministry of Defence|GovernmentAgency] in 2021.',
    ['affiliation member=border-guard parent=orla-ministry-of-defence'],
  ],
  ['The [Kestrel Brigade|ArmedGroup], a militia loyal to the [Dune Council|Organization], seized the town.', ['affiliation member=kestrel-brigade parent=dune-council']],
  ['The [Kestrel Brigade|ArmedGroup], which remains loyal to the [Tarsa Front|ArmedGroup], denied it.', ['affiliation member=kestrel-brigade parent=tarsa-front']],
  ['The [Kestrel Brigade|ArmedGroup] was admitted to the [Tarsa Front|ArmedGroup] in 2018.', ['affiliation member=kestrel-brigade parent=tarsa-front']],
  // "the army's" is a state's armed force, not an armed group whose name holds "Army"
  [
    'The [Orla Army|MilitaryForce] withdrew from [Marn|City] last year. The [Red Hand Army|ArmedGroup] seized [Marn|City], home to the army\'s [Northern Command|MilitaryForce], in 2024.',
    ['affiliation member=northern-command parent=orla-army'],
  ],
  // negatives
  ['The [Kestrel Brigade|ArmedGroup] is not part of the [Tarsa Front|ArmedGroup], its spokesman said.', []],
  ['The [Kestrel Brigade|ArmedGroup] denied being a branch of the [Tarsa Front|ArmedGroup].', []],
  ['The [Kestrel Brigade|ArmedGroup] could be admitted to the [Tarsa Front|ArmedGroup] if talks succeed.', []],
  ['The [Kestrel Brigade|ArmedGroup] attacked a wing of the [Marn|City] hospital.', []],
  ['The [Kestrel Brigade|ArmedGroup] reported to the [Orla Police|GovernmentAgency] that the road was closed.', []],
  ['Some units clashed with fighters loyal to the [Dune Council|Organization] over territory, the [Kestrel Brigade|ArmedGroup] said.', []],
  ['The [Kestrel Brigade|ArmedGroup], a militia loyal to [Brisk|Country], seized the town.', []],
  ['The [Kestrel Brigade|ArmedGroup] is loyal to its own commanders, not to the [Tarsa Front|ArmedGroup].', []],
];

describe('affiliation, round 8: the class of words for belonging', () => table('affiliation', ROWS));
