// Probe of invented sentences for the ways news says one organization is part of another (wing, branch, province,
// unit, member, subsidiary, "linked to", "X-affiliated"), half of them near-misses that must yield no affiliation.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

export const PROBES: Case[] = [
  ['[ISCAP|ArmedGroup] is the [Islamic State|ArmedGroup]\'s Central Africa province.', ['affiliation member=iscap parent=islamic-state']],
  ['The [Islamic State|ArmedGroup] claims the [Allied Force|ArmedGroup] as part of its Central Africa Province.', ['affiliation member=allied-force parent=islamic-state']],
  ['The [Kestrel Brigades|ArmedGroup] are the armed wing of the [Sun Party|PoliticalParty].', ['affiliation member=kestrel-brigades parent=sun-party']],
  ['The [Sun Party|PoliticalParty]\'s armed wing, the [Kestrel Brigades|ArmedGroup], claimed the attack.', ['affiliation member=kestrel-brigades parent=sun-party']],
  ['[Jama\'at al-Nour|ArmedGroup], a branch of [al-Qaida|ArmedGroup], attacked a convoy.', ['affiliation member=jamaat-al-nour parent=al-qaida']],
  ['[Los Halcones|ArmedGroup], a faction of the [Gulf Cartel|ArmedGroup], controls the port.', ['affiliation member=los-halcones parent=gulf-cartel']],
  ['[Vetra Holdings|Company] is a subsidiary of [Marlow Energy|Company].', ['affiliation member=vetra-holdings parent=marlow-energy']],
  ['[Vetra Holdings|Company], a [Marlow Energy|Company] subsidiary, won the tender.', ['affiliation member=vetra-holdings parent=marlow-energy']],
  ['The [Kashan Front|ArmedGroup] is widely seen as a proxy of [Iran|Country].', ['affiliation member=kashan-front parent=iran']],
  ['The [Kashan Front|ArmedGroup] is affiliated with the [Popular Resistance|ArmedGroup].', ['affiliation member=kashan-front parent=popular-resistance']],
  ['The [Kashan Front|ArmedGroup] is linked to the [Popular Resistance|ArmedGroup].', ['affiliation member=kashan-front parent=popular-resistance']],
  ['The [Popular Resistance|ArmedGroup]-affiliated [Kashan Front|ArmedGroup] shelled the town.', ['affiliation member=kashan-front parent=popular-resistance']],
  ['The [Kashan Front|ArmedGroup], one of the militias in the [Popular Resistance|ArmedGroup], shelled the town.', ['affiliation member=kashan-front parent=popular-resistance']],
  ['The [Kashan Front|ArmedGroup] is part of the [Popular Resistance|ArmedGroup].', ['affiliation member=kashan-front parent=popular-resistance']],
  ['The [Kashan Front|ArmedGroup] operates under the umbrella of the [Popular Resistance|ArmedGroup].', ['affiliation member=kashan-front parent=popular-resistance']],
  ['The [Valley Alliance|Organization], a coalition of the [Northern Tigers|ArmedGroup] and the [River Legion|ArmedGroup], took the town.', ['affiliation member=northern-tigers parent=valley-alliance', 'affiliation member=river-legion parent=valley-alliance']],
  ['The [FLN-R|ArmedGroup] is a member of the [Valley Alliance|Organization].', ['affiliation member=fln-r parent=valley-alliance']],
  ['The [Sun Party|PoliticalParty] and its youth wing, the [Young Suns|Organization], marched in the capital.', ['affiliation member=young-suns parent=sun-party']],
  ['[Marlow Energy|Company] and its subsidiary [Vetra Holdings|Company] were sanctioned.', ['affiliation member=vetra-holdings parent=marlow-energy']],
  ['The [Liberation Army|ArmedGroup] is the military wing of the [National Congress|PoliticalParty].', ['affiliation member=liberation-army parent=national-congress']],
  ['The [UN Mission in Kivara|InternationalOrganization] is a peacekeeping mission of the [United Nations|InternationalOrganization].', ['affiliation member=un-mission-in-kivara parent=united-nations']],
  ['The [Hawk Battalion|MilitaryForce], a unit of the [Kivaran Army|MilitaryForce], retook the bridge.', ['affiliation member=hawk-battalion parent=kivaran-army']],
  ['The [Kashan Front|ArmedGroup] is a front for the [Popular Resistance|ArmedGroup].', ['affiliation member=kashan-front parent=popular-resistance']],
  ['The [Popular Resistance|ArmedGroup]-linked [Kashan Front|ArmedGroup] shelled the town.', ['affiliation member=kashan-front parent=popular-resistance']],
  // an offshoot keeps its tie (lineage reads splinters and splits, not offshoots)
  ['The [Moro Front|ArmedGroup] is an offshoot of the [Moro Liberation Front|ArmedGroup].', ['affiliation member=moro-front parent=moro-liberation-front']],
  // a faction that split keeps its tie; a bare split is a succession (lineage), no affiliation
  ['The [Red Crescent Front|ArmedGroup], a faction of the [Zarak Brigade|ArmedGroup] that split from it in 2020, ambushed a patrol.', ['affiliation member=red-crescent-front parent=zarak-brigade']],
];

export const NEAR_MISSES: Case[] = [
  ['The [Red Crescent Front|ArmedGroup] split from the [Zarak Brigade|ArmedGroup] last year.', []],
  ['The [Zarak Brigade|ArmedGroup], which broke away from the [Baloch Front|ArmedGroup] in 2019, claimed the attack.', []],
  ['The [Moro Front|ArmedGroup] is itself a splinter of the [Moro Liberation Front|ArmedGroup].', []],
  ['The [Kashan Front|ArmedGroup] denied any link to the [Popular Resistance|ArmedGroup].', []],
  ['The [Kashan Front|ArmedGroup] cut ties with the [Popular Resistance|ArmedGroup] in 2021.', []],
  ['The [Kashan Front|ArmedGroup] is not part of the [Popular Resistance|ArmedGroup].', []],
  ['The [Kashan Front|ArmedGroup] has never been a member of the [Valley Alliance|Organization].', []],
  ['The [Kashan Front|ArmedGroup] left the [Valley Alliance|Organization] in 2022.', []],
  ['The [Kashan Front|ArmedGroup] is accused of being a front for the [Popular Resistance|ArmedGroup], which it denies.', []],
  ['The [Kashan Front|ArmedGroup] fought the [Popular Resistance|ArmedGroup] for control of the port.', []],
  ['The [Kashan Front|ArmedGroup] is a rival of the [Popular Resistance|ArmedGroup].', []],
  ['The [Kashan Front|ArmedGroup] could become part of the [Popular Resistance|ArmedGroup] if talks succeed.', []],
  ['[Omar Bello|Person], a member of the [Sun Party|PoliticalParty], was arrested.', []],
  ['The [Kashan Front|ArmedGroup] rejected claims that it is an affiliate of the [Popular Resistance|ArmedGroup].', []],
  ['The [Kashan Front|ArmedGroup] attacked the [Popular Resistance|ArmedGroup]\'s headquarters.', []],
  ['[Kivara|Country]\'s army fought the [Kashan Front|ArmedGroup].', []],
];

export const PROBES2: Case[] = [
  ['The [Amniyat|ArmedGroup], [al-Shabaab|ArmedGroup]\'s intelligence wing, runs the courts.', ['affiliation member=amniyat parent=al-shabaab']],
  ['[Kashan Front|ArmedGroup] and [Sahel Brigade|ArmedGroup], both affiliates of [Ansar Nur|ArmedGroup], claimed the raids.', ['affiliation member=kashan-front parent=ansar-nur', 'affiliation member=sahel-brigade parent=ansar-nur']],
  ['The [Kashan Front|ArmedGroup], which is affiliated with [Ansar Nur|ArmedGroup], claimed the raid.', ['affiliation member=kashan-front parent=ansar-nur']],
  ['The [Kashan Front|ArmedGroup], a militia linked to [Ansar Nur|ArmedGroup], claimed the raid.', ['affiliation member=kashan-front parent=ansar-nur']],
  ['The [Young Suns|Organization], the youth wing of the [Sun Party|PoliticalParty], marched.', ['affiliation member=young-suns parent=sun-party']],
  ['The [Dawn Party|PoliticalParty] and the [Green League|PoliticalParty] are both members of the [Unity Front|Organization].', ['affiliation member=dawn-party parent=unity-front', 'affiliation member=green-league parent=unity-front']],
  ['The [Dawn Party|PoliticalParty], a member of the [Unity Front|Organization] coalition, won two seats.', ['affiliation member=dawn-party parent=unity-front']],
  ['The [Unity Front|Organization], which includes the [Dawn Party|PoliticalParty] and the [Green League|PoliticalParty], won.', ['affiliation member=dawn-party parent=unity-front', 'affiliation member=green-league parent=unity-front']],
  ['[Ansar Nur|ArmedGroup]\'s local franchise, [Kashan Front|ArmedGroup], claimed the raid.', ['affiliation member=kashan-front parent=ansar-nur']],
  ['[Kashan Front|ArmedGroup] belongs to the [Popular Resistance|ArmedGroup].', ['affiliation member=kashan-front parent=popular-resistance']],
  ['[Kashan Front|ArmedGroup], which operates as the political wing of [Ansar Nur|ArmedGroup], denied the report.', ['affiliation member=kashan-front parent=ansar-nur']],
  ['The [Dawn Party|PoliticalParty] joined the [Unity Front|Organization] alliance in 2019.', ['affiliation member=dawn-party parent=unity-front']],
  ['The [Hawk Battalion|MilitaryForce], one of the [Kivaran Army|MilitaryForce]\'s elite units, retook the bridge.', ['affiliation member=hawk-battalion parent=kivaran-army']],
  ['The [Kashan Front|ArmedGroup], part of the [Popular Resistance|ArmedGroup] network, shelled the town.', ['affiliation member=kashan-front parent=popular-resistance']],
  ['[Kashan Front|ArmedGroup] is a front organization for [Ansar Nur|ArmedGroup].', ['affiliation member=kashan-front parent=ansar-nur']],
  ['The [Zarak Brigade|ArmedGroup] is active in the south. It is the armed wing of the [Baloch People\'s Party|PoliticalParty].', ['affiliation member=zarak-brigade parent=baloch-peoples-party']],
  ['The [Hawk Battalion|MilitaryForce] and the [Eagle Battalion|MilitaryForce], units of the [Kivaran Army|MilitaryForce], retook the bridge.', ['affiliation member=eagle-battalion parent=kivaran-army', 'affiliation member=hawk-battalion parent=kivaran-army']],
  ['The [Sahel Province|ArmedGroup] ([ISSP|ArmedGroup=sahel-province]) is an affiliate of the [Islamic State|ArmedGroup].', ['affiliation member=sahel-province parent=islamic-state']],
  ['The [Quds Force|MilitaryForce], the external arm of [Iran|Country]\'s [Revolutionary Guards|MilitaryForce], trains the militias.', ['affiliation member=quds-force parent=revolutionary-guards']],
];

export const NEAR_MISSES2: Case[] = [
  ['The [Popular Resistance|ArmedGroup]-backed [Kashan Front|ArmedGroup] shelled the town.', []],
  ['The [Kashan Front|ArmedGroup] fought alongside the [Popular Resistance|ArmedGroup].', []],
  ['The [Kashan Front|ArmedGroup] said it had no ties to [Ansar Nur|ArmedGroup].', []],
  ['The [Kashan Front|ArmedGroup] distanced itself from [Ansar Nur|ArmedGroup] after the attack.', []],
  ['The [Dawn Party|PoliticalParty] quit the [Unity Front|Organization] in March.', []],
  ['The [Dawn Party|PoliticalParty] was expelled from the [Unity Front|Organization] in March.', []],
  ['[Ansar Nur|ArmedGroup] denied that the [Kashan Front|ArmedGroup] is its armed wing.', []],
  ['The [Kashan Front|ArmedGroup] attacked a rival of the [Popular Resistance|ArmedGroup].', []],
  ['The [Dawn Party|PoliticalParty] may join the [Unity Front|Organization] next year.', []],
  ['The [Kashan Front|ArmedGroup] signed a truce with [Ansar Nur|ArmedGroup].', []],
];

describe('affiliation probe: parts, wings, members, links', () => table('affiliation', PROBES));
describe('affiliation probe: near misses', () => table('affiliation', NEAR_MISSES));
describe('affiliation probe: more shapes', () => table('affiliation', PROBES2));
describe('affiliation probe: more near misses', () => table('affiliation', NEAR_MISSES2));
