// Alliances: mutual ties ("Iran-aligned militia groups A, B and C"; "allied with"; "an ally of"; "work hand in hand
// with"; pacts and coalitions formed by two or more parties). The pair is unordered.

import { entitiesOf, type RelationContext } from './relationContext.js';
import { candidate, deniedOrHypothetical, groupStart, isBody, pattern, type Candidate } from './patterns.js';
import type { SentenceView } from './sentenceView.js';

/** "Iran-aligned militia groups Harakat al-Nujaba, ..."; "Moscow-allied forces". */
const COMPOUND = pattern(`(?<a>{E})-(?:aligned|allied) {DESC}(?:{E} )?(?<b>{L})`);
/** "Hezbollah is allied with Iran"; "groups aligned with Tehran"; "X, a Ruritanian Hutu militia allied with Y". */
const ALLIED_WITH = pattern(
  `(?<a>{L}){Q}(?:,? (?:which|who|that) (?:is|are|was|were) | (?:is|are|was|were|has been|have been|remains?|became|become) |{SEP}(?:{DET}(?:{E} )?(?:[a-z-]+ ){0,2}?)?| )(?:(?:closely|formally|long|firmly|politically|militarily) )?(?<v>allied|aligned) (?:itself |themselves )?with (?:the )?(?<b>{L})`,
);
/** "Belarus, a close ally of Russia"; "Belarus is Russia's closest ally" is left to the possessive form below. */
const ALLY_OF = pattern(
  `(?<a>{E}){Q}(?:{SEP}| (?:is|was|are|were|has been|remains?) (?:(?:also|still|long) )?)(?<v>{DET}?)(?:{W}){0,2}?(?:ally|allies|partner|partners) of (?:the )?(?<b>{L})`,
);
/** "Russia's ally Belarus"; "Iran's partners Hezbollah and Hamas". */
const POSSESSIVE = pattern(`(?<a>{E})'s (?:(?:closest|close|key|main|chief|regional|staunch|strategic) )?(?:ally|allies|partner|partners),? (?<b>{L})`);
/** "The United States, Israel's main ally, ..." */
const POSSESSIVE_APPOSITION = pattern(
  `(?<b>{E}){SEP}(?<a>{E})'s (?:(?:closest|close|key|main|chief|staunchest|staunch|strategic|major|biggest|top|oldest|longtime|traditional) )?(?:ally|partner)\\b`,
);
/** "the United Nations ... to work hand in hand with the African Union and AMISOM". */
const TOGETHER = pattern(
  `(?<a>{E})[^⟦.;]{0,40}?\\b(?<v>work|working|works|worked|cooperate|cooperating|cooperates|cooperated|fight|fighting|fought|operate|operating) (?:hand in hand|side by side|together|jointly|in partnership|in coordination|in concert) with (?:the )?(?<b>{L})(?: to (?:support|back|assist|aid|help) (?:the )?(?:[a-z]+ (?:and|of) (?:the )?)?(?<c>{L}))?`,
);
/** "Wagner has fought alongside Russian forces". */
const ALONGSIDE = pattern(
  `(?<a>{E}){APPOS},? {GAP}(?<v>fought|fighting|fights|fight|operated|operating|operates|served|serving) alongside (?:the )?(?:[a-z-]+ ){0,3}?(?:(?:known as|called|named) )?(?<b>{L})`,
);
/** "A and B are bound by a 1951 Mutual Defense Treaty"; "Belarus stands with Russia". */
const BOUND = pattern(
  `(?<a>{L}) (?:are|were|have been|remain) (?:(?:closely|still) )?(?<v>bound|linked|tied|united) by (?:a |an |the |their )?(?:[\\w-]+ ){0,4}?(?:[Tt]reaty|[Pp]act|[Aa]lliance)`,
);
const STANDS_WITH = pattern(`(?<a>{E}) (?:[\\w-]+ ){0,2}?(?<v>stands|stood|standing) (?:firmly |shoulder to shoulder )?(?:with|by) (?:the |its (?:ally|allies|partner|partners) )?(?<b>{L})`);
/** "A and B signed a defense pact"; "A formed an alliance with B"; "A and B formed a coalition". */
const PACT = pattern(
  `(?<a>{L}) (?:(?:have|has|had) )?(?<v>signed|formed|forged|concluded|sealed|entered into|struck) (?:a |an |the )?(?:[\\w-]+ ){0,3}?(?:alliance|pact|defen[cs]e treaty|coalition|partnership)(?: with (?:the )?(?<b>{L}))?`,
);
/** "an alliance between A and B"; "the alliance of A, B and C". */
const ALLIANCE_OF = pattern(`(?:alliance|pact|coalition|partnership) (?:between|of) (?:the )?(?<a>{L})`);

/** Every alliance a sentence states. */
export function extractAlliances(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const pair = (m: RegExpMatchArray, rule: string, confidence: number, a: string, b: string): void => {
    if (a !== b) out.push(candidate('alliance', { a, b }, m, rule, confidence));
  };
  const run = (rx: RegExp, rule: string, confidence: number, verbal: boolean): void => {
    for (const m of view.masked.matchAll(rx)) {
      if (verbal && deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
      const g = m.groups ?? {};
      const as = entitiesOf(ctx, view, g['a'], groupStart(m, 'a'), isBody);
      const bs = entitiesOf(ctx, view, g['b'], groupStart(m, 'b'), isBody);
      // "A works hand in hand with B to support C": A supports C (B's part is left to the support family)
      for (const supported of entitiesOf(ctx, view, g['c'], groupStart(m, 'c'), isBody)) {
        for (const a of as) if (a !== supported) out.push(candidate('support', { supporter: a, supported }, m, rule, confidence));
      }
      if (bs.length > 0) {
        for (const a of as) for (const b of bs) pair(m, rule, confidence, a, b);
      } else if (g['b'] === undefined) {
        // the parties of a pact or alliance named as one list are allied pairwise
        for (let i = 0; i < as.length; i++) for (let j = i + 1; j < as.length; j++) pair(m, rule, confidence, as[i]!, as[j]!);
      }
    }
  };
  run(COMPOUND, 'alliance:compound', 0.8, false);
  run(ALLIED_WITH, 'alliance:allied-with', 0.85, true);
  run(ALLY_OF, 'alliance:ally-of', 0.8, true);
  run(POSSESSIVE, 'alliance:possessive', 0.75, false);
  run(POSSESSIVE_APPOSITION, 'alliance:possessive-apposition', 0.75, false);
  run(TOGETHER, 'alliance:together', 0.65, true);
  run(PACT, 'alliance:pact', 0.75, true);
  run(ALONGSIDE, 'alliance:alongside', 0.65, true);
  run(BOUND, 'alliance:bound', 0.75, true);
  run(STANDS_WITH, 'alliance:stands-with', 0.6, true);
  run(ALLIANCE_OF, 'alliance:alliance-of', 0.7, false);
  return out;
}
