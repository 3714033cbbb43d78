// Which entity a phrase points at: actor and place classes, and the person or body a pronoun stands for.

import { PLACE_CLASSES, type AnnotatedDocument, type EntityClass, type Mention } from '../document.js';
import { matchesOf } from '../matchesOf.js';

/** Whether a class names somewhere (countries count as actors, not places, unless used as a location). */
export function isPlaceClass(cls: EntityClass): boolean {
  return PLACE_CLASSES.has(cls);
}

/** Whether a class can act: people, organizations of every kind, and countries. */
export function isActorClass(cls: EntityClass): boolean {
  return !PLACE_CLASSES.has(cls);
}

/** The resolved mentions of the document, in text order, computed once per document. */
export function resolvedMentions(doc: AnnotatedDocument): Mention[] {
  return doc.mentions.filter((m) => m.entity !== undefined && doc.entities.has(m.entity)).sort((a, b) => a.start - b.start);
}

/** Mentions not nested inside another ("Somalia" inside "African Union Mission in Somalia" is left out). */
export function outermost(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

/** Whether a mention is a possessive modifier of what follows ("North Korea's main news agency"). */
export function isPossessive(doc: AnnotatedDocument, m: Mention): boolean {
  return /^['’]s?\s/.test(doc.text.slice(m.end, m.end + 3));
}

/** The class of the entity behind a mention (the entity's, which resolution may have refined). */
export function classOf(doc: AnnotatedDocument, m: Mention): EntityClass {
  return (m.entity !== undefined ? doc.entities.get(m.entity)?.cls : undefined) ?? m.cls;
}

const PERSONAL = /^(?:he|she|him|her|his)$/i;

/** A verb of saying right before the pronoun, or before an "it" or "they" opening its clause (no comma between). */
const REPORTED_PRONOUN = /\b(?:said|says|declared|declares|announced|announces|stated|claimed|claims|insisted|warned|added|confirmed|vowed)\s+(?:that\s+)?(?:(?:it|they)\b[^,;:.“”"]*)?$/i;
/** Between a speaker and its verb: an acronym, adverbs, auxiliaries. */
const SPEAKER_GAP = /^\s*(?:\([^)]*\)\s*)?(?:(?:has|have|had|also|later|then|again|publicly|formally|officially)\s+)*$/i;

/** Heads of unnamed descriptions that stand for a group named before: "the group", "the paramilitary force". */
const GROUP_HEAD = String.raw`(?:group|militia|movement|organi[sz]ation|rebels|insurgents|militants|alliance|coalition|force|forces|faction|jihadists|gang)`;
/** A sentence opening with such a description: "The group …", "The paramilitary group, led by …". */
const DESCRIBED_OPENER = new RegExp(String.raw`^[\s“"]*The\s+(?:[a-z-]+\s+){0,2}${GROUP_HEAD}\b`);
/** Such a description as the subject right before a verb: "the group also abducted". */
export const DESCRIBED_SUBJECT = new RegExp(String.raw`\b[Tt]he\s+(?:[a-z-]+\s+){0,2}${GROUP_HEAD}\s+(?:(?:also|later|then|has|had|have|again|reportedly|allegedly|now|since|been)\s+)*$`);

/**
 * The actor a sentence opens with when an aside stands between it and the verb: "X, which seized power in 2021,
 * arrested", "X, a member of Y (Z), a coalition …, said", "X (ACR), fighting alongside Y, said". Undefined unless
 * the verb right follows a comma and the opener is followed by an aside (apposition, relative or participle clause).
 */
export function openerWithAside(doc: AnnotatedDocument, sentenceStart: number, verbStart: number, actors: readonly Mention[]): Mention | undefined {
  const before = doc.text.slice(sentenceStart, verbStart);
  if (!/,\s*(?:(?:has|have|had|also|then|later|reportedly|is|are|was|were|been|now|on\s+\w+day)\s+)*$/.test(before)) return undefined;
  // the clause may open after "that": "told reporters that the army, supported by allied troops, had retaken …"
  const that = /^(.*\bthat\s+)/s.exec(before);
  const from = that ? sentenceStart + that[1]!.length : sentenceStart;
  // a possessive or a "-backed" modifier is not the opener: "Rwanda-backed M23", "Iran's military"
  const first = actors.find((m) => m.start >= from && m.end <= verbStart && isActorClass(classOf(doc, m)) && !isPossessive(doc, m) && !/^-[a-z]/.test(doc.text.slice(m.end, m.end + 2)));
  if (!first) return subordinateOpener(doc, before, sentenceStart, verbStart, actors);
  if (that && !/^(?:the\s+)?$/i.test(doc.text.slice(from, first.start))) return subordinateOpener(doc, before, sentenceStart, verbStart, actors);
  // only an adverbial ("On Friday,", "Since 2021,") or an article may come before the opener
  // also "Officers of the X", "Troops from X", "The Rwanda-backed X"
  if (!that && !/^[\s“"]*(?:\p{Lu}[^,]{0,40},\s*)?(?:\p{L}+\s+(?:of|from)\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.\s-]{0,40}(?:['’]s|-[a-z]+)\s+)?$/iu.test(doc.text.slice(sentenceStart, first.start))) return undefined;
  const rest = doc.text.slice(first.end, verbStart);
  if (!ASIDE_OPENS.test(rest) || /[;“”"]|\b(?:said|says|told)\b/.test(rest)) return subordinateOpener(doc, before, sentenceStart, verbStart, actors);
  return first;
}

/** A subordinator that opens a clause whose subject may carry an aside: "The strikes came as the X, a group that …, pressed". */
const SUBORDINATOR = /\b(?:as|when|while|after|before|because|since|although|though|once|until|that)\s+(?:the\s+)?/gi;

/** The opener of a subordinate clause, with its aside, right before the verb (see openerWithAside). */
function subordinateOpener(doc: AnnotatedDocument, before: string, sentenceStart: number, verbStart: number, actors: readonly Mention[]): Mention | undefined {
  // the sentence's own opener first: "X, a faction of Y that split from it, claimed": the "that" is inside the aside
  const lead = /^[\s“"]*(?:the\s+)?/i.exec(before)![0].length;
  SUBORDINATOR.lastIndex = 0;
  for (const at of [sentenceStart + lead, ...[...matchesOf(SUBORDINATOR, before)].map((m) => sentenceStart + m.index + m[0].length)]) {
    const first = actors.find((x) => x.start === at && x.end <= verbStart && isActorClass(classOf(doc, x)) && !isPossessive(doc, x));
    if (!first || /^-[a-z]/.test(doc.text.slice(first.end, first.end + 2))) continue;
    const rest = doc.text.slice(first.end, verbStart);
    if (ASIDE_OPENS.test(rest) && !/[;“”"]|\b(?:said|says|told)\b/.test(rest)) return first;
  }
  return undefined;
}

/**
 * "The paramilitary group, led by X, has been fighting": an unnamed group description opening the sentence, an aside
 * after it, and the verb right after the aside. The match starts at the description.
 */
export function describedOpenerWithAside(doc: AnnotatedDocument, sentenceStart: number, verbStart: number): RegExpExecArray | null {
  const before = doc.text.slice(sentenceStart, verbStart);
  const m = DESCRIBED_OPENER.exec(before);
  if (!m || !/,\s*(?:(?:has|have|had|also|then|later|reportedly|is|are|was|were|been|now)\s+)*$/.test(before)) return null;
  const rest = before.slice(m[0].length);
  return ASIDE_OPENS.test(rest) && !/[;“”"]|\b(?:said|says|told)\b/.test(rest) ? m : null;
}

const ASIDE_OPENS = /^\s*(?:\([^)]*\)\s*)?,\s*(?:a|an|the|which|who|whose|one\s+of|short\s+for|[a-z]+ing|[a-z]+ed|led|known\s+as|founded|formerly|once|its|their|his|her|now)\b/;

/**
 * The entity a third-person pronoun at `offset` stands for: a pronoun mention resolved by the entity stage if there
 * is one; otherwise, for he/she, the first person named earlier in the same sentence, then the latest person named
 * before; for it/they, the latest organization or country named before.
 */
export function resolvePronoun(doc: AnnotatedDocument, mentions: readonly Mention[], offset: number, pronoun: string, sentenceStart: number, depth = 0): string | undefined {
  const own = mentions.find((m) => m.start === offset && m.entity !== undefined);
  if (own?.entity) return own.entity;
  const personal = PERSONAL.test(pronoun);
  const before = mentions.filter((m) => m.end <= offset && m.form !== 'pronoun');
  if (personal) {
    const inSentence = before.find((m) => m.start >= sentenceStart && classOf(doc, m) === 'Person');
    if (inSentence) return inSentence.entity;
    for (let i = before.length - 1; i >= 0; i--) if (classOf(doc, before[i]!) === 'Person') return before[i]!.entity;
    return undefined;
  }
  // "it"/"they" as a subject usually continues the subject of its own sentence, else of the sentence before.
  // ("It carried out the bombing … that killed 13 soldiers, and it claimed …": the second "it" is the first one)
  const opening = /^[\s“"]*(It|They)\b/.exec(doc.text.slice(sentenceStart, offset));
  if (opening && offset > sentenceStart + opening[0].length && depth < 2) {
    return resolvePronoun(doc, mentions, sentenceStart + opening[0].length - opening[1]!.length, pronoun, sentenceStart, depth + 1);
  }
  const body = (m: Mention): boolean => classOf(doc, m) !== 'Person' && isActorClass(classOf(doc, m));
  // "…, when X moved in, and the Y declared it was resuming its struggle": a pronoun of a reported clause is its speaker
  const reported = REPORTED_PRONOUN.exec(doc.text.slice(sentenceStart, offset));
  if (reported) {
    const verb = sentenceStart + reported.index;
    const speaker = [...before].reverse().find((m) => m.start >= sentenceStart && m.end <= verb);
    if (speaker && body(speaker) && SPEAKER_GAP.test(doc.text.slice(speaker.end, verb))) return speaker.entity;
  }
  const subject = before.find((m) => m.start >= sentenceStart && body(m));
  if (subject) return subject.entity;
  const last = before[before.length - 1];
  // "The group is part of X. Its fighters …": an unnamed "the group" opening the sentence before continues further back
  const prior = last ? doc.sentences[last.sentence] : undefined;
  if (prior && prior.start < sentenceStart && depth < 2 && DESCRIBED_OPENER.test(doc.text.slice(prior.start, prior.end)) && !before.some((m) => m.start === prior.start || m.start === prior.start + 4)) {
    return resolvePronoun(doc, mentions, prior.start, 'it', prior.start, depth + 1);
  }
  const previous = before.filter((m) => m.sentence === (last?.sentence ?? -1));
  const opener = previous.find(body);
  if (opener && sentenceStart - opener.end < 400) return opener.entity;
  for (let i = before.length - 1; i >= 0; i--) if (body(before[i]!)) return before[i]!.entity;
  return undefined;
}
