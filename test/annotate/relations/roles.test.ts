// Roles and whose office they are: the organization or country a title belongs to, whether the text says it beside
// the name, before it, through a pronoun, or leaves it to the story (a minister in a country's story is that
// country's); titles that are no fact about the person named produce nothing.

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('roles: the owner the text names', () => {
  table('role', [
    ['"We will respond," said [Min Aung|Person], a spokesman for the [Northern Council|Organization].', ['role org=northern-council person=min-aung [spokesperson]']],
    ['The [Free Front|ArmedGroup]\'s chief negotiator, [Pablo Ruiz|Person], told reporters the talks would go on.', ['role org=free-front person=pablo-ruiz [chief negotiator]']],
    [
      '[Ana Mora|Person], a member of the [Transitional Council|Organization] ([TC|Organization=transitional-council]), appealed for help.',
      ['role org=transitional-council person=ana-mora [member]'],
    ],
    // "its" is the body whose officers are listed, not the country named as a possessor in between
    [
      'The [Commission|Organization] listed two officers of the [Red Wing|MilitaryForce], which runs [Iran|Country]\'s drone programme, including its deputy commander, Brig. Gen. [Reza Amini|Person].',
      ['role org=red-wing person=reza-amini [deputy commander]'],
    ],
    // a demonym or a possessive country owns the office
    [
      '[Iran|Country]\'s foreign minister, [Ali Karimi|Person], flew to [Russia|Country], where Russian Foreign Minister [Oleg Lavin|Person] met him.',
      ['role org=iran person=ali-karimi [foreign minister]', 'role org=russia person=oleg-lavin [foreign minister]'],
    ],
    ['[EU|InternationalOrganization] foreign policy chief [Kaja Lind|Person] urged restraint.', ['role org=eu person=kaja-lind [foreign policy chief]']],
    // a remit between the title and the name; a place after an envoy's "for" is the remit, not the owner
    ['The [EU|InternationalOrganization]\'s special envoy for the [Balkans|Region], [Marta Kos|Person], attended.', ['role org=eu person=marta-kos [special envoy]']],
    [
      'The [United States|Country], whose special envoy for the [Horn of Africa|Region], [Mark Hale|Person], attended the talks, said it would keep up pressure.',
      ['role org=united-states person=mark-hale [special envoy]'],
    ],
    [
      'Under Secretary of the [Treasury|GovernmentAgency] for Terrorism and Financial Intelligence [John Hale|Person] said so.',
      ['role org=treasury person=john-hale [under secretary]'],
    ],
    // the title began the ministry's name: the office is a deputy minister's of that whole ministry
    [
      'Among those listed is Brig. Gen. [Ali Rezaei|Person], Deputy Minister of Defence and [Armed Forces Logistics|GovernmentAgency] ([MODAFL|GovernmentAgency=armed-forces-logistics]), who oversaw transfers.',
      ['role org=armed-forces-logistics person=ali-rezaei [deputy minister]'],
    ],
    // "Amir" is a given name here, not an emir's title
    ['[Pakistan|Country] spoke with [Amir Khan|Person], the foreign minister of [Afghanistan|Country].', ['role org=afghanistan person=amir-khan [foreign minister]']],
  ]);
});

describe('roles: the owner the story leaves unsaid', () => {
  table('role', [
    // a country's officers in that country's story
    [
      '[Peru|Country] extended the state of emergency in [Cusco|City] on Monday. Defence Minister [Rosa Quispe|Person] said troops would stay.',
      ['role org=peru person=rosa-quispe [defense minister]'],
    ],
    [
      '[Venezuela|Country] has detained 2,000 people. Attorney General [Tomas Rivas|Person] said prosecutors had charged them.',
      ['role org=venezuela person=tomas-rivas [attorney general]'],
    ],
    // the speaker's country, named before, owns the office he speaks of
    [
      '[Ukraine|Country] said drones hit [Sumy|City]. The [Kremlin|Country=russia] spokesman [Ivan Sokol|Person] said President [Pavel Orlov|Person] was ready to meet.',
      ['role org=russia person=ivan-sokol [spokesperson]', 'role org=russia person=pavel-orlov [president]'],
    ],
    // the officials a sentence counts, by their demonym, own the office of the one it names
    [
      '[Estonia|Country] and [Latvia|Country] imposed entry bans on 11 Georgian officials, including Interior Minister [Levan Beridze|Person]. [Georgia|Country] protested.',
      ['role org=georgia person=levan-beridze [interior minister]'],
    ],
    // a release speaks for the body that issues it
    [
      'Today, the [Department of State|GovernmentAgency] is designating [Liwa Alpha|ArmedGroup] as a Foreign Terrorist Organization. "This cuts off [Liwa Alpha|ArmedGroup]\'s funds," said Deputy Spokesperson [Dana Kroll|Person].',
      ['role org=department-of-state person=dana-kroll [deputy spokesperson]'],
    ],
    // a generic head before the title, past a rank
    [
      'The [Nigerian Army|MilitaryForce] said it repelled the raid. Army spokesman Maj. Gen. [Musa Bello|Person] gave no casualty figure.',
      ['role org=nigerian-army person=musa-bello [spokesperson]'],
    ],
    [
      '[Turkey|Country]\'s [Defence Ministry|GovernmentAgency] said jets hit 19 targets, ministry spokesman Rear Admiral [Zeki Kaya|Person] told reporters.',
      ['role org=defence-ministry person=zeki-kaya [spokesperson]'],
    ],
    // the demonym of the title's own noun phrase, not the first country of the sentence
    [
      '[Russia|Country] launched 200 drones overnight, Ukrainian air force spokesman [Yuri Ivanenko|Person] said. [Ukraine|Country] shot down most.',
      ['role org=ukraine person=yuri-ivanenko [spokesperson]'],
    ],
    // a regional governor governs the region named before
    ['Drones struck a bus in [Ukraine|Country]\'s [Sumy region|Region] on Saturday, regional governor [Oleh Bondar|Person] said.', ['role org=sumy-region person=oleh-bondar [governor]']],
    // an owner the text gives but no entity stands for: better none than the story's country
    ['[Ethiopia|Country] signed the deal. The panel included former Kenyan President [Amos Kiprop|Person].', ['role person=amos-kiprop [president]']],
  ]);
});

describe('roles: owners through descriptions, appointments and former offices', () => {
  table('role', [
    ['[Iran|Country] hit back. [Ali Karimi|Person], the country\'s foreign minister, said talks were over.', ['role org=iran person=ali-karimi [foreign minister]']],
    ['The [Free Army|ArmedGroup] took the town. [Omar Haddad|Person], the group\'s leader, said it had fallen.', ['role org=free-army person=omar-haddad [leader]']],
    ['The [Free Army|ArmedGroup] took the town. [Omar Haddad|Person], a spokesman for the group, said so.', ['role org=free-army person=omar-haddad [spokesperson]']],
    ['[Omar Haddad|Person], the [Free Army|ArmedGroup]\'s top commander, was killed.', ['role org=free-army person=omar-haddad [commander]']],
    ['The [Free Army|ArmedGroup], whose leader [Omar Haddad|Person] fled, regrouped.', ['role org=free-army person=omar-haddad [leader]']],
    ['[Omar Haddad|Person] was appointed head of the [Border Guard|MilitaryForce] in 2020.', ['role org=border-guard person=omar-haddad [head]']],
    ['[Omar Haddad|Person] was elected president of [Peru|Country] in 2021.', ['role org=peru person=omar-haddad [president]']],
    // the electing body is not the owner of a national office
    ['The [National Assembly|GovernmentAgency] elected [Omar Haddad|Person] as president of [Peru|Country].', ['role org=peru person=omar-haddad [president]']],
    ['[Omar Haddad|Person] succeeded [Sami Nour|Person] as head of the [Free Army|ArmedGroup].', ['role org=free-army person=omar-haddad [head]']],
    ['[Omar Haddad|Person], a former defence minister of [Peru|Country], spoke.', ['role org=peru person=omar-haddad [defense minister]']],
    ['[Omar Haddad|Person], who is also the [Free Army|ArmedGroup]\'s deputy leader, spoke.', ['role org=free-army person=omar-haddad [deputy leader]']],
    // a generic head in the apposition: the one army the story names
    ['Gen. [Omar Haddad|Person], the army chief, said the town fell. The [Peruvian Army|MilitaryForce] denied it.', ['role org=peruvian-army person=omar-haddad [chief]']],
    // a qualifier is the title's own word, not a description before it
    ['[Ana Mora|Person], a former deputy president of [Peru|Country], spoke.', ['role org=peru person=ana-mora [deputy president]']],
    ['[Russia|Country] objected. [Ivo Zorin|Person], the Russian foreign minister, said talks were over.', ['role org=russia person=ivo-zorin [foreign minister]']],
    ['"It will get worse," said [Ana Bell|Person], a Sahel analyst with the [International Crisis Group|Organization].', ['role org=international-crisis-group person=ana-bell [analyst]']],
    ['[Ivo Zorin|Person], an Iran-based [Red Hand|ArmedGroup] financier, was listed.', ['role org=red-hand person=ivo-zorin [financier]']],
    [
      '[Ivo Zorin|Person], the deputy head of procurement at the [[Red Hand|ArmedGroup]-run Port Authority|Organization=port-authority] ([PA|Organization=port-authority]), was listed.',
      ['role org=port-authority person=ivo-zorin [deputy head]'],
    ],
    [
      '"It ends now," said Acting Under Secretary of the [Treasury|GovernmentAgency] for Terrorism and Financial Intelligence [Ivo Zorin|Person].',
      ['role org=treasury person=ivo-zorin [acting under secretary]'],
    ],
    ['[Peru|Country] voted. Parliament Speaker [Ivo Zorin|Person] opened the session.', ['role org=peru person=ivo-zorin [speaker]']],
    // a president's own regime owns the office, not the country that sanctions it
    [
      '[Canada|Country] said the [United States|Country] would not lift its sanctions on President [[Ivan Petrov|Person]\'s regime|Government=petrov-regime].',
      ['role org=petrov-regime person=ivan-petrov [president]'],
    ],
    // a possessive no entity stands for leaves the office without an owner rather than the story's
    [
      '[Pakistan|Country] protested. Its minister spoke with the [Taliban|ArmedGroup]-led government\'s acting foreign minister, [Amir Khan|Person], on Wednesday.',
      ['role person=amir-khan [acting foreign minister]'],
    ],
  ]);
});

describe('roles: no fact in a denied or hoped-for appointment', () => {
  table('role', [
    ['[Omar Haddad|Person] was not appointed head of the [Border Guard|MilitaryForce].', []],
    ['[Omar Haddad|Person] is expected to be named head of the [Border Guard|MilitaryForce].', []],
    ['[Omar Haddad|Person] wants to become president of [Peru|Country].', []],
    ['[Omar Haddad|Person] claimed to be the leader of the [Free Army|ArmedGroup].', []],
  ]);
});

describe('roles: no fact', () => {
  table('role', [
    ['"The president has failed us," said [Omar Haddad|Person].', []],
    ['[Omar Haddad|Person] said the president must resign.', []],
    ['[Omar Haddad|Person] is not the leader of the [Free Army|ArmedGroup].', []],
    ['A department spokesperson said the talks would resume.', []],
    // a name inside the quote is not whom the spokesperson speaks for
    ['"[Liwa Alpha|ArmedGroup] will be defeated," said spokesperson [Dana Kroll|Person].', ['role person=dana-kroll [spokesperson]']],
  ]);
});
