// Leaderships: who leads or commands which organization, told by "led by" (past a description, a rank or a title with
// its remit), "commands", "X-led", "one of its leaders", "[ORG] leader X" and "the head of"; denied, hypothetical and
// deputy leaderships produce nothing.

import { describe } from 'vitest';
import { table } from './readFacts.js';

describe('leadership', () => {
  table('leadership', [
    ['The [Rapid Force|ArmedGroup], led by Gen. [Musa Dagal|Person], shelled the city.', ['leadership leader=musa-dagal org=rapid-force']],
    ['The [Lake Front|ArmedGroup], led by former police officer [Jean Bart|Person], took the port.', ['leadership leader=jean-bart org=lake-front']],
    [
      '[Gran Lion|ArmedGroup], a gang based in the [Artibonite region|Region] and led by [Luc Elan|Person], killed 20 people.',
      ['leadership leader=luc-elan org=gran-lion'],
    ],
    // the text itself calls the name a gang, whatever class an earlier stage gave it
    ['[Red Lion|Person], a gang based in [Artibonite|Region] and led by [Luc Elan|Person], attacked.', ['leadership leader=luc-elan org=red-lion']],
    [
      '[Rio Fuel|Company], a fuel distributor run by [Cartel Norte|ArmedGroup] operative [Ana Ruiz|Person], was listed.',
      ['leadership leader=ana-ruiz org=rio-fuel'],
    ],
    [
      '[Ricardo Vega|Person], a senior [Cartel Norte|ArmedGroup] figure who commands the cartel\'s armed wing, known as [Grupo Rayo|ArmedGroup], was listed.',
      ['leadership leader=ricardo-vega org=grupo-rayo'],
    ],
    [
      'The [AU panel|InternationalOrganization] was led by its High Representative for the [Horn of Africa|Region], former Nigerian President [Ade Bello|Person].',
      ['leadership leader=ade-bello org=au-panel'],
    ],
    [
      'Police from [Kenya|Country] arrived. The Kenyan-led [Multinational Support Mission|Organization] took the town.',
      ['leadership leader=kenya org=multinational-support-mission'],
    ],
    ['[Free Army|ArmedGroup] leader [Omar Haddad|Person] spoke.', ['leadership leader=omar-haddad org=free-army']],
    ['[Omar Haddad|Person], the head of the [Border Guard|MilitaryForce], resigned.', ['leadership leader=omar-haddad org=border-guard']],
    ['Police raided the offices of the [Unity Party|Organization], detaining one of its leaders, [Nino Beridze|Person].', ['leadership leader=nino-beridze org=unity-party']],
    ['[Omar Haddad|Person], who was named the [Free Army|ArmedGroup]\'s new commander last year, fled.', ['leadership leader=omar-haddad org=free-army']],
    ['The [Free Army|ArmedGroup] appointed [Omar Haddad|Person] as its new leader.', ['leadership leader=omar-haddad org=free-army']],
    ['[Omar Haddad|Person] took over as leader of the [Free Army|ArmedGroup] in May.', ['leadership leader=omar-haddad org=free-army']],
    ['The [Free Army|ArmedGroup] took the town, its leader, [Omar Haddad|Person], said.', ['leadership leader=omar-haddad org=free-army']],
    ['[Free Army|ArmedGroup] commanders [Omar Haddad|Person] and [Sami Nour|Person] were killed.', ['leadership leader=omar-haddad org=free-army', 'leadership leader=sami-nour org=free-army']],
    ['The [Free Army|ArmedGroup], under the command of Gen. [Omar Haddad|Person], advanced.', ['leadership leader=omar-haddad org=free-army']],
    // a country leads a coalition as a person does
    ['The [Arab Coalition|Organization], led by [Saudi Arabia|Country], struck the port.', ['leadership leader=saudi-arabia org=arab-coalition']],
    ['The [Valdonian junta|Government], led by Gen. [Ivo Zorin|Person], seized power.', ['leadership leader=ivo-zorin org=valdonian-junta']],
    // the subject of the sentence, past a first predicate
    ['The [Red Hand|ArmedGroup] split in 2019 and is now led by [Ivo Zorin|Person], who goes by the name Zorro.', ['leadership leader=ivo-zorin org=red-hand']],
    ['The [Red Hand|ArmedGroup] lost ground. It is now led by [Ivo Zorin|Person].', ['leadership leader=ivo-zorin org=red-hand']],
    [
      'The [Red Hand|ArmedGroup] lost ground. Two of the group\'s leaders, [Ivo Zorin|Person] and [Ana Bell|Person], were killed.',
      ['leadership leader=ana-bell org=red-hand', 'leadership leader=ivo-zorin org=red-hand'],
    ],
    ['The [Red Hand|ArmedGroup] lost ground. [Ivo Zorin|Person] has led it since 2015.', ['leadership leader=ivo-zorin org=red-hand']],
    ['The [Red Hand|ArmedGroup] regrouped under its longtime leader [Ivo Zorin|Person].', ['leadership leader=ivo-zorin org=red-hand']],
    ['[Blue Harbor Maritime|Company] shipped the oil. Its general manager, [Ivo Zorin|Person], signed the contracts.', ['leadership leader=ivo-zorin org=blue-harbor-maritime']],
    // an army's chief of staff heads it
    ['[Ivo Zorin|Person], chief of staff of the [Armed Forces of Valdonia|MilitaryForce], resigned.', ['leadership leader=ivo-zorin org=armed-forces-of-valdonia']],
    // the unit a commander commands, not the body that owns it
    ['[Ivo Zorin|Person], a commander of the [Red Hand|ArmedGroup]\'s elite [Tiger Unit|MilitaryForce], was killed.', ['leadership leader=ivo-zorin org=tiger-unit']],
    ['[Ivo Zorin|Person], secretary of the [Northern Regional Committee|Organization], was arrested.', ['leadership leader=ivo-zorin org=northern-regional-committee']],
    // a place after the name is where, not whom, he leads
    ['The [Free Army|ArmedGroup], led by [Omar Haddad|Person] in [Tarsa|City], advanced.', ['leadership leader=omar-haddad org=free-army']],
  ]);
});

describe('leadership: no fact', () => {
  table('leadership', [
    ['The [Free Army|ArmedGroup] is not led by [Omar Haddad|Person].', []],
    ['The [Free Army|ArmedGroup] could be led by [Omar Haddad|Person] next year.', []],
    ['The offensive was led by [Omar Haddad|Person] in [Tarsa|City].', []],
    ['[Free Army|ArmedGroup] deputy leader [Omar Haddad|Person] spoke.', []],
    ['[Omar Haddad|Person] said the [Free Army|ArmedGroup] leader had fled.', []],
    ['[Omar Haddad|Person] met [Free Army|ArmedGroup] leaders on Monday.', []],
    ['[Omar Haddad|Person], who is also the [Free Army|ArmedGroup]\'s deputy leader, spoke.', []],
    ['The [Red Hand|ArmedGroup] lost ground. [Ivo Zorin|Person] has led the attack since dawn.', []],
    ['[Ivo Zorin|Person], chief of staff of the [Interior Ministry|GovernmentAgency], resigned.', []],
    ['[Ivo Zorin|Person], secretary of the [Treasury|GovernmentAgency], resigned.', []],
    // a former head no longer leads
    ['[Omar Haddad|Person], the former leader of the [Free Army|ArmedGroup], spoke.', []],
    ['[Omar Haddad|Person] was not appointed head of the [Border Guard|MilitaryForce].', []],
  ]);
});
