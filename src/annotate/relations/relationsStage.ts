// The relations stage: runs every relation family over each body sentence's masked view, carries what one sentence
// leaves for the next ("these groups", "two companies"), then merges the facts so that each is told once.

import type { AnnotatedDocument, RelationFact } from '../document.js';
import type { Stage } from '../stage.js';
import { extractAffiliationClauses } from './affiliationClauses.js';
import { extractAffiliations } from './affiliations.js';
import { extractAlliances } from './alliances.js';
import { extractAllianceClauses } from './allianceClauses.js';
import { extractCoalitions } from './coalitions.js';
import { extractDesignations } from './designations.js';
import { extractFoundings } from './foundings.js';
import { extractFoundingClauses } from './foundingClauses.js';
import { extractLeadershipClauses } from './leadershipClauses.js';
import { extractLineage } from './lineage.js';
import { extractLineageClauses } from './lineageClauses.js';
import { mergeFacts } from './mergeFacts.js';
import { pattern, type Candidate, type Family } from './patterns.js';
import { createContext, rememberSentence, type Pending, type RelationContext } from './relationContext.js';
import { relationLexicon } from './relationLexicon.js';
import { extractRoles } from './roles.js';
import { extractSanctions } from './sanctions.js';
import { listOf, viewSentence, type Protected, type SentenceView } from './sentenceView.js';
import { extractSuccessions } from './successions.js';
import { extractSupports } from './supports.js';
import { extractSupportClauses } from './supportClauses.js';
import { matchesOf } from '../matchesOf.js';

/** The relation families, one module each. */
export const FAMILIES: readonly Family[] = [
  extractDesignations,
  extractSupports,
  extractSupportClauses,
  extractAlliances,
  extractAllianceClauses,
  extractCoalitions,
  extractAffiliations,
  extractAffiliationClauses,
  extractSuccessions,
  extractLineage,
  extractLineageClauses,
  extractFoundings,
  extractFoundingClauses,
  extractRoles,
  extractLeadershipClauses,
  extractSanctions,
];

const LIST = pattern('{L}', 'g');
/**
 * Designation categories and titles are words of the patterns ("Specially Designated Global Terrorists", "Home
 * Secretary"). Scanned with the i flag: the caseless sources match alike but cost several times more per sentence.
 */
const PROTECTED: readonly Protected[] = [
  { rx: new RegExp(relationLexicon.categoryI, 'gi'), drop: 'overlap' },
  { rx: new RegExp(relationLexicon.titleI, 'gi'), drop: 'inside' },
];
/** A sentence that opens on the names a previous sentence counted: "A and B are being designated ...". */
const OPENING_LIST = pattern('^\\W*(?<x>{L})', 'd');

function toFact(c: Candidate, view: SentenceView): RelationFact {
  const fact: RelationFact = {
    kind: c.kind,
    args: c.args,
    evidence: [{ start: view.docOffset(c.start), end: view.docOffset(c.end), sentence: view.sentence.index }],
    rule: c.rule,
    confidence: c.confidence,
  };
  if (c.category !== undefined) fact.category = c.category;
  if (c.title !== undefined) fact.title = c.title;
  if (c.when !== undefined) fact.when = c.when;
  if (c.lifted !== undefined) fact.lifted = c.lifted;
  return fact;
}

/** Facts waiting for "two companies" to be named, completed when this sentence opens on exactly that many names. */
function resolvePending(pending: Pending[], view: SentenceView, sentenceBefore: number): RelationFact[] {
  const m = OPENING_LIST.exec(view.masked);
  const names = listOf(view, m?.groups?.['x']);
  const out: RelationFact[] = [];
  for (const p of pending) {
    if (names.length !== p.count) continue;
    for (const slot of names) {
      const c = p.candidate;
      const fact: RelationFact = {
        kind: c.kind,
        args: { ...c.args, [p.role]: slot.entity },
        evidence: [
          { start: p.docStart, end: p.docEnd, sentence: sentenceBefore },
          { start: slot.mention.start, end: slot.mention.end, sentence: view.sentence.index },
        ],
        rule: `${c.rule}:next-sentence`,
        confidence: c.confidence,
      };
      if (c.when !== undefined) fact.when = c.when;
      out.push(fact);
    }
  }
  return out;
}

/** Reads every relation of the document into `doc.relations`. */
export function annotateRelations(doc: AnnotatedDocument): void {
  const ctx: RelationContext = createContext(doc);
  const found: RelationFact[] = [];
  let previous = -1;
  for (const sentence of doc.sentences) {
    // related-article lines and bylines belong to other articles or to no fact
    if (sentence.furniture === 'related' || sentence.furniture === 'byline') continue;
    const view = viewSentence(doc, sentence, PROTECTED);
    const waiting = ctx.pending;
    ctx.pending = [];
    found.push(...resolvePending(waiting, view, previous));
    for (const family of FAMILIES) for (const c of family(view, ctx)) found.push(toFact(c, view));
    const lists = [...matchesOf(LIST, view.masked)].map((m) => listOf(view, m[0]));
    rememberSentence(ctx, view, lists);
    previous = sentence.index;
  }
  doc.relations.push(...mergeFacts(doc, found, ctx.sanctioningBody));
}

export const relationsStage: Stage = {
  name: 'relations',
  requires: ['entities', 'times'],
  assigns: ['relations'],
  run: annotateRelations,
};
