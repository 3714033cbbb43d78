// Round 9 lineage: a name a body went by until a change ("which called itself Y until 2016", "Y, or the Z, before it
// adopted its current name") is its older name, not a new one; a body that is the product of a merger of others
// succeeds each of them. Negatives: a name taken now ("now calls itself"), a merger only planned, a product of a
// company. Invented names.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const VDF = '[Valley Defence Front|ArmedGroup]';
const NLA = '[Northern Liberation Army|ArmedGroup]';
const RSB = '[Red Star Brigade|ArmedGroup]';
const VDF_FROM_NLA = ['succession predecessor=northern-liberation-army successor=valley-defence-front'];
const NLA_TO_VDF = ['succession predecessor=valley-defence-front successor=northern-liberation-army'];
const BOTH = [...VDF_FROM_NLA, 'succession predecessor=red-star-brigade successor=valley-defence-front'];

const FORMER_NAME: Case[] = [
  [`The ${VDF}, which called itself the ${NLA} until 2016, attacked [Marsa|City].`, VDF_FROM_NLA],
  [`The ${VDF}, which called itself the ${NLA}, or the [Dawn Movement|ArmedGroup], before it adopted its current name, attacked [Marsa|City].`, [
    ...VDF_FROM_NLA,
    'succession predecessor=dawn-movement successor=valley-defence-front',
  ]],
  [`The ${VDF} went by the name ${NLA} until 2016.`, VDF_FROM_NLA],
  [`The ${VDF}, which until 2016 was called the ${NLA}, attacked [Marsa|City].`, VDF_FROM_NLA],
  [`The ${VDF}, which before 2016 was known as the ${NLA}, attacked [Marsa|City].`, VDF_FROM_NLA],
  [`Until 2016 the ${VDF} fought the ${NLA}.`, []],
  // the name taken now is the newer one
  [`The ${VDF} now calls itself the ${NLA}.`, NLA_TO_VDF],
  [`The ${VDF}, which calls itself the ${NLA}, attacked [Marsa|City].`, NLA_TO_VDF],
];

const MERGER_PRODUCT: Case[] = [
  [`The ${VDF}, itself the product of a 2013 merger of the ${NLA} and the ${RSB}, attacked [Marsa|City].`, BOTH],
  [`The ${VDF} is the result of a merger between the ${NLA} and the ${RSB}.`, BOTH],
  [`The ${VDF} is the outcome of the union of the ${NLA} and the ${RSB}.`, BOTH],
  [`The ${VDF} said a merger of the ${NLA} and the ${RSB} was not on the table.`, []],
  [`The ${VDF} is the product of years of fighting between the ${NLA} and the ${RSB}.`, []],
];

describe('lineage, round 9: a name a body went by until a change', () => table('succession', FORMER_NAME));
describe('lineage, round 9: the product of a merger', () => table('succession', MERGER_PRODUCT));
