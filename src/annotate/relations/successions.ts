// Successions: an organization renamed or grown out of another ("formerly known as"; "now known as"; "evolved
// from"; "rebranded as"; "merged into"). The newer organization is the successor.

import { antecedent, entitiesOf, isPronoun, type RelationContext } from './relationContext.js';
import { anyClass, candidate, deniedOrHypothetical, groupStart, isActor, isOrganization, pattern, type Candidate, type Classed } from './patterns.js';
import type { SentenceView } from './sentenceView.js';
import { LONG_CLAUSE } from './lineage.js';
import { matchesOf } from '../matchesOf.js';

const PRONOUN = '{PRO}';
/**
 * The rest of a name an earlier stage split at "in" or "of", known by the acronym after it: "the Islamic State in the
 * Greater Sahara (ISGS)" is ISGS, not "Islamic State".
 */
const SPLIT_NAME = '(?: (?:in|of|for) (?:the )?⟦\\d+⟧ \\((?<pa>⟦\\d+⟧)\\))?';

/** A name an earlier stage cut at "in" or "of" with no acronym to tell the whole ("Islamic State in the Greater Sahara"): no side. */
const CUT_NAME = '(?! (?:in|of|for) the (?:[A-Z]|⟦\\d+⟧(?! \\()))';
/** "HTS, formerly known as the Nusra Front"; "they are formerly known as 'Nusrah Front'". */
const FORMERLY = pattern(
  `(?<s>{E}|${PRONOUN}){Q}(?:{SEP}(?:{DET}(?:(?:[\\w-]+|⟦\\d+⟧-[\\w-]+) ){0,4}?(?:[\\w-]+, )?)?| (?:is|are|was|were) |,? (?:which|who) (?:is|are|was|were) | \\()(?:(?:also|still) )?(?:(?<v>formerly|previously|once|originally) (?:known as|called|named|dubbed)|(?<v2>known|called|named) (?:until|before|till|up to|prior to) [^⟦,;.]{1,20}? as) {Q}(?:the )?(?<p>{E})${SPLIT_NAME}${CUT_NAME}`,
);
/** "Bois Rouge SARLU (Bois Rouge), now known as Wood International Group SARLU". */
const NOW_KNOWN = pattern(
  `(?<p>{E})(?: \\([^()]{1,40}\\))?{Q}(?:,| \\(| -| —)? (?:(?:which|who|that) (?:is|are|was|were|has been) )?(?<v>now|later|since|subsequently) (?:known as|called|named|renamed(?: as)?|rebranded as|operating as) {Q}(?:the )?(?<s>{E})`,
);
/** "it evolved from the original group, Jabhat al-Nusrah"; "X grew out of Y". */
const EVOLVED = pattern(
  `(?<s>{E}|${PRONOUN})(?:,? (?:which|that|who))? (?:[\\w-]+ ){0,2}?(?<v>evolved|emerged|grew|sprang|developed) (?:out of|from) (?:(?:the|an?) )?(?:(?:remnants|ashes|ruins|ranks|core) of (?:the )?)?(?:[\\w -]{0,30}?, )?(?<p>{E})`,
);
/** "Y rebranded itself as X"; "Y was renamed X"; "Y changed its name to X". */
const RENAMED = pattern(
  `(?<p>{E})(?:${LONG_CLAUSE}|,? (?:which|that))? (?:(?:was|has|has been|had|had been|later|then|formally|officially) )*(?:(?<v>renamed|rebranded)(?: itself)?(?: as| to)?|(?<v2>changed) (?:its|their) name to) {Q}(?:the )?(?<s>{E})${CUT_NAME}`,
);
/** "X (formerly Y)"; "X (previously Y)". */
const PAREN_FORMERLY = pattern(`(?<s>{E}) \\((?<v>formerly|previously|once) {Q}(?:the )?(?<p>{E}){Q}\\)`);
/** "A and B merged to form C"; "A merged into C". */
const MERGED = pattern(
  `(?<p>{L}) (?<v>merged)(?: with (?:the )?{E})?(?: [^⟦.;,]{1,25}?)? (?:into|to form|to create|forming|creating) (?:the |a new )?(?<s>{E})`,
);
/** "until the president merged it into his new party": the merged body is the predecessor. */
const MERGED_OBJECT = pattern(`\\b(?<v>merged|folded|absorbed) (?<p>it|them|{PRO}|{L}) into (?:(?:his|her|its|their|the|a) )?(?:new |own )?(?<s>{E})`);
/** "NEW was formed in 2017 through the merger of A, B and C"; "the merger of A and B into NEW". */
const FORMED_BY_MERGER = pattern(
  `(?<s>{E}){APPOS} (?:was|were|had been) (?<v>formed|created|founded|established|born)[^⟦.;]{0,30}? (?:through|by|from|out of|after|following|in) (?:the |a )?merger (?:of|between) (?:the )?(?<p>{L})`,
);
const MERGER_INTO = pattern(`merger (?:of|between) (?:the )?(?<p>{L}) (?:into|to form|that (?:created|formed)|which (?:created|formed)) (?:the )?(?<s>{E})`);
/** "X was formed in 2017 when several groups merged, among them A and B"; "... when A and B merged". */
const FORMED_WHEN_MERGED = pattern(
  `(?<s>{E}){APPOS} (?:was|were|had been) (?:formed|created|founded|established|born)[^⟦.;]{0,30}? when (?:(?:[\\w-]+ ){0,3}?(?:groups|factions|organi[sz]ations|parties|militias|movements|companies|gangs) (?<v>merged),? (?:among them|including|such as|namely) (?:the )?(?<p>{L})|(?:the )?(?<p2>{L}) merged)`,
);
/** "Kestrel mercenaries who arrived in 2021 were replaced last year by the Falcon Corps". */
const REPLACED_BY = pattern(
  `(?<p>{E})(?: (?:mercenaries|fighters|forces|troops|contractors|units))?(?:,? (?:who|which|that) [^.;]{0,60}?)? (?:was|were|has been|have been|had been) (?:(?:dissolved|disbanded|abolished|dismantled)[^⟦.;]{0,30}? and )?(?:(?:later|since|eventually|then|gradually) )?(?<v>replaced|succeeded|supplanted|superseded)(?: [^⟦.;]{0,20}?)?(?: (?:in|at|near|across|around) (?:the )?⟦\\d+⟧(?: [^⟦.;]{0,20}?)?)? by (?:the )?(?<s>{E})`,
);
/**
 * "ATMIS itself replaced the African Union Mission"; "AUSSOM, which took over from ATMIS in January": both bodies. "X
 * replaced Y as the largest party" tells a rank taken, not a lineage.
 */
const REPLACED = pattern(
  `(?<s>{E})(?:{APPOS}(?:,? (?:which|that))?|{SEP}{DET}(?:[a-z-]+ ){0,3}?(?:that|which)) (?:(?:has|had|have|itself|themselves|formally|officially|later|then|eventually) )*(?<v>replaced|replaces|succeeded|succeeds|supplanted|superseded|took over from|takes over from|taken over from) (?:the )?(?<p>{E})(?! as\\b)`,
);
/** "the Nusra Front became Jabhat Fateh al-Sham in 2016": two bodies, the second no possessive ("became X's ally"). */
const BECAME = pattern(
  `(?<p>{E}) (?:(?:later|then|officially|formally|eventually|itself) )*(?<v>became) (?:the )?(?<s>{E})(?!'s?\\b)(?=[,.;]| (?:in|after|when|following|and|under|before|until|last|this)\\b)`,
);
/** "renamed its ruling council the State Council"; "rebranded the Front as the Alliance". */
const RENAMED_OBJECT = pattern(`\\b(?<v>renamed|rebranded) (?:its |their |the )?(?:(?:ruling|governing|armed|military|political|former|old|main) )?(?<p>{E}) (?:as |to )?(?:the )?(?<s>{E})`);
/** "its members regrouped in the Victory bloc"; "remnants of the X reorganized as the Y". */
const REGROUPED = pattern(
  `(?:\\b(?<its>[Ii]ts|[Tt]heir) (?:former )?(?:members|leaders|fighters|cadres|remnants|lawmakers|deputies|supporters|leadership)|\\b(?:(?:[Ff]ormer|[Rr]emaining) )?(?:[Mm]embers|[Ll]eaders|[Ff]ighters|[Cc]adres|[Rr]emnants) of (?:the )?(?<p>{E}))[^⟦.;]{0,20}? (?<v>regrouped|reorgani[sz]ed|reconstituted|re-formed|reformed|resurfaced) (?:in|into|as|under|within) (?:the |a new )?(?<s>{E})(?<u> (?:bloc|party|group|movement|alliance|coalition|front))?`,
);
/** "X, the precursor of Y"; "Y's predecessor, X"; "Y's successor, X". */
const PREDECESSOR = pattern(
  `(?:(?<p>{E})(?:{SEP}| (?:is|was) ){DET}?(?:[a-z-]+ )?(?<v>predecessor|precursor|forerunner) (?:of|to) (?:the )?(?<s>{E})|(?<s2>{E})'s? (?<v2>predecessor|precursor|forerunner)(?: organi[sz]ation| group| party)?,? (?:the )?(?<p2>{E})|(?<p3>{E})'s? (?:[a-z-]+ )?successor(?: organi[sz]ation| group| party)?,? (?:the )?(?<s3>{E}))`,
);
/** "X, the successor of Y". */
const SUCCESSOR = pattern(
  `(?<s>{E})(?:{SEP}| (?:is|was) ){DET}?(?:[a-z-]+ )?successor(?: (?:organi[sz]ation|group|party|movement|company|entity))? (?:of|to) (?:the )?(?<p>{E})`,
);

/** A name that is the agent of a participle in a description: "X, the force controlled by Y's ministry that succeeded Z". */
const AGENT_BEFORE = /\bby (?:the )?(?:(?:⟦\d+⟧|[A-Z][\w.-]*)'s? )?$/;
const AGENT_HOST =
  /(?:the )?⟦(\d+)⟧(?: \(⟦\d+⟧\))?, (?:(?:an?|the|one) (?:[\w-]+ ){0,4}?|⟦\d+⟧ (?:[\w-]+ ){0,2}?)(?:controlled|led|backed|run|owned|funded|financed|commanded|created|set up|formed|supported) by (?:the )?(?:(?:⟦\d+⟧|[A-Z][\w.-]*)'s? )?$/;

/**
 * The subject of a relative clause ("that succeeded Z") whose nearest name is the agent of a participle before it:
 * the description's head, so the name it describes; [] where there is none; undefined where the name is no agent.
 */
function hostOfAgent(ctx: RelationContext, view: SentenceView, at: number): string[] | undefined {
  const before = view.masked.slice(0, at);
  if (!AGENT_BEFORE.test(before)) return undefined;
  const host = AGENT_HOST.exec(before);
  const slot = host ? view.slots[Number(host[1])] : undefined;
  return slot && isOrganizationKey(ctx, slot.entity) ? [slot.entity] : [];
}

function isOrganizationKey(ctx: RelationContext, key: string): boolean {
  const e = ctx.doc.entities.get(key);
  return e !== undefined && isOrganization(e);
}

/** An organization the text names (no description, no collective): "government troops" replace no body. */
function namedBody(ctx: RelationContext, view: SentenceView, text: string | undefined, key: string): boolean {
  const one = text === undefined ? null : /^⟦(\d+)⟧/.exec(text);
  const slot = one ? view.slots[Number(one[1])] : undefined;
  const e = ctx.doc.entities.get(key);
  return e !== undefined && isOrganization(e) && e.cls !== 'CollectiveActor' && slot?.mention.form !== 'description';
}

// Every pattern needs one of these words: a sentence with none is skipped before the costlier patterns run.
const SUCCESSION_WORD =
  /formerly|previously|once|originally|now|later|since|subsequently|evolved|emerged|grew|sprang|developed|renamed|rebranded|changed|became|merge|folded|absorbed|successor|predecessor|precursor|forerunner|replace|succeed|supplanted|superseded|(?:known|called|named) (?:until|before|till|up to|prior to)|took over|takes over|taken over|regrouped|reorgani|reconstituted|re-?formed|resurfaced/;

/** The words FORMERLY and NOW_KNOWN cannot match without. */
const FORMERLY_WORDS = /(?:formerly|previously|once|originally) (?:known as|called|named|dubbed)|(?:known|called|named) (?:until|before|till|up to|prior to) /;
const NOW_WORDS = /(?:now|later|since|subsequently) (?:known as|called|named|renamed|rebranded as|operating as)/;

/** Every succession a sentence states. */
export function extractSuccessions(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const masked = view.masked;
  if (!SUCCESSION_WORD.test(masked)) return out;
  const run = (rx: RegExp, rule: string, confidence: number, bothBodies = false): void => {
    for (const m of matchesOf(rx, view.masked)) {
      const v = m.groups?.['v'] ? 'v' : m.groups?.['v2'] ? 'v2' : undefined;
      if (v && deniedOrHypothetical(view.masked, groupStart(m, v), 2)) continue;
      const g = m.groups ?? {};
      // one side an organization is enough: a name is renamed into a name of the same kind, whatever class an
      // earlier stage gave the other ("Delta S.A., formerly known as Gasolinera Sur" with the second read as a person)
      // a pronoun stands for an organization, never the person who merges or renames it
      const fits = (text: string | undefined): ((x: Classed) => boolean) => (isPronoun(text) ? isOrganization : isActor);
      const sKey = g['s2'] ? 's2' : g['s3'] ? 's3' : 's';
      const successors = (bothBodies && hostOfAgent(ctx, view, groupStart(m, sKey))) || entitiesOf(ctx, view, g[sKey], groupStart(m, sKey), fits(g[sKey]));
      const pKey = g['pa'] ? 'pa' : g['p'] ? 'p' : g['p2'] ? 'p2' : 'p3';
      const predecessors = entitiesOf(ctx, view, g[pKey], groupStart(m, pKey), fits(g[pKey]));
      for (const successor of successors) {
        for (const predecessor of predecessors) {
          if (successor === predecessor || !(isOrganizationKey(ctx, successor) || isOrganizationKey(ctx, predecessor))) continue;
          // "replaced", "took over from": said of persons, posts and troops too; only two named organizations make a
          // succession ("rebels took over from government troops" is none)
          if (bothBodies && !(namedBody(ctx, view, g[sKey], successor) && namedBody(ctx, view, g[pKey], predecessor))) continue;
          out.push(candidate('succession', { successor, predecessor }, m, rule, confidence));
        }
      }
    }
  };
  // each pattern behind the words it cannot match without, so most sentences that pass the family's guard skip it
  if (FORMERLY_WORDS.test(masked)) run(FORMERLY, 'succession:formerly', 0.85);
  if (NOW_WORDS.test(masked)) run(NOW_KNOWN, 'succession:now-known', 0.85);
  if (/(?:evolved|emerged|grew|sprang|developed) (?:out of|from)/.test(masked)) run(EVOLVED, 'succession:evolved', 0.75);
  if (/renamed|rebranded|changed (?:its|their) name to/.test(masked)) run(RENAMED, 'succession:renamed', 0.8);
  if (/\((?:formerly|previously|once) /.test(masked)) run(PAREN_FORMERLY, 'succession:formerly', 0.8);
  if (masked.includes('merged')) run(MERGED, 'succession:merged', 0.75);
  if (/(?:merged|folded|absorbed) /.test(masked)) run(MERGED_OBJECT, 'succession:merged-object', 0.7);
  if (masked.includes('successor')) run(SUCCESSOR, 'succession:successor', 0.75);
  if (/ when [^]*merged/.test(masked)) run(FORMED_WHEN_MERGED, 'succession:formed-when-merged', 0.75);
  if (/replaced|succeeded|supplanted|superseded/.test(masked)) run(REPLACED_BY, 'succession:replaced-by', 0.65);
  if (/replace|succeed|supplant|supersede|t(?:ook|akes|aken) over/.test(view.masked)) run(REPLACED, 'succession:replaced', 0.65, true);
  if (/renamed|rebranded/.test(view.masked)) run(RENAMED_OBJECT, 'succession:renamed', 0.7);
  if (view.masked.includes('became')) run(BECAME, 'succession:became', 0.6, true);
  if (/predecessor|precursor|forerunner|successor/.test(view.masked)) run(PREDECESSOR, 'succession:predecessor', 0.7, true);
  for (const m of /regroup|reorgani|reconstitut|re-?formed|resurfaced/.test(view.masked) ? matchesOf(REGROUPED, view.masked) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
    const g = m.groups ?? {};
    const predecessors = g['its'] !== undefined ? [antecedent(ctx, view, groupStart(m, 'its'), isOrganization)].filter((k): k is string => !!k) : entitiesOf(ctx, view, g['p'], groupStart(m, 'p'), isOrganization);
    // "the Victory bloc": a name a bloc noun follows is a body, whatever class an earlier stage gave it
    const successors = entitiesOf(ctx, view, g['s'], groupStart(m, 's'), g['u'] !== undefined ? anyClass : isOrganization);
    for (const successor of successors) {
      for (const predecessor of predecessors) {
        if (successor !== predecessor) out.push(candidate('succession', { successor, predecessor }, m, 'succession:regrouped', 0.6));
      }
    }
  }
  if (/merger (?:of|between)/.test(masked)) {
    run(FORMED_BY_MERGER, 'succession:formed-by-merger', 0.8);
    run(MERGER_INTO, 'succession:merger-into', 0.8);
  }
  return out;
}
