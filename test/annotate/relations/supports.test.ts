// Support facts on unseen constructions: appositions, compounds that describe a name, accusations, troops sent to
// help, possessive backers; and the demands, denials and plans that state no support.

import { describe, expect, it } from 'vitest';
import { annotateRelations } from '../../../src/annotate/relations/relationsStage.js';
import { annotatedDoc } from '../../support/annotatedDoc.js';

/** The supports read in a marked-up text, as sorted "supporter > supported" lines. */
function supports(marked: string): string[] {
  const doc = annotatedDoc(marked, { published: '2024-05-06' });
  annotateRelations(doc);
  return doc.relations
    .filter((r) => r.kind === 'support')
    .map((r) => `${r.args['supporter']} > ${r.args['supported']}`)
    .sort();
}

const CASES: [string, string[]][] = [
  // a demonym backer, inside or outside the mention, when the article names its country
  ['The Rwandan-backed [Dorn Front|ArmedGroup] took the town. [Rwanda|Country] denies it.', ['rwanda > dorn-front']],
  ['[Iranian-backed militias|CollectiveActor] fired rockets. [Iran|Country] denied it.', ['iran > iranian-backed-militias']],
  ['The Rwandan-backed [Dorn Front|ArmedGroup] took the town.', []],
  // a descriptive apposition whose head is backed
  ['The [Velmar Front|ArmedGroup], a rival group backed by the [Islamic Caliphate|ArmedGroup], raided a depot.', ['islamic-caliphate > velmar-front']],
  ['The [Coastal Task Force|MilitaryForce] ([CTF|MilitaryForce=coastal-task-force]), a regional force backed by the [Ostrian Union|InternationalOrganization] and made up of soldiers from [Tarsa|Country], patrols the lake.', ['ostrian-union > coastal-task-force']],
  // the name was typed as a place; the apposition says it is a group
  ['[Dorn Province|Region], an armed faction funded by [Velmar|Country], shelled the port.', ['velmar > dorn-province']],
  ['[Liste Nova|Organization], the main [Ostrian|Organization] party, which is backed by [Velmar|Country], left the assembly.', ['velmar > liste-nova']],
  // who stands behind the backers
  ['Officers of the [Tarsan Police|GovernmentAgency] ([TP|GovernmentAgency=tarsan-police]), backed by members of the Velmar-led [Support Mission|Organization], retook the town.', ['support-mission > tarsan-police']],
  ['The [Tarsan Police|GovernmentAgency], supported by troops from the [Ostrian Union|InternationalOrganization], retook the town.', ['ostrian-union > tarsan-police']],
  // a compound in apposition describes the name before it
  ['[Velmar|Country] accuses the [Northern Forces|ArmedGroup] ([NF|ArmedGroup=northern-forces]), the [Tarsa|Country]-backed force that holds the north, of smuggling.', ['tarsa > northern-forces']],
  // a definite description with a compound stands for the body named before it
  ['The [Ostrian Stabilization|Organization] ([OSM|Organization=ostrian-stabilization]) mission arrived in May. [Velmar|Country] sent the first unit of the [U.N.|InternationalOrganization]-backed mission in June.', ['u-n > ostrian-stabilization']],
  // an apposition of the supporter that backs someone
  ['The opposition [Unity Bloc|Organization], a coalition of parties backing former judge [Ana Ruiz|Person], says it won.', ['unity-bloc > ana-ruiz']],
  // possessive backers
  ['[Velmar|Country], the [junta|Government=junta]\'s main backer, abstained.', ['velmar > junta']],
  ['The [Northern Forces|ArmedGroup]\' chief sponsor, [Tarsa|Country], denied the report.', ['tarsa > northern-forces']],
  ['The [junta|Government=junta]\'s backers, including [Tarsa|Country] and [Velmar|Country], stayed silent.', ['tarsa > junta', 'velmar > junta']],
  // troops sent to help
  ['[Tarsa|Country] sent 1,000 troops in 2021 to help the [Velmari army|MilitaryForce] fight insurgents.', ['tarsa > velmari-army']],
  ['[Tarsa|Country] sent troops to [Velmar|Country] last year.', []],
  // participles of training and equipping
  ['The [Northern Forces|ArmedGroup] are trained and equipped by [Tarsa|Country].', ['tarsa > northern-forces']],
  ['[Tarsa|Country] trains the [Northern Forces|ArmedGroup].', ['tarsa > northern-forces']],
  // an accusation the article reports
  ['[Velmar|Country] accuses [Tarsa|Country] of arming the [Northern Forces|ArmedGroup].', ['tarsa > northern-forces']],
  ['[Tarsa|Country], long accused of funding the [Northern Forces|ArmedGroup], rejects the charge.', ['tarsa > northern-forces']],
  // with someone's support
  ['The [Velmari army|MilitaryForce] retook the town with the support of [Tarsa|Country].', ['tarsa > velmari-army']],
  ['The [Velmari army|MilitaryForce] advanced with [Tarsa|Country]\'s backing.', ['tarsa > velmari-army']],
  // coordination and "the group" across sentences
  ['The [Dorn Front|ArmedGroup] and [VLP|ArmedGroup], both backed by [Tarsa|Country], took the town.', ['tarsa > dorn-front', 'tarsa > vlp']],
  ['The [Dorn Front|ArmedGroup] took the town. The group is funded by [Tarsa|Country].', ['tarsa > dorn-front']],
  ['The [Dorn Front|ArmedGroup] has relied on [Tarsa|Country] since 2019.', ['tarsa > dorn-front']],
  // a generic noun with a compound resolved to the group named before
  ['The [Ansar Movement|ArmedGroup] fired missiles. The [Tarsa|Country]-backed movement said it would go on.', ['tarsa > ansar-movement']],
  // a person backs a stance
  ['[Ana Ruiz|Person]\'s position is backed by Speaker [Omar Tesh|Person].', ['omar-tesh > ana-ruiz']],
  // supplies, fronts, shipments, proceeds, turning to someone for help
  ['The [Sol Cartel|ArmedGroup], which supplies the group with weapons and money, was sanctioned.', []],
  ['The [Red Hand|ArmedGroup] grew. The [Sol Cartel|ArmedGroup], which supplies the group with weapons and money, was sanctioned.', ['sol-cartel > red-hand']],
  ['[Delta Fuels|Company] acts as a front for the [Red Hand|ArmedGroup] by importing fuel.', ['delta-fuels > red-hand']],
  ['[Delta Fuels|Company] has shipped fuel and spare parts to the [Red Hand|ArmedGroup] since at least 2024.', ['delta-fuels > red-hand']],
  ['[Delta Fuels|Company] sold crude oil abroad, with the proceeds benefiting the [Red Hand|ArmedGroup] and [VLP|ArmedGroup].', ['delta-fuels > red-hand', 'delta-fuels > vlp']],
  // selling fuel to a country is trade; arms are support whoever gets them
  ['[Delta Fuels|Company] sold crude oil to [Tarsa|Country] last year.', []],
  ['[Velmar|Country] sold attack drones to [Tarsa|Country] last year.', ['velmar > tarsa']],
  // the seller named last earns the proceeds, not the body that reports or sanctions it
  ['Today, [OFAC|GovernmentAgency] sanctioned [Delta Fuels|Company], which sold oil to [Tarsa|Country] buyers with the proceeds benefiting the [Red Hand|ArmedGroup].', ['delta-fuels > red-hand']],
  ['The [junta|Government=junta] expelled the envoys and turned instead to [Tarsa|Country] for help.', ['tarsa > junta']],
  ['The [junta|Government=junta] refused to turn to [Tarsa|Country] for help.', []],
  // denials, demands and plans state no support
  ['[Velmar|Country] urged [Tarsa|Country] to stop arming the [Northern Forces|ArmedGroup].', []],
  ['[Tarsa|Country] denies backing the [Northern Forces|ArmedGroup].', []],
  ['[Tarsa|Country] would not send troops to help the [Velmari army|MilitaryForce].', []],
  ['[Tarsa|Country] is not backing the [Northern Forces|ArmedGroup].', []],
  // the backed noun inside a phrase of the apposition is not the named one
  ['[Ana Ruiz|Person], the leader of a militia backed by [Tarsa|Country], spoke.', []],
  // "with" a partner is no backing
  ['The [Velmari army|MilitaryForce] met with [Tarsa|Country] officials.', []],
];

describe('supports on unseen constructions', () => {
  it.each(CASES)('%s', (marked, expected) => {
    expect(supports(marked)).toEqual([...expected].sort());
  });
});
