// The two sides of a support or alliance trigger, taken by clause structure: the subject of the trigger's clause
// (through asides, relative pronouns, coordinated verbs, pronouns from the sentence before) and the noun phrase or
// list after it, with the checks a nominal predicate ("the main backer of", "X's closest ally") needs first.

import type { Entity } from '../document.js';
import { GROUP_NOUN, pattern } from './patterns.js';
import { apposedNames, objectOf, structuredSubject, subjectOf, type Accept } from './clauseArgs.js';
import { commaAsideHost } from './clauses.js';
import { antecedent, entitiesOf, type RelationContext } from './relationContext.js';
import { previousSubject, sentenceSubject } from './clauseSubject.js';
import type { SentenceView } from './sentenceView.js';
import { matchesOf } from '../matchesOf.js';

export type { Accept };

/** Auxiliaries, adverbs and time phrases between a subject and its verb, read backwards from the verb. */
const AUX_BEFORE =
  /(?:\b(?:has|have|had|is|are|was|were|been|being|be|also|long|now|still|since|then|later|reportedly|allegedly|openly|heavily|largely|increasingly|already|often|once|jointly|together|continues to|continue to|continued to|began to|begun to|started to|in recent (?:months|years|weeks)|for (?:years|decades|months)|at times)\s+)*$/;
/** Adjectives a later item of a list may carry: "A and the smaller B". */
const ITEM_MOD = '(?:smaller|larger|rival|allied|main|powerful|little-known|local|armed|jihadist|rebel|separatist|militant)';
/** A list of names right before the verb (an alias in parentheses may close it). */
const LIST_BEFORE = new RegExp(`(?:^|[^⟧])((?:⟦\\d+⟧(?: \\([^()]{1,40}\\))?(?:,| and|, and) (?:the )?(?:${ITEM_MOD} )?)*⟦\\d+⟧(?: \\([^()]{1,40}\\))?)(?: (?:fighters|forces|troops|militants|members|units|soldiers))?\\s*$`);
/** Words before a name that make it the object of a preposition or verb, not the subject. */
const GOVERNED_BEFORE = new RegExp(String.raw`\b(?:of|to|from|with|by|against|in|on|at|for|into|over|toward|towards|between|among|under|through|via|said|says|told|accused|accuses|that)\s+(?:the\s+)?(?:${ITEM_MOD}\s+)?$`);
/** A group noun before "of ⟦X⟧" that makes the name the subject after all: "Fighters of X attacked". */
const MEMBERS_OF = /\b(?:[Ff]ighters|[Mm]embers|[Uu]nits|[Tt]roops|[Ff]orces|[Mm]ilitants|[Ee]lements) of (?:the\s+)?$/;
/** A relative pronoun before the verb: its antecedent is the name (or the name a description describes) before. */
const RELATIVE = /(?:which|who|that)\s+$/;
const RELATIVE_NAME = /(⟦\d+⟧)(?: \([^()]{1,40}\))?,? (?:(?:a|an|the|one of the) [^,;⟦]{0,80}?,? )?(?:which|who|that)\s+$/;
/** A subject pronoun right before the verb. */
const PRONOUN_BEFORE = /(?:^|\W)([Ii]t|[Tt]hey|[Tt]he (?:group|movement|militia|faction|organi[sz]ation|network|regime|government|junta))\s+$/;
/** A count of bodies that a sentence before listed: "The three countries", "Together they", "both groups". */
const COUNTED_WORDS =
  '(?:[Tt]ogether,? )?(?:[Tt]hey|(?:[Tt]he|[Aa]ll|[Bb]oth) (?:(?:two|three|four|five|six) )?(?:countries|states|groups|militias|factions|movements|governments|juntas|nations|allies|organi[sz]ations))';
const COUNTED = new RegExp(`^\\W*${COUNTED_WORDS}\\s+$`);
/** A clause that opens on such a count, whatever follows ("The three countries have expelled ... and turned"). */
const OPENS_COUNTED = new RegExp(`^\\W*${COUNTED_WORDS}\\b(?!,? (?:of|in|on|at|from)\\b)`);
/** An opening adverbial before the subject of a sentence ("In April, ", "During the war in ⟦X⟧, "). */
const OPENER = /^(?:[^.;⟦]{0,30}(?:⟦\d+⟧[^.;⟦]{0,30}){0,3} [-—–]+ )?\W*(?:(?:[A-Z][^,;⟦—–]{0,60}|[A-Z][^,;—–]{0,100}?)(?:⟦\d+⟧[^,;—–]{0,40})?,\s+)?(?:[Tt]he\s+)?(?=⟦)/;
const MAX_GAP = 60;
/** A name, its comma and a description headed by a group noun, right before the verb. */
const APPOSITION_BEFORE = /(⟦\d+⟧)(?: \([^()]{1,40}\))?, (?:a|an|the|one of the) (?:[^,;⟦]{0,60}?|(?:[^,;⟦]{0,30}⟦\d+⟧[^,;⟦]{0,30}?))\b([a-z]+)\s+$/;
/** A speech verb after a name: the name reports the fact, it takes no part in it ("..., Tarsan officials say"). */
const REPORTS_AFTER = /^\)?,?\s*(?:say|says|said|told|tell|allege|alleges|alleged|report|reports|reported|believe|believes|added|noted)\b/;

/** The keys of a masked piece of text that `accept` takes. */
function keysOf(ctx: RelationContext, view: SentenceView, text: string, at: number, accept: Accept): string[] {
  return entitiesOf(ctx, view, text, at, (x) => accept(x as Entity));
}

/** The bodies of the last list an earlier sentence named, for "they" or "the three countries". */
function lastList(ctx: RelationContext, accept: Accept): string[] {
  if (ctx.lastList.length < 2) return [];
  return ctx.lastList.filter((k) => {
    const e = ctx.doc.entities.get(k);
    return e !== undefined && accept(e);
  });
}

/**
 * This module's subject of the clause whose verb or predicate starts at masked offset `at`: a name or list right before it
 * (through auxiliaries and adverbs), the antecedent of a relative pronoun, a pronoun or counted description ("It",
 * "The three countries"), or, after a closing aside or a coordinated verb, the name the clause opens on. Empty when
 * there is no confident reading; null when the words before rule a reading out, so that no other reader tries.
 */
function ownSubject(view: SentenceView, at: number, ctx: RelationContext, accept: Accept): string[] | null {
  const full = view.masked.slice(0, at);
  const clauseStart = Math.max(full.lastIndexOf(';'), full.lastIndexOf(':')) + 1;
  const bare = full.slice(clauseStart);
  const before = bare.replace(AUX_BEFORE, '');
  // "X, backed by Y": a participle right after a name's comma describes that name
  const described = before.length === bare.length ? /(⟦\d+⟧)(?: \([^()]{1,40}\))?,\s+$/.exec(before) : null;
  // (a name governed by a preposition more likely ends an aside: "X, whose leader lives in Y, joined")
  if (described && (!GOVERNED_BEFORE.test(view.masked.slice(0, clauseStart + described.index)) || MEMBERS_OF.test(view.masked.slice(0, clauseStart + described.index)))) {
    return keysOf(ctx, view, described[1]!, clauseStart + described.index, accept);
  }
  if (RELATIVE.test(before)) {
    const r = RELATIVE_NAME.exec(before);
    if (!r) return [];
    // "which" never stands for a person: after "X, a group led by P," it stands for X
    const slot = view.slots[Number(r[1]!.slice(1, -1))];
    if (slot?.cls === 'Person' && /\bwhich\s+$/.test(before)) {
      const host = commaAsideHost(view, clauseStart + r.index + r[1]!.length);
      return host && host.cls !== 'Person' ? keysOf(ctx, view, `⟦${host.index}⟧`, 0, accept) : null;
    }
    return keysOf(ctx, view, r[1]!, clauseStart + r.index, accept);
  }
  if (COUNTED.test(before) && !/⟦/.test(before)) return lastList(ctx, accept);
  const p = PRONOUN_BEFORE.exec(before);
  if (p) {
    const at0 = clauseStart + p.index;
    const opening = view.masked.slice(0, at0).trim() === '' || /^\W*$/.test(view.masked.slice(0, at0));
    if (opening) {
      const s = previousSubject(ctx, view);
      if (s) return accept(ctx.doc.entities.get(s)!) ? [s] : [];
      if (s === null) return [];
    }
    // "where it has", ", and it": the body the sentence opens on, else the nearest one before
    const own = opening ? undefined : sentenceSubject(ctx, view);
    const key = own ?? antecedent(ctx, view, at0, (x) => accept(x as Entity), p[1]!);
    const e = key === undefined ? undefined : ctx.doc.entities.get(key);
    return e && accept(e) ? [key!] : [];
  }
  const l = LIST_BEFORE.exec(before);
  if (l) {
    const listAt = clauseStart + before.length - l[0].length + (l[0].length - l[0].trimStart().length);
    const pre = view.masked.slice(0, before.lastIndexOf(l[1]!) + clauseStart);
    if (!GOVERNED_BEFORE.test(pre) || MEMBERS_OF.test(pre)) return keysOf(ctx, view, l[1]!, listAt, accept);
    return [];
  }
  // a coordinated verb inside a relative clause shares its antecedent: "X, which hosts ... and arms Y"
  const coordinated = /\band\s+$/.test(before);
  if (coordinated) {
    const segment = before.slice(before.lastIndexOf(',') + 1);
    const rel = /^\s*(?:which|who)\s+/.exec(segment);
    if (rel) return ownSubject(view, clauseStart + before.lastIndexOf(',') + 1 + rel[0].length, ctx, accept) ?? [];
    // "..., and an administration that was appointed by Y and is aligned with Z": a relative on a coordinated noun
    // phrase that no name gives has no subject this reader can tell
    const inner = /\b(?:that|which|who)\s+/.exec(segment);
    if (inner && /^\s*and (?:a|an|the|other|some) /.test(segment) && !segment.slice(0, inner.index).includes('⟦')) return null;
  }
  // after an aside that closes on a comma, or a coordinated verb: the name the clause opens on
  if (/,\s*$/.test(before) || coordinated) {
    const head = view.masked.slice(clauseStart);
    if (OPENS_COUNTED.test(head)) return lastList(ctx, accept);
    const o = OPENER.exec(head);
    if (!o) return [];
    const rest = head.slice(o[0].length);
    // the subject is followed by its aside's comma, or (before a coordinated verb) by its first verb
    const list = /^((?:⟦\d+⟧(?: \([^()]{1,40}\))?(?:,| and|, and) (?:the )?)*⟦\d+⟧)(?: \([^()]{1,40}\))?(?:,| (?=[a-z]))/.exec(rest);
    if (!list || (!coordinated && !list[0].endsWith(','))) return [];
    return keysOf(ctx, view, list[1]!, clauseStart + o[0].length, accept);
  }
  // "X, a militia allied with", "X, a Ruritanian militia backed by": the name the apposition describes
  const appos = APPOSITION_BEFORE.exec(before);
  if (appos && GROUP_NOUN.test(appos[2]!)) {
    // the description's own head, not a noun inside a phrase: "the leader of a militia backed by" has no reading
    if (/\b(?:of|in|for|with|from|at|on|to|by|against|and)\b/.test(appos[0].slice(appos[0].indexOf(',')))) return null;
    return keysOf(ctx, view, appos[1]!, clauseStart + appos.index, accept);
  }
  // a short gap of plain words ("X has in recent months formed"): the last name before it
  const gap = /⟦(\d+)⟧(?: \([^()]{1,40}\))?([^⟦,;()"]*)$/.exec(before);
  if (gap && gap[2]!.length <= MAX_GAP && !/\b(?:said|says|told|that|which|who|and|but|while)\b/.test(gap[2]!)) {
    const pre = view.masked.slice(0, clauseStart + gap.index);
    if (GOVERNED_BEFORE.test(pre) && !MEMBERS_OF.test(pre)) return [];
    return keysOf(ctx, view, `⟦${gap[1]}⟧`, clauseStart + gap.index, accept);
  }
  return [];
}

/** Words after a trigger that lead to its object: determiners, quantities, modifiers ("the smaller", "thousands of"). */
const OBJECT = pattern(
  `^\\s*(?:(?:the|a|an|its|their|his|her|both|all|some|many|several|other|(?:thousands|hundreds|dozens|members|remnants|ranks|bulk|units|fighters|elements|most|some) of(?: the)?) |(?!(?:of|in|on|at|for|from|to|with|by|against|said|says|that|which|who|and|or|but|as|into|over|after|before|during|since|when|while|where|than|between|among)\\b)(?:[a-z][\\w-]*|[A-Z][a-z]+(?:n|i|ian|ese|ish)) ){0,4}?(?<x>{L}|{PRO})(?![\\w'])`,
  'd',
);
/** A list whose item is a name with a head noun after it: "the ⟦X⟧ government and the ⟦Y⟧". */
const HEADED_MORE = pattern(`^ (?:government|authorities|forces|army|military|regime|junta|people)(?:,| and|, and) (?:the )?(?<x>{L})`, 'd');
/** More members of the object after a description: "both the army and local militias, including X". */
const INCLUDING = pattern(`^(?: and (?:[a-z-]+ ){0,2}[a-z-]+)?,? (?:including|such as|among them|notably|namely) (?:the )?(?<x>{L})`, 'd');

/** A list cut before an item that a speech verb follows: "with A and B, the UN said" lists A and B. */
function withoutReporters(view: SentenceView, list: string): string {
  // an item after a possessor is the possessor's ("⟦A⟧'s ⟦B⟧"), one item with it
  const items = [...matchesOf(/(?<!'s )⟦\d+⟧/g, list)];
  for (const item of items.slice(1)) {
    const after = view.masked.indexOf(item[0]) + item[0].length;
    if (REPORTS_AFTER.test(view.masked.slice(after))) return list.slice(0, item.index).replace(/(?:,| and|, and)(?: the)?\s*$/, '');
  }
  return list;
}

/**
 * This module's object: the entities of the noun phrase or list right after masked offset `end`, through determiners and modifiers, and
 * the names an "including" after it adds. Empty when no name follows the trigger's own phrase.
 */
function ownObject(view: SentenceView, end: number, ctx: RelationContext, accept: Accept): string[] {
  const rest = view.masked.slice(end);
  const m = OBJECT.exec(rest);
  if (!m) return [];
  const xAt = end + (m.indices?.groups?.['x']?.[0] ?? 0);
  // "backs two militias, the A and the B": the names the description stands for
  const apposed = apposedNames(view, xAt, m.groups!['x']!);
  if (apposed) return keysOf(ctx, view, apposed, xAt, accept);
  const x = withoutReporters(view, m.groups!['x']!);
  const keys = keysOf(ctx, view, x, xAt, accept);
  let after = m[0].length;
  const headed = HEADED_MORE.exec(rest.slice(after));
  if (headed) {
    keys.push(...keysOf(ctx, view, headed.groups!['x']!, end + after, accept));
    after += headed[0].length;
  }
  const more = INCLUDING.exec(rest.slice(after));
  if (more) keys.push(...keysOf(ctx, view, more.groups!['x']!, end + after, accept));
  return [...new Set(keys)];
}

/** What may stand before a nominal predicate: a copula, or the comma of an apposition after a name. */
const PREDICATE_BEFORE =
  /(?:\b(?:is|are|was|were|be|been|has been|have been|had been|remains?|remained|became|become|becomes|stays?|seen as|regarded as|described as|considered|emerged as)|⟧(?: \([^()]{1,40}\))?["']?,)\s+(?:(?:also|still|long|now|once|already|widely|increasingly|effectively|itself|themselves) )*$/;

/**
 * The subject of a nominal predicate starting at `at` ("X is the main backer of", "X, long Y's closest ally,"):
 * the subject of the copula, or the name an apposition follows. Empty when the noun phrase is no predicate ("a
 * meeting with the main backer of Y").
 */
export function predicateSubject(view: SentenceView, at: number, ctx: RelationContext, accept: Accept): string[] {
  const before = view.masked.slice(0, at);
  const p = PREDICATE_BEFORE.exec(before);
  if (!p) return [];
  if (p[0].startsWith('⟧')) {
    // an apposition: the name (or list) it follows, even one a preposition governs ("according to X, a group close to Y")
    const head = before.slice(0, p.index + 1);
    const list = /(?:⟦\d+⟧(?: \([^()]{1,40}\))?(?:,| and|, and) (?:the )?)*⟦\d+⟧$/.exec(head);
    return list ? keysOf(ctx, view, list[0], list.index, accept) : [];
  }
  return clauseSubject(view, p.index + (p[0].length - p[0].trimStart().length), ctx, accept);
}

/**
 * The subject of the clause whose verb or predicate starts at masked offset `at`: this module's reading (the shapes
 * support and alliance triggers meet: participles after a name's comma, appositions headed by a group noun, counted
 * lists from the sentence before), else clauseArgs' `subjectOf` when what it finds is named in the sentence before
 * the trigger (its readings of descriptions from earlier sentences are left out here: "the groups aligned with it").
 */
export function clauseSubject(view: SentenceView, at: number, ctx: RelationContext, accept: Accept): string[] {
  const structured = structuredSubject(view, at, ctx, accept);
  if (structured.length > 0) return structured;
  const own = ownSubject(view, at, ctx, accept);
  if (own === null) return [];
  if (own.length > 0) return own;
  const shared = subjectOf(view, at, ctx, accept);
  return shared.every((k) => view.slots.some((sl) => sl.entity === k && view.masked.indexOf(`⟦${sl.index}⟧`) < at)) ? shared : [];
}

/** The object after masked offset `end`: this module's reading (lists with "including"), else clauseArgs' `objectOf`. */
export function clauseObject(view: SentenceView, end: number, ctx: RelationContext, accept: Accept): string[] {
  const own = ownObject(view, end, ctx, accept);
  return own.length > 0 ? own : objectOf(view, end, ctx, accept);
}
