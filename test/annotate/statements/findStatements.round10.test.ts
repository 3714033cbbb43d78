// Specification of round 10's statement readings: a name that only places or owns the unnamed subject does not speak,
// a subordinate clause has its own subject, nouns that look like reporting verbs say nothing, and what a statement's
// day and outlet are read from.

import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../src/annotate/pipeline.js';
import { parseArticle } from '../../../src/read/article.js';
import type { AnnotatedDocument } from '../../../src/annotate/document.js';

const pipeline = createPipeline();

function annotate(text: string): AnnotatedDocument {
  return pipeline.annotate(parseArticle(`---\ntitle: Spec\npublished: 2025-06-01\noutlet: Spec\n---\n${text}\n`, 'spec.txt'));
}

/** The labels of the entities that speak in a short article. */
function speakers(text: string): string[] {
  const doc = annotate(text);
  return [...new Set(doc.statements.map((s) => doc.entities.get(s.speaker)?.label ?? s.speaker))].sort();
}

/** Each speaker's label with the day (or year) and outlet of its statement. */
function said(text: string): string[] {
  const doc = annotate(text);
  return doc.statements
    .map((s) => {
      const when = s.when && 'value' in s.when ? s.when.value : '-';
      const medium = s.medium ? doc.entities.get(s.medium)?.label ?? s.medium : '-';
      return `${doc.entities.get(s.speaker)?.label ?? s.speaker} ${when} ${medium}`;
    })
    .sort();
}

describe('a name that only places, owns or qualifies the unnamed subject does not speak', () => {
  const cases: [string, string[]][] = [
    ['Diplomats in Nairobi say the Kesh Front has massed fighters along the frontier.', []],
    ['Refugees interviewed by Reuters said soldiers raided villages around Tiva last week.', []],
    ['A separatist group from Nigeria\'s northern province said on Wednesday that drones had hit its camps.', []],
    ['Protesters marched in Porto on Monday, a Reuters witness said.', []],
    ['Volunteer fighters battling alongside Ukraine\'s army said Friday they had crossed the border.', []],
    ['A Telegram channel close to the unit said two of its men were wounded.', []],
    // the possessed body speaks, and no mention names it
    ['Thousands rallied in Porto on Wednesday, as the European Union\'s peacekeeping force said it was sending troops.', []],
    // a subordinate clause has its own subject, an unnamed company here
    ['The Kesh Legion took over the Orla Brigade\'s operations in Mali when the mercenary company announced its withdrawal.', []],
    // still speaking: a name with its own voice, and a name that runs on past its possessive
    ['Valdonia\'s government said on Monday that the border was closed.', ["Valdonia's government"]],
    ['The Kesh Front said in a statement that its fighters had withdrawn.', ['Kesh Front']],
    ['Amnesty International said the arrests were arbitrary.', ['Amnesty International']],
  ];
  it.each(cases)('%s', (text, expected) => expect(speakers(text)).toEqual(expected));
});

describe('words that look like reporting verbs but are not', () => {
  const cases: [string, string[]][] = [
    // "states" as a plural noun after an adjective
    ['The EU supports Togo, Ghana and the other coastal states of the Gulf of Guinea.', []],
    // a participle after a preposition is an adjective
    ['The Kesh Front, which Chad sanctioned in 2021 over alleged smuggling, has grown.', []],
    // declaring a province is founding one
    ['In 2022 the Kesh Front declared a separate Doma province.', []],
    // "he" is a person: a body the pronoun was tied to does not speak through it
    ['The Kesh Front stormed the depot. Two rifles were recovered from it, he added.', []],
    // still speech
    ['The charter states that the Kesh Front must disarm.', []],
    ['Oren Vask declared that the Kesh Front would disarm.', ['Oren Vask']],
  ];
  it.each(cases)('%s', (text, expected) => expect(speakers(text)).toEqual(expected));
});

describe('a title before an aside that names its holder', () => {
  const cases: [string, string[]][] = [
    ['Today, the Minister of Public Safety, the Honourable Jane Doerr, announced that Valdonia has listed the Kesh Front.', ['Jane Doerr']],
    // the aside describes a body, not a person: the body speaks
    ['The Kesh Front, the largest armed group in the north, said its fighters had withdrawn.', ['Kesh Front']],
  ];
  it.each(cases)('%s', (text, expected) => expect(speakers(text).map((s) => s.replace(/^Honourable /, ''))).toEqual(expected));
});

describe('the day and the outlet of a statement', () => {
  const cases: [string, string[]][] = [
    // a "when" clause's time dates the words in it, a year too
    ['Relations have been strained since 2024, when Chad accused the Kesh Front of smuggling arms.', ['Chad 2024 -']],
    // "in a report last year"
    ['The Kesh Front recruited children, Amnesty International said in a report last year.', ['Amnesty International 2024 -']],
    // a year in the reported words is no date of saying
    ['The Kesh Front recruited children in 2019, Amnesty International said.', ['Amnesty International 2025-06-01 -']],
  ];
  it.each(cases)('%s', (text, expected) => expect(said(text)).toEqual(expected));
});

describe('the outlet of a statement, further after the verb', () => {
  const cases: [string, string[]][] = [
    ['The Kesh Front claimed the raid through the IS-run Amaq news agency.', ['Kesh Front 2025-06-01 Amaq News Agency']],
    ['The Kesh Front claimed that blast through its Amaq news agency.', ['Kesh Front 2025-06-01 Amaq News Agency']],
    ['"We will stay," said Colonel Oren Vask in an interview with The Associated Press.', ['Oren Vask 2025-06-01 Associated Press']],
    // an outlet that is only spoken about is no medium
    ['The Kesh Front said the army had shelled the offices of the Associated Press in Tiva.', ['Kesh Front 2025-06-01 -']],
  ];
  it.each(cases)('%s', (text, expected) => expect(said(text).map((x) => x.replace(/^Colonel /, ''))).toEqual(expected));
});

describe('subjects across asides, coordination and relatives', () => {
  const cases: [string, string[]][] = [
    // an aside, then an auxiliary
    ['Party leader Oren Vask, who signed that accord, has accused successive governments of failing to implement it.', ['Oren Vask']],
    // a plural subject's base-form verbs coordinated
    ['Chadian authorities attribute the attacks to the Kesh Front, and say the group is now led from abroad.', ["Chadian authorities"]],
    // an alias aside in quotes before the subject's own verb
    ['The Kesh Brigade, or the "Iron Brigade," first appeared in 2016 and claimed the killing of a police general.', ['Kesh Brigade']],
    // a described body with an adjective that names no other body
    ['Officers of the self-styled Ministry of State Security detained a customs officer. The separatist ministry accused him of espionage.', ['Ministry of State Security']],
  ];
  it.each(cases)('%s', (text, expected) => expect(speakers(text)).toEqual(expected));
  it('"what they said": the marchers speak, not the last speaker', () => {
    const text = 'Oren Vask said the march was peaceful. On Tuesday, about 300 farmers marched through Tiva to protest what they said were abuses by the army.';
    expect(said(text)).toEqual(['Oren Vask 2025-06-01 -']);
  });
  it('"in what they described as": the named subject of the clause speaks', () => {
    const text = 'Oren Vask said the raid was lawful. Meanwhile in Tiva, the Kesh Front arrested 12 men in what they described as a campaign against outlaws.';
    expect(said(text)).toEqual(['Kesh Front 2025-06-01 -', 'Oren Vask 2025-06-01 -']);
  });
});

describe('a wire agency in the dateline is no release voice', () => {
  it('does not make the agency a speaker', () => {
    const text = 'PORTO, Valdonia, May 30 (Reuters) - Three fighters of the Kesh Front were arrested on Friday. "We are questioning them," our sources say.';
    expect(speakers(text)).not.toContain('Reuters');
  });
});
