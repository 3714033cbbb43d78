// The clause reader's arguments as the relations stage reads them, for the clause specs: earlier sentences are
// remembered first, then the trigger's subject and object are read in the last sentence.

import type { Entity } from '../../src/annotate/document.js';
import { matchesOf } from '../../src/annotate/matchesOf.js';
import { objectOf, subjectOf } from '../../src/annotate/relations/clauseArgs.js';
import { isActor, isBody, pattern } from '../../src/annotate/relations/patterns.js';
import { createContext, rememberSentence, type RelationContext } from '../../src/annotate/relations/relationContext.js';
import { listOf, viewSentence, type SentenceView } from '../../src/annotate/relations/sentenceView.js';
import { annotatedDoc } from './annotatedDoc.js';

const LIST = pattern('{L}', 'g');
const ACCEPT: Record<'body' | 'actor', (e: Entity) => boolean> = { body: isBody, actor: isActor };

/** A subject reader with clauseArgs.subjectOf's signature (subjectOf itself, or a family's own reading). */
export type SubjectReader = (view: SentenceView, at: number, ctx: RelationContext, accept: (e: Entity) => boolean) => string[];

/**
 * The subject and object labels of the first `trigger` in the marked text's last sentence; `accept` says what the
 * arguments may be (bodies or any actor), `reader` which subject reading to use.
 */
export function clauseArgsOf(
  marked: string,
  trigger: string,
  accept: 'body' | 'actor' = 'body',
  reader: SubjectReader = subjectOf,
  published = '2023-03-01',
): [string[], string[]] {
  const doc = annotatedDoc(marked, { published });
  const ctx = createContext(doc);
  const last = doc.sentences[doc.sentences.length - 1]!;
  for (const s of doc.sentences) {
    const view = viewSentence(doc, s);
    if (s === last) {
      const m = new RegExp(`\\b${trigger}\\b`).exec(view.masked);
      if (!m) throw new Error(`no trigger "${trigger}" in ${view.masked}`);
      const label = (k: string): string => doc.entities.get(k)!.label;
      const fits = ACCEPT[accept];
      return [reader(view, m.index, ctx, fits).map(label), objectOf(view, m.index + m[0].length, ctx, fits).map(label)];
    }
    rememberSentence(ctx, view, matchesOf(LIST, view.masked).map((m) => listOf(view, m[0])));
  }
  throw new Error('unreachable');
}
