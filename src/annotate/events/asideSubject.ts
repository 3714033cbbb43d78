// The subject of an event verb that an aside separates from it, wherever the clause opens: "Last year A and the
// smaller B, headed by Z, signed", "after the group, swelled by recruits from X, Y and Z, began attacking", "the
// Center for X, a rights group, which urged", "troops of the X Brigade, acting on a tip from villagers, raided". The
// names inside the aside are never the subject.

import type { AnnotatedDocument, Mention, Sentence, Span } from '../document.js';
import { classOf, isActorClass } from './actors.js';

/** A verb group right after the comma that closes the aside: ", signed", ", had also begun". */
const AFTER_CLOSING = /,\s*(?:(?:has|have|had|also|then|later|reportedly|is|are|was|were|been|now|jointly|together|began|begun|started|continued|eventually|finally)\s+)*$/;
/** How an aside opens after its comma: a participle with its "by" phrase, a relative pronoun, "known as", "based in". */
const ASIDE_START = /^\s*(?:(?:[a-z]+ed|led|run|swollen|overseen|drawn)\s+(?:[a-z]+\s+){0,2}?(?:by|from|with)\b|(?:who|which|whose)\b|known\s+as\b|based\s+in\b|(?:many|most|some|all)\s+of\s+them\b|(?:together|along)\s+with\b|all\s+(?:run|led|ruled)\s+by\b|(?:acting|working|operating)\s+(?:on|under|with|in)\b)/;
/** An aside is one phrase: no clause break inside it. */
const NOT_ASIDE = /[;:“”"]|\b(?:said|says|told|and\s+(?:then\s+)?[a-z]+ed)\b/;
/** What may stand between the subject's name and the aside: an acronym, a head noun of the name. */
const NAME_TAIL = /^\s*(?:\([^)]*\)\s*)?(?:(?:group|movement|militia|faction|organi[sz]ation|forces|fighters|troops|soldiers|reinforcements|units|personnel|militants|members|supporters|officers|government|army|rebels|alliance|coalition)\s*)?$/i;
/** Two coordinated subjects: "A and B", "A, B and C", "A and the smaller B". */
const SUBJECT_JOIN = /^\s*(?:\([^)]*\)\s*)?(?:,|,?\s*and|,?\s*as\s+well\s+as)\s*(?:the\s+(?:[a-z]+\s+)?)?$/;

/**
 * The subject of the verb at `span` when an aside set off by commas ends right before it: the actor that closes the
 * phrase before the aside's opening comma, with the actors coordinated with it. [] when no aside ends at the verb.
 */
export function subjectBeforeAside(doc: AnnotatedDocument, s: Sentence, span: Span, actors: readonly Mention[]): string[] {
  const before = doc.text.slice(s.start, span.start);
  const closing = AFTER_CLOSING.exec(before);
  if (!closing) return [];
  const close = closing.index;
  // the aside's opening comma: the nearest one before the closing comma whose words open an aside
  for (let c = before.lastIndexOf(',', close - 1); c > 0; c = before.lastIndexOf(',', c - 1)) {
    const aside = before.slice(c + 1, close);
    if (NOT_ASIDE.test(aside) || aside.length > 160) return [];
    if (!ASIDE_START.test(aside)) continue;
    const at = s.start + c;
    // (an acronym in brackets after a name is that name again: "the Afghanistan Freedom Front (AFF)")
    const heads = actors.filter((m) => m.end <= at && m.start >= s.start && isActorClass(classOf(doc, m)) && !/\(\s*$/.test(doc.text.slice(Math.max(s.start, m.start - 2), m.start)));
    const last = heads[heads.length - 1];
    if (!last || !NAME_TAIL.test(doc.text.slice(last.end, at))) return [];
    const out = [last.entity!];
    for (let i = heads.length - 2; i >= 0; i--) {
      if (!SUBJECT_JOIN.test(doc.text.slice(heads[i]!.end, heads[i + 1]!.start))) break;
      out.unshift(heads[i]!.entity!);
    }
    return [...new Set(out)];
  }
  return [];
}
