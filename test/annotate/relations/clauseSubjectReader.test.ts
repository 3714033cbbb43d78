// The one subject reader's specification: the clause structure is read first (the subject of the trigger's clause,
// through asides, relatives, coordinated verbs and participial openings), the walks back from the trigger only where
// the structure has no named subject. Triggers of several families; invented names throughout.

import { describe, expect, it } from 'vitest';
import { subjectOf, structuredSubject } from '../../../src/annotate/relations/clauseArgs.js';
import { clauseSubject } from '../../../src/annotate/relations/clauseSides.js';
import { subjectBefore } from '../../../src/annotate/relations/triggerClauses.js';
import { clauseArgsOf, type SubjectReader } from '../../support/clauseArgsOf.js';

const G = 'ArmedGroup';
const C = 'Country';
const P = 'Person';

/** [sentence(s), trigger, subject labels, object labels, what the arguments may be (bodies unless said)] */
type Row = [string, string, string[], string[], ('body' | 'actor')?];

/** Rows whose subject the clause structure itself gives. */
const STRUCTURE: Row[] = [
  // support
  [`[Dorland|${C}], which borders [Vesmark|${C}], openly arms the [Iron Column|${G}].`, 'arms', ['Dorland'], ['Iron Column'], 'actor'],
  [`The [Iron Column|${G}], backed by [Dorland|${C}], shelled the port and seized the [Sand Brigade|${G}]'s depots.`, 'shelled', ['Iron Column'], [], 'actor'],
  // alliance
  [`The [Grey Wolves|${G}] left the talks in May and allied with the [Blue Front|${G}].`, 'allied', ['Grey Wolves'], [], 'body'],
  // lineage
  [`In 2014 the [Grey Wolves|${G}], the [Sand Brigade|${G}] and the [Blue Front|${G}] merged into the [Northern Shield|${G}].`, 'merged into', ['Grey Wolves', 'Sand Brigade', 'Blue Front'], ['Northern Shield']],
  [`On Monday the [Grey Wolves|${G}] and the [Blue Front|${G}] split from the [Northern Shield|${G}].`, 'split from', ['Grey Wolves', 'Blue Front'], ['Northern Shield']],
  // founding, leadership
  [`[Ivo Brandt|${P}], a former colonel, founded the [Sand Brigade|${G}] in 2009.`, 'founded', ['Ivo Brandt'], ['Sand Brigade'], 'actor'],
  [`The [Sand Brigade|${G}], which [Ivo Brandt|${P}] founded in 2009, now controls the valley.`, 'founded', ['Ivo Brandt'], [], 'actor'],
  // a subject's aside that runs into the next item: ", and" joins the subject's names, it opens no clause
  [`Since 2021, the [Tarvo Army|MilitaryForce], known locally as the Guard, and the [Vesmark Defence Force|MilitaryForce] have waged a joint campaign against the [Iron Column|${G}].`, 'waged', ['Tarvo Army', 'Vesmark Defence Force'], [], 'actor'],
  // sanction, designation
  [`[Vesmark|${C}] froze the assets of the [Iron Column|${G}] and sanctioned the [Sand Brigade|${G}].`, 'sanctioned', ['Vesmark'], ['Sand Brigade'], 'actor'],
];

/** Read by the trigger-clause families (affiliation, leadership, founding) through `subjectBefore`. */
const TRIGGER_CLAUSES: Row[] = [
  [`The [Sand Brigade|${G}], which [Ivo Brandt|${P}] founded in 2009, now controls the valley.`, 'founded', ['Ivo Brandt'], [], 'actor'],
  // "who" after a person a preposition governs stands for that person, not for the name the aside hangs on
  [`[Luis Arde|${P}], a cousin of [Tomas Vell|${P}] who founded the [Sand Brigade|${G}], was detained.`, 'founded', ['Tomas Vell'], [], 'actor'],
  // a description opening the sentence takes the body the entities stage tied it to (its reference reading)
  [`The [Grey Wolves|${G}] took [Tarvo|City]. [The group|${G}=grey-wolves] has been led since 2018 by [Ivo Brandt|${P}].`, 'led', ['Grey Wolves'], []],
];

/** Rows where the structure has no named subject, or none it is sure of, and the walk's reading stands. */
const WALKED: Row[] = [
  // a pronoun opening the sentence: the sentence before's subject
  [`The [Sand Brigade|${G}] was formed in 2010. It later joined the [Northern Shield|${G}].`, 'joined', ['Sand Brigade'], ['Northern Shield']],
  // the comma that closes "according to X" opens no participle aside on X
  [`The [Northern Shield|${G}] is a coalition of militias that, according to the [Halden Institute|Organization], grew out of the [Iron Column|${G}].`, 'grew', ['Northern Shield'], []],
  // a comma after a list that describes a plural noun closes the list, it opens no participle on its last item
  [`The [Northern Shield|${G}], a front created in 2016 when four militias, the [Grey Wolves|${G}], the [Sand Brigade|${G}] and the [Blue Front|${G}], merged into one command.`, 'merged', ['Grey Wolves', 'Sand Brigade', 'Blue Front'], []],
];

/** Nothing may be read: no subject stands in the trigger's clause. */
const NONE: Row[] = [
  [`Talks on the future of the [Iron Column|${G}] merged into a wider process.`, 'merged into', [], []],
  [`The attack on the [Sand Brigade|${G}] was financed from abroad.`, 'financed', [], [], 'actor'],
];

function run(rows: Row[], reader: SubjectReader): void {
  for (const [text, trigger, subject, object, accept] of rows) {
    it(`${text} [${trigger}]`, () => {
      const [s, o] = clauseArgsOf(text, trigger, accept ?? 'body', reader);
      expect(s).toEqual(subject);
      if (object.length > 0) expect(o).toEqual(object);
    });
  }
}

describe('the clause structure reads the subject first', () => {
  describe('structuredSubject alone', () => run(STRUCTURE, structuredSubject));
  describe('subjectOf', () => run(STRUCTURE, subjectOf));
  describe("clauseSides' clauseSubject", () => run(STRUCTURE, clauseSubject));
});

describe('the walks read where the structure has nothing', () => {
  describe('structuredSubject alone finds nothing', () => run(WALKED.map(([t, tr, , , a]): Row => [t, tr, [], [], a ?? 'body']), structuredSubject));
  describe('subjectOf', () => run(WALKED, subjectOf));
});

/** `subjectBefore` with clauseArgsOf's reader signature. */
const triggerReader: SubjectReader = (view, at, ctx, accept) => subjectBefore(ctx, view, at, accept);

describe('the trigger-clause families read the structure first too', () => run(TRIGGER_CLAUSES, triggerReader));

describe('no subject', () => {
  describe('subjectOf', () => run(NONE, subjectOf));
  describe("clauseSides' clauseSubject", () => run(NONE, clauseSubject));
});
