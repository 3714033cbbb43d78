// Specification of unnamed bodies as speakers (round 9): "the army said", "the government said" speak for the country
// the actor stage tied them to; a generic lower-case collective still says nothing.

import { describe, expect, it } from 'vitest';
import { annotateStatements } from '../../../src/annotate/statements/statementsStage.js';
import { resolve } from '../../support/actorDoc.js';

/** The labels of the entities that speak in a short article. */
function speakers(text: string): string[] {
  const doc = resolve(text);
  annotateStatements(doc);
  return [...new Set(doc.statements.map((s) => doc.entities.get(s.speaker)?.cls ?? s.speaker))].sort();
}

const OPENING = 'Gunmen attacked the town of Kaya in Burkina Faso on Monday.';

describe('an unnamed national body speaks', () => {
  const cases: [string, string[]][] = [
    [`${OPENING} The army said 30 militants were killed.`, ['MilitaryForce']],
    [`${OPENING} The military denied targeting civilians.`, ['MilitaryForce']],
    [`${OPENING} The government said 30 militants were killed.`, ['Government']],
    [`${OPENING} The army said on Tuesday that it had retaken the town.`, ['MilitaryForce']],
    // named forms spoke before and still do
    [`${OPENING} Burkina Faso's army said 30 militants were killed.`, ['MilitaryForce']],
  ];
  it.each(cases)('%s', (text, expected) => expect(speakers(text)).toEqual(expected));
});

describe('what still says nothing', () => {
  const cases: [string, string[]][] = [
    // a hypothetical: the army has not spoken
    [`${OPENING} The army would say nothing until the families were told.`, []],
    // generic people with no office speak for nobody traceable
    [`${OPENING} Residents said the gunmen came at night.`, []],
    // the army is spoken about, not speaking
    [`${OPENING} Residents praised the army.`, []],
  ];
  it.each(cases)('%s', (text, expected) => expect(speakers(text)).toEqual(expected));
});

describe('"called" reports speech only with an object and a quoted name for it', () => {
  const cases: [string, string[]][] = [
    ['Oren Vask called the arrests "a new wave of persecution".', ['Person']],
    ['Oren Vask called it “a massacre” on Monday.', ['Person']],
    // no object: the word names the group
    ['A militia called "the Kestrel Lions" has emerged near Porto.', []],
    // no quoted name: a telephone call, a cancelled meeting
    ['Oren Vask called the minister on Monday.', []],
    ['Oren Vask called off the talks.', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(speakers(text)).toEqual(expected));
});

describe('the unnamed voice of a body, and a subject with an aside and an adverb', () => {
  const cases: [string, string[]][] = [
    // "a ministry spokesman": the ministry named before speaks
    ["Chad's foreign ministry summoned the envoy on Wednesday, a ministry spokesman said.", ['GovernmentAgency']],
    // no ministry named before: the spokesman speaks for no one the graph knows
    ['The envoy was summoned on Wednesday, a ministry spokesman said.', []],
    // an adverb between the auxiliary and the verb keeps the aside's opener as subject
    ['Oren Vask, who co-founded the group and now serves as its spokesman, has publicly claimed the attacks.', ['Person']],
    ['Oren Vask, who co-founded the group, has not publicly claimed the attacks.', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(speakers(text)).toEqual(expected));
});

describe('subjects told in more words', () => {
  const cases: [string, string[]][] = [
    // a body's officials speak for it, in the present tense too
    ['The Kestrel Brigade seized the town in 2021. Kestrel Brigade officials deny that they hold prisoners.', ['ArmedGroup']],
    // an acronym in brackets between two coordinated subjects
    ['The Kestrel Brigade (KB) and the Doma Council said in a joint statement that the talks had failed.', ['ArmedGroup', 'GovernmentAgency']],
    // the bodies an aside names after "including" speak among the group
    ['Human rights groups, including Amnesty International, say thousands of those detained are innocent.', ['Organization']],
    // a person after her description
    ['Villagers marched to the town hall, according to a local rights activist, Mara Lenk.', ['Person']],
    // a body's officials who are only spoken of say nothing
    ['The minister met Kestrel Brigade officials on Monday.', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(speakers(text)).toEqual(expected));
});

describe('a relative clause at the end of an aside speaks for the name the aside describes', () => {
  const cases: [string, string[]][] = [
    ['The Kestrel Brigade, a proxy for the Doma Council that claimed the April 22 massacre, was listed in 2024.', ['ArmedGroup']],
    ['The Kestrel Brigade, a loose coalition of militias that has claimed more than 170 attacks, was listed.', ['ArmedGroup']],
    // "reports to" is a line of command, not speech
    ['The Kestrel Brigade, an armed group that reports directly to the Doma Council, was listed.', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(speakers(text)).toEqual(expected));
});
