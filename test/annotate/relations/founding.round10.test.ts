// Round 10 foundings: the founder behind a place-based premodifier or a description ("by New York-based lawyer P",
// "by former police officers P and Q"), object relatives with a body or two people as subject ("which the EU set up",
// "which P and Q founded"), the hedged passive ("widely regarded as having been founded by P") and a founding told as
// what came next ("went on to found a new party, X"). Negatives: the place is no founder, a relative whose subject
// joined the body, a denied founding. Invented names.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const P = '[Omar Tesh|Person]';
const Q = '[Lina Varo|Person]';
const VDF = '[Valley Defence Front|ArmedGroup]';
const CO = '[Azul Trading|Company]';

const BY_DESCRIBED: Case[] = [
  [`The ${VDF}, which was set up in 2010 by [Marsa|City]-based lawyer ${P}, was banned.`, ['founding founder=omar-tesh org=valley-defence-front']],
  [`${CO}, a conglomerate founded in the early 1990s by former [police officers|CollectiveActor] ${P} and ${Q}, owns shops.`, [
    'founding founder=lina-varo org=azul-trading',
    'founding founder=omar-tesh org=azul-trading',
  ]],
  // the place alone before the verb's agent founds nothing
  [`The ${VDF} was founded by [Marsa|City]-based militants in 2010.`, []],
];

const OBJECT_RELATIVE: Case[] = [
  [`The [Valley Monitoring Mission|InternationalOrganization], which the [EU|InternationalOrganization] set up in 2008, said it had raised the issue.`, [
    'founding founder=eu org=valley-monitoring-mission',
  ]],
  [`The ${VDF}, which ${P} and ${Q} founded in 1979, fought for a sovereign state.`, [
    'founding founder=lina-varo org=valley-defence-front',
    'founding founder=omar-tesh org=valley-defence-front',
  ]],
  [`The ${VDF}, which the [Interior Ministry|GovernmentAgency] banned in 2008, seized the town.`, []],
  [`The ${VDF}, which ${P} and ${Q} joined in 1979, seized the town.`, []],
];

const HEDGED_AND_NEXT: Case[] = [
  [`The ${VDF} is widely regarded as having been founded by ${P}, a son of a politician.`, ['founding founder=omar-tesh org=valley-defence-front']],
  [`The ${VDF} is believed to have been created by ${P}.`, ['founding founder=omar-tesh org=valley-defence-front']],
  [`${P}, the former interim president, went on to found a new party, the [Valley Democratic Solidarity|Organization].`, [
    'founding founder=omar-tesh org=valley-democratic-solidarity',
  ]],
  [`${P} went on to lead a new party, the [Valley Democratic Solidarity|Organization].`, []],
  [`${P} never went on to found a new party, the [Valley Democratic Solidarity|Organization].`, []],
];

describe('founding, round 10: the founder behind a description or a place-based premodifier', () => table('founding', BY_DESCRIBED));
describe('founding, round 10: object relatives with a body or two founders as subject', () => table('founding', OBJECT_RELATIVE));
describe('founding, round 10: the hedged passive and "went on to found"', () => table('founding', HEDGED_AND_NEXT));

const DEFECTORS: Case[] = [
  // the defectors' old body founded nothing: a split (succession.round10)
  [`${VDF}, a jihadist outfit formed in 2017 by defectors from the banned [Harkat Jihad Front|ArmedGroup], claimed it.`, []],
];
describe('founding, round 10: defectors from a body are no founding by it', () => table('founding', DEFECTORS));

const FOUNDER_OF_PART: Case[] = [
  // a founder of the gang's clique founded the clique, not the gang
  [`[Jon Marr|Person], a founder of the [Varn Gang|ArmedGroup]'s [Kesh Locos|ArmedGroup] clique, was arrested.`, []],
  [`[Jon Marr|Person], a founder of the [Varn Gang|ArmedGroup], was arrested.`, ['founding founder=jon-marr org=varn-gang']],
];
describe('founding, round 10: a founder of a body\'s part', () => table('founding', FOUNDER_OF_PART));
