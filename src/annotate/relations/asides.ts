// Sentence views with one aside left out: wire copy puts relative clauses, appositions and participial asides
// between a subject and its verb ("X, which ... and whose commander, Y, was killed, is allied with Z"), and the
// relation patterns read the two sides as adjacent or lightly gapped.

import type { Candidate, Family } from './patterns.js';
import type { RelationContext } from './relationContext.js';
import { asideClosings, asideOpenings, cutView, type SentenceView } from './sentenceView.js';
import { matchesOf } from '../matchesOf.js';

/** Where an aside opens: a comma after a name (and its acronym) before a relative, a description or a participle. */
const OPENS = asideOpenings('(?:which|who|whose|where|a|an|the|its|their|two|three|four|both|once|now|long|[a-z]+ed|according)\\b');
/** Where it may close: a comma before the main clause's verb, auxiliary or adverb. */
const CLOSES = asideClosings(
  'is|are|was|were|has|have|had|remains?|remained|became|becomes|receives?|gets|got|fought|fights|joined|joins|now|also|still|continues|supplies|provides|backs|supports|funds|arms|sends|[a-z]+ed',
);
/** An aside never runs past a clause boundary of this kind. */
const BARRIER = /[;"]/;
const MAX_ASIDE = 240;
const MAX_VIEWS = 8;

/** A view with one aside cut out, and how its offsets map to the original view's. */
export interface Cut {
  view: SentenceView;
  original(offset: number): number;
}

/** The views of a sentence with one aside (from an opening comma to a closing one) cut out, shortest cut first. */
export function asideFreeViews(view: SentenceView): Cut[] {
  let cuts = cutsOf.get(view);
  if (!cuts) {
    cuts = readCuts(view);
    cutsOf.set(view, cuts);
  }
  return cuts;
}

/** The cuts already made, by view: the support, alliance and coalition families all ask for them. */
const cutsOf = new WeakMap<SentenceView, Cut[]>();

function readCuts(view: SentenceView): Cut[] {
  const masked = view.masked;
  const out: Cut[] = [];
  for (const open of matchesOf(OPENS, masked)) {
    const s = open.index;
    CLOSES.lastIndex = s + 2;
    for (let close = CLOSES.exec(masked); close && close.index - s <= MAX_ASIDE; close = CLOSES.exec(masked)) {
      if (BARRIER.test(masked.slice(s, close.index))) break;
      if (out.length >= MAX_VIEWS) return out;
      // no name after the cut: the reread could only join the host to words the full view reads as well
      if (!masked.includes('⟦', close.index + 1)) continue;
      out.push(cut(view, s, close.index + 1));
    }
  }
  return out;
}

/** The view with masked[s, e) left out; offsets map back through the original view. */
function cut(view: SentenceView, s: number, e: number): Cut {
  const reduced = cutView(view, [[s, e]]);
  return { view: reduced, original: reduced.outerOffset };
}

/**
 * A family that also reads the sentence with each aside left out; the extra candidates' offsets are those of the
 * original view, so evidence spans the whole statement.
 */
export function acrossAsides(family: Family): Family {
  return (view: SentenceView, ctx: RelationContext): Candidate[] => {
    const out = family(view, ctx);
    if (view.slots.length < 2) return out;
    for (const { view: v, original } of asideFreeViews(view)) {
      for (const c of family(v, ctx)) out.push({ ...c, start: original(c.start), end: original(c.end) });
    }
    return out;
  };
}
