// Designations: who lists whom as what ("X, a designated terrorist organization"; "the US designated the group a
// terror organization in 2018"; "A, B and C are being designated pursuant to E.O. 14024"), with category and date.

import { entitiesOf, type RelationContext } from './relationContext.js';
import { relationLexicon } from './relationLexicon.js';
import {
  candidate,
  deniedOrHypothetical,
  groupStart,
  isActor,
  isBody,
  pattern,
  presentTime,
  timeOfClause,
  type Candidate,
} from './patterns.js';
import type { SentenceView } from './sentenceView.js';

const CAT = relationLexicon.category;
const VERB = 'designat(?:ed|es|ing|e)|proscrib(?:ed|es|ing|e)|bann(?:ed|ing)|bans|outlaw(?:ed|s|ing)?|list(?:ed|s|ing)?|blacklist(?:ed|s|ing)?|brand(?:ed|s|ing)?|classif(?:ied|ies|y|ying)';
/** A second category in the same act: "as a Foreign Terrorist Organization (FTO) and a Specially Designated Global Terrorist". */
const SECOND = `(?: \\([A-Z]{2,6}\\))?(?:,? (?:and|as well as) (?:as )?(?:(?:a|an) )?(?<c3>${CAT})\\b)?`;
/** "[ORG] leader ": an organization and a title before the designated person. */
const OWNER_TITLE = `(?:{E}(?:[^⟦.;()]{0,20}?)(?: \\(⟦\\d+⟧\\))? ${relationLexicon.title} )`;
const EO = '(?:Executive Order|E\\.O\\.)(?: \\(E\\.O\\.\\))? ?(\\d{4,5})';

/** "X, a designated terrorist organization"; "HTS is a US-designated terrorist group": a state, not an act. */
const STATE = pattern(
  `(?<x>{L}){Q}(?:{SEP}(?:(?:which|who) (?:is|are) )?|(?: (?:is|are|was|were|remains?)) (?:still )?{Q})(?:still )?{DET}?{Q}(?:{W}){0,2}?(?:(?<by>{E})-)?(?:designated|listed|proscribed|banned|outlawed) (?<c>${CAT})\\b`,
  'gd',
);
/** "HTS is a terrorist organization designated by the United States." */
const DESIGNATED_BY = pattern(
  `(?<x>{L}){Q}(?:{SEP}| (?:is|are|was|were|remains?) ){Q}(?:(?:still|also) )?(?:{DET}{Q})*(?:{W}){0,2}?(?<c>${CAT}) (?:(?:that was|which was|that is|which is) )?(?:designated|listed|blacklisted) (?:as such )?by (?:the )?(?<by>{E})`,
  'gd',
);
/**
 * "the US designated the group a terror organization"; "the Department is designating A, B and C as FTOs". Never
 * "designated by X as ...": there X designates, and the passive pattern reads it.
 */
const ACTIVE = pattern(
  `(?:(?<by>{E}) {GAP})?(?<v>${VERB})(?! by\\b) (?:{E}-[a-z-]+ )?(?:[\\w-]+ ){0,3}?(?:${OWNER_TITLE}|{E} )?(?<x>{L}|{ANA}|it|them|{PRO})(?:,? and (?:[\\w-]+ ){0,4}[\\w-]+)?(?: in its entirety| in full| outright| formally| officially)? (?:as |to be )?(?:(?:a|an) )?(?<c>${CAT})\\b${SECOND}`,
  'gd',
);
/** "The group is considered a terrorist organization by the United States." */
const CONSIDERED_BY = pattern(
  `(?<x>{L}|{PRO}){APPOS} (?:is|are|was|were|has been|have been) (?:(?:also|widely|officially|formally|long) )*(?:considered|regarded as|deemed|branded|classified as|listed as|designated as|recognized as) (?:a |an )?(?<c>${CAT}) by (?:the )?(?<by>{E})`,
  'gd',
);
/** "OFAC is designating Sa'id al-Jamal, an Iran-based financier, ..." (a sanctions listing, no category named). */
const BARE = pattern(
  `(?<by>{E}) (?:(?:is|are|has|have|had|today|also|previously) )*(?<v>designating|designated|designates) (?<x>{L})(?![,]? (?:and )?(?:the )?⟦)(?=[,.;]| pursuant| under| for\\b| and (?:\\w+ ){0,3}(?:companies|entities|individuals|vessels|firms)| today)`,
  'gd',
);
/** "Hamas, which the United States lists as a Foreign Terrorist Organization". */
const RELATIVE = pattern(
  `(?<x>{L}){Q},? (?:which|whom|that) (?:the )?(?<by>{E}) (?:(?:has|had|have|also|formally|officially|long) )*(?<v>${VERB}|considers|considered|regards|regarded) (?:as |to be )?(?:(?:a|an) )?(?<c>${CAT})\\b`,
  'gd',
);
/** "A and B are being designated (by X) (as FTOs) (pursuant to E.O. 14024)". */
const PASSIVE = pattern(
  `(?<x>{L}|{ANA}|{PRO}){APPOS} (?:is|are|was|were|has been|have been|had been) (?:(?:also|being|previously|formally|officially|now|today) )*(?<v>designated|listed|blacklisted)(?: (?:as (?:a |an )?(?<c>${CAT})))?(?: by (?:the )?(?<by>{E}))?(?: as (?:a |an )?(?<c2>${CAT}))?(?: (?:pursuant to|under) (?<eo>${EO}))?`,
  'gd',
);
/** "the Department's designation of Ansarallah, commonly referred to as the Houthis, as a Foreign Terrorist Organization". */
const NOMINAL = pattern(
  `(?:(?<by>{E})'s )?(?<v>designation)s? of (?<x>{L})(?:, [^,⟦]{0,40}?(?:as|known as|called) (?:the )?{E},)? as (?:a |an )?(?<c>${CAT})(?: by (?:the )?(?<by2>{E}))?`,
  'gd',
);
/** "US-designated terrorist group Hezbollah"; "designated terrorist organization Hamas". */
const PREMODIFIER = pattern(`(?:(?<by>{E})-)?designated (?<c>${CAT}) (?<x>{L})`, 'gd');

const NAMED_CATEGORY = new RegExp(CAT);
const EXECUTIVE_ORDER = new RegExp(EO);

function label(text: string | undefined, eo: string | undefined): string | undefined {
  if (text) return relationLexicon.categoryLabel(text);
  const number = eo === undefined ? undefined : EXECUTIVE_ORDER.exec(eo)?.[1];
  if (number) return `designated under executive order ${number}`;
  return undefined;
}

function facts(
  ctx: RelationContext,
  view: SentenceView,
  m: RegExpMatchArray,
  rule: string,
  confidence: number,
  dated: boolean,
  given?: string,
): Candidate[] {
  const g = m.groups ?? {};
  const category = given ?? label(g['c'] ?? g['c2'], g['eo']);
  if (!category) return [];
  const at = groupStart(m, 'v');
  if (g['v'] && deniedOrHypothetical(view.masked, at)) return [];
  const designees = entitiesOf(ctx, view, g['x'], groupStart(m, 'x'), isActor);
  const by = entitiesOf(ctx, view, g['by'] ?? g['by2'], at, isBody)[0];
  // an earlier act is dated only by its own words, never by the day of publication
  const previously = /\b(?:previously|earlier|formerly|already|had)\b/i.test(m[0]);
  const when = dated ? (timeOfClause(ctx.doc, view, at) ?? (previously ? undefined : presentTime(ctx.doc, view.masked, at))) : undefined;
  const second = given === undefined && g['c3'] ? relationLexicon.categoryLabel(g['c3']) : undefined;
  const categories = second && second !== category ? [category, second] : [category];
  return designees
    .filter((d) => d !== by)
    .flatMap((designee) =>
      categories.map((c) =>
        candidate('designation', by ? { designee, designator: by } : { designee }, m, rule, confidence, {
          category: c,
          ...(when ? { when } : {}),
        }),
      ),
    );
}

// A designation names its category or says "designated" (or cites an executive order): most sentences do neither,
// and the patterns, which may start at any word, are costly. Both tests are implied by the patterns they guard.
const DESIGNATION_WORD = /designat|Executive Order|E\.O\./i;

/** Every designation a sentence states. */
export function extractDesignations(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const text = view.masked;
  const named = NAMED_CATEGORY.test(text);
  if (!named && !DESIGNATION_WORD.test(text)) return out;
  const run = (rx: RegExp, rule: string, confidence: number, dated: boolean): void => {
    for (const m of text.matchAll(rx)) out.push(...facts(ctx, view, m, rule, confidence, dated));
  };
  if (named) {
    run(STATE, 'designation:state', 0.7, false);
    run(DESIGNATED_BY, 'designation:designated-by', 0.8, false);
    run(ACTIVE, 'designation:active', 0.85, true);
    run(RELATIVE, 'designation:relative', 0.8, false);
    run(CONSIDERED_BY, 'designation:considered-by', 0.75, false);
  }
  for (const m of text.includes('designat') ? text.matchAll(BARE) : []) {
    // a category named later in the sentence belongs to the other patterns
    const rest = view.masked.slice(m.index);
    if (NAMED_CATEGORY.test(rest)) continue;
    const eo = EXECUTIVE_ORDER.exec(rest) ?? EXECUTIVE_ORDER.exec(ctx.doc.text);
    const category = eo ? `designated under executive order ${eo[1]!}` : 'sanctions designation';
    out.push(...facts(ctx, view, m, 'designation:bare', 0.65, true, category));
  }
  run(PASSIVE, 'designation:passive', 0.8, true);
  if (named) {
    run(NOMINAL, 'designation:nominal', 0.85, true);
    run(PREMODIFIER, 'designation:premodifier', 0.7, false);
  }
  return out;
}
