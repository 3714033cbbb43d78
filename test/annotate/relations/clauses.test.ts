// The clause structure's specification: main clauses with subject and verb, asides with the name they hang on,
// relative clauses with their antecedents, subordinate clauses and coordinated verbs, on invented sentences.

import { describe, expect, it } from 'vitest';
import { asideAt, barrierBefore, clausesOf, mainClauseAt, relativeAt, structureSubject, type ClauseStructure } from '../../../src/annotate/relations/clauses.js';
import { viewSentence, type SentenceView } from '../../../src/annotate/relations/sentenceView.js';
import { annotatedDoc } from '../../support/annotatedDoc.js';

const G = 'ArmedGroup';
const P = 'Person';
const C = 'Country';

/** The view of the first sentence of a marked-up text. */
function viewOf(marked: string): SentenceView {
  const doc = annotatedDoc(marked, { published: '2024-03-01' });
  return viewSentence(doc, doc.sentences[0]!);
}

/** The names of some slots, joined with "+"; a phrase with no name reads as its words. */
function names(view: SentenceView, slots: readonly number[], span?: { start: number; end: number }): string {
  if (slots.length > 0) return slots.map((i) => view.slots[i]!.mention.text).join('+');
  return span ? view.masked.slice(span.start, span.end) : '-';
}

/** The first word at a masked offset. */
function wordAt(view: SentenceView, at: number | undefined): string {
  return at === undefined ? '-' : (/^[\w'-]+/.exec(view.masked.slice(at))?.[0] ?? '-');
}

type Part = 'mains' | 'asides' | 'relatives' | 'subordinates' | 'coordinated';

/** One part of the structure as short strings, in text order. */
function render(view: SentenceView, s: ClauseStructure, part: Part): string[] {
  switch (part) {
    case 'mains':
      return s.mains.map((m) => `${names(view, m.subjectSlots, m.subject)} > ${wordAt(view, m.verb)}`);
    case 'asides':
      return s.asides.map((a) => `${a.kind}@${a.host === undefined ? '-' : view.slots[a.host]!.mention.text}${a.closed ? '' : '…'}`);
    case 'relatives':
      return s.relatives.map((r) => `${r.pronoun}=${names(view, r.antecedent)}${r.described ? '*' : ''}`);
    case 'subordinates':
      return s.subordinates.map((x) => x.word);
    case 'coordinated':
      return s.coordinated.map((c) => `${wordAt(view, c.verb)}=${names(view, c.subjectSlots)}`);
  }
}

/** [sentence, part, expected rendering] */
type Row = [string, Part, string[]];

const MAINS: Row[] = [
  [`The [Red Hand|${G}] founded the [Iron Column|${G}] in 2012.`, 'mains', ['Red Hand > founded']],
  [`[Dorland|${C}] and [Vesmark|${C}] have long backed the [Iron Column|${G}].`, 'mains', ['Dorland+Vesmark > have']],
  [`In 2019, the [Sand Brigade|${G}] absorbed the [Blue Front|${G}].`, 'mains', ['Sand Brigade > absorbed']],
  [`According to the [Halden Institute|Organization], the [Sand Brigade|${G}] absorbed the [Blue Front|${G}].`, 'mains', ['Sand Brigade > absorbed']],
  [`The [Sand Brigade|${G}] ([SB|${G}=sand-brigade]) split from the [Iron Column|${G}] in 2016.`, 'mains', ['Sand Brigade > split']],
  [`The [Sand Brigade|${G}], which the [Iron Column|${G}] armed in 2014, joined the [Northern Shield|${G}].`, 'mains', ['Sand Brigade > joined']],
  [`It later joined the [Northern Shield|${G}].`, 'mains', ['It > later']],
  [`The group was founded in 2011 by [Ivo Brandt|${P}].`, 'mains', ['The group > was']],
  [`When the [Blue Front|${G}] collapsed in 2018, the [Sand Brigade|${G}] absorbed its fighters.`, 'mains', ['Sand Brigade > absorbed']],
  [`Founded in 1990 by [Ivo Brandt|${P}], the [Sand Brigade|${G}] fought the [Iron Column|${G}].`, 'mains', ['Sand Brigade > fought']],
  [`The [Red Hand|${G}] backs the [Iron Column|${G}]; the [Sand Brigade|${G}] opposes both.`, 'mains', ['Red Hand > backs', 'Sand Brigade > opposes']],
  [`The [Red Hand|${G}] backs the [Iron Column|${G}], and [Vesmark|${C}] arms the [Sand Brigade|${G}].`, 'mains', ['Red Hand > backs', 'Vesmark > arms']],
  [`The [Red Hand|${G}] — a militia from the hills of [Tarvo|City] — has joined the [Iron Column|${G}].`, 'mains', ['Red Hand > has']],
  [`The [Iron Column|${G}] forces attacked [Tarvo|City].`, 'mains', ['Iron Column > attacked']],
];

const ASIDES: Row[] = [
  [`The [Sand Brigade|${G}] ([SB|${G}=sand-brigade]) split from the [Iron Column|${G}].`, 'asides', ['alias@Sand Brigade']],
  [`The [Sand Brigade|${G}], an offshoot of the [Iron Column|${G}], claimed the attack.`, 'asides', ['apposition@Sand Brigade']],
  [`The [Sand Brigade|${G}], backed by [Vesmark|${C}], claimed the attack.`, 'asides', ['participle@Sand Brigade']],
  [`The attack was blamed on the [Sand Brigade|${G}], a group affiliated with the [Iron Column|${G}].`, 'asides', ['apposition@Sand Brigade…']],
  [`The [Sand Brigade|${G}], whose founder, [Ivo Brandt|${P}], was killed in 2019, is now led by [Mara Olsen|${P}].`, 'asides', ['relative@Sand Brigade']],
  [`The [Red Hand|${G}] — a militia from the hills of [Tarvo|City] — has joined the [Iron Column|${G}].`, 'asides', ['dash@Red Hand']],
  [`The [Sand Brigade|${G}] (which the [Iron Column|${G}] armed) joined the [Northern Shield|${G}].`, 'asides', ['paren@Sand Brigade']],
  [`[Dorland|${C}] backs the [Iron Column|${G}] in the war with [Vesmark|${C}].`, 'asides', []],
];

const RELATIVES: Row[] = [
  [`The [Sand Brigade|${G}], which the [Iron Column|${G}] armed in 2014, joined the [Northern Shield|${G}].`, 'relatives', ['which=Sand Brigade']],
  [`[Ivo Brandt|${P}], who lives in exile in [Dorland|${C}], still heads the [Sand Brigade|${G}].`, 'relatives', ['who=Ivo Brandt']],
  [`The [Sand Brigade|${G}], a faction that broke away from the [Iron Column|${G}], joined the [Northern Shield|${G}].`, 'relatives', ['that=Sand Brigade*']],
  [`Officials said that the [Sand Brigade|${G}] had joined the [Northern Shield|${G}].`, 'relatives', []],
  [`The [Red Hand|${G}] and the [Blue Front|${G}], which merged in 2019, joined the [Northern Shield|${G}].`, 'relatives', ['which=Red Hand+Blue Front']],
  [`The [Sand Brigade|${G}] ([SB|${G}=sand-brigade]), which [Vesmark|${C}] arms, attacked [Tarvo|City].`, 'relatives', ['which=Sand Brigade']],
  // "which" stands for no person: the name the apposition hangs on, or none
  [`The [Sand Brigade|${G}], a group led by [Ivo Brandt|${P}], which fights alongside the [Red Hand|${G}], took [Tarvo|City].`, 'relatives', ['which=Sand Brigade']],
  [`The talks were hosted by [Ivo Brandt|${P}], which angered the [Red Hand|${G}].`, 'relatives', ['which=-']],
  [`[Ivo Brandt|${P}], who lives in [Tarvo|City], leads the [Red Hand|${G}].`, 'relatives', ['who=Ivo Brandt']],
];

const SUBORDINATES: Row[] = [
  [`When the [Blue Front|${G}] collapsed in 2018, the [Sand Brigade|${G}] absorbed its fighters.`, 'subordinates', ['when']],
  [`The [Sand Brigade|${G}] grew after the [Blue Front|${G}] collapsed.`, 'subordinates', ['after']],
  [`The [Sand Brigade|${G}] grew after the collapse of the [Blue Front|${G}].`, 'subordinates', []],
];

const COORDINATED: Row[] = [
  [`[Ivo Brandt|${P}] left the [Iron Column|${G}] in 2011 and founded the [Sand Brigade|${G}].`, 'coordinated', ['founded=Ivo Brandt']],
  [`The [Sand Brigade|${G}], which [Vesmark|${C}] arms and funds, attacked [Tarvo|City].`, 'coordinated', ['funds=Vesmark']],
  [`The [Red Hand|${G}] seized [Tarvo|City] and then declared a state of its own.`, 'coordinated', ['declared=Red Hand']],
  [`The [Red Hand|${G}] and the [Blue Front|${G}] attacked [Tarvo|City].`, 'coordinated', []],
];

// long sentences with five names and more, where the parts meet
const LONG: Row[] = [
  [
    `In 2021, the [Sand Brigade|${G}] ([SB|${G}=sand-brigade]), which [Ivo Brandt|${P}] founded after leaving the [Iron Column|${G}], joined the [Northern Shield|${G}], a coalition that [Vesmark|${C}] and [Dorland|${C}] back.`,
    'mains',
    ['Sand Brigade > joined'],
  ],
  [
    `In 2021, the [Sand Brigade|${G}] ([SB|${G}=sand-brigade]), which [Ivo Brandt|${P}] founded after leaving the [Iron Column|${G}], joined the [Northern Shield|${G}], a coalition that [Vesmark|${C}] and [Dorland|${C}] back.`,
    'relatives',
    ['which=Sand Brigade', 'that=Northern Shield*'],
  ],
  [
    `In 2021, the [Sand Brigade|${G}] ([SB|${G}=sand-brigade]), which [Ivo Brandt|${P}] founded after leaving the [Iron Column|${G}], joined the [Northern Shield|${G}], a coalition that [Vesmark|${C}] and [Dorland|${C}] back.`,
    'asides',
    ['alias@Sand Brigade', 'relative@Sand Brigade', 'apposition@Northern Shield…'],
  ],
  [
    `The [Red Hand|${G}], the [Blue Front|${G}] and the [Grey Wolves|${G}] merged in 2019 into the [Northern Shield|${G}], and [Vesmark|${C}] has armed the new group since.`,
    'mains',
    ['Red Hand+Blue Front+Grey Wolves > merged', 'Vesmark > has'],
  ],
  [
    `[Mara Olsen|${P}], a former commander of the [Iron Column|${G}], left [Tarvo|City] for [Dorland|${C}] and founded the [Sand Brigade|${G}] with [Ivo Brandt|${P}].`,
    'coordinated',
    ['founded=Mara Olsen'],
  ],
  [
    `[Mara Olsen|${P}], a former commander of the [Iron Column|${G}], left [Tarvo|City] for [Dorland|${C}] and founded the [Sand Brigade|${G}] with [Ivo Brandt|${P}].`,
    'mains',
    ['Mara Olsen > left'],
  ],
  [
    `After the [Blue Front|${G}] collapsed, the [Sand Brigade|${G}], backed by [Vesmark|${C}] and [Dorland|${C}], seized [Tarvo|City]; the [Iron Column|${G}] withdrew.`,
    'mains',
    ['Sand Brigade > seized', 'Iron Column > withdrew'],
  ],
  [
    `After the [Blue Front|${G}] collapsed, the [Sand Brigade|${G}], backed by [Vesmark|${C}] and [Dorland|${C}], seized [Tarvo|City]; the [Iron Column|${G}] withdrew.`,
    'asides',
    ['participle@Sand Brigade'],
  ],
];

/** [sentence, the verb, the subject the structure gives it] */
const SUBJECTS: [string, string, string[]][] = [
  [`The [Red Hand|${G}] seized [Tarvo|City] and then declared a state of its own.`, 'declared', ['Red Hand']],
  [`The [Sand Brigade|${G}], which [Vesmark|${C}] arms and funds, attacked [Tarvo|City].`, 'funds', ['Vesmark']],
  [`The [Sand Brigade|${G}], which fights alongside the [Red Hand|${G}], took [Tarvo|City].`, 'fights', ['Sand Brigade']],
  [`The [Sand Brigade|${G}], backed by [Vesmark|${C}], took [Tarvo|City].`, 'backed', ['Sand Brigade']],
  [`In 2019, the [Sand Brigade|${G}] ([SB|${G}=sand-brigade]) has also joined the [Red Hand|${G}].`, 'joined', ['Sand Brigade']],
  [`[Tehran|City], [Vesmark|${C}] and the [Red Hand|${G}] signed a pact that binds the [Blue Front|${G}].`, 'binds', []],
  // an -ed word before a noun is no coordinated verb; a "who" stands for no body
  [`Drones struck fields in [Tarvo|City] and reviving tensions with armed factions aligned with [Vesmark|${C}].`, 'aligned', []],
  [`The ministry of [Armed Logistics|Organization] ([AL|Organization=armed-logistics]), who oversaw the transfer, was listed.`, 'oversaw', []],
  [`The [Red Hand|${G}], an umbrella group of [Islamist militants|CollectiveActor] that is allied with the [Blue Front|${G}], grew.`, 'is', ['Red Hand']],
  // "whose N" is the subject, no name; a report's clause has its own subject
  [`[Mei Lin|${P}], whose brother heads the [Harbor Party|PoliticalParty], was elected.`, 'heads', []],
  [`The [Interior Ministry|GovernmentAgency] said the companies supplied weapons to the [Red Hand|${G}].`, 'supplied', []],
  [`[Omar Tesh|${P}] said the militia raided farms and was designated a terrorist group by [Vesmark|${C}].`, 'designated', []],
];

describe('clausesOf', () => {
  it.each(SUBJECTS)('structureSubject: %s [%s]', (sentence, verb, expected) => {
    const view = viewOf(sentence);
    const at = new RegExp(`\\b${verb}\\b`).exec(view.masked)!.index;
    expect(structureSubject(view, at).map((i) => view.slots[i]!.mention.text)).toEqual(expected);
  });

  for (const [name, rows] of Object.entries({ MAINS, ASIDES, RELATIVES, SUBORDINATES, COORDINATED, LONG })) {
    describe(name, () => {
      it.each(rows)('%s → %s', (sentence, part, expected) => {
        const view = viewOf(sentence);
        expect(render(view, clausesOf(view), part)).toEqual(expected);
      });
    });
  }

  it('computes the structure once per view', () => {
    const view = viewOf(`The [Red Hand|${G}] founded the [Iron Column|${G}].`);
    expect(clausesOf(view)).toBe(clausesOf(view));
  });

  it('answers look-ups by offset', () => {
    const view = viewOf(`The [Sand Brigade|${G}], which [Vesmark|${C}] arms, attacked [Tarvo|City]; [Dorland|${C}] protested.`);
    const at = (w: string): number => view.masked.indexOf(w);
    expect(relativeAt(view, at('arms'))?.pronoun).toBe('which');
    expect(relativeAt(view, at('attacked'))).toBeUndefined();
    expect(asideAt(view, at('arms'))?.kind).toBe('relative');
    expect(asideAt(view, at('attacked'))).toBeUndefined();
    expect(mainClauseAt(view, at('protested'))?.start).toBe(at(';') + 1);
    expect(barrierBefore(view, at('protested'))).toBe(at(';') + 1);
    expect(barrierBefore(view, at('attacked'))).toBe(0);
  });
});
