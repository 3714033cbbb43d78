// The subject a sentence opens on, for the support and alliance patterns: "It is supplied with jets by X" speaks of
// the previous sentence's subject; "X's junta ... and turned to Y for help" of its own sentence's subject.

import { antecedent, type RelationContext } from './relationContext.js';
import { isBody } from './patterns.js';
import { plainView, type SentenceView } from './sentenceView.js';

/** A sentence that opens on a name, possibly owned ("Mali's junta"): the owner or the name is its subject. */
const OPENS_ON_NAME = /^\W*(?:[Tt]he )?⟦(\d+)⟧/;
/** A sentence that opens on a definite description ("The military, which ..."), with the word its body's name holds. */
const OPENS_ON_DESCRIPTION =
  /^\W*[Tt]he (?:[a-z-]+ )?(?:(?<named>military|army|government|regime|junta|administration)|(?<kind>group|organi[sz]ation|movement|militia|faction|network))\b/;
/** The word a name must hold for a description to stand for it ("the army" is no "Arakan Army" unless named so). */
const HEAD_WORDS: Record<string, RegExp> = Object.fromEntries(
  ['military', 'army', 'government', 'regime', 'junta', 'administration'].map((w) => [w, new RegExp(`\\b${w}\\b`, 'i')]),
);
/** A sentence that opens on a subject pronoun, whose own subject is further back. */
const OPENS_ON_PRONOUN = /^\W*(?:It|They)\b/;
/** How far back a chain of pronoun subjects is followed ("The PMF was formed ... It was incorporated ... Its factions"). */
const CHAIN = 3;

/**
 * The body named by a description whose head word a name of it holds ("the military" → "Myanmar military",
 * "government troops" → "Somali government forces"): the latest such mention before document offset `before`. A
 * description no name holds resolves to nothing rather than to a guess.
 */
export function namedBefore(ctx: RelationContext, before: number, description: string): string | undefined {
  const word = Object.keys(HEAD_WORDS).find((w) => HEAD_WORDS[w]!.test(description));
  if (word === undefined) return undefined;
  const rx = HEAD_WORDS[word]!;
  let found: string | undefined;
  for (const m of ctx.doc.mentions) {
    if (m.start >= before) break;
    if (m.entity === undefined || !rx.test(m.text)) continue;
    const e = ctx.doc.entities.get(m.entity);
    if (e && isBody(e)) found = e.key;
  }
  return found;
}

/** The body a sentence opens on, if it opens on one: its first name or a definite description ("The military"). */
export function sentenceSubject(ctx: RelationContext, view: SentenceView): string | undefined {
  const name = OPENS_ON_NAME.exec(view.masked);
  if (name) {
    const slot = view.slots[Number(name[1])];
    return slot && isBody(slot) ? slot.entity : undefined;
  }
  const description = OPENS_ON_DESCRIPTION.exec(view.masked);
  const named = description?.groups?.['named'];
  if (named !== undefined) return namedBefore(ctx, view.sentence.start, named);
  const kind = description?.groups?.['kind'];
  return kind === undefined ? undefined : antecedent(ctx, view, 0, isBody, `the ${kind}`);
}

/**
 * The subject of the sentence before this one, for a sentence that opens on "It" or "They" (through earlier ones
 * that open on a pronoun too): undefined when that sentence opens on no subject, null when it opens on one that names
 * no body the document knows ("The military" where no name holds "military").
 */
export function previousSubject(ctx: RelationContext, view: SentenceView): string | null | undefined {
  for (let i = view.sentence.index - 1, hops = 0; i >= 0 && hops < CHAIN; i--, hops++) {
    const previous = ctx.doc.sentences[i]!;
    const before = plainView(ctx.doc, previous);
    if (OPENS_ON_PRONOUN.test(before.masked)) continue;
    if (!OPENS_ON_NAME.test(before.masked) && !OPENS_ON_DESCRIPTION.test(before.masked)) return undefined;
    return sentenceSubject(ctx, before) ?? null;
  }
  return undefined;
}
