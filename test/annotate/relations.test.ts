import { describe, expect, it } from 'vitest';
import { annotateRelations } from '../../src/annotate/relations/relationsStage.js';
import { annotatedDoc } from '../support/annotatedDoc.js';
import { line, read, table, type Case } from './relations/readFacts.js';

describe('designations', () => {
  table('designation', [
    // an appositive that holds a list of places belongs to the subject, which alone is designated
    [
      '[Ahrar Front|ArmedGroup], an insurgent group active in [Tarsa|City], [Velm|City] and [Orin|City], was designated as a Foreign Terrorist Organization in 2018.',
      ['designation designee=ahrar-front [foreign terrorist organization] @2018'],
    ],
    // "designated by X as": X designates, never the name before "by"
    [
      '[Ahrar Front|ArmedGroup], which gets money from [Atlantis|Country], was designated by the [Ministry of Justice|GovernmentAgency] as a terrorist organization in 2015.',
      ['designation designator=ministry-of-justice designee=ahrar-front [terrorist organization] @2015'],
    ],
    [
      'Clashes were led by [Ahrar Front|ArmedGroup], a designated terrorist organization.',
      ['designation designee=ahrar-front [terrorist organization]'],
    ],
    [
      '[Canada|Country] designated [the movement|ArmedGroup=ahrar-front] a terror organization in 2019.',
      ['designation designator=canada designee=ahrar-front [terrorist organization] @2019'],
    ],
    [
      'Today, the [Department of State|GovernmentAgency] is designating [Liwa Alpha|ArmedGroup], [Liwa Beta|ArmedGroup] and [Liwa Gamma|ArmedGroup] as Foreign Terrorist Organizations.',
      [
        'designation designator=department-of-state designee=liwa-alpha [foreign terrorist organization] @2023-03-01',
        'designation designator=department-of-state designee=liwa-beta [foreign terrorist organization] @2023-03-01',
        'designation designator=department-of-state designee=liwa-gamma [foreign terrorist organization] @2023-03-01',
      ],
    ],
    [
      '[Norway|Country] listed [Liwa Alpha|ArmedGroup] and [Liwa Beta|ArmedGroup] as terrorist groups. [Norway|Country] had previously designated both groups as Specially Designated Global Terrorists.',
      [
        'designation designator=norway designee=liwa-alpha [terrorist organization]',
        'designation designator=norway designee=liwa-beta [terrorist organization]',
        'designation designator=norway designee=liwa-alpha [specially designated global terrorist]',
        'designation designator=norway designee=liwa-beta [specially designated global terrorist]',
      ],
    ],
    [
      'Officials said [Ahrar Front|ArmedGroup] is "a terrorist organization designated by [Canada|Country]."',
      ['designation designator=canada designee=ahrar-front [terrorist organization]'],
    ],
    [
      'The [Ministry|GovernmentAgency]\'s designation of [Ahrar Front|ArmedGroup], also known as [the Front|ArmedGroup=ahrar-front], as a Foreign Terrorist Organization takes effect today.',
      ['designation designator=ministry designee=ahrar-front [foreign terrorist organization] @2023-03-01'],
    ],
    // "the group" is what the sentence is about, not what it distances itself from
    [
      'Despite efforts by [Ahrar Front|ArmedGroup] to distance itself from [ISIS|ArmedGroup], [Canada|Country] designated the group a terrorist organization in 2019.',
      ['designation designator=canada designee=ahrar-front [terrorist organization] @2019'],
    ],
    // the same when an earlier stage resolved "the group" to the name it distances itself from
    [
      'Despite efforts by [Ahrar Front|ArmedGroup] to distance itself from [ISIS|ArmedGroup], [Canada|Country] designated [the group|ArmedGroup=isis] a terrorist organization in 2019.',
      ['designation designator=canada designee=ahrar-front [terrorist organization] @2019'],
    ],
    // one fact told three times, the designator given once: one fact
    [
      '[Ahrar Front|ArmedGroup], a designated terrorist organization, denied it. [Canada|Country] designated [the group|ArmedGroup=ahrar-front] a terrorist organization in 2019. [Ahrar Front|ArmedGroup] is still a designated terrorist organization.',
      ['designation designator=canada designee=ahrar-front [terrorist organization] @2019'],
    ],
    // the release's own voice designates when no sentence names the designator
    [
      '[Ahrar Front|ArmedGroup] is being designated as a Specially Designated Global Terrorist.',
      // told in the present progressive: it happens on the day of publication
      ['designation designee=ahrar-front [specially designated global terrorist] @2023-03-01'],
    ],
    // negated and hypothetical designations state nothing
    [
      'Today the [Ministry|GovernmentAgency] designated [Ahrar Front|ArmedGroup] as a Foreign Terrorist Organization (FTO) and a Specially Designated Global Terrorist.',
      [
        'designation designator=ministry designee=ahrar-front [foreign terrorist organization] @2023-03-01',
        'designation designator=ministry designee=ahrar-front [specially designated global terrorist] @2023-03-01',
      ],
    ],
    [
      '[Ruritania|Country]\'s [Home Ministry|GovernmentAgency] banned [Ahrar Front|ArmedGroup] as a terrorist organization under the Security Act in January 2022.',
      ['designation designator=home-ministry designee=ahrar-front [terrorist organization] @2022-01'],
    ],
    [
      '[OFAC|GovernmentAgency] previously designated [Ahrar Front|ArmedGroup] as a Specially Designated Global Terrorist on January 17, 2022.',
      ['designation designator=ofac designee=ahrar-front [specially designated global terrorist] @2022-01-17'],
    ],
    [
      'The [Ruritanian government|Government] has proscribed [Ahrar Front|ArmedGroup] in its entirety as a terrorist organisation.',
      ['designation designator=ruritanian-government designee=ahrar-front [terrorist organization]'],
    ],
    [
      'The movement, founded in 1990, is considered a terrorist organization by [Canada|Country].',
      [],
    ],
    [
      '[Ahrar Front|ArmedGroup], founded in 1990, is considered a terrorist organization by [Canada|Country].',
      ['designation designator=canada designee=ahrar-front [terrorist organization]'],
    ],
    [
      'Today, [OFAC|GovernmentAgency] is designating [Sami Nour|Person], a financier of the group, pursuant to E.O. 13224.',
      ['designation designator=ofac designee=sami-nour [designated under executive order 13224] @2023-03-01'],
    ],
    [
      'The [Ministry|GovernmentAgency] is today designating [Liwa Beta|ArmedGroup] leader [Sami Nour|Person] and two of his deputies as Specially Designated Global Terrorists.',
      ['designation designator=ministry designee=sami-nour [specially designated global terrorist] @2023-03-01'],
    ],
    [
      'Fighters of [Ahrar Front|ArmedGroup], which [Canada|Country] lists as a terrorist organization, crossed over.',
      ['designation designator=canada designee=ahrar-front [terrorist organization]'],
    ],
    [
      '[Ahrar Front|ArmedGroup] was designated as a Foreign Terrorist Organization in 2018.',
      ['designation designee=ahrar-front [foreign terrorist organization] @2018'],
    ],
    [
      '[Ahrar Front|ArmedGroup], an [ISIS|ArmedGroup] affiliate in the [Sahel|Region], was designated as a Foreign Terrorist Organization in 2018.',
      ['designation designee=ahrar-front [foreign terrorist organization] @2018'],
    ],
    ['[Canada|Country] has not designated [Ahrar Front|ArmedGroup] as a terrorist organization.', []],
    ['[Canada|Country] could designate [Ahrar Front|ArmedGroup] as a terrorist organization.', []],
    ['[Canada|Country] will designate [Ahrar Front|ArmedGroup] as a terrorist organization.', []],
    // near miss: a state sponsor described, not listed
    ['As the leading sponsor of terrorism, [Atlantis|Country] keeps funding militias.', []],
  ]);

  it('takes the designator from the outlet when the article is the designating body\'s own release', () => {
    const lines = read(
      'Today we announce that [Ahrar Front|ArmedGroup] is being designated as a Specially Designated Global Terrorist. The [Department of State|GovernmentAgency] acts under its authorities.',
      'designation',
      { outlet: 'U.S. Department of State' },
    );
    expect(lines).toEqual(['designation designator=department-of-state designee=ahrar-front [specially designated global terrorist] @2023-03-01']);
  });

  it('reads "Department of X" outlets as the "X Department" the text names', () => {
    const lines = read('[Ahrar Front|ArmedGroup] is being designated as a terrorist organization by the [State Department|GovernmentAgency].', 'designation', {
      outlet: 'U.S. Department of State',
    });
    expect(lines).toEqual(['designation designator=state-department designee=ahrar-front [terrorist organization] @2023-03-01']);
  });

  it('counts a fact told in three sentences once, with three evidence spans and a higher confidence', () => {
    const doc = annotatedDoc(
      '[Ahrar Front|ArmedGroup], a designated terrorist organization, denied it. [Canada|Country] designated [the group|ArmedGroup=ahrar-front] a terrorist organization in 2019. [Ahrar Front|ArmedGroup] is still a designated terrorist organization.',
    );
    annotateRelations(doc);
    const [fact] = doc.relations;
    expect(doc.relations).toHaveLength(1);
    expect(fact!.evidence.map((e) => e.sentence)).toEqual([0, 1, 2]);
    expect(fact!.confidence).toBeGreaterThan(0.9);
  });
});

describe('supports', () => {
  table('support', [
    // what a group receives, and from whom
    [
      '[Ahrar Front|ArmedGroup], which receives weapons and training from [Atlantis|Country]\'s [Coastal Guard|MilitaryForce], was listed in 2019.',
      ['support supported=ahrar-front supporter=coastal-guard'],
    ],
    ['[Ahrar Front|ArmedGroup] gets money from [Atlantis|Country].', ['support supported=ahrar-front supporter=atlantis']],
    ['[Ahrar Front|ArmedGroup] never received weapons from [Atlantis|Country].', []],
    ['[Ahrar Front|ArmedGroup] received a letter from [Atlantis|Country].', []],
    // a backer of a government the sentence describes, not names
    [
      'The [Ruritanian junta|Government] held the capital. [Atlantis|Country], a major backer of the junta, hosted talks.',
      ['support supported=ruritanian-junta supporter=atlantis'],
    ],
    ['[Iran|Country]-backed [Hezbollah|ArmedGroup] fighters crossed the border.', ['support supported=hezbollah supporter=iran']],
    [
      'The [Maduro government|Government], backed by [Russia|Country], [China|Country] and [Cuba|Country], is under pressure.',
      [
        'support supported=maduro-government supporter=russia',
        'support supported=maduro-government supporter=china',
        'support supported=maduro-government supporter=cuba',
      ],
    ],
    ['[Turkey|Country] — a main supporter of the [Syrian National Army|ArmedGroup] — launched strikes.', ['support supported=syrian-national-army supporter=turkey']],
    [
      'Two groups were named: [Liwa Alpha|ArmedGroup] and [Liwa Beta|ArmedGroup]. [Atlantis|Country] continues to provide support that enables these groups to strike.',
      ['support supported=liwa-alpha supporter=atlantis', 'support supported=liwa-beta supporter=atlantis'],
    ],
    ['[Kenyan troops|MilitaryForce] counterattacked, in support of the [Somali army|MilitaryForce].', ['support supported=somali-army supporter=kenyan-troops']],
    ['[Ruritania|Country] supplies drones to [Ahrar Front|ArmedGroup].', ['support supported=ahrar-front supporter=ruritania']],
    // who reports a supply is no supplier
    ['The [Ministry|GovernmentAgency] said the companies supplied weapons to [Ahrar Front|ArmedGroup].', []],
    // a charge or a warning is no support
    ['[Canada|Country] could sanction [Atlantis|Country] for supplying drones to [Ruritania|Country].', []],
    ['[Canada|Country] warned [Atlantis|Country] against providing weapons to [Ruritania|Country].', []],
    ['[Ahrar Front|ArmedGroup] is armed by [Ruritania|Country].', ['support supported=ahrar-front supporter=ruritania']],
    ['[Ahrar Front|ArmedGroup] is backed by [Ruritania|Country]\'s [Qods Force|MilitaryForce].', ['support supported=ahrar-front supporter=qods-force']],
    ['[Ahrar Front|ArmedGroup], which has ruled [Sahel|Region] since 2007, is backed by [Ruritania|Country].', ['support supported=ahrar-front supporter=ruritania']],
    [
      'The [Qods Force|MilitaryForce] ([QF|MilitaryForce=qods-force]) has provided [Ahrar Front|ArmedGroup] with millions of dollars.',
      ['support supported=ahrar-front supporter=qods-force'],
    ],
    [
      '[Ahrar Front|ArmedGroup], a [Canada|Country]-designated terrorist group, has long relied on [Ruritania|Country] for funding.',
      ['support supported=ahrar-front supporter=ruritania'],
    ],
    ['[China|Country], a major backer of the [junta|Government=junta], stayed silent.', ['support supported=junta supporter=china']],
    [
      'The [junta|Government=junta], which has relied on [Russian mercenaries|CollectiveActor] since 2021, lost ground in May.',
      ['support supported=junta supporter=russian-mercenaries @2021'],
    ],
    // the compound qualifies a place: nobody supports a city
    ['Fighters entered the [U.N.|InternationalOrganization]-supported [Tripoli|City] suburbs.', []],
    // negation and hypothetical
    ['[Ruritania|Country] has never backed [Ahrar Front|ArmedGroup].', []],
    ['[Atlantis|Country] accused [Ruritania|Country] of sending troops and weapons to the [Free Army|ArmedGroup].', ['support supported=free-army supporter=ruritania']],
    ['[Atlantis|Country] urged [Ruritania|Country] to stop supporting the [Free Army|ArmedGroup].', []],
    ['[Ruritania|Country] would not support [Ahrar Front|ArmedGroup].', []],
  ]);
});

describe('alliances', () => {
  table('alliance', [
    // a descriptive apposition that names a people or country between the name and "allied with"
    [
      'Rebels clashed with the [Red Hand|ArmedGroup], a [Ruritanian|ArmedGroup] militia allied with [Atlantis|Country].',
      ['alliance a=atlantis b=red-hand'],
    ],
    ['Rebels clashed with the [Red Hand|ArmedGroup], a [Ruritanian|ArmedGroup] militia never allied with [Atlantis|Country].', []],
    [
      'Today [Canada|Country] listed [Atlantis|Country]-aligned militia groups [Liwa Alpha|ArmedGroup] and [Liwa Beta|ArmedGroup].',
      ['alliance a=atlantis b=liwa-alpha', 'alliance a=atlantis b=liwa-beta'],
    ],
    ['[Ahrar Front|ArmedGroup] is closely allied with [Liwa Beta|ArmedGroup].', ['alliance a=ahrar-front b=liwa-beta']],
    ['[Liwa Beta|ArmedGroup], a militia allied with [Atlantis|Country], withdrew.', ['alliance a=atlantis b=liwa-beta']],
    ['The [Ruritanian army|MilitaryForce], fighting alongside local militias known as [Liwa Beta|ArmedGroup], advanced.', ['alliance a=liwa-beta b=ruritanian-army']],
    ['[Ruritania|Country] and [Atlantis|Country] are bound by a 1951 Mutual Defense Treaty.', ['alliance a=atlantis b=ruritania @1951']],
    ['The [United States|Country], [Israel|Country]\'s main ally, sent an envoy.', ['alliance a=israel b=united-states']],
    // a trade agreement is no alliance
    ['[Ruritania|Country] and [Atlantis|Country] signed a free trade agreement.', []],
    ['[Ruritania|Country] would not join a military alliance with [Atlantis|Country].', []],
    [
      'The [Redline Group|ArmedGroup], a mercenary outfit founded by [Ivan Petrov|Person], has fought alongside [Malian troops|MilitaryForce].',
      ['alliance a=malian-troops b=redline-group'],
    ],
    ['[Former rebel groups|CollectiveActor] allied with the [army|MilitaryForce=army] took the town.', ['alliance a=army b=former-rebel-groups']],
    [
      'The [United Nations|InternationalOrganization] works hand in hand with the [African Union|InternationalOrganization].',
      ['alliance a=african-union b=united-nations'],
    ],
    [
      'Nothing will shake the resolve of the [United Nations|InternationalOrganization] to work hand in hand with the [African Union|InternationalOrganization] and [AMISOM|InternationalOrganization].',
      ['alliance a=african-union b=united-nations', 'alliance a=amisom b=united-nations'],
    ],
    ['[Ruritania|Country] and [Atlantis|Country] signed a mutual defense pact on Monday.', ['alliance a=atlantis b=ruritania @2023-02-27']],
    // a compound written inside one mention is read as two
    [
      'Police arrested [Atlantis-aligned militia groups|CollectiveActor] [Liwa Alpha|ArmedGroup] and [Liwa Beta|ArmedGroup]. [Atlantis|Country] denied it.',
      ['alliance a=atlantis b=liwa-alpha', 'alliance a=atlantis b=liwa-beta'],
    ],
    ['[Ruritania|Country] is not allied with [Atlantis|Country].', []],
    ['[Ruritania|Country] fought [Atlantis|Country] for years.', []],
  ]);
});

describe('affiliations', () => {
  table('affiliation', [
    // a named part of the body "its" stands for
    ['The [Red Hand|ArmedGroup] claimed the attack through its [Voice of Dawn|MediaOutlet] news agency.', ['affiliation member=voice-of-dawn parent=red-hand']],
    ['The [Red Hand|ArmedGroup] said its [Youth Guard|ArmedGroup] wing had disarmed.', ['affiliation member=youth-guard parent=red-hand']],
    ['The [Red Hand|ArmedGroup] read the claim on [Voice of Dawn|MediaOutlet], a news agency.', []],
    // "the group" as the member, and a force of a regional body
    [
      'The [Red Hand|ArmedGroup] seized a port. The group is part of the [Northern Alliance|Organization], which formed in 2021.',
      ['affiliation member=red-hand parent=northern-alliance'],
    ],
    ['An [Economic Community of Coastal States|Organization] force, [COSFOR|MilitaryForce], is withdrawing.', ['affiliation member=cosfor parent=economic-community-of-coastal-states']],
    ['The [Red Hand|ArmedGroup] seized a port. The group is not part of the [Northern Alliance|Organization].', []],
    // a long name no stage recognized stands for the acronym after it
    ['[Nasr Brigade|ArmedGroup], a front for Jaysh al-Fath al-Jadid ([JFJ|ArmedGroup]), attacked.', ['affiliation member=nasr-brigade parent=jfj']],
    ['[Nasr Brigade|ArmedGroup], a front for the movement, attacked.', []],
    [
      'He started a different group, an [al Qaeda|ArmedGroup] Syrian affiliate called [Jund al-Haqq|ArmedGroup].',
      ['affiliation member=jund-al-haqq parent=al-qaeda'],
    ],
    ['They were once "[Nasr Brigade|ArmedGroup]," an [al Qaeda|ArmedGroup] affiliate in [Yemen|Country].', ['affiliation member=nasr-brigade parent=al-qaeda']],
    [
      'The [Department of Commerce|GovernmentAgency]\'s [Bureau of Industry and Security|GovernmentAgency] acted.',
      ['affiliation member=bureau-of-industry-and-security parent=department-of-commerce'],
    ],
    ['[Malian troops|MilitaryForce] working for the [UN mission|InternationalOrganization] were hit.', ['affiliation member=malian-troops parent=un-mission']],
    [
      'The [African Union Mission in Sudan|InternationalOrganization] lost ten men. [Chadian troops|MilitaryForce] working for the [African Union|InternationalOrganization] mission were hit.',
      ['affiliation member=african-union-mission-in-sudan parent=african-union', 'affiliation member=chadian-troops parent=african-union-mission-in-sudan'],
    ],
    // "the AU mission" with no such mission named: no affiliation to the AU itself
    ['[Chadian troops|MilitaryForce] working for the [African Union|InternationalOrganization] mission were hit.', []],
    ['[Liwa Beta|ArmedGroup] is part of the [Sahel Alliance|Organization].', ['affiliation member=liwa-beta parent=sahel-alliance']],
    ['Troops from a [Southern Union|InternationalOrganization] mission, known as [SUMS|InternationalOrganization], arrived.', ['affiliation member=sums parent=southern-union']],
    ['[MINUSA|InternationalOrganization], the [U.N.|InternationalOrganization] peacekeeping mission, left.', ['affiliation member=minusa parent=u-n']],
    ['[Alpha Mining|Company] and its subsidiary [Beta Gold|Company] were named.', ['affiliation member=beta-gold parent=alpha-mining']],
    ['[Liwa Beta|ArmedGroup], a front and proxy for [Ahrar Front|ArmedGroup], struck.', ['affiliation member=liwa-beta parent=ahrar-front']],
    ['[Ahrar Front|ArmedGroup]\'s military wing, the [Kataib Nasr|ArmedGroup], was banned.', ['affiliation member=kataib-nasr parent=ahrar-front']],
    ['[Ahrar Front|ArmedGroup] was founded in 1987 as an offshoot of the [Sahel Alliance|Organization].', ['affiliation member=ahrar-front parent=sahel-alliance']],
    [
      'The [Qods Force|MilitaryForce] ([QF|MilitaryForce=qods-force]), the foreign arm of the [Guard Corps|MilitaryForce], acted.',
      ['affiliation member=qods-force parent=guard-corps'],
    ],
    ['[Liwa Beta|ArmedGroup], a member of the [Sahel Alliance|Organization], denied it.', ['affiliation member=liwa-beta parent=sahel-alliance']],
    ['[Kataib Nasr|ArmedGroup], the [Ahrar Front|ArmedGroup]\'s armed wing, fired rockets.', ['affiliation member=kataib-nasr parent=ahrar-front']],
    ['The [Ahrar Front|ArmedGroup]\'s armed wing, [Kataib Nasr|ArmedGroup], fired rockets.', ['affiliation member=kataib-nasr parent=ahrar-front']],
    [
      'Officials named three firms that are linked to the mercenary outfit "[Redline|ArmedGroup]". [Alpha Mining|Company], [Beta Gold|Company] and [Gamma Logistics|Company] were named.',
      ['affiliation member=alpha-mining parent=redline', 'affiliation member=beta-gold parent=redline', 'affiliation member=gamma-logistics parent=redline'],
    ],
    [
      'Agents raided [Redline|ArmedGroup]-linked companies in [Mali|Country], including [Alpha Mining|Company] and [Beta Gold|Company].',
      ['affiliation member=alpha-mining parent=redline', 'affiliation member=beta-gold parent=redline'],
    ],
    [
      'Troops of the [African Union|InternationalOrganization] and the [African Union Mission in Sudan|InternationalOrganization] met.',
      ['affiliation member=african-union-mission-in-sudan parent=african-union'],
    ],
    // a person's organization is a leadership, not an affiliation; a designation of a group is no part of the designator
    ['[Haftar|Person]\'s [LNA|ArmedGroup] forces advanced.', []],
    ['[Ahrar Front|ArmedGroup]\'s rival [Liwa Beta|ArmedGroup] struck back.', []],
    ['The [Ministry|GovernmentAgency]\'s designation of [Ahrar Front|ArmedGroup] as a terrorist organization stands.', []],
    // a count the next sentence does not match names nobody
    ['Officials named three firms linked to [Redline|ArmedGroup]. [Alpha Mining|Company] was one.', []],
  ]);
});

describe('successions', () => {
  table('succession', [
    // a merger told with the merged body as object
    [
      'The [Unity Front|Organization] ruled for a decade, until the president merged it into his new [National Renewal Party|Organization] in 2019.',
      ['succession predecessor=unity-front successor=national-renewal-party'],
    ],
    ['The [Unity Front|Organization] refused when the president wanted to merge it into his new [National Renewal Party|Organization].', []],
    [
      '[Canada|Country] designated [the movement|ArmedGroup=ahrar-front] in 2019, saying [it|ArmedGroup=ahrar-front] evolved from the original group, [Liwa al-Haqq|ArmedGroup].',
      ['succession predecessor=liwa-al-haqq successor=ahrar-front'],
    ],
    [
      '"They are formerly known as \'[Nasr Brigade|ArmedGroup],\' but nothing changed," [Kader|Person] said Monday of [Ahrar Front|ArmedGroup].',
      ['succession predecessor=nasr-brigade successor=ahrar-front'],
    ],
    ['[Omega Trading SARL|Company] (Omega SARL), now known as [Delta Holdings|Company], was fined.', ['succession predecessor=omega-trading-sarl successor=delta-holdings']],
    ['[Nasr Brigade|ArmedGroup] rebranded itself as [Ahrar Front|ArmedGroup] in 2017.', ['succession predecessor=nasr-brigade successor=ahrar-front']],
    [
      '[Sahel Front|ArmedGroup] was formed in 2017 through the merger of [Liwa Alpha|ArmedGroup], [Liwa Beta|ArmedGroup] and [Nasr Brigade|ArmedGroup].',
      [
        'succession predecessor=liwa-alpha successor=sahel-front',
        'succession predecessor=liwa-beta successor=sahel-front',
        'succession predecessor=nasr-brigade successor=sahel-front',
      ],
    ],
    ['[Sahel Front|ArmedGroup] grew out of [Nasr Brigade|ArmedGroup].', ['succession predecessor=nasr-brigade successor=sahel-front']],
    ['[Delta Holdings|Company], the mining company formerly known as [Omega Trading|Company], was fined.', ['succession predecessor=omega-trading successor=delta-holdings']],
    [
      'The [Free Army|ArmedGroup] fought on. The paramilitary group grew out of the [Nasr Brigade|ArmedGroup].',
      ['succession predecessor=nasr-brigade successor=free-army'],
    ],
    ['[Nasr Brigade|ArmedGroup] did not merge into [Ahrar Front|ArmedGroup].', []],
    // a splinter is the successor of the body it left
    ['[Ahrar Front|ArmedGroup] split from [Nasr Brigade|ArmedGroup].', ['succession predecessor=nasr-brigade successor=ahrar-front']],
    // a parent does not grow out of its own affiliate: "it" was misread
    [
      'He set up an [ISIS|ArmedGroup] affiliate called [Jund al-Haqq|ArmedGroup]. Despite that, [ISIS|ArmedGroup] acted, saying it evolved from [Jund al-Haqq|ArmedGroup].',
      [],
    ],
  ]);
});

describe('foundings', () => {
  table('founding', [
    [
      'The founder of [Ahrar Front|ArmedGroup], [Omar Haddad|Person], previously started a different group, an [ISIS|ArmedGroup] affiliate called [Jund al-Haqq|ArmedGroup].',
      ['founding founder=omar-haddad org=ahrar-front', 'founding founder=omar-haddad org=jund-al-haqq'],
    ],
    ['[Redline|ArmedGroup] founder [Ivan Petrov|Person] died in 2023.', ['founding founder=ivan-petrov org=redline']],
    ['[Omar Haddad|Person] founded [Ahrar Front|ArmedGroup] in 2012.', ['founding founder=omar-haddad org=ahrar-front']],
    ['[Ahrar Front|ArmedGroup] was founded by [Omar Haddad|Person] in 2012.', ['founding founder=omar-haddad org=ahrar-front']],
    ['The [Sahel Coalition|Organization], a coalition launched in [Bamako|City] in December by [Omar Haddad|Person], grew.', ['founding founder=omar-haddad org=sahel-coalition']],
    ['The [Unity Party|Organization], founded in 2012 by [Omar Haddad|Person], won.', ['founding founder=omar-haddad org=unity-party']],
    ['The [Redline Group|ArmedGroup], a mercenary outfit founded by [Ivan Petrov|Person], fought on.', ['founding founder=ivan-petrov org=redline-group']],
    ['[Omar Haddad|Person] started fighting [Ahrar Front|ArmedGroup] in 2012.', []],
    ['[Omar Haddad|Person] did not found [Ahrar Front|ArmedGroup].', []],
    [
      '[Omar Haddad|Person], a former ally of [Sami Nour|Person], founded [Ahrar Front|ArmedGroup] in 2014.',
      ['founding founder=omar-haddad org=ahrar-front'],
    ],
  ]);
});

describe('roles and leaderships', () => {
  table('role', [
    ['Maj. Gen. [Jane Roe|Person], the [Pentagon|GovernmentAgency] press secretary, spoke.', ['role org=pentagon person=jane-roe [press secretary]']],
    ['[State Department|GovernmentAgency] spokesperson [Tom Lee|Person] said so.', ['role org=state-department person=tom-lee [spokesperson]']],
    ['It was put into focus by national security adviser [Ann Fox|Person].', ['role person=ann-fox [national security adviser]']],
    ['[U.N.|InternationalOrganization] Secretary-General [Li Wei|Person] condemned it.', ['role org=u-n person=li-wei [secretary general]']],
    ['Deputy [Kismayo|City] Governor [Abdi Farah|Person] told reporters.', ['role org=kismayo person=abdi-farah [deputy governor]']],
    [
      '"It matters," said [Bo Chan|Person], Under Secretary of the [Treasury|GovernmentAgency] for Terrorism.',
      ['role org=treasury person=bo-chan [under secretary]'],
    ],
    [
      'The [Defense Ministry|GovernmentAgency] said the attack failed, and spokesperson [Ara Petrosyan|Person] said more.',
      ['role org=defense-ministry person=ara-petrosyan [spokesperson]'],
    ],
    ['[Azerbaijani|Country=azerbaijan] President [Ilham Aliyev|Person] spoke.', ['role org=azerbaijan person=ilham-aliyev [president]']],
    ['[President Trump|Person] spoke.', ['role person=president-trump [president]']],
    // a president's own regime is the government the office belongs to
    ['Sanctions on President [[Ivan Petrov|Person]\'s regime|Government=petrov-regime] remain.', ['role org=petrov-regime person=ivan-petrov [president]']],
    ['[Saleh Idris|Person], the leader of the armed faction known as the [Free Army|ArmedGroup], met them.', ['role org=free-army person=saleh-idris [leader]']],
    ['[Omar Haddad|Person], the chief executive of [Alpha Mining|Company], resigned.', []],
    ['[Omar Haddad|Person] met the president on Monday.', []],
    // a title is a whole word: "backing" holds no king
    ['[Atlantis|Country] accused [Ruritania|Country] of backing [Omar Haddad|Person].', []],
    ['Prime Minister [Ana Vold|Person] spoke.', ['role person=ana-vold [prime minister]']],
    ['[Army|MilitaryForce=army] spokesman Lt. Col. [Bo Lind|Person] denied it.', ['role org=army person=bo-lind [spokesperson]']],
    ['The [Free Army|ArmedGroup] said its deputy commander, Brig. Gen. [Bo Lind|Person], was killed.', ['role org=free-army person=bo-lind [deputy commander]']],
    ['[Bo Lind|Person], a member of the [Sovereign Council|GovernmentAgency] ([SC|GovernmentAgency=sovereign-council]), resigned.', ['role org=sovereign-council person=bo-lind [member]']],
    // a mention inside a title is a word of the title
    ['[Home|Place] Secretary [Ana Vold|Person] spoke.', ['role person=ana-vold [home secretary]']],
    ['"We act," said Deputy Secretary of the [Treasury|GovernmentAgency] [Bo Lind|Person].', ['role org=treasury person=bo-lind [deputy secretary]']],
    ['"We act," said Under Secretary for Terrorism and Financial Intelligence [Bo Lind|Person].', ['role person=bo-lind [under secretary]']],
    [
      'The [Unity Government|Government], which is headed by Prime Minister [Ana Vold|Person], met.',
      ['role org=unity-government person=ana-vold [prime minister]'],
    ],
    ['"No," said [Bo Chan|Person], a spokesman for the [Sahel Alliance|Organization].', ['role org=sahel-alliance person=bo-chan [spokesperson]']],
    ['The [Ahrar Front|ArmedGroup]\'s chief negotiator, [Sami Nour|Person], left.', ['role org=ahrar-front person=sami-nour [chief negotiator]']],
  ]);
  table('leadership', [
    // a description at the head of a clause stands for the organization named before it, never for civilians
    [
      'The [Northern Legion|ArmedGroup] shelled [Tarsa|City], killing [nine civilians|CollectiveActor]. The militia group, led by Col. [Omar Haddad|Person], has held the hills since 2020.',
      ['leadership leader=omar-haddad org=northern-legion'],
    ],
    [
      'The [Ruritanian Armed Forces|MilitaryForce] retreated. The army is commanded by Gen. [Ivan Petrov|Person], who also heads the country\'s [Defence Council|GovernmentAgency].',
      ['leadership leader=ivan-petrov org=defence-council', 'leadership leader=ivan-petrov org=ruritanian-armed-forces'],
    ],
    ['[Nine civilians|CollectiveActor] fled. The group, led by [Omar Haddad|Person], reached the border.', []],
    ['The [Northern Legion|ArmedGroup] retreated. The group would be led by [Omar Haddad|Person] if he returned.', []],
    ['[Saleh Idris|Person], the leader of the armed faction known as the [Free Army|ArmedGroup], met them.', ['leadership leader=saleh-idris org=free-army']],
    [
      '[Kim Jong-un|Person] issued an order of the supreme commander of the [Korean People\'s Army|MilitaryForce] that units enter a wartime state.',
      ['leadership leader=kim-jong-un org=korean-peoples-army'],
    ],
    ['[Omar Haddad|Person], who leads [Ahrar Front|ArmedGroup], spoke.', ['leadership leader=omar-haddad org=ahrar-front']],
    ['The [Free Army|ArmedGroup], led by [Saleh Idris|Person], advanced.', ['leadership leader=saleh-idris org=free-army']],
    ['The [Free Army|ArmedGroup], led by Gen. [Saleh Idris|Person], advanced.', ['leadership leader=saleh-idris org=free-army']],
    [
      'The [Free Army|ArmedGroup] is commanded by [Saleh Idris|Person], who also heads [Sahel Front|ArmedGroup].',
      ['leadership leader=saleh-idris org=free-army', 'leadership leader=saleh-idris org=sahel-front'],
    ],
    ['[Ahrar Front|ArmedGroup] leader [Sami Nour|Person] spoke.', ['leadership leader=sami-nour org=ahrar-front']],
    ['The [Free Federation|ArmedGroup], led by former police officer [Saleh Idris|Person], advanced.', ['leadership leader=saleh-idris org=free-federation']],
    ['[Red Hand|ArmedGroup], a gang based in the north and led by [Saleh Idris|Person], grew.', ['leadership leader=saleh-idris org=red-hand']],
    ['The [Ruritanian|Country=ruritania]-led [Sahel Mission|InternationalOrganization] arrived.', ['leadership leader=ruritania org=sahel-mission']],
    ['Police raided the offices of the [Unity Party|Organization], detaining one of its leaders, [Sami Nour|Person].', ['leadership leader=sami-nour org=unity-party']],
    ['[Jamaat Nasr|ArmedGroup] ([JN|ArmedGroup=jamaat-nasr]) leader [Sami Nour|Person] spoke.', ['leadership leader=sami-nour org=jamaat-nasr']],
    ['[Sami Nour|Person], the head of [Ahrar Front|ArmedGroup], spoke.', ['leadership leader=sami-nour org=ahrar-front']],
    ['[The group|ArmedGroup=ahrar-front]\'s political leader, [Sami Nour|Person], lives abroad.', ['leadership leader=sami-nour org=ahrar-front']],
    // heads of state and deputies are roles, not leaderships
    ['[Azerbaijani|Country=azerbaijan] President [Ilham Aliyev|Person] spoke.', []],
    ['[Ann Fox|Person], deputy commander of the [Free Army|ArmedGroup], spoke.', []],
  ]);
});

describe('roles in a government body\'s own release', () => {
  // the release names its own country's officers without the country
  const meta = { outlet: 'Ruritanian Ministry of Defence' };
  it.each([
    ['The [Ministry of Defence|GovernmentAgency=ministry-of-defence] of [Ruritania|Country] acts on orders of President [Ana Vold|Person].', ['role org=ruritania person=ana-vold [president]']],
    ['The [Ministry of Defence|GovernmentAgency=ministry-of-defence] thanks Spokesperson [Bo Lind|Person].', ['role org=ministry-of-defence person=bo-lind [spokesperson]']],
  ] as Case[])('%s', (marked, expected) => {
    const doc = annotatedDoc(marked, { published: '2023-03-01', ...meta });
    // the actors stage gives bodies of a country its ISO code; here the test does
    for (const key of ['ministry-of-defence', 'ruritania']) {
      const e = doc.entities.get(key);
      if (e) e.country = 'RU';
    }
    annotateRelations(doc);
    expect(doc.relations.filter((r) => r.kind === 'role').map(line)).toEqual(expected);
  });
});

describe('sanctions', () => {
  table('sanction', [
    [
      '[Canada|Country] would not lift its sanctions on [Belarus|Country]. [Canada|Country] has imposed more sanctions on [Belarus|Country] since 2020.',
      ['sanction sanctioner=canada target=belarus @2020'],
    ],
    [
      'Today, the [Treasury|GovernmentAgency] continues to counter threats by sanctioning two companies. [Alpha Mining|Company] and [Beta Gold|Company] are being designated.',
      ['sanction sanctioner=treasury target=alpha-mining @2023-03-01', 'sanction sanctioner=treasury target=beta-gold @2023-03-01'],
    ],
    [
      'The [Treasury|GovernmentAgency] has taken previous action against several companies in [Mali|Country], including [Alpha Mining|Company] and [Beta Gold|Company]. The sanctions stand.',
      ['sanction sanctioner=treasury target=alpha-mining', 'sanction sanctioner=treasury target=beta-gold'],
    ],
    // a refused lifting says the sanctions stand; the regime, not its owner, is the target
    [
      '[Canada|Country] would not lift its sanctions on President [[Ivan Petrov|Person]\'s regime|Government=petrov-regime].',
      ['sanction sanctioner=canada target=petrov-regime'],
    ],
    // "the regime" stands for the last government named, not for the sanctioning country
    [
      'The [Petrov government|Government] cracked down. [Canada|Country] has applied more sanctions to the regime since 2020.',
      ['sanction sanctioner=canada target=petrov-government @2020'],
    ],
    ['[Canada|Country] has applied more sanctions to the regime since 2020.', []],
    [
      'The [Council|InternationalOrganization] today adopted restrictive measures against [Ivan Petrov|Person] and [Alpha Mining|Company].',
      ['sanction sanctioner=council target=alpha-mining @2023-03-01', 'sanction sanctioner=council target=ivan-petrov @2023-03-01'],
    ],
    [
      '[Ruritania|Country], [Atlantis|Country] and [Canada|Country] on Monday imposed entry bans on 11 officials, including Interior Minister [Ivan Petrov|Person].',
      [
        'sanction sanctioner=atlantis target=ivan-petrov @2023-02-27',
        'sanction sanctioner=canada target=ivan-petrov @2023-02-27',
        'sanction sanctioner=ruritania target=ivan-petrov @2023-02-27',
      ],
    ],
    [
      'The [Council|InternationalOrganization] imposed sanctions today. Among those listed is [Ivan Petrov|Person]. The listings also target [Alpha Mining|Company] and [Beta Gold|Company]. [Gamma Logistics|Company], a firm that ships oil, is also listed.',
      [
        'sanction sanctioner=council target=alpha-mining @2023-03-01',
        'sanction sanctioner=council target=beta-gold @2023-03-01',
        'sanction sanctioner=council target=gamma-logistics @2023-03-01',
        'sanction sanctioner=council target=ivan-petrov @2023-03-01',
      ],
    ],
    [
      'Sanctions apply. All property and interests in property of [Alpha Mining|Company] and [Beta Gold|Company] in the United States are blocked.',
      ['sanction target=alpha-mining', 'sanction target=beta-gold'],
    ],
    ['New sanctions were adopted. Among those listed is [Ivan Petrov|Person]\'s deputy [Oleg Rudin|Person].', ['sanction target=oleg-rudin']],
    ['[Ivan Petrov|Person] has been under sanctions imposed by the [Security Council|InternationalOrganization] since 2022.', ['sanction sanctioner=security-council target=ivan-petrov @2022']],
    // a listing as a terrorist group is a designation, not a sanction, where the article is not about sanctions
    ['[Norway|Country] listed [Liwa Alpha|ArmedGroup] as a terrorist group.', []],
    ['The [European Union|InternationalOrganization] lifted its sanctions on [Belarus|Country] in 2016.', ['sanction sanctioner=european-union target=belarus @2016 (lifted)']],
    ['The [European Union|InternationalOrganization] may impose sanctions on [Belarus|Country].', []],
    // the commanders are the targets, not their group
    ['[Canada|Country] sanctioned two [Ahrar Front|ArmedGroup] commanders in May.', []],
    ['The [European Union|InternationalOrganization] renewed its sanctions against [Ahrar Front|ArmedGroup] leaders.', []],
    [
      '[Canada|Country] sanctioned [Ivan Petrov|Person] in May and has imposed sanctions on [Alpha Mining|Company].',
      ['sanction sanctioner=canada target=alpha-mining', 'sanction sanctioner=canada target=ivan-petrov @2022-05'],
    ],
    [
      '[Canada|Country] imposed sanctions on three companies linked to [Redline|ArmedGroup] in 2023. [Alpha Mining|Company], [Beta Gold|Company] and [Gamma Logistics|Company] lost access.',
      ['sanction sanctioner=canada target=alpha-mining @2023', 'sanction sanctioner=canada target=beta-gold @2023', 'sanction sanctioner=canada target=gamma-logistics @2023'],
    ],
    ['The [European Union|InternationalOrganization] threatened to sanction [Belarus|Country].', []],
    // "taking action" is a sanction only where the article is about sanctions
    ['The [Treasury|GovernmentAgency] has taken action against [Alpha Mining|Company].', []],
    ['Sanctions loom. [Canada|Country] took action against [Alpha Mining|Company] in court.', []],
    ['Sanctions loom. [Alpha Mining|Company] is also listed on the stock exchange.', []],
    // an institution mistyped as a person still imposes; ranks and descriptions stand between "is" and the name
    [
      'The [Commission|Person] today adopted restrictive measures against five persons. Among those listed is Maj. Gen. [Ivan Petrov|Person]. The [Commission|Person] also listed three officers of the [Red Wing|MilitaryForce], including its deputy commander, Col. [Oleg Rudin|Person].',
      ['sanction sanctioner=commission target=ivan-petrov @2023-03-01', 'sanction sanctioner=commission target=oleg-rudin @2023-03-01'],
    ],
    // the listed items of an enumeration, past the appositives and relative clauses between them
    [
      'Sanctions were adopted. The listings also target [Alpha Mining|Company], the country\'s largest miner, and [Beta Gold|Company], which [Ruritania|Country] says smuggled gold and arms to [Atlantis|Country], as well as the [Delta Shipping Lines|Company] ([DSL|Company=delta-shipping-lines]) and its subsidiary [Omega Freight|Company].',
      ['sanction target=alpha-mining', 'sanction target=beta-gold', 'sanction target=delta-shipping-lines', 'sanction target=omega-freight'],
    ],
    // a counted collective that is a mention of its own, and the named one among it
    [
      '[Atlantis|Country] and [Canada|Country] on Friday imposed travel bans on 20 [Ruritanian officials|CollectiveActor], including Defence Minister [Ivan Petrov|Person].',
      [
        'sanction sanctioner=atlantis target=ivan-petrov @2023-02-24',
        'sanction sanctioner=atlantis target=ruritanian-officials @2023-02-24',
        'sanction sanctioner=canada target=ivan-petrov @2023-02-24',
        'sanction sanctioner=canada target=ruritanian-officials @2023-02-24',
      ],
    ],
    [
      'Sanctions apply. As a result of today\'s action, all property and interests in property of [Alpha Mining|Company] that are in the United States or in the possession or control of U.S. persons are blocked.',
      ['sanction target=alpha-mining @2023-03-01'],
    ],
    // a person's name, not an institution
    ['Sanctions loom. [Omar Council|Person] is also listed as a director.', []],
    // blocking property is a sanction even where the article never says "sanctions"
    [
      'The [Department|GovernmentAgency] designated [Alpha Mining|Company] as a terrorist organization today. All property and interests in property of [Alpha Mining|Company] are blocked.',
      ['sanction sanctioner=department target=alpha-mining'],
    ],
    ['All property of [Alpha Mining|Company] was seized in a blocked account.', []],
    // after a release has sanctioned, "also designated X" with no category is one more sanction, dated by the release
    [
      'Today, the [Treasury|GovernmentAgency] sanctioned two persons and a bank that moved money for [Ahrar Front|ArmedGroup]. Among those designated is [Tarsa|City]-based broker [Omar Haddad|Person]. The [Treasury|GovernmentAgency] also designated [Alpha Bank|Company], a firm owned by [Omar Haddad|Person].',
      [
        'sanction sanctioner=treasury target=alpha-bank @2023-03-01',
        'sanction sanctioner=treasury target=omar-haddad @2023-03-01',
      ],
    ],
    // with a category named, or before any sanction, a designation is no sanction
    [
      '[Atlantis|Country] imposed sanctions on [Ruritania|Country] in 2020. [Canada|Country] also designated [Ahrar Front|ArmedGroup], a terrorist organization.',
      ['sanction sanctioner=atlantis target=ruritania @2020'],
    ],
    ['Sanctions are a tool. The [Treasury|GovernmentAgency] also designated [Alpha Bank|Company].', []],
  ]);
});
