// Round 9 foundings: the founded body named before a relative clause whose subject founded it ("X, a Marsa-based
// company that P set up in 2024", "X, which P founded in 1990"). Negatives: a relative whose subject only joined or
// ran the body, a body the clause's subject is founded by (a passive reads that), a place for the body. Invented names.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const P = '[Omar Tesh|Person]';
const CO = '[Azul Trading|Company]';
const VDF = '[Valley Defence Front|ArmedGroup]';

const OBJECT_RELATIVE: Case[] = [
  [`${CO}, a [Marsa|City]-based company that ${P} set up in 2024, shipped rifles to the port.`, ['founding founder=omar-tesh org=azul-trading']],
  [`${CO}, a shipping firm which ${P} founded with his brother, was sanctioned.`, ['founding founder=omar-tesh org=azul-trading']],
  [`The ${VDF}, which ${P} founded in 1990, seized the town.`, ['founding founder=omar-tesh org=valley-defence-front']],
  [`The ${VDF}, which ${P} had established in 1990, seized the town.`, ['founding founder=omar-tesh org=valley-defence-front']],
  // the clause's subject joined or ran the body, or founded something else
  [`The ${VDF}, which ${P} joined in 1990, seized the town.`, []],
  [`${CO}, a firm that ${P} ran until 2020, was sanctioned.`, []],
  [`[Marsa|City], a town that ${P} founded a militia in, fell.`, []],
];

const HELPED: Case[] = [
  [`${P}, who helped found the ${VDF}, was killed.`, ['founding founder=omar-tesh org=valley-defence-front']],
  [`${P} helped to establish the ${VDF} in 2010.`, ['founding founder=omar-tesh org=valley-defence-front']],
  [`${P} helped the ${VDF} recruit fighters.`, []],
  [`${P} helped form a new government with the ${VDF}.`, []],
  [`${P} did not help found the ${VDF}.`, []],
];

describe('founding, round 9: the body a relative clause\'s subject founded', () => table('founding', OBJECT_RELATIVE));
describe('founding, round 9: a founder among others ("helped found")', () => table('founding', HELPED));
