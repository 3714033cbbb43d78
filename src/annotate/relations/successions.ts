// Successions: an organization renamed or grown out of another ("formerly known as"; "now known as"; "evolved
// from"; "rebranded as"; "merged into"). The newer organization is the successor.

import { entitiesOf, type RelationContext } from './relationContext.js';
import { candidate, deniedOrHypothetical, groupStart, isOrganization, pattern, type Candidate } from './patterns.js';
import type { SentenceView } from './sentenceView.js';

const PRONOUN = '{PRO}';

/** "HTS, formerly known as the Nusra Front"; "they are formerly known as 'Nusrah Front'". */
const FORMERLY = pattern(
  `(?<s>{E}|${PRONOUN}){Q}(?:{SEP}(?:{DET}(?:[\\w-]+ ){0,4}?)?| (?:is|are|was|were) |,? (?:which|who) (?:is|are|was|were) | \\()(?:(?:also|still) )?(?<v>formerly|previously|once|originally) (?:known as|called|named|dubbed) {Q}(?:the )?(?<p>{E})`,
);
/** "Bois Rouge SARLU (Bois Rouge), now known as Wood International Group SARLU". */
const NOW_KNOWN = pattern(
  `(?<p>{E})(?: \\([^()]{1,40}\\))?{Q}(?:,| \\(| -| —)? (?:(?:which|who|that) (?:is|are|was|were|has been) )?(?<v>now|later|since|subsequently) (?:known as|called|named|renamed(?: as)?|rebranded as|operating as) {Q}(?:the )?(?<s>{E})`,
);
/** "it evolved from the original group, Jabhat al-Nusrah"; "X grew out of Y". */
const EVOLVED = pattern(
  `(?<s>{E}|${PRONOUN}) (?:[\\w-]+ ){0,2}?(?<v>evolved|emerged|grew|sprang|developed) (?:out of|from) (?:(?:the|an?) )?(?:[\\w -]{0,30}?, )?(?<p>{E})`,
);
/** "Y rebranded itself as X"; "Y was renamed X". */
const RENAMED = pattern(
  `(?<p>{E}) (?:(?:was|has been|had been|later|then|formally) )*(?<v>renamed|rebranded)(?: itself)?(?: as| to)? {Q}(?:the )?(?<s>{E})`,
);
/** "A and B merged to form C"; "A merged into C". */
const MERGED = pattern(`(?<p>{L}) (?<v>merged) (?:into|(?:with (?:the )?{E} )?to form) (?:the )?(?<s>{E})`);
/** "until the president merged it into his new party": the merged body is the predecessor. */
const MERGED_OBJECT = pattern(`\\b(?<v>merged|folded|absorbed) (?<p>it|them|{PRO}|{L}) into (?:(?:his|her|its|their|the|a) )?(?:new |own )?(?<s>{E})`);
/** "NEW was formed in 2017 through the merger of A, B and C"; "the merger of A and B into NEW". */
const FORMED_BY_MERGER = pattern(
  `(?<s>{E}) (?:was|were|had been) (?<v>formed|created|founded|established|born)[^⟦.;]{0,30}? (?:through|by|from|out of|after|following|in) (?:the |a )?merger (?:of|between) (?:the )?(?<p>{L})`,
);
const MERGER_INTO = pattern(`merger (?:of|between) (?:the )?(?<p>{L}) (?:into|to form|that (?:created|formed)|which (?:created|formed)) (?:the )?(?<s>{E})`);
/** "X, the successor of Y". */
const SUCCESSOR = pattern(`(?<s>{E})(?:{SEP}| (?:is|was) ){DET}?successor (?:of|to) (?:the )?(?<p>{E})`);

/** Every succession a sentence states. */
export function extractSuccessions(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const run = (rx: RegExp, rule: string, confidence: number): void => {
    for (const m of view.masked.matchAll(rx)) {
      if (m.groups?.['v'] && deniedOrHypothetical(view.masked, groupStart(m, 'v'), 2)) continue;
      const g = m.groups ?? {};
      const successors = entitiesOf(ctx, view, g['s'], groupStart(m, 's'), isOrganization);
      const predecessors = entitiesOf(ctx, view, g['p'], groupStart(m, 'p'), isOrganization);
      for (const successor of successors) {
        for (const predecessor of predecessors) {
          if (successor !== predecessor) out.push(candidate('succession', { successor, predecessor }, m, rule, confidence));
        }
      }
    }
  };
  run(FORMERLY, 'succession:formerly', 0.85);
  run(NOW_KNOWN, 'succession:now-known', 0.85);
  run(EVOLVED, 'succession:evolved', 0.75);
  run(RENAMED, 'succession:renamed', 0.8);
  run(MERGED, 'succession:merged', 0.75);
  run(MERGED_OBJECT, 'succession:merged-object', 0.7);
  run(SUCCESSOR, 'succession:successor', 0.75);
  run(FORMED_BY_MERGER, 'succession:formed-by-merger', 0.8);
  run(MERGER_INTO, 'succession:merger-into', 0.8);
  return out;
}
