// Readings the family helpers asked of the shared clause reader (round 7): "the forces of X" as an object that is X,
// and a "which" that never stands for a person. Invented names throughout.

import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/annotate/document.js';
import { objectOf, subjectOf } from '../../../src/annotate/relations/clauseArgs.js';
import { clauseSubject } from '../../../src/annotate/relations/clauseSides.js';
import { isActor, isBody, pattern } from '../../../src/annotate/relations/patterns.js';
import { createContext, rememberSentence } from '../../../src/annotate/relations/relationContext.js';
import { listOf, viewSentence } from '../../../src/annotate/relations/sentenceView.js';
import { annotatedDoc } from '../../support/annotatedDoc.js';

const LIST = pattern('{L}', 'g');
const ACCEPT: Record<string, (e: Entity) => boolean> = { body: isBody, actor: isActor };

/** The subject and object labels of the first `trigger` in the text's last sentence, earlier sentences remembered. */
function argsOf(marked: string, trigger: string, accept: 'body' | 'actor', reader = subjectOf): [string[], string[]] {
  const doc = annotatedDoc(marked, { published: '2024-03-01' });
  const ctx = createContext(doc);
  const last = doc.sentences[doc.sentences.length - 1]!;
  for (const s of doc.sentences) {
    const view = viewSentence(doc, s);
    if (s === last) {
      const m = new RegExp(`\\b${trigger}\\b`).exec(view.masked);
      if (!m) throw new Error(`no trigger "${trigger}" in ${view.masked}`);
      const label = (k: string): string => doc.entities.get(k)!.label;
      const fits = ACCEPT[accept]!;
      return [reader(view, m.index, ctx, fits).map(label), objectOf(view, m.index + m[0].length, ctx, fits).map(label)];
    }
    rememberSentence(ctx, view, [...view.masked.matchAll(LIST)].map((m) => listOf(view, m[0])));
  }
  throw new Error('unreachable');
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
