// What the relation patterns remember from sentence to sentence: the last list of names (for "these groups"), the
// last organization named (for "it", "they"), and facts whose objects ("two companies") the next sentence names.

import type { AnnotatedDocument, EntityClass, Reference, When } from '../document.js';
import type { Candidate, Classed } from './patterns.js';
import { isOrganization, pattern } from './patterns.js';
import { listOf, type SentenceView, type Slot } from './sentenceView.js';
import { referenceAt } from '../entities/references.js';

/** A fact found in one sentence whose objects, counted but unnamed there, a following sentence names. */
export interface Pending {
  count: number;
  /** The role the named objects fill. */
  role: string;
  candidate: Candidate;
  /** Where the counted description stands, as document offsets, for evidence. */
  docStart: number;
  docEnd: number;
}

export interface RelationContext {
  doc: AnnotatedDocument;
  /** Entity keys of the last coordinated list of two or more names in earlier sentences. */
  lastList: string[];
  /** The last organization named in an earlier sentence. */
  lastOrganization: string | undefined;
  pending: Pending[];
  /** Entity keys of the organizations named in earlier sentences, the latest last. */
  recent: string[];
  /** The first body the article shows imposing sanctions, even on no one named ("The Council imposed sanctions"). */
  sanctioningBody: string | undefined;
  /** When that body imposed them, for the listings that follow ("Among those listed is X"). */
  sanctioningWhen: When | undefined;
  /** Whether an earlier sentence has told a sanction (then "also designated X" is one more). */
  sanctioned: boolean;
  /** Whether the article speaks of sanctions at all (then "took action against" is a sanction). */
  aboutSanctions: boolean;
}

const SANCTIONS_TALK = /\bsanction|restrictive measures|asset freeze|entry ban/i;

/** A fresh context for one document. */
export function createContext(doc: AnnotatedDocument): RelationContext {
  return {
    doc,
    lastList: [],
    lastOrganization: undefined,
    recent: [],
    pending: [],
    sanctioningBody: undefined,
    sanctioningWhen: undefined,
    sanctioned: false,
    aboutSanctions: SANCTIONS_TALK.test(doc.text),
  };
}

const PRONOUN =
  /^(?:it|they|them|its|their|the (?:[a-z-]+ )?(?:group|organi[sz]ation|movement|militia|faction|network|company|outfit|regime|government|junta|administration))$/i;
/** The classes a definite description's head noun can stand for ("the regime" is a government, not a militia). */
const HEADS: [RegExp, ReadonlySet<EntityClass>][] = [
  [/\b(?:regime|government|junta|administration)$/i, new Set<EntityClass>(['Government', 'GovernmentAgency'])],
  [/\b(?:group|organi[sz]ation|movement|militia|faction|network|outfit|gang|federation|coalition|alliance)$/i, new Set<EntityClass>(['ArmedGroup', 'Organization', 'MilitaryForce'])],
  [/\b(?:army|military|armed forces)$/i, new Set<EntityClass>(['MilitaryForce'])],
  [/\bcompany$/i, new Set<EntityClass>(['Company', 'Organization'])],
];
const SAID_OF = /\bsaid (?:\w+ ){0,3}(?:of|about) (⟦\d+⟧)\W*$/;

/** Whether the words are a pronoun or definite description ("the group") that stands for an organization. */
export function isPronoun(text: string | undefined): boolean {
  return text !== undefined && PRONOUN.test(text.trim());
}

/** The reference the entities stage read at masked offset `at` (the words, where given, found from there). */
function referenceIn(ctx: RelationContext, view: SentenceView, at: number, words: string): Reference | undefined {
  if (!ctx.doc.references) return undefined;
  const w = words.trim();
  const pos = w && !w.includes('⟦') ? view.masked.indexOf(w, at) : at;
  return pos < 0 ? undefined : referenceAt(ctx.doc, view.docOffset(pos));
}

/**
 * The entity the entities stage read for the pronoun or description at masked offset `at` (the words, where given,
 * found from there), if it read one there that `fits` accepts.
 */
export function readReference(ctx: RelationContext, view: SentenceView, at: number, fits: (x: Classed) => boolean, words = ''): string | undefined {
  const key = referenceIn(ctx, view, at, words)?.entity;
  const e = key === undefined ? undefined : ctx.doc.entities.get(key);
  return e && fits(e) ? e.key : undefined;
}

/** Whether the entities stage found two candidates tied for the reference at `at`: then none may be guessed. */
export function tiedReference(ctx: RelationContext, view: SentenceView, at: number, words = ''): boolean {
  return referenceIn(ctx, view, at, words)?.tie === true;
}

/**
 * The organization a pronoun at `at` stands for: the one the entities stage read by salience, else the one a
 * trailing "said ... of X" names, else the nearest organization before it in the sentence, else the last
 * organization of earlier sentences.
 */
export function antecedent(
  ctx: RelationContext,
  view: SentenceView,
  at: number,
  fits: (x: Classed) => boolean = isOrganization,
  words = '',
): string | undefined {
  const read = readReference(ctx, view, at, fits, words);
  if (read) return read;
  if (tiedReference(ctx, view, at, words)) return undefined;
  const head = HEADS.find(([rx]) => rx.test(words.trim()))?.[1];
  if (head) return described(ctx, view, at, head);
  const saidOf = SAID_OF.exec(view.masked);
  if (saidOf) {
    const slot = view.slots[Number(saidOf[1]!.slice(1, -1))];
    if (slot && fits(slot)) return slot.entity;
  }
  let best: Slot | undefined;
  for (const slot of view.slots) {
    const pos = view.masked.indexOf(`⟦${slot.index}⟧`);
    if (pos >= at) break;
    if (fits(slot)) best = slot;
  }
  return best?.entity ?? ctx.lastOrganization;
}

/** Words after which a name is what the sentence moves away from or against, seldom what it is about. */
const OBLIQUE = /\b(?:from|against|with|into|on|at)\s+(?:the\s+)?$/;

/**
 * The nearest earlier entity of a description's classes: in the sentence before it, preferring names that are not
 * the object of "from", "against", "with" ("efforts by HTS to distance itself from al Qaeda, the US designated the
 * group": the group is HTS), else in earlier sentences.
 */
function described(ctx: RelationContext, view: SentenceView, at: number, classes: ReadonlySet<EntityClass>): string | undefined {
  let best: string | undefined;
  let nearest: string | undefined;
  for (const slot of view.slots) {
    const pos = view.masked.indexOf(`⟦${slot.index}⟧`);
    if (pos >= at) break;
    if (!classes.has(slot.cls)) continue;
    nearest = slot.entity;
    if (!OBLIQUE.test(view.masked.slice(0, pos))) best = slot.entity;
  }
  if (best ?? nearest) return best ?? nearest;
  for (let i = ctx.recent.length - 1; i >= 0; i--) {
    const e = ctx.doc.entities.get(ctx.recent[i]!);
    if (e && classes.has(e.cls)) return e.key;
  }
  return undefined;
}

/**
 * A description ("the group") resolved to a name that its own sentence mentions before it only as an oblique
 * object ("to distance itself from al Qaeda, the US designated the group") is read again by `described`: a
 * description seldom points back at what its sentence moves away from.
 */
function redescribed(ctx: RelationContext, view: SentenceView, index: number, key: string): string {
  const slot = view.slots[index];
  if (!slot || slot.mention.form !== 'description' || !PRONOUN.test(slot.mention.text)) return key;
  const at = view.masked.indexOf(`⟦${index}⟧`);
  const earlier = view.slots.filter((s) => s.entity === key && s.index !== index && view.masked.indexOf(`⟦${s.index}⟧`) < at);
  if (earlier.length === 0 || !earlier.every((s) => OBLIQUE.test(view.masked.slice(0, view.masked.indexOf(`⟦${s.index}⟧`))))) return key;
  const head = HEADS.find(([rx]) => rx.test(slot.mention.text))?.[1];
  return (head && described(ctx, view, at, head)) || key;
}

const ANAPHOR = pattern('^{ANA}$', 'i');

/**
 * The entities a noun phrase of a pattern stands for: the names of a list, the last list for "these groups",
 * the antecedent for "it" or "they". Only entities that `fits` accepts are kept.
 */
export function entitiesOf(
  ctx: RelationContext,
  view: SentenceView,
  text: string | undefined,
  at: number,
  fits: (x: Classed) => boolean,
): string[] {
  if (text === undefined) return [];
  const t = text.trim();
  let keys: string[];
  const single = /^⟦(\d+)⟧$/.exec(t);
  const mentionText = single ? view.slots[Number(single[1])]?.mention.text : undefined;
  // "these militias" resolved to a collective still means the groups the text just listed
  if (ctx.lastList.length >= 2 && (ANAPHOR.test(t) || (mentionText !== undefined && ANAPHOR.test(mentionText)))) keys = ctx.lastList;
  else if (isPronoun(t)) {
    const a = antecedent(ctx, view, at, fits, t);
    keys = a ? [a] : [];
  } else keys = listOf(view, t).map((s) => s.entity).map((k, i) => (i === 0 && single ? redescribed(ctx, view, Number(single[1]), k) : k));
  return keys.filter((k) => {
    const e = ctx.doc.entities.get(k);
    return e !== undefined && fits(e);
  });
}

/** Remembers the lists and organizations of a sentence once its patterns have run. */
export function rememberSentence(ctx: RelationContext, view: SentenceView, lists: Slot[][]): void {
  const longest = lists.filter((l) => l.length >= 2).sort((a, b) => b.length - a.length)[0];
  if (longest) ctx.lastList = longest.map((s) => s.entity);
  const orgs = view.slots.filter(isOrganization);
  for (const o of orgs) ctx.recent.push(o.entity);
  if (ctx.recent.length > 64) ctx.recent.splice(0, ctx.recent.length - 64);
  const last = orgs[orgs.length - 1];
  if (last) ctx.lastOrganization = last.entity;
}
