// Round 10 roles: offices with a portfolio ("information minister", "Minister of Public Safety"; a portfolio the
// mention stage took for a body is part of the office), function heads that lead nothing ("finance chief"),
// "chairperson" as written, an office held over time ("who has served as the chief financial official of X"), the
// office a relative of leading names ("which P still heads as its prime minister"), a remit in a place ("X's
// representative in Y, P"), a described name with no article ("Its head, Slovak diplomat P"), a plural speaker's
// description ("whom prosecutors describe as"), and the owner before a title when an "in" phrase follows it.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROWS: Case[] = [
  ['[Eritrea|Country]\'s information minister [Yemane Tesfa|Person] wrote on Monday.', ['role org=eritrea person=yemane-tesfa [information minister]']],
  ['In [Varna|Country], Security Minister [Carla Pina|Person] said the gang would be stopped.', ['role org=varna person=carla-pina [security minister]']],
  ['In [Varna|Country], [Home Affairs|Organization] Adviser [Tomas Renk|Person] said talks would go ahead.', ['role org=varna person=tomas-renk [adviser]']],
  ['[African Union Commission|InternationalOrganization] chairperson [Mahmoud Yusef|Person] urged restraint.', ['role org=african-union-commission person=mahmoud-yusef [chairperson]']],
  [
    'The [Rapid Guard|MilitaryForce] arrested a man it identified as the [Orla Front|ArmedGroup]\'s finance chief, [Kavi Dorn|Person].',
    ['role org=orla-front person=kavi-dorn [finance chief]'],
  ],
  [
    '[Magomed Gadz|Person] is a businessman who has served as the chief financial official of the [Caucasus Front|ArmedGroup] since 2022.',
    ['role org=caucasus-front person=magomed-gadz [finance chief]'],
  ],
  [
    'The [Orla Front|Organization], which [Maran Kel|Person] still heads as its "prime minister", rejects the charge.',
    ['role org=orla-front person=maran-kel [prime minister]'],
  ],
  ['[UNHCR|InternationalOrganization]\'s representative in [Mauritania|Country], [Laura Benet|Person], told reporters.', ['role org=unhcr person=laura-benet [representative]']],
  [
    'The [Orla Mission|InternationalOrganization] monitors the line. Its head, Slovak diplomat [Marek Hudek|Person], told journalists the patrols went on.',
    ['role org=orla-mission person=marek-hudek [head]'],
  ],
  [
    '[Wanderson Silv|Person], a [Red Hand|ArmedGroup] commander in [Rio|City]\'s [Penha|Place], oversees the purchases.',
    ['role org=red-hand person=wanderson-silv [commander]'],
  ],
  ['Among them is [Byron Lem|Person], whom prosecutors describe as the leader of the [Barrio Norte|ArmedGroup].', ['role org=barrio-norte person=byron-lem [leader]']],
  // the police of a place: an office whose body no entity stands for
  ['[Radek Marin|Person], the director of the [Kestia|Region] police, was detained.', ['role person=radek-marin [director]']],
  // no person, no role; a title only mentioned
  ['The information minister of [Eritrea|Country] did not comment.', []],
  ['The [Orla Front|ArmedGroup] has no finance chief, its spokesman said.', []],
];

describe('role, round 10: portfolios, function heads, offices over time and remits', () => table('role', ROWS));
