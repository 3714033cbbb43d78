// Trigger-anchored clause reading for the ties between a body and its leader, founder or parent: each family lists
// its trigger phrases with the role the clause's subject fills and the role of what follows the trigger, and the
// sides are taken around the trigger by clause structure, however long the asides between them are.

import type { Entity, RelationKind } from '../document.js';
import { previousOrganization } from './affiliations.js';
import { structuredSubject, subjectOf, type Accept } from './clauseArgs.js';
import { bodyCalled } from './memberships.js';
import { candidate, deniedOrHypothetical, type Candidate } from './patterns.js';
import { antecedent, entitiesOf, type RelationContext } from './relationContext.js';
import type { SentenceView } from './sentenceView.js';
import { matchesOf } from '../matchesOf.js';

/** One trigger of a family and how its two sides are read. */
export interface ClauseRule {
  rule: string;
  kind: RelationKind;
  /** Finds the trigger words (global, with the "d" flag); a group `p` inside them names the after-side itself. */
  trigger: RegExp;
  /**
   * "passive": the clause subject before the trigger, the agent after it ("X, led since 2016 by P"); "active": the
   * subject before, the object after ("P, who lives in exile, still heads X"); "fronted": the agent after the
   * trigger, the main clause's subject after the fronted clause ("Founded in 1973 by P to ..., the X proclaimed").
   */
  shape: 'passive' | 'active' | 'fronted';
  /** The role the subject fills, and the role of the side after the trigger. */
  before: string;
  after: string;
  acceptBefore: Accept;
  acceptAfter: Accept;
  confidence: number;
}

/** Words that end a noun phrase: prepositions, conjunctions, relatives and verbs of saying or being. */
const STOP =
  'alongside|beside|near|around|within|without|toward|towards|amid|among|in|on|at|from|with|to|for|against|after|before|and|or|but|nor|which|who|whom|whose|that|said|says|say|told|as|into|over|under|between|while|when|where|since|until|during|than|if|is|are|was|were|has|have|had|be|been|being|not|never|also|by|of|about|through|across|per|via|including|because';
/** Common verbs with no "-ed" past, which never modify a name. */
const VERB_WORD =
  'fought|led|took|made|went|came|won|lost|held|left|became|began|ran|set|saw|got|gave|kept|met|sent|struck|broke|drove|rose|fell|grew|built|brought|sought|stood|spent|fled|hit|shot|seized|signed|remains?|continues';
/** One modifier word before the head name: a determiner, an adjective, a title, a rank, an owner ("⟦Y⟧'s son"). */
const MOD = `(?:⟦\\d+⟧(?:'s?|-[a-z][\\w-]*)|(?!(?:${STOP})\\b)[a-z][\\w'-]*|[A-Z][\\w.'-]*(?: of(?= [A-Z]))?|\\d[\\w-]*)`;
/** A modifier of a later item of a list: no verb ("and fought alongside the ⟦X⟧" starts a new predicate). */
const NEXT_MOD = `(?:⟦\\d+⟧(?:'s?|-[a-z][\\w-]*)|(?!(?:${STOP}|${VERB_WORD})\\b)(?![a-z]+(?:ed|ing)\\b)[a-z][\\w'-]*|[A-Z][\\w.'-]*)`;
/** Nouns after a name that keep it the head: "the ⟦Civic⟧ party" names the party. */
const BODY_AFTER = '(?:party|bloc|movement|coalition|alliance|federation|front|group|militia|faction|gang|network|umbrella|organi[sz]ation)';
/** A name that heads its phrase: not an owner ("⟦Y⟧'s"), not a compound ("⟦UK⟧-based"), not a modifier ("⟦UN⟧ resolution"). */
/** Time words after a name that end its phrase: "absorbed into ⟦X⟧ two years later", "⟦X⟧ last year". */
const TIME_AFTER = 'one|two|three|four|five|six|seven|eight|nine|ten|several|last|this|next|earlier|later|ago|early|late|months?|years?|weeks?|days?|decades?|yesterday|today';
const HEAD = `(⟦\\d+⟧)(?!'s?\\s|-[a-z]|\\s(?!(?:${STOP}|${BODY_AFTER}|${TIME_AFTER})\\b)[a-z][\\w-]*\\b(?!\\s?⟦))(?: ${BODY_AFTER}\\b)?(?: \\([^()]{1,60}\\))?`;
/** The first name of the phrase after a trigger, past modifiers, titles and ranks: "by veteran commander Lt. Gen. ⟦P⟧". */
const FIRST = new RegExp(`^\\s*(?:["']?${MOD}["']? ){0,8}?${HEAD}`);
/** A description and a comma before the name: "by his former deputy, ⟦P⟧"; "a new, broader body, the ⟦X⟧". */
const DESCRIBED_FIRST = new RegExp(
  `^\\s*(?:his|her|its|their|a|an|the|⟦\\d+⟧'s?)(?: (?!(?:${STOP})\\b)[a-z][\\w-]*(?:,(?= [a-z]))?){1,4},? (?:(?:known as|called|named|dubbed) )?(?:the )?${HEAD}`,
);
/** One more item of a list: ", ⟦Q⟧", " and his Azerbaijani counterpart ⟦Q⟧". */
const NEXT = new RegExp(
  `^(?:(?:,| and|, and|,? as well as) (?:["']?${NEXT_MOD}["']? ){0,4}?|, (?:the |his |her |its |their )?(?:[A-Z][\\w.'-]* ){0,4}?)${HEAD}`,
);
/** A definite description with no mention: "still heads the coalition". */
const DESCRIPTION = /^\s*the (?:[a-z-]+ )?(group|movement|militia|faction|network|coalition|alliance|party|organi[sz]ation|brigade|force|gang|bloc|front|umbrella|company|firm)\b(?! of\b)/;

function keysAt(ctx: RelationContext, view: SentenceView, slot: string, at: number, accept: Accept): string[] {
  return entitiesOf(ctx, view, slot, at, (x) => accept(x as Entity));
}

/**
 * The names of the noun phrase (or list of them) that follows masked offset `end`, past determiners, modifiers,
 * titles and ranks: "since 2016 by UK-based activist ⟦P⟧" → P; "headed by ⟦P⟧ and his counterpart ⟦Q⟧" → P, Q. A
 * first name that is an owner or a modifier of an unnamed noun ("a ⟦UN⟧ resolution") gives nothing.
 */
export function phraseAfter(ctx: RelationContext, view: SentenceView, end: number, accept: Accept): string[] {
  const rest = view.masked.slice(end);
  const m = FIRST.exec(rest) ?? DESCRIBED_FIRST.exec(rest);
  if (!m) {
    const d = DESCRIPTION.exec(rest);
    if (!d) return [];
    const key = bodyCalled(ctx, view, d[1]!, end, []) ?? antecedent(ctx, view, end, (x) => accept(x as Entity), `the ${d[1]!}`);
    const e = key ? ctx.doc.entities.get(key) : undefined;
    return e && accept(e) ? [e.key] : [];
  }
  const out: string[] = [];
  let at = end + m[0].length;
  const first = keysAt(ctx, view, m[1]!, end + m[0].indexOf(m[1]!), accept);
  if (first.length === 0) return [];
  out.push(...first);
  for (;;) {
    const n = NEXT.exec(view.masked.slice(at));
    if (!n) break;
    const keys = keysAt(ctx, view, n[1]!, at + n[0].indexOf(n[1]!), accept);
    if (keys.length === 0) break;
    out.push(...keys);
    at += n[0].length;
  }
  return [...new Set(out)];
}

/** Words between a subject and its verb that belong to neither: auxiliaries, adverbs, relatives, a year. */
const TRAILING =
  /(?:\s|^)(?:which|that|who|is|are|was|were|has|have|had|been|being|be|also|now|still|currently|long|once|nominally|formally|officially|reportedly|originally|first|later|then|jointly|itself|effectively|ultimately|directly|always|since \d{4}|in \d{4}|in (?:early |late |mid-)?\d{4})\s*$/;
/** The people of a body after its name, which keep the name the subject: "⟦X⟧ units that answer to". */
const MEMBERS_AFTER = '(?:units|brigades|battalions|fighters|forces|troops|members|militants|militiamen|cells)';
/** "A, B and ⟦C⟧" ending the words before the verb. */
const ENDS_ON_NAME = new RegExp(
  `((?:⟦\\d+⟧(?: \\([^()]{1,60}\\))?(?:,| and|, and) (?:the )?)*⟦\\d+⟧(?: \\([^()]{1,60}\\))?)(?: ${BODY_AFTER}| ${MEMBERS_AFTER})?["']?\\s*,?\\s*$`,
);
/** "⟦X⟧, a military formation" / "⟦X⟧, one of dozens of local militias": a description of the name before it. */
const ENDS_ON_DESCRIPTION =
  /^.*(⟦\d+⟧)(?: \([^()]{1,60}\))?(?:, (?:known as|alias|also known as) ["']?⟦\d+⟧["']?)?, (?:a|an|the|one of|its|their)\b(?![^;]*\b(?:said|says|told|tells|added)\b)(?:[^;⟦]|⟦\d+⟧){0,100}$/;
/** An aside after a name, closed by a comma: ", who lives in exile,", ", 72,", ", known as "Pipo,"". */
const ASIDE = /^(?: \([^()]{1,60}\))?, (?:who|which|whose|whom|a|an|the|one|known|also|alias|aged|[a-z]+ed|\d|⟦\d+⟧'s?)(?![^;]*, (?:is|are|was|were|has|have|had)\b)[^;]*?,["']?\s*$/;
/** A preposition before a name, which makes the name its object (not "fighters of ⟦X⟧", whose fighters act for X). */
const OBLIQUE_NAME = /(?<!\b(?:[Ff]ighters|[Mm]embers|[Uu]nits|[Tt]roops|[Ff]orces|[Mm]ilitants|[Ee]lements|[Rr]emnants|[Ll]eaders?|[Cc]ommanders?) )\b(?:from|with|against|into|to|on|at|over|toward|towards|between|among|under|through|of)\s+(?:the\s+)?$/;
/** A pronoun subject. */
const PRONOUN = /(?:^|[.;:]\s*|,\s*(?:and|but)?\s*|\b(?:[Tt]ogether|[Ll]ater|[Tt]hen),?\s+)(It|They|it|they)\s*$/;
const SLOT = /⟦(\d+)⟧/g;

/**
 * The subject of the clause whose verb starts at masked offset `at`: the name just before (through auxiliaries,
 * adverbs and a relative pronoun), the name an apposition describes, the name before a comma-closed aside, the
 * subject a coordinated verb shares, or what a pronoun stands for. A `participle` trigger with no auxiliary before it
 * ("Y, led by") hangs on the name right before its comma.
 */
export function subjectBefore(ctx: RelationContext, view: SentenceView, at: number, accept: Accept, participle = false): string[] {
  const structured = structuredSubject(view, at, ctx, accept);
  return structured.length > 0 ? structured : (subjectReading(ctx, view, at, accept, participle) ?? []);
}

/** As `subjectBefore`, but undefined where the words say the subject is unclear, so no other reader should guess. */
function subjectReading(ctx: RelationContext, view: SentenceView, at: number, accept: Accept, participle: boolean): string[] | undefined {
  let before = view.masked.slice(0, at);
  for (let t = TRAILING.exec(before); t && t[0].length > 0; t = TRAILING.exec(before)) before = before.slice(0, t.index);
  // "X broke away from Y in 2011 and founded Z": the coordinated verb shares the clause's opening subject
  const coordinated = /(?:\s|,)(?:and|but)\s*$/.test(before);
  if (coordinated) {
    const open = /^\W*(?:(?:[A-Z][a-z]+\.? ){0,2}(?:the )?)?(⟦\d+⟧)/.exec(view.masked);
    if (!open || /[;:]/.test(before)) return [];
    return keysAt(ctx, view, open[1]!, open.index, accept);
  }
  const pro = PRONOUN.exec(before);
  if (pro) {
    // "they" stands for the last list named; with none, a guess at one name would be no reading
    if (/^[Tt]hey$/.test(pro[1]!)) return ctx.lastList.length >= 2 ? ctx.lastList.filter((k) => accept(ctx.doc.entities.get(k)!)) : [];
    const opening = /^\W*(?:[A-Z][a-z]+,? )?$/.test(before.slice(0, pro.index + pro[0].length - pro[1]!.length));
    const key = (opening && previousOrganization(ctx, view)) || antecedent(ctx, view, at, (x) => accept(x as Entity));
    const e = key ? ctx.doc.entities.get(key) : undefined;
    return e && accept(e) ? [e.key] : [];
  }
  // "X, a bodyguard of Y who founded Z": a relative pronoun before the verb points at the nearest name
  const relative = /^\s*(?:who|which|that)\b/.test(view.masked.slice(before.length, at));
  const named = ENDS_ON_NAME.exec(before);
  const described = ENDS_ON_DESCRIPTION.exec(before);
  const describedAt = described ? before.lastIndexOf(described[1]!) : -1;
  const asideFrom = (slots: RegExpMatchArray[]): string[] | undefined => {
    for (const sl of slots) if (ASIDE.test(before.slice(sl.index! + sl[0].length))) return keysAt(ctx, view, sl[0], sl.index!, accept);
    return undefined;
  };
  // "X, an alliance of A and B fighters commanded by P" (a participle), "X, one of the militias that fight": the name
  // the description describes, not a name inside it
  // "the ⟦X⟧, one of dozens of local militias": described as a body, the name is one whatever class it was given
  const describedAccept = described && BODY_DESCRIPTION.test(before.slice(describedAt)) ? asBody(accept) : accept;
  if (described && named && describedAt < named.index && (!relative || /^(?:[^,]*), one of\b/.test(before.slice(describedAt)))) {
    const keys = keysAt(ctx, view, described[1]!, describedAt, describedAccept);
    if (keys.length > 0) return keys;
  }
  // "Fighters who broke away from ⟦Y⟧ formed": a preposition's object is not the clause's subject
  if (named && !relative && !/,\s*$/.test(before) && OBLIQUE_NAME.test(before.slice(Math.max(0, named.index - 30), named.index))) return [];
  if (named) {
    // "X, which was known until 2019 as Y, is": a name that closes an aside is not the subject (but "Y, led by" is
    // a participle on Y)
    if (/,\s*$/.test(before) && !(participle && view.masked.slice(before.length, at).trim() === '')) {
      const outer = asideFrom([...matchesOf(SLOT, before.slice(0, named.index))].reverse());
      if (outer) return outer;
    }
    // "A, the movement founded by": a description after a comma is an apposition, no item of a list; when an earlier
    // stage resolved it to another body, the reading is unclear
    const items = [...matchesOf(SLOT, named[1]!)].map((x) => view.slots[Number(x[1])]!);
    const describedItem = items.findIndex((sl, i) => i > 0 && /^the\s/.test(sl.mention.text));
    if (describedItem > 0) return items[describedItem]!.entity === items[describedItem - 1]!.entity ? keysAt(ctx, view, `⟦${items[describedItem]!.index}⟧`, named.index, accept) : undefined;
    const keys = entitiesOf(ctx, view, named[1]!, named.index, (x) => accept(x as Entity));
    if (keys.length > 0) return keys;
  }
  if (described) return keysAt(ctx, view, described[1]!, describedAt, describedAccept);
  // "P, who lives in exile, still heads": the name before an aside that runs up to the verb
  return asideFrom([...matchesOf(SLOT, before)].reverse()) ?? [];
}

/** A description headed by a noun for a body: "a jihadist group", "one of dozens of local militias", "an umbrella". */
const BODY_DESCRIPTION =
  /^⟦\d+⟧[^,;]*?, (?:a|an|the|one of (?:the )?(?:(?:dozens|scores|hundreds|several|many|two|three|four|five|six) of )?)\b(?:[\w'-]+ ){0,3}?(?:groups?|militias?|factions?|alliances?|coalitions?|umbrella|movements?|part(?:y|ies)|organi[sz]ations?|forces?|brigades?|networks?|gangs?|cartels?|fronts?|wings?|branch(?:es)?|units?|body|bloc|federation|formation)\b/;

/** An accept test that also takes a name an earlier stage typed as a person, where the text calls it a body. */
export function asBody(accept: Accept): Accept {
  return (e) => accept(e) || (e.cls === 'Person' && accept({ ...e, cls: 'ArmedGroup' }));
}

/** "Led by ⟦P⟧, whom ..., the brigade has been": the subject the main clause opens on after the fronted clause. */
const MAIN_SUBJECT = /, (?:the )?(?:(⟦\d+⟧)|(?:the )?(?:[A-Z]?[a-z-]+ )?(group|movement|militia|faction|network|coalition|alliance|party|organi[sz]ation|brigade|force|gang|bloc|front))(?: \([^()]{1,60}\))?(?: [-–—][^;]{0,80}?[-–—])?(?= (?:(?:also|now|still|later|then|quickly) )?(?:has|have|had|is|are|was|were|says|said|claims|claimed|proclaimed|[a-z]+ed|[a-z]+s)\b)/g;

function mainSubject(ctx: RelationContext, view: SentenceView, from: number, accept: Accept): string[] {
  MAIN_SUBJECT.lastIndex = from;
  const m = MAIN_SUBJECT.exec(view.masked);
  if (!m) return [];
  if (m[1]) return keysAt(ctx, view, m[1], m.index + 2, accept);
  const key = bodyCalled(ctx, view, m[2]!, m.index, []) ?? antecedent(ctx, view, m.index, (x) => accept(x as Entity), `the ${m[2]!}`);
  const e = key ? ctx.doc.entities.get(key) : undefined;
  return e && accept(e) ? [e.key] : [];
}

/** A side the shared reader may fill: no crowd ("the group" it resolves to "nine civilians" is a guess). */
function named(accept: Accept): Accept {
  return (e) => accept(e) && e.cls !== 'CollectiveActor';
}

/** The clause structure's subject, else this module's walk (which may refuse with undefined). */
function structuredOr(view: SentenceView, at: number, ctx: RelationContext, accept: Accept, walk: () => string[] | undefined): string[] | undefined {
  const structured = structuredSubject(view, at, ctx, accept);
  return structured.length > 0 ? structured : walk();
}

/** The first reading, or the second where the first found nothing; undefined (the first refused) gives nothing. */
function orElse(first: string[] | undefined, second: () => string[]): string[] {
  if (first === undefined) return [];
  return first.length > 0 ? first : second();
}

/** "rejected claims that it is", "denied reports that": the tie is what a party disputes. */
const DISPUTED = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing)|disput(?:es|ed|ing))\b[^;.]{0,40}$/;
const DENIED_INSIDE = /\b(?:not|never|no longer)\b|n't\b/;

/** Every fact the rules' triggers state in a sentence. */
export function readClauses(view: SentenceView, ctx: RelationContext, rules: readonly ClauseRule[]): Candidate[] {
  const out: Candidate[] = [];
  for (const r of rules) {
    for (const m of matchesOf(r.trigger, view.masked)) {
      const at = m.index;
      const end = at + m[0].length;
      // "would be led by", "has never been part of", "is not a branch of": denied or only hoped for
      if (deniedOrHypothetical(view.masked, at) || DENIED_INSIDE.test(m[0]) || DISPUTED.test(view.masked.slice(Math.max(0, at - 60), at))) continue;
      const inner = m.groups?.['p'];
      // this family's readings first (titles and ranks before an agent, a participle's own name); the shared clause
      // reader where they find nothing
      const after = inner
        ? keysAt(ctx, view, inner, at + m[0].indexOf(inner), r.acceptAfter)
        : phraseAfter(ctx, view, end, r.acceptAfter);
      if (after.length === 0) continue;
      const before =
        r.shape === 'fronted'
          ? orElse(mainSubject(ctx, view, end, r.acceptBefore), () => subjectOf(view, at, ctx, named(r.acceptBefore)))
          : orElse(structuredOr(view, at, ctx, named(r.acceptBefore), () => subjectReading(ctx, view, at, r.acceptBefore, r.shape === 'passive')), () =>
              subjectOf(view, at, ctx, named(r.acceptBefore)),
            );
      for (const b of before) {
        for (const a of after) {
          if (a === b) continue;
          out.push(candidate(r.kind, { [r.before]: b, [r.after]: a }, m, r.rule, r.confidence));
        }
      }
    }
  }
  return out;
}
