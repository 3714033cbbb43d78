// Lineage as succession: splits and splinters, mergers, absorptions and rebirths, in every voice and clause shape.
// The splinter, the merged or absorbing body, the reborn one is the successor. Negative rows: plans, talks, denials,
// persons who leave or succeed one another, and things that are no bodies ("emerged from the rubble").

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const SPLITS: Case[] = [
  [
    'The [Zarak Brigade|ArmedGroup], which broke away from the [Baloch Unity Front|ArmedGroup] in 2019, claimed the attack.',
    ['succession predecessor=baloch-unity-front successor=zarak-brigade'],
  ],
  ['The [Red Crescent Front|ArmedGroup] split from the [Zarak Brigade|ArmedGroup] last year.', ['succession predecessor=zarak-brigade successor=red-crescent-front']],
  ['In 2014 [Liwa al-Nur|ArmedGroup] broke off from [Jabhat al-Sahil|ArmedGroup].', ['succession predecessor=jabhat-al-sahil successor=liwa-al-nur']],
  [
    'The [Mountain Front|ArmedGroup], which splintered from the [People\'s Defence Army|MilitaryForce] in 2015, has about 500 fighters.',
    ['succession predecessor=peoples-defence-army successor=mountain-front'],
  ],
  [
    '[KPF|ArmedGroup], a faction that seceded from the [Kivu Alliance|ArmedGroup] in 2020, holds the pass.',
    ['succession predecessor=kivu-alliance successor=kpf'],
  ],
  // a pronoun subject is the body named before
  [
    'The [Sahil Front|ArmedGroup] is active near the coast. It split from [Ansar al-Bahr|ArmedGroup] in 2016.',
    ['succession predecessor=ansar-al-bahr successor=sahil-front'],
  ],
  [
    '[Los Halcones|ArmedGroup] had broken away from the ranks of the [Cartel del Norte|ArmedGroup] before 2018.',
    ['succession predecessor=cartel-del-norte successor=los-halcones'],
  ],
  [
    'Dissidents who broke away from the [Patriotic Front|ArmedGroup] formed the [Second Column|ArmedGroup] in 2019.',
    ['succession predecessor=patriotic-front successor=second-column'],
  ],
  [
    'The [New Dawn Party|PoliticalParty] was founded in 2011 by lawmakers who split from the [Liberal Union|PoliticalParty].',
    ['succession predecessor=liberal-union successor=new-dawn-party'],
  ],
  [
    'The [Kivu Alliance|ArmedGroup] split into two factions, the [KPF|ArmedGroup] and [Mai-Mai Lulu|ArmedGroup], in 2020.',
    ['succession predecessor=kivu-alliance successor=kpf', 'succession predecessor=kivu-alliance successor=mai-mai-lulu'],
  ],
  [
    '[Al-Hisba Brigades|ArmedGroup] was formed in 2016 when commanders of [Ansar al-Bahr|ArmedGroup] broke away.',
    ['succession predecessor=ansar-al-bahr successor=al-hisba-brigades'],
  ],
  [
    'The [Second Column|ArmedGroup], founded by defectors from the [Patriotic Front|ArmedGroup], ambushed a patrol.',
    ['succession predecessor=patriotic-front successor=second-column'],
  ],
  [
    'The [Red Guard|ArmedGroup] — which broke away from [Ansar al-Bahr|ArmedGroup] — holds the port.',
    ['succession predecessor=ansar-al-bahr successor=red-guard'],
  ],
  [
    '[KWAP|ArmedGroup], a faction of [Ansar al-Bahr|ArmedGroup] that split from the group in 2016, claimed the raid.',
    ['succession predecessor=ansar-al-bahr successor=kwap'],
  ],
  ['[KWAP|ArmedGroup], a faction of [Ansar al-Bahr|ArmedGroup] that split over strategy, claimed the raid.', ['succession predecessor=ansar-al-bahr successor=kwap']],
  ['[KWAP|ArmedGroup], a faction of [Ansar al-Bahr|ArmedGroup] that split into two wings, claimed the raid.', []],
  // persons who leave a body make no lineage
  ['[Ana Moss|Person] broke away from the [Zarak Brigade|ArmedGroup] in 2019.', []],
  ['The [Zarak Brigade|ArmedGroup] denied it had split from the [Baloch Unity Front|ArmedGroup].', []],
  ['Analysts said the [Zarak Brigade|ArmedGroup] was unlikely to split from the [Baloch Unity Front|ArmedGroup].', []],
  ['The [Zarak Brigade|ArmedGroup] split over the ceasefire in 2020.', []],
  ['The [Zarak Brigade|ArmedGroup] threatened to break away from the [Baloch Unity Front|ArmedGroup].', []],
];

const SPLINTERS: Case[] = [
  [
    'The [Moro Islamic Front|ArmedGroup] is itself a splinter of the [Moro National Front|ArmedGroup].',
    ['succession predecessor=moro-national-front successor=moro-islamic-front'],
  ],
  [
    '[Jamaat al-Tawhid|ArmedGroup], a splinter group of [Ansar al-Din|ArmedGroup], claimed the attack.',
    ['succession predecessor=ansar-al-din successor=jamaat-al-tawhid'],
  ],
  [
    '[Ahrar al-Jabal|ArmedGroup], a breakaway faction of the [Free Army|ArmedGroup], said it had shelled the town.',
    ['succession predecessor=free-army successor=ahrar-al-jabal'],
  ],
  ['[ISRP|ArmedGroup], a [Boko Samaa|ArmedGroup] splinter group, raided the base.', ['succession predecessor=boko-samaa successor=isrp']],
  [
    'A splinter faction of the [River Legion|ArmedGroup], the [Northern Tigers|ArmedGroup], ambushed a convoy.',
    ['succession predecessor=river-legion successor=northern-tigers'],
  ],
  // a branch is no splinter: that is an affiliation, not a succession
  ['[Jamaat al-Tawhid|ArmedGroup], a branch of [Ansar al-Din|ArmedGroup], claimed the attack.', []],
];

const MERGERS: Case[] = [
  [
    'In 2021 the [Northern Tigers|ArmedGroup] merged with the [River Legion|ArmedGroup] to form the [Valley Alliance|ArmedGroup].',
    ['succession predecessor=northern-tigers successor=valley-alliance', 'succession predecessor=river-legion successor=valley-alliance'],
  ],
  [
    'The [Northern Tigers|ArmedGroup] and the [River Legion|ArmedGroup] merged in 2021 to create the new [Valley Alliance|ArmedGroup].',
    ['succession predecessor=northern-tigers successor=valley-alliance', 'succession predecessor=river-legion successor=valley-alliance'],
  ],
  [
    'The [Valley Alliance|ArmedGroup] was formed when the [Northern Tigers|ArmedGroup] merged with the [River Legion|ArmedGroup] in 2021.',
    ['succession predecessor=northern-tigers successor=valley-alliance', 'succession predecessor=river-legion successor=valley-alliance'],
  ],
  [
    'The [Valley Alliance|ArmedGroup], formed from the merger of the [Northern Tigers|ArmedGroup] and the [River Legion|ArmedGroup], attacked the town.',
    ['succession predecessor=northern-tigers successor=valley-alliance', 'succession predecessor=river-legion successor=valley-alliance'],
  ],
  [
    'The [Kestrel Group|Company] was folded into the [Falcon Corps|MilitaryForce] in 2024.',
    ['succession predecessor=kestrel-group successor=falcon-corps'],
  ],
  ['The [River Legion|ArmedGroup], which was merged into the [Valley Alliance|ArmedGroup], still recruits.', ['succession predecessor=river-legion successor=valley-alliance']],
  ['The [Northern Tigers|ArmedGroup] refused to merge with the [River Legion|ArmedGroup].', []],
  ['The [Northern Tigers|ArmedGroup] held talks on a merger with the [River Legion|ArmedGroup].', []],
  ['Talks between the [Northern Tigers|ArmedGroup] and the [River Legion|ArmedGroup] on a possible merger collapsed.', []],
  ['The [Northern Tigers|ArmedGroup] have agreed to merge with the [River Legion|ArmedGroup] to form the [Valley Alliance|ArmedGroup].', []],
  ['The [Northern Tigers|ArmedGroup] have not merged with the [River Legion|ArmedGroup].', []],
  // two districts merged into a province: places, not bodies
  ['[Lower Kamo|Region] was merged into [Kamo Province|Region] in 2019.', []],
];

const ABSORPTIONS: Case[] = [
  [
    'The [Ruwenzori Front|ArmedGroup] is a rebel group. The group absorbed the remnants of the [National Army of Kigezi|ArmedGroup] after 1995.',
    ['succession predecessor=national-army-of-kigezi successor=ruwenzori-front'],
  ],
  ['The [Northern Tigers|ArmedGroup] were absorbed by the [Valley Alliance|ArmedGroup] last year.', ['succession predecessor=northern-tigers successor=valley-alliance']],
  ['The [Valley Alliance|ArmedGroup], which swallowed up the [Northern Tigers|ArmedGroup], controls the valley.', ['succession predecessor=northern-tigers successor=valley-alliance']],
  ['The [Valley Alliance|ArmedGroup] absorbed heavy losses near [Kamo|City].', []],
  ['The [Valley Alliance|ArmedGroup] plans to absorb the [Northern Tigers|ArmedGroup].', []],
];

const ORIGINS: Case[] = [
  ['The [Popular Front|ArmedGroup] was born out of the [Liberation Movement|ArmedGroup] in 2004.', ['succession predecessor=liberation-movement successor=popular-front']],
  [
    'The [Valley Alliance|ArmedGroup], which emerged from the ruins of the [River Legion|ArmedGroup], holds the pass.',
    ['succession predecessor=river-legion successor=valley-alliance'],
  ],
  ['[Kata Nur|ArmedGroup] grew out of a split in the [Hill Movement|ArmedGroup].', ['succession predecessor=hill-movement successor=kata-nur']],
  ['The [Democratic Union|PoliticalParty] evolved into the [Unity Party|PoliticalParty] in 2010.', ['succession predecessor=democratic-union successor=unity-party']],
  ['The [Sahel Front|ArmedGroup] was reconstituted as the [Sahel Liberation Army|ArmedGroup] in 2020.', ['succession predecessor=sahel-front successor=sahel-liberation-army']],
  ['After its defeat, the [Sahel Front|ArmedGroup] re-emerged as [Jund al-Sahel|ArmedGroup].', ['succession predecessor=sahel-front successor=jund-al-sahel']],
  ['The [Dawn Movement|PoliticalParty], successor to the banned [Harvest Party|PoliticalParty], won 12 seats.', ['succession predecessor=harvest-party successor=dawn-movement']],
  ['The [Harvest Party|PoliticalParty] was banned in 2022; its successor, the [Dawn Movement|PoliticalParty], won 12 seats.', ['succession predecessor=harvest-party successor=dawn-movement']],
  ['[Los Lobos|ArmedGroup] traces its roots to [Los Tigres Negros|ArmedGroup], a prison gang.', ['succession predecessor=los-tigres-negros successor=los-lobos']],
  ['[Kata Nur|ArmedGroup] began as a faction within the [Hill Movement|ArmedGroup].', ['succession predecessor=hill-movement successor=kata-nur']],
  ['The [Valley Alliance|ArmedGroup] was formed from the remnants of the [River Legion|ArmedGroup].', ['succession predecessor=river-legion successor=valley-alliance']],
  ['The [Valley Alliance|ArmedGroup]\'s predecessor, the [River Legion|ArmedGroup], was banned in 2012.', ['succession predecessor=river-legion successor=valley-alliance']],
  ['The [River Legion|ArmedGroup], the predecessor of the [Valley Alliance|ArmedGroup], was banned in 2012.', ['succession predecessor=river-legion successor=valley-alliance']],
  ['[Los Lobos|ArmedGroup] traces its roots to the slums of [Kamo|City].', []],
  ['The [Valley Alliance|ArmedGroup] was formed from fighters of [Kamo|City].', []],
  ['[Ana Moss|Person] started out as a member of the [Hill Movement|ArmedGroup].', []],
  ['[Ana Moss|Person], [Ivo Kral|Person]\'s predecessor, led the [Valley Alliance|ArmedGroup].', []],
  ['[Al-Hijra|ArmedGroup], which emerged from the youth wing of the [Courts Union|Organization], holds the port.', ['succession predecessor=courts-union successor=al-hijra']],
  ['In 2024 the [Falcon Corps|MilitaryForce] took over the [Kestrel Group|Company]\'s operations in [Kamo|City].', ['succession predecessor=kestrel-group successor=falcon-corps']],
  ['The [Falcon Corps|MilitaryForce] will take over the [Kestrel Group|Company]\'s operations next year.', []],
  ['[Ana Moss|Person] took over the [Kestrel Group|Company]\'s operations in 2024.', []],
  // a captured base is no inheritance
  ['The [Ruritanian Army|MilitaryForce] took over the [Red Hand|ArmedGroup]\'s bases near [Kamo|City].', []],
  // no body to come from
  ['The [Northern Tigers|ArmedGroup] emerged from the rubble of the war stronger than before.', []],
  ['The [Northern Tigers|ArmedGroup] emerged from talks with [Kamo|City] elders as the strongest party.', []],
  ['The [Valley Alliance|ArmedGroup] grew into [Kamo|City]\'s largest employer.', []],
  // persons succeeding persons are no lineage of organizations
  ['[Ana Moss|Person] succeeded [Ivo Kral|Person] as leader of the [Valley Alliance|ArmedGroup].', []],
  ['[Ivo Kral|Person] rose from the ranks of the [Valley Alliance|ArmedGroup] to lead it.', []],
];

describe('lineage: splits and breakaways', () => table('succession', SPLITS));
describe('lineage: splinters', () => table('succession', SPLINTERS));
describe('lineage: mergers', () => table('succession', MERGERS));
describe('lineage: absorptions', () => table('succession', ABSORPTIONS));
describe('lineage: origins, rebirths and successors', () => table('succession', ORIGINS));
