// Founding triggers as a class of words (lexicons/relations/verbs/founding.json, founding-start.json): every verb
// and noun of bringing a body into being, with the words' other senses ("formed a line", "launched an attack",
// "raised concerns") as negatives. Invented names.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const VDF = '[Valley Defence Front|ArmedGroup]';
const OMAR = '[Omar Tesh|Person]';
const FOUNDED = ['founding founder=omar-tesh org=valley-defence-front'];

const VERBS: Case[] = [
  [`${OMAR} started the ${VDF} in 2012.`, FOUNDED],
  [`${OMAR} organised the ${VDF} in 2012.`, FOUNDED],
  [`${OMAR} built the ${VDF} from a handful of fighters.`, FOUNDED],
  [`${OMAR} raised a militia, the ${VDF}, in 2012.`, FOUNDED],
  [`The ${VDF}, a militia raised by ${OMAR} in 2012, controls the hills.`, FOUNDED],
  [`The ${VDF} was constituted by ${OMAR} in 2012.`, FOUNDED],
  [`${OMAR}, who founded and still leads the ${VDF}, spoke on Monday.`, FOUNDED],
  [`${OMAR} founded and led the ${VDF} until 2019.`, FOUNDED],
  [`The ${VDF}, the militia ${OMAR} founded in 2012, controls the hills.`, FOUNDED],
];

const NOUNS: Case[] = [
  [`${OMAR}, the architect of the ${VDF}, was killed.`, FOUNDED],
  [`${OMAR}, the father of the ${VDF}, was killed.`, FOUNDED],
  [`The ${VDF}, the brainchild of ${OMAR}, controls the hills.`, FOUNDED],
  [`The ${VDF} was the brainchild of cleric ${OMAR}.`, FOUNDED],
];

const NEGATIVE: Case[] = [
  [`The ${VDF} was founded in 2012.`, []],
  [`The ${VDF} signed the founding charter of the [Northern Alliance|Organization].`, []],
  [`${OMAR} founded the town of [Marsa|City] in 1990.`, []],
  [`The ${VDF} formed a line outside [Marsa|City].`, []],
  [`${OMAR} launched an attack on the ${VDF}.`, []],
  [`${OMAR} raised concerns about the ${VDF}.`, []],
  [`${OMAR} did not found the ${VDF}.`, []],
  [`${OMAR} plans to set up the ${VDF} next year.`, []],
  [`${OMAR} built a school for the ${VDF}.`, []],
  [`${OMAR} organised a protest against the ${VDF}.`, []],
  [`${OMAR}, the father of [Amir Sadi|Person], joined the ${VDF}.`, []],
  [`${OMAR}, the architect of the ceasefire with the ${VDF}, spoke on Monday.`, []],
  [`${OMAR} stood up to the ${VDF}.`, []],
];

describe('foundings, round 8: verbs of the class in every shape', () => table('founding', VERBS));
describe('foundings, round 8: nouns of the founder and of the thing made', () => table('founding', NOUNS));
describe('foundings, round 8: other senses of the words, and foundings not done', () => table('founding', NEGATIVE));
