// A sentence seen by the relation patterns: each resolved mention is replaced by a numbered slot "⟦n⟧", so a
// pattern reads "⟦0⟧-backed ⟦1⟧" whatever the names are, and every match maps back to offsets in the document.

import type { AnnotatedDocument, EntityClass, Mention, Sentence } from '../document.js';
import { resolvedMentionsIn } from '../spans.js';
import { matchesOf } from '../matchesOf.js';

/** One slot of a masked sentence: a resolved mention and its entity. */
export interface Slot {
  index: number;
  mention: Mention;
  entity: string;
  cls: EntityClass;
}

export interface SentenceView {
  sentence: Sentence;
  /** The sentence text with mentions as "⟦n⟧", curly quotes made straight. */
  masked: string;
  slots: Slot[];
  /** Maps an offset of `masked` to an offset of the document text. */
  docOffset(maskedOffset: number): number;
}

interface Piece {
  maskedStart: number;
  docStart: number;
  length: number;
  /** Length of the original text a slot stands for; undefined for plain text. */
  docLength?: number;
}

const COMPOUND = /^(.+?)-(backed|supported|sponsored|funded|financed|armed|aligned|allied|linked|affiliated|controlled|owned|run|led) (?=\S)/;

const POSSESSIVE = /^(.+?)['’]s? (?=\S)/;

/**
 * Splits a mention written as a compound ("Iran-aligned militia groups", "U.N.-supported Tripoli government") into a
 * mention of the named prefix and a mention of the rest, both pointing at their entities, so that patterns see
 * "⟦Iran⟧-aligned ⟦militias⟧". The prefix is kept only when it is a name of an entity of the document.
 */
function splitCompounds(doc: AnnotatedDocument, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const possessive = POSSESSIVE.exec(m.text);
    if (possessive) {
      // "Bashar al-Assad's regime": the owner's mention stays visible beside the whole
      const owner = mentions.find((o) => o !== m && o.start === m.start && o.end === m.start + possessive[1]!.length);
      if (owner) {
        out.push({ ...m, start: m.start + possessive[0].length, text: m.text.slice(possessive[0].length), rule: 'relations:possessive-rest' });
        continue;
      }
    }
    const c = COMPOUND.exec(m.text);
    if (!c) {
      out.push(m);
      continue;
    }
    const prefix = c[1]!;
    const inner = mentions.find((o) => o !== m && o.start === m.start && o.end === m.start + prefix.length);
    const key = inner?.entity ?? entityNamed(doc, prefix);
    if (!key) {
      out.push(m);
      continue;
    }
    const restStart = m.start + c[0].length;
    if (!inner) {
      const cls = doc.entities.get(key)!.cls;
      out.push({ ...m, id: -1, end: m.start + prefix.length, text: prefix, cls, entity: key, rule: 'relations:compound-prefix' });
    }
    out.push({ ...m, start: restStart, text: m.text.slice(c[0].length), rule: 'relations:compound-rest' });
  }
  return out;
}

/** The key of the entity that has exactly this name, if one does. */
function entityNamed(doc: AnnotatedDocument, name: string): string | undefined {
  for (const e of doc.entities.values()) if (e.label === name || e.names.includes(name)) return e.key;
  return undefined;
}

/** Keeps mentions that do not overlap; an outer mention that is a compound on an inner one ("Iran-aligned militias"). */
function flatten(mentions: Mention[]): Mention[] {
  const compoundOuter = (outer: Mention): boolean =>
    mentions.some(
      (inner) =>
        inner !== outer &&
        inner.start >= outer.start &&
        inner.end < outer.end &&
        /^-\s?[a-z]/.test(outer.text.slice(inner.end - outer.start)),
    );
  const ordered = mentions
    .filter((m) => !compoundOuter(m))
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of ordered) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** Straight quotes and apostrophes, one character for one, so offsets keep their meaning. */
function straighten(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Phrases that are words of a pattern, never mentions: a global expression and how a mention must meet a match. */
export interface Protected {
  rx: RegExp;
  /** "overlap": any mention touching the phrase goes; "inside": only mentions wholly within it. */
  drop: 'overlap' | 'inside';
}

/**
 * Builds the masked view of one sentence. Mentions that meet a protected phrase are left out, so that "Terrorists"
 * in "Specially Designated Global Terrorists" or "Home" in "Home Secretary" stay words.
 */
export function viewSentence(doc: AnnotatedDocument, sentence: Sentence, protect: readonly Protected[] = []): SentenceView {
  let resolved = resolvedMentionsIn(doc, sentence);
  const raw = doc.text.slice(sentence.start, sentence.end);
  for (const { rx, drop } of protect) {
    const spans = [...matchesOf(rx, raw)].map((m) => [sentence.start + m.index, sentence.start + m.index + m[0].length] as const);
    resolved = resolved.filter(
      (m) => !spans.some(([s, e]) => (drop === 'overlap' ? m.start < e && m.end > s : m.start >= s && m.end <= e)),
    );
  }
  const mentions = flatten(splitCompounds(doc, resolved));
  const pieces: Piece[] = [];
  const slots: Slot[] = [];
  let masked = '';
  let at = sentence.start;
  const plain = (end: number): void => {
    if (end <= at) return;
    pieces.push({ maskedStart: masked.length, docStart: at, length: end - at });
    masked += straighten(doc.text.slice(at, end));
    at = end;
  };
  for (const m of mentions) {
    plain(m.start);
    const mark = `⟦${slots.length}⟧`;
    pieces.push({ maskedStart: masked.length, docStart: m.start, length: mark.length, docLength: m.end - m.start });
    slots.push({ index: slots.length, mention: m, entity: m.entity!, cls: m.cls });
    masked += mark;
    at = m.end;
  }
  plain(sentence.end);
  return {
    sentence,
    masked,
    slots,
    docOffset(offset) {
      let piece = pieces[0];
      for (const p of pieces) {
        if (p.maskedStart > offset) break;
        piece = p;
      }
      if (!piece) return sentence.start;
      const into = offset - piece.maskedStart;
      if (piece.docLength === undefined) return piece.docStart + into;
      return into <= 0 ? piece.docStart : piece.docStart + piece.docLength;
    },
  };
}

/** The plain views already built, by sentence, with the number of mentions the document had then. */
const plainViews = new WeakMap<Sentence, { doc: AnnotatedDocument; mentions: number; view: SentenceView }>();

/**
 * The view of a sentence with no protected phrases, built once: the readers that look back at the sentence before
 * ("It ..." after "X was founded ...") ask for the same view again and again. A document that gained mentions since
 * gets a fresh view.
 */
export function plainView(doc: AnnotatedDocument, sentence: Sentence): SentenceView {
  const known = plainViews.get(sentence);
  if (known && known.doc === doc && known.mentions === doc.mentions.length) return known.view;
  const view = viewSentence(doc, sentence);
  plainViews.set(sentence, { doc, mentions: doc.mentions.length, view });
  return view;
}

const SLOT = /⟦(\d+)⟧/g;

/** The slots named in a piece of masked text, in order, each entity once. */
export function slotsOf(view: SentenceView, text: string | undefined): Slot[] {
  if (!text) return [];
  const out: Slot[] = [];
  const seen = new Set<string>();
  for (const m of matchesOf(SLOT, text)) {
    const slot = view.slots[Number(m[1])];
    if (slot && !seen.has(slot.entity)) {
      seen.add(slot.entity);
      out.push(slot);
    }
  }
  return out;
}

/** The slots of a coordinated list, leaving out parenthesized aliases ("Bois Rouge SARLU (Bois Rouge)") and possessors. */
export function listOf(view: SentenceView, text: string | undefined): Slot[] {
  // the possessor in "Iran's IRGC" is not an item of the list
  // an alias after a name the mask left as plain words ("Lashkar-e-Tayyiba (⟦0⟧)") is the only slot of the name
  return slotsOf(view, text?.replace(/(?<=⟦\d+⟧)\s\(⟦\d+⟧\)/g, '').replace(/⟦\d+⟧'s (?:[a-z]+ ){0,2}(?=⟦)/g, ''));
}

/** A view with the asides after a name taken out, and the way back to the offsets of the view it came from. */
export interface ReducedView extends SentenceView {
  /** Maps an offset of this view's `masked` to an offset of the full view's `masked`. */
  outerOffset(offset: number): number;
}

/** The name an aside may follow: a slot and its parenthesized alias ("⟦0⟧ (SB)", "⟦0⟧ (⟦1⟧)"). */
export const ASIDE_HOST = '⟦\\d+⟧(?: \\([^()]{1,40}\\))?';

/**
 * Where an aside opens: the comma after a name (and its alias) when the next words match `openers` (a regular
 * expression source: "which|who|...", "[a-z]"). Every aside reader shares this one definition and brings its words.
 */
export function asideOpenings(openers: string): RegExp {
  return new RegExp(`(?<=${ASIDE_HOST}), (?=${openers})`, 'g');
}

/** Where an aside may close: a comma before one of `verbs` (a regular expression source), the main clause's verb. */
export function asideClosings(verbs: string): RegExp {
  return new RegExp(`,(?= (?:${verbs})\\b)`, 'g');
}

/** The whole aside, from its opening comma to its closing one: the two definitions above with a body between. */
function asideSpans(openers: string, body: string, verbs: string): RegExp {
  return new RegExp(`${asideOpenings(openers).source}${body}${asideClosings(verbs).source}`, 'g');
}

// an aside opens after a name (and its parenthesized alias) on a comma and a lower-case word or a year, and closes on
// the first comma that a finite verb of the main clause follows: "⟦0⟧ (SB), blamed for ... in ⟦2⟧, is a branch of"
const OPENERS = '[a-z]|\\d{4}\\b';
const MAIN_VERBS = 'is|are|was|were|has|have|had|remains?|heads|leads|chairs|commands|runs|became|now|also|still|long|operates|belongs';
const ASIDE = asideSpans(OPENERS, '[^;:"]{3,200}?', MAIN_VERBS);
const ALIAS = /(?<=⟦\d+⟧) \([^()⟦⟧]{1,40}\)/g;

/**
 * The sentence with appositions, relative clauses and participial asides between a name and its verb removed,
 * and parenthesized aliases dropped, so that "X, which ... in 2017, is affiliated with Y" reads "X is affiliated
 * with Y"; undefined when nothing was removed. Slots keep their numbers.
 */
export function withoutAsides(view: SentenceView): ReducedView | undefined {
  const cuts: [number, number][] = [];
  for (const rx of [ALIAS, ASIDE]) {
    rx.lastIndex = 0;
    for (const m of matchesOf(rx, view.masked)) {
      const start = m.index;
      const end = start + m[0].length;
      if (cuts.some(([s, e]) => start < e && end > s)) continue;
      cuts.push([start, end]);
    }
  }
  // no name after any cut: the reduced reading could only join a host to words the full view reads as well
  if (cuts.length === 0 || !namedAfter(view.masked, cuts)) return undefined;
  return cutView(view, cuts);
}

/** Whether a slot's mark stands after the end of one of the cuts. */
function namedAfter(masked: string, cuts: readonly [number, number][]): boolean {
  return cuts.some(([, e]) => masked.includes('⟦', e));
}

/** The view with the given ranges of its masked text taken out; offsets map back through `outerOffset`. */
export function cutView(view: SentenceView, cuts: [number, number][]): ReducedView {
  cuts.sort((a, b) => a[0] - b[0]);
  // kept pieces: [outerStart, innerStart, length]
  const kept: [number, number, number][] = [];
  let masked = '';
  let at = 0;
  for (const [s, e] of [...cuts, [view.masked.length, view.masked.length] as [number, number]]) {
    if (s > at) {
      kept.push([at, masked.length, s - at]);
      masked += view.masked.slice(at, s);
    }
    at = Math.max(at, e);
  }
  const outerOffset = (offset: number): number => {
    let piece = kept[0];
    for (const p of kept) {
      if (p[1] > offset) break;
      piece = p;
    }
    return piece ? piece[0] + (offset - piece[1]) : offset;
  };
  return {
    sentence: view.sentence,
    masked,
    slots: view.slots,
    docOffset: (offset) => view.docOffset(outerOffset(offset)),
    outerOffset,
  };
}

const OPENING = asideOpenings(OPENERS);
const CLOSING = asideClosings(MAIN_VERBS);
const MAX_CLOSINGS = 3;
const MAX_VIEWS = 6;

/**
 * Every reading of the sentence with asides cut out: the one of `withoutAsides` (each aside closed on the first comma
 * before a verb), then each aside alone closed on each of its first few such commas, since an aside may hold a comma
 * and a verb of its own ("X, whose founder, Y, was killed in 2019, is now led by Z"). At most a few views.
 */
export function asideViews(view: SentenceView): ReducedView[] {
  let views = asideViewsOf.get(view);
  if (!views) {
    views = readAsideViews(view);
    asideViewsOf.set(view, views);
  }
  return views;
}

/** The aside readings already made, by view: the affiliation and role families both ask for them. */
const asideViewsOf = new WeakMap<SentenceView, ReducedView[]>();

function readAsideViews(view: SentenceView): ReducedView[] {
  const first = withoutAsides(view);
  const out: ReducedView[] = first ? [first] : [];
  const masked = view.masked;
  const closings = [...matchesOf(CLOSING, masked)].map((m) => m.index);
  if (closings.length < 2) return out;
  const aliases: [number, number][] = [...matchesOf(ALIAS, masked)].map((m) => [m.index, m.index + m[0].length]);
  for (const open of matchesOf(OPENING, masked)) {
    const start = open.index;
    let taken = 0;
    for (const close of closings) {
      if (close <= start + 3) continue;
      if (close - start > 200 || /[;:"]/.test(masked.slice(start, close))) break;
      if (++taken > MAX_CLOSINGS) break;
      // the first closing is already in `withoutAsides`' reading when this is the only aside
      if (taken === 1) continue;
      const cuts: [number, number][] = aliases.filter(([s, e]) => e <= start || s >= close + 1);
      cuts.push([start, close + 1]);
      if (!namedAfter(masked, cuts)) continue;
      out.push(cutView(view, cuts));
      if (out.length >= MAX_VIEWS) return out;
    }
  }
  return out;
}
