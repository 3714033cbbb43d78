// Affiliations and leaderships in long wire-copy sentences (150–280 characters, four to eight mentions), where
// titles, places, dates, parenthesized acronyms, asides and relative clauses stand between the two sides.
// A third of the rows are negative: denied, left, hoped-for or rival ties, and persons who are not leaders.

import { describe, expect, it } from 'vitest';
import { read, table, type Case } from './readFacts.js';

const AFFILIATION: Case[] = [
  [
    'The [Kashan Front|ArmedGroup], which first appeared in the hills around [Dorva|City] in 2017 and has since claimed attacks on police posts in three provinces, is affiliated with [Ansar Nur|ArmedGroup], officials said.',
    ['affiliation member=kashan-front parent=ansar-nur'],
  ],
  [
    'Security officials in [Mareth|City] said on Tuesday that the [Sahel Brigade|ArmedGroup] (SB), blamed for the kidnapping of two aid workers near the border with [Kivara|Country], is a branch of [Ansar Nur|ArmedGroup].',
    ['affiliation member=sahel-brigade parent=ansar-nur'],
  ],
  [
    'The [Kestrel Brigades|ArmedGroup], whose fighters were seen near [Dorva|City] last week according to residents and a local official, [Amir Tesh|Person], are the armed wing of the [Sun Party|PoliticalParty].',
    ['affiliation member=kestrel-brigades parent=sun-party'],
  ],
  [
    'Analysts at the [Institute for Conflict Studies|Organization] say the [Hawk Battalion|MilitaryForce], which retook the bridge at [Solna|City] in March after weeks of fighting, is a unit of the [Kivaran Army|MilitaryForce].',
    ['affiliation member=hawk-battalion parent=kivaran-army'],
  ],
  [
    '[Vetra Holdings|Company], a shipping firm registered in [Cyprus|Country] that the [US Treasury|GovernmentAgency] sanctioned on Friday for moving oil, is a subsidiary of [Marlow Energy|Company], according to filings.',
    ['affiliation member=vetra-holdings parent=marlow-energy'],
  ],
  [
    'The [FLN-R|ArmedGroup], one of several armed factions that signed a ceasefire with the government in [Mareth|City] in 2021, is a member of the [Valley Alliance|Organization], its spokesman [Ali Varga|Person] said.',
    ['affiliation member=fln-r parent=valley-alliance'],
  ],
  [
    'The [Amniyat|ArmedGroup], which residents of [Dorva|City] say runs checkpoints and informal courts across the region with little interference from the army, is [al-Shabaab|ArmedGroup]\'s intelligence wing.',
    ['affiliation member=amniyat parent=al-shabaab'],
  ],
  [
    'The [Liberation Army|ArmedGroup], led in the field by veteran commander [Omar Bello|Person] and active mostly in the east, has long been the military wing of the [National Congress|PoliticalParty] (NC), diplomats said.',
    ['affiliation member=liberation-army parent=national-congress'],
  ],
  // negatives
  [
    'The [Kashan Front|ArmedGroup], led since 2020 by a former police officer from [Dorva|City] and active mostly in the hills, has never been part of the [Popular Resistance|ArmedGroup], its leaders insist.',
    [],
  ],
  [
    'The [Kashan Front|ArmedGroup], which carried out a string of bombings in [Dorva|City] and [Solna|City] last year, denied in a statement on Monday any link to [Ansar Nur|ArmedGroup], the group blamed by police.',
    [],
  ],
  [
    'The [Sahel Brigade|ArmedGroup], whose leaders met envoys from [Kivara|Country] in [Mareth|City] last month, left the [Valley Alliance|Organization] in 2022 after a dispute over territory, its spokesman said.',
    [],
  ],
  [
    'Officials in [Mareth|City] said the [FLN-R|ArmedGroup], which controls much of the eastern border with [Kivara|Country], could become part of the [Valley Alliance|Organization] if talks in the capital succeed this year.',
    [],
  ],
  [
    'The [Kashan Front|ArmedGroup], which the [Popular Resistance|ArmedGroup] expelled from its ranks in 2021 after a dispute over the port of [Solna|City], has fought government forces near [Dorva|City] since then.',
    [],
  ],
  [
    'The [Kashan Front|ArmedGroup], which has fought the [Popular Resistance|ArmedGroup] for control of the port at [Solna|City] since 2019, according to local officials and residents, is not part of any coalition.',
    [],
  ],
];

const LEADERSHIP: Case[] = [
  [
    'The [Popular Guard|ArmedGroup], which seized the town of [Solna|City] in 2019 and has since been accused by the [United Nations|InternationalOrganization] of abuses, is led by [Karim Saleh|Person], a former army colonel.',
    ['leadership leader=karim-saleh org=popular-guard'],
  ],
  [
    '[Karim Saleh|Person], a former army colonel who trained in [Kivara|Country] and fought in the civil war of the 1990s, heads the [Popular Guard|ArmedGroup], which controls the port of [Solna|City], officials said.',
    ['leadership leader=karim-saleh org=popular-guard'],
  ],
  [
    'Speaking to reporters in [Mareth|City] on Thursday, [Mei Lin|Person], who has chaired the [Harbor Party|PoliticalParty] since 2016 and served twice as foreign minister, said the vote would go ahead in June.',
    ['leadership leader=mei-lin org=harbor-party'],
  ],
  [
    'The [Ostra Fund|Organization], a foundation registered in [Cyprus|Country] that the [US Treasury|GovernmentAgency] says financed arms purchases for the militia, is headed by businessman [Pavel Orlov|Person].',
    ['leadership leader=pavel-orlov org=ostra-fund'],
  ],
  [
    'The [Valley Alliance|Organization], a coalition of armed groups formed in [Mareth|City] in 2015 with backing from [Kivara|Country] and the [Gulf Council|InternationalOrganization], is now led by [Ali Varga|Person], diplomats said.',
    ['leadership leader=ali-varga org=valley-alliance'],
  ],
  [
    '[Omar Tesh|Person], the leader of the [Sahel Brigade|ArmedGroup] (SB), which has carried out attacks in [Mareth|City] and across the border in [Kivara|Country] since 2018, was killed in an air strike, the army said.',
    ['leadership leader=omar-tesh org=sahel-brigade'],
  ],
  [
    'The [Popular Guard|ArmedGroup], whose founder, [Karim Saleh|Person], was killed in an air strike near [Solna|City] in 2019, is now led by [Omar Tesh|Person], a former deputy, officials in [Mareth|City] said on Monday.',
    ['leadership leader=omar-tesh org=popular-guard'],
  ],
  [
    '[Ali Varga|Person], a spokesman for the [Valley Alliance|Organization], which groups six militias from the east around [Mareth|City], said the [FLN-R|ArmedGroup], led by [Omar Tesh|Person], was not a member.',
    ['leadership leader=omar-tesh org=fln-r'],
  ],
  // negatives
  [
    '[Karim Saleh|Person], a former army colonel who trained in [Kivara|Country] and fought in the civil war of the 1990s, no longer leads the [Popular Guard|ArmedGroup], which he founded in [Solna|City], officials said.',
    [],
  ],
  [
    '[Mei Lin|Person], a lawyer who has represented members of the [Harbor Party|PoliticalParty] in several trials in [Mareth|City] since 2016, said on Thursday that the party\'s leaders had been wrongly detained.',
    [],
  ],
  [
    '[Karim Saleh|Person], who was arrested in [Mareth|City] in 2019 on charges of financing the [Popular Guard|ArmedGroup], a militia active along the border, is a former member of the [Harbor Party|PoliticalParty].',
    [],
  ],
  [
    '[Mei Lin|Person], whose brother heads the [Harbor Party|PoliticalParty] in the port city of [Solna|City], a stronghold of the opposition since 2016, was elected mayor on Sunday.',
    [],
  ],
  [
    'The [Valley Alliance|Organization], a coalition of armed groups formed in [Mareth|City] in 2015, has demanded that [Ali Varga|Person], a former minister accused of corruption by the [Gulf Council|InternationalOrganization], step down.',
    [],
  ],
  [
    '[Pavel Orlov|Person], a businessman who denies any role in the [Ostra Fund|Organization], a foundation registered in [Cyprus|Country] that the [US Treasury|GovernmentAgency] says financed arms purchases, was detained in [Mareth|City].',
    [],
  ],
];

describe('affiliation: long sentences with asides, relative clauses and parentheses between the sides', () => table('affiliation', AFFILIATION));
describe('leadership: long sentences with asides, relative clauses and parentheses between the sides', () => table('leadership', LEADERSHIP));

// Not read yet: a parent named only by a description resolved from earlier in the sentence ("part of the
// coalition"). It must fail until the mechanism covers it; then it moves up into the table.
const GAPS: [string, string, string][] = [
  [
    'The [Popular Resistance|ArmedGroup], a loose alliance formed in 2015, said in a statement that the [Kashan Front|ArmedGroup], which had fought alongside it in [Solna|City] and [Dorva|City], was now part of the coalition.',
    'affiliation',
    'affiliation member=kashan-front parent=popular-resistance',
  ],
];

describe('affiliation: long sentences not read yet (known gaps)', () => {
  it.fails.each(GAPS)('%s', (marked, kind, fact) => {
    expect(read(marked, kind as 'affiliation')).toContain(fact);
  });
});
