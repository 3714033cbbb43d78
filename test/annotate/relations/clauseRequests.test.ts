// Readings the family helpers asked of the shared clause reader (round 7): "the forces of X" as an object that is X,
// and a "which" that never stands for a person. Invented names throughout.

import { describe, expect, it } from 'vitest';
import { clauseSubject } from '../../../src/annotate/relations/clauseSides.js';
import { phraseAfter, subjectBefore } from '../../../src/annotate/relations/triggerClauses.js';
import { objectOf, subjectOf } from '../../../src/annotate/relations/clauseArgs.js';
import { isActor, isBody } from '../../../src/annotate/relations/patterns.js';
import { createContext } from '../../../src/annotate/relations/relationContext.js';
import { viewSentence } from '../../../src/annotate/relations/sentenceView.js';
import { annotatedDoc } from '../../support/annotatedDoc.js';
import { clauseArgsOf, type SubjectReader } from '../../support/clauseArgsOf.js';

/** The subject and object labels of the first `trigger` in the text's last sentence, by `reader` (see clauseArgsOf). */
function argsOf(marked: string, trigger: string, accept: 'body' | 'actor', reader?: SubjectReader): [string[], string[]] {
  return clauseArgsOf(marked, trigger, accept, reader, '2024-03-01');
}

/** [sentence(s), trigger, subject labels, object labels, what the arguments may be] */
type Row = [string, string, string[], string[], 'body' | 'actor'];

const G = 'ArmedGroup';
const P = 'Person';
const C = 'Country';

// "the forces of X", "the troops of A and B": the body whose people they are
const FORCES_OF: Row[] = [
  [`Since 2024, the [Korvath Brigade|${G}] has protected and trained the forces of the [Salvation Council|${G}].`, 'trained', ['Korvath Brigade'], ['Salvation Council'], 'body'],
  [`[Dorland|${C}] armed the troops of the [Sand Brigade|${G}] and the [Blue Front|${G}].`, 'armed', ['Dorland'], ['Sand Brigade', 'Blue Front'], 'actor'],
  [`The [Red Hand|${G}], which [Vesmark|${C}] backs, trained the soldiers of the [Iron Column|${G}] in 2019.`, 'trained', ['Red Hand'], ['Iron Column'], 'body'],
  [`The [Red Hand|${G}] was founded in 2012. It trains the militias of the [Iron Column|${G}].`, 'trains', ['Red Hand'], ['Iron Column'], 'body'],
  // a place is no body whose forces these are
  [`The [Red Hand|${G}] attacked the forces of [Tarvo|City].`, 'attacked', ['Red Hand'], [], 'body'],
];

// "which" stands for a body or a thing, never for a person; "who" still stands for one
const WHICH_NOT_PERSON: Row[] = [
  [
    `The [Dal Front|${G}], a group founded in 2016 by [Pel Amsar|${P}] and now led by his brother [Oru Amsar|${P}], which fights alongside the [Korvath Brigade|${G}], took [Tarvo|City].`,
    'fights',
    ['Dal Front'],
    [],
    'actor',
  ],
  [`The [Sand Brigade|${G}], backed by [Ivo Brandt|${P}], which operates near [Tarvo|City], attacked the [Red Hand|${G}].`, 'operates', ['Sand Brigade'], [], 'actor'],
  [`[Ivo Brandt|${P}], a former officer, who founded the [Sand Brigade|${G}], was arrested.`, 'founded', ['Ivo Brandt'], ['Sand Brigade'], 'actor'],
  // a "which" on a whole clause after a person stands for no one named
  [`The talks were hosted by [Ivo Brandt|${P}], which angered the [Red Hand|${G}].`, 'angered', [], ['Red Hand'], 'actor'],
  [`The [Red Hand|${G}], which [Ivo Brandt|${P}] founded in 2012, attacked [Tarvo|City].`, 'founded', ['Ivo Brandt'], [], 'actor'],
];

describe('clause reader: requested readings', () => {
  for (const [name, rows] of Object.entries({ FORCES_OF, WHICH_NOT_PERSON })) {
    describe(name, () => {
      it.each(rows)('%s [%s]', (text, trigger, subject, object, accept) => {
        expect(argsOf(text, trigger, accept)).toEqual([subject, object]);
      });
    });
  }
});

// the support and alliance sides' reader agrees
describe('clauseSides: "which" stands for no person', () => {
  it.each(WHICH_NOT_PERSON.slice(0, 2))('%s [%s]', (text, trigger, subject, object, accept) => {
    expect(argsOf(text, trigger, accept, clauseSubject)).toEqual([subject, object]);
  });
  it('reads no one for a "which" on a clause after a person', () => {
    expect(argsOf(`The talks were hosted by [Ivo Brandt|${P}], which angered the [Red Hand|${G}].`, 'angered', 'actor', clauseSubject)[0]).toEqual([]);
  });
});

/** The labels one reader gives at a trigger of the text's only sentence: `side` before the trigger or after it. */
function sideOf(marked: string, trigger: string, read: (view: ReturnType<typeof viewSentence>, ctx: ReturnType<typeof createContext>, at: number, end: number) => string[]): string[] {
  const doc = annotatedDoc(marked, { published: '2024-03-01' });
  const ctx = createContext(doc);
  const view = viewSentence(doc, doc.sentences[0]!);
  const m = new RegExp(`\\b${trigger}\\b`).exec(view.masked);
  if (!m) throw new Error(`no trigger "${trigger}" in ${view.masked}`);
  return read(view, ctx, m.index, m.index + m[0].length).map((k) => doc.entities.get(k)!.label);
}

// F: a time phrase after the name ends its phrase; a body's units after its name keep it the subject
const AFTER_TIME: [string, string, string[]][] = [
  [`It was absorbed into the [Desert Province|${G}] two years later.`, 'absorbed into', ['Desert Province']],
  [`The [Red Hand|${G}] merged into the [Iron Column|${G}] last year.`, 'merged into', ['Iron Column']],
  [`The [Red Hand|${G}] joined the [Iron Column|${G}] months later, officials said.`, 'joined', ['Iron Column']],
  [`The [Red Hand|${G}] backed a [Union|InternationalOrganization] resolution.`, 'backed', []],
];
const BEFORE: [string, string, string[]][] = [
  [`[Pala Defence|${G}] units that answer to the [Unity Council|${G}] fought on.`, 'answer', ['Pala Defence']],
  [`Fighters who broke away from the [Northern Command|${G}] formed the [Ural Brigade|${G}].`, 'formed', []],
  [`[Luis Mena|${P}], a bodyguard of [Juan Ortega|${P}] who founded [Los Gatos|${G}], was arrested.`, 'founded', ['Juan Ortega']],
  [`The [Ural Brigade|${G}] was formed by the [Northern Command|${G}] in 2019.`, 'formed', ['Ural Brigade']],
];

describe('trigger clauses: requested readings', () => {
  it.each(AFTER_TIME)('phraseAfter: %s [%s]', (text, trigger, expected) => {
    expect(sideOf(text, trigger, (view, ctx, _at, end) => phraseAfter(ctx, view, end, isActor))).toEqual(expected);
  });
  it.each(BEFORE)('subjectBefore: %s [%s]', (text, trigger, expected) => {
    expect(sideOf(text, trigger, (view, ctx, at) => subjectBefore(ctx, view, at, isActor))).toEqual(expected);
  });
});

// L: a name a main verb follows ends the object; a description may hold a place compound
describe('clause reader: objects before a main verb, descriptions with a compound', () => {
  it.each([
    [`Fighters who broke away from the [Northern Command|${G}] formed the [Ural Brigade|${G}].`, 'broke away from', ['Northern Command']],
    [`Units that split from the [Iron Column|${G}] attacked the [Red Hand|${G}] in 2020.`, 'split from', ['Iron Column']],
    [`The [Red Hand|${G}] left the [Iron Column|${G}] armed groups in 2020.`, 'left', []],
  ] as [string, string, string[]][])('objectOf: %s [%s]', (text, trigger, expected) => {
    expect(sideOf(text, trigger, (view, ctx, _at, end) => objectOf(view, end, ctx, isBody))).toEqual(expected);
  });
  it('reads the name a description with a place compound describes', () => {
    const text = `[Silvan Oil|Company], a [Tarso|City]-based transport company, later moved fuel for the [Red Hand|${G}].`;
    expect(sideOf(text, 'moved', (view, ctx, at) => subjectOf(view, at, ctx, isActor))).toEqual(['Silvan Oil']);
  });
});

// F: a list whose later item carries a modifier ("the smaller X") before the verb
describe('clauseSides: lists with modified items', () => {
  it.each([
    [`Last year the [Dal Front|${G}] and the smaller [Korvath Brigade|${G}] ([KB|${G}=korvath-brigade]) signed a pact.`, 'signed', ['Dal Front', 'Korvath Brigade']],
    [`The [Dal Front|${G}], the [Red Hand|${G}] and the rival [Blue Front|${G}] signed a pact.`, 'signed', ['Dal Front', 'Red Hand', 'Blue Front']],
    [`Talks with the smaller [Korvath Brigade|${G}] signed nothing.`, 'signed', []],
  ] as [string, string, string[]][])('%s [%s]', (text, trigger, expected) => {
    expect(sideOf(text, trigger, (view, ctx, at) => clauseSubject(view, at, ctx, isActor))).toEqual(expected);
  });
});

// F: "The movement" opening a sentence is the paragraph's topic only when that topic can be a movement
describe('subjectBefore: a description at the opening and the topic before', () => {
  const read = (marked: string): string[] => {
    const doc = annotatedDoc(marked, { published: '2024-03-01' });
    const ctx = createContext(doc);
    const view = viewSentence(doc, doc.sentences[doc.sentences.length - 1]!);
    const at = /\bled\b/.exec(view.masked)!.index;
    return subjectBefore(ctx, view, at, isBody).map((k) => doc.entities.get(k)!.label);
  };
  it('keeps the description\'s own body when the topic before is an international body', () => {
    expect(read(`The [Red Front|${G}] took [Tarvo|City]. The [Global Council|InternationalOrganization] voted on Friday. [The movement|${G}=red-front] has been led since 2016 by [Ivo Brandt|${P}].`)).toEqual(['Red Front']);
  });
  // which group "The movement" is when the topic before is a group is the entities stage's reading
  // (test/annotate/entities/openingDescription.round10.test.ts); the relation readers take the tie they are given
  it('takes the body the description is tied to', () => {
    expect(read(`The [Blue Front|${G}] took [Tarvo|City]. The [Red Front|${G}] voted on Friday. [The movement|${G}=red-front] has been led since 2016 by [Ivo Brandt|${P}].`)).toEqual(['Red Front']);
  });
});
