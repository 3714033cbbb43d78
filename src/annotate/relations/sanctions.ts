// Sanctions: who sanctions whom and since when ("the US has applied more sanctions to the regime since 2011"; "OFAC
// ... by sanctioning two companies"; "its sanctions on X"), and liftings ("lifted sanctions on"); "would not lift
// its sanctions" is no lifting but tells that the sanctions stand.

import { bodiesOf } from './capitalCountry.js';
import { backTo, condensedView, heldPerson, listOwner, THAT_LIST } from './designations.js';
import { demandedAct } from './demanded.js';
import { subjectOf } from './clauseArgs.js';
import { regimeListings } from './designationClauses.js';
import { enumerated } from './enumerated.js';
import { antecedent, entitiesOf, type RelationContext } from './relationContext.js';
import { relationLexicon } from './relationLexicon.js';
import {
  candidate,
  deniedOrHypothetical,
  groupStart,
  isActor,
  isBody,
  numberOf,
  pattern,
  presentTime,
  sinceTime,
  timeOfClause,
  type Candidate,
} from './patterns.js';
import { listOf, type SentenceView } from './sentenceView.js';
import type { When } from '../document.js';
import { timesIn } from '../spans.js';
import { matchesOf } from '../matchesOf.js';
import { ADDING, DELISTING, FREEZING, FROZEN, IMPOSING, LIFTED as LIFTED_VERB, LIFTING, MEASURE, SANCTION_BASE, SANCTIONED, SANCTIONING as SANCTIONING_VERB } from './listingVerbs.js';

/** The words naming a list before its head: "its Haiti", "its ISIL (Da'esh) and ⟦Al-Qaida⟧", "the U.S.". */
const LIST_WORDS = `(?:(?:[\\w.'-]+|⟦\\d+⟧|\\([^()]{1,25}\\)) ){0,5}?`;
// in "President Assad's regime" the regime is the target, not its possessor
/** Members named after their group ("two RSF commanders", "Hamas leaders"): they, not the group, are targeted. */
const NOT_GROUP = `(?! (?:[a-z]+ )?(?:commanders|officials|members|leaders|leadership|executives|fighters|operatives|financiers|affiliates|employees|associates|vessels|ships)\\b)`;
/**
 * A title, rank or description before a name: "Interior Minister", "Brig. Gen.", "its deputy commander, Brig. Gen.",
 * "Beirut-based money exchanger".
 */
const PRE = `(?:(?:its |their )?(?:(?:[a-z]+ ){0,2}?(?:${relationLexicon.title}),? |⟦\\d+⟧-(?:based|born|registered) (?:[a-z-]+ ){1,3}?))?(?:[A-Z][a-z]{0,4}\\. )*`;
/**
 * "two companies", "11 officials, including Interior Minister X", "two senior officers of the X Force, including its
 * deputy commander, Brig. Gen. Y", "two of its commanders, A and B" (then the named ones are the targets), "11 Georgian officials" (a mention itself).
 */
const COUNTED = `(?<n>{NUM}) (?:(?:[a-z-]+ ){0,2}?(?:companies|groups|entities|firms|individuals|organi[sz]ations|militias|persons|people|businesses|vessels|officials|officers|commanders|members)|(?<xn>⟦\\d+⟧)${NOT_GROUP})(?:[^.;]{0,120}?,? (?:including|among them|such as) ${PRE}(?<x2>{L})|, ${PRE}(?<x5>{L})(?=[,.;]| (?:in|on|since|last|this|for)\\b))?`;
/** Words for sanctions: "restrictive measures", "entry bans", "an asset freeze", "an arms embargo". */
const MEASURES = `(?:${MEASURE})`;
/** A second measure coordinated with the first: "an asset freeze and a travel ban". */
const AND_MEASURES = `(?:,? and (?:an? )?${MEASURES})?`;
/** "X, a shipping firm, and its owner, Y": one more target, named after a description of its tie to the first. */
const OWNED = `(?:, (?:an?|the) [^,;]{0,60},)? (?:and|as well as) (?:its|their|his|her) (?:[a-z-]+ ){0,2}?[a-z-]+, (?<x6>{L})(?=[,.;]| (?:in|on|since|for|over|are|is|were|was|have|has)\\b)`;
const ITS_PART = `(?:${OWNED})?`;
const TARGET = `(?:the )?(?:(?:${relationLexicon.title} )?{E}'s (?:(?:[a-z-]+ )?(?:${relationLexicon.title}),? )?)?(?:(?<x>{L}|{ANA}|it|them|{PRO})(?!'s)${NOT_GROUP}${ITS_PART}|(?<he>him|her)(?=[,.;]| (?:in|on|since|over|for|after|last|this|and)\\b)|${COUNTED})`;

/** "the US has applied more sanctions to the regime since 2011"; "the EU imposed sanctions on A and B". */
const IMPOSED = pattern(
  `(?:(?<by>{L}) {GAP})?(?<v>${IMPOSING}) (?:[\\w-]+ ){0,3}?${MEASURES}(?:,? and (?:an? |new )?${MEASURES})?(?: (?:in|on|last|this) [^,;⟦]{3,20}?)? (?:on|against|to|targeting) ${TARGET}`,
);
/**
 * "Washington sanctioned A and B"; "the Treasury has blacklisted X"; "Britain and Canada also sanctioned X"; "the
 * United States, which sanctioned X in 2021, ...".
 */
/** A time phrase between a subject and its verb: "OFAC on Tuesday sanctioned", "the EU in March listed". */
const WHEN_BETWEEN = `on [A-Z][a-z]+(?: \\d{1,2})?,?|in [A-Z][a-z]+(?: \\d{4})?,?|last (?:week|month|year)|this (?:week|month|year)`;
/** "the group's leader, ⟦X⟧", "⟦Y⟧'s deputy commander ⟦X⟧": the person the title names is the target, not its owner. */
const OWNER_TITLE = `(?:(?:{E}|{PRO})'s (?:[a-z-]+ )?(?:${relationLexicon.title}),? )?`;
/** A description before the name it is set beside: "sanctioned a Dorvan mining company, ⟦X⟧, in 2024". */
const DESCRIBED = `(?:an? (?:(?:[A-Za-z][\\w'-]*|⟦\\d+⟧(?:-[a-z]+)?) )?(?:[a-z][\\w'-]* ){0,3}?(?:company|firm|group|militia|network|businessman|financier|official|commander|trader|airline|bank|exchange|entity|organi[sz]ation), )?`;
const ACTIVE = pattern(
  `(?<by>{L})(?:,? (?:which|that))? (?:(?:has|have|had|is|are|was|were|also|previously|today|formally|${WHEN_BETWEEN}) )*(?:(?:decided|agreed|voted|moved) to (?:also )?)?(?<v>${SANCTIONING_VERB}|(?<=to (?:also )?)(?:${SANCTION_BASE}))(?! (?:on|against|to|targeting|authorit|as\\b|by\\b)) (?:the )?(?:${DESCRIBED}${OWNER_TITLE}(?:[a-z-]+ ){0,2}?(?<x>{L}|{ANA})(?!'s)${NOT_GROUP}(?! as\\b)${ITS_PART}|${COUNTED})`,
);
/**
 * "OFAC also designated X" after the release has sanctioned: a listing with no category is the same act. "designated
 * A, formerly known as B, a ..., and C, a ...": the names that open the items.
 */
const ALSO_DESIGNATED = pattern(
  `(?<by>{E}) (?:(?:has|have|is|are|today|also) )*(?<v>designated|designating|designates) (?:(?<y>⟦\\d+⟧(?: \\(⟦\\d+⟧\\))?, [^;]*)|(?<x>{L})(?! as\\b))`,
);
/** "... continues to counter Russia's activities by sanctioning two companies" (subject found by position). */
const BY_SANCTIONING = pattern(
  `\\bby (?<v>sanctioning|designating|blacklisting) (?:(?<x>{L})|${COUNTED})`,
);
/** "its sanctions on President Assad's regime"; "Washington's sanctions against Caracas". */
const STANDING = pattern(`(?<by>{E}|its|their)(?:'s)? (?:own |existing |current )?sanctions (?:(?:imposed|levied) )?(?:on|against) ${TARGET}`);
/** "Sanctions against X imposed by the EU in 2022", "sanctions on X by the United States": the measure, then its imposer. */
const MEASURE_BY = pattern(
  `\\b(?:[Ss]anctions|${MEASURES}) (?:(?:imposed|levied) )?(?:on|against) ${TARGET}(?: (?:in|on|since) [^,;.⟦]{3,25}?)?,? (?:imposed |levied )?by (?:the )?(?<by2>{L})`,
);
/** "Sanctions imposed by Britain on X and on Y remain in force": the measure, its imposer, then its targets. */
const MEASURE_BY_ON = pattern(
  `\\b(?:[Ss]anctions|${MEASURES}) (?:imposed|levied) by (?:the )?(?<by>{L})(?: (?:in|on|since) [^,;.⟦]{3,25}?)? (?:on|against) ${TARGET}(?:,? and (?:on|against) (?:the )?(?<x7>{L}))?`,
);
/** "X faces U.S. sanctions", "X is facing EU sanctions over ...": sanctions that stand, with their imposer named. */
const FACES = pattern(
  `(?<x>{L}){APPOS}(?:,? (?:which|who|that))? (?:(?:already|also|now) )?(?<v>faces|face|faced|(?:is|are|was|were) (?:already |also |now )?facing) (?:the )?(?<by>{E})(?:'s)? (?:[a-z-]+ )?${MEASURES}`,
);
/** "X, one of five gang leaders under UN sanctions,": an apposition that counts X among the targets. */
const ONE_OF_UNDER = pattern(
  `(?<x>{L}), (?:one|among|part) (?:of )?[^,;⟦]{0,50}? (?<v>under|subject to) (?:the )?(?<by>{E})(?:'s)? ${MEASURES}`,
);
/** "the EU lifted its sanctions on X"; "would not lift its sanctions on X". */
const LIFTED = pattern(
  `(?<by>{E})[^⟦.;]{0,30}?\\b(?<v>${LIFTING}) (?:[\\w-]+ ){0,3}?${MEASURES} (?:on|against|imposed on) ${TARGET}`,
);
/** "The EU delisted X in 2023", "the Council unfroze the assets of X": a lifting told with one verb. */
const DELISTED = pattern(`(?<by>{L}) {GAP}(?<v>${DELISTING}) (?:the )?(?:assets of (?:the )?)?(?<x>{L})`);
/** "..., together with its general manager, Y": one more target listed with the first. */
const WITH = `(?:,? (?:together|along) with (?:(?:its|their|his|her) (?:[a-z-]+ ){0,3}?[a-z-]+,? )?(?<x6>{L}))?`;
/**
 * "Among those listed is X"; "The listings also target A, B as well as C"; "X, a Russian company, is also listed,
 * together with its owner, Y".
 */
const LISTED = pattern(
  `(?:\\b[Aa]mong (?:those|the (?:individuals|entities|persons|companies)) (?:listed|designated|sanctioned|targeted)(?: today)? (?:is|are) (?:the )?${PRE}(?<x>{L})|\\b(?:[Ll]istings?|[Ss]anctions|[Mm]easures|[Dd]esignations)(?:, [^,;⟦]{1,60}(?:⟦\\d+⟧[^,;⟦]{0,20})?,)? (?:also |today )?(?:target|targets|targeted|hit|cover) (?:the )?(?<y>⟦\\d+⟧[^.;]*)|(?<z>{L}){APPOS} (?:is|are|was|were|has been|have been) (?:also )?(?:listed|sanctioned|blacklisted)\\b(?! as| by| on| at)${WITH})`,
);
/** "X is among the individuals sanctioned by the United States": one of a body's targets. */
const AMONG_BY = pattern(
  `(?<x>{L}){APPOS} (?:is|are|was|were) (?:also )?among (?:the )?(?:[\\w-]+ ){0,3}?(?<v>sanctioned|blacklisted) by (?:the )?(?<by>{L})`,
);
/** "X, which is on the UN sanctions list": a listing that stands, dated only by "since". */
const ON_LIST = pattern(
  `(?<x>{L}){APPOS}(?:,? (?:which|who|that))? (?:is|are|was|were|has been|have been|remains?) (?:(?:also|still|now|already|long) )*on (?:the |an? )?(?:(?<by>{E})(?:'s)? )?${LIST_WORDS}(?:sanctions list|sanctions blacklist|blacklist|SDN List)`,
);
/** "X, which OFAC designated in December 2023": an earlier listing, a sanction where the article speaks of them. */
const RELATIVE_LISTING = pattern(
  `(?<x>{L})(?:, (?:a|an|the) [^,;.]{0,60}?)?,? (?:which|whom|who|that) (?:the )?(?<by>{E}) (?:(?:has|had|have|also|previously|later) )*(?<v>designated|sanctioned|blacklisted)(?! as\\b)(?=[ ,.;])`,
);
/** "the U.S.-sanctioned company X": a sanction standing, undated. */
const PREMODIFIER = pattern(`(?<by>{E})-(?<v>sanctioned|blacklisted) (?:[a-z-]+ ){0,2}?(?<x>{E})`);
/** "X was removed from the sanctions list in 2022": a lifting by the body the article names elsewhere. */
const REMOVED_PASSIVE = pattern(
  `(?<x>{L}){APPOS} (?:was|were|has been|have been|had been) (?:(?:also|later|formally) )*(?<v>removed|delisted|taken off)(?: from| off)? (?:(?:its|their|the) )?(?:[\\w.-]+ ){0,3}?(?:sanctions list|blacklist|SDN List)`,
);
/** "X was sanctioned by the United States in 2020"; "X, sanctioned by the EU in 2021,". */
const PASSIVE_BY = pattern(
  `(?<x>{L})(?:{APPOS}(?:,? (?:who|which|that))? (?:is|are|was|were|has been|have been|had been)|,) (?:(?:also|previously|already|first|later) )*(?<v>${SANCTIONED}|designated) by (?:the )?(?<by>{L})`,
);
/**
 * "sanctioned A and B in February, and C and D in June": a second object with its own time, the verb left out. Read
 * from the end of an active match on.
 */
const GAPPED = pattern(`(?: (?:in|on) [^,;.⟦]{3,30}?)?, and (?<x>{L})(?= (?:in|on) [A-Z0-9])`, 'dy');
/** "A and B, the latter sanctioned by the U.S. in 2023": the item of the list the words point back to. */
const LATTER = pattern(
  `(?<l>{L}), (?:the )?(?<w>latter|former),? (?:(?:is|was|were|has been|had been|being) )?(?:(?:also|previously|already|first|later) )*(?<v>sanctioned|blacklisted) by (?:the )?(?<by>{L})`,
);
/** "the EU added X to its sanctions list"; "the Treasury removed X from its sanctions list" (a lifting). */
const ADDED_TO_LIST = pattern(
  `(?<by>{L}) {GAP}(?:(?<v>${ADDING}|(?<=to (?:also )?)add)|(?<lift>removed|removes|removing|took|takes|delisted)) (?:the )?(?:(?<x>{L}|{ANA}|it|them|{PRO})|(?<he>him|her)) (?:to|on|in|from|off) (?:(?:its|their|the) )?${LIST_WORDS}(?:sanctions list|sanctions blacklist|blacklist|SDN List|Specially Designated Nationals)`,
);
/** "all property and interests in property of A and B ... are blocked" (abbreviations such as "U.S." between). */
const BLOCKED = pattern(`\\bproperty (?:and interests in property )?of (?:the )?(?<x>{L})(?:[^.;]|\\.(?=\\S| [a-z])){0,140}? (?:is|are) (?:also )?blocked`);
/** "X has been under sanctions imposed by the U.N. Security Council since 2022". */
const UNDER = pattern(
  `(?<x>{L})(?: itself| themselves)?(?:${OWNED},|{APPOS})(?:,? (?:which|who|that))? (?:has been|have been|had been|is|are|was|were|remains?) (?:(?:also|still|long) )*(?:under|subject to) (?:(?:the )?(?<by2>{E})(?:'s)? |[a-z]+ )?${MEASURES}${AND_MEASURES}(?: imposed by (?:the )?(?<by>{E}))?(?<imposed> (?:imposed|levied)(?= (?:in|on|since) ))?`,
);
/**
 * "X ... and has been under UK sanctions since March 2022", "X, who had been under United Nations sanctions since 2020,
 * died": a standing sanction whose target is the clause's subject (read by clauseArgs across asides, relative pronouns
 * and coordinated verbs), and whose sanctioner the measures name.
 */
const UNDER_CLAUSE = pattern(
  `\\b(?:(?:has|have|had) (?:(?:also|still|long|already) )?been|is|are|was|were|remains?|remained) (?:(?:also|still|long|already|now) )*(?<v>under|subject to) (?:the |an? )?(?:(?<by>{E})(?:'s)? |(?:new|international|tough|[A-Z]\\.?[A-Z]\\.?) )?${MEASURES}${AND_MEASURES}(?: imposed by (?:the )?(?<by2>{E}))?`,
);
/** A sentence opening on a titled description and the person apposed to it: "The group's top leader, ⟦X⟧,". */
const OPENING_APPOSED = /^\W*(?:[Tt]he |[Ii]ts |[Tt]heir )?(?:⟦\d+⟧'s? )?(?:[a-z-]+(?:'s)? ){0,3}?[a-z]+, (⟦\d+⟧),/;
/** "... and under EU sanctions since 2023": one more imposer of a standing sanction, read from the end of the first. */
const GAPPED_UNDER = pattern(`(?: (?:since|from) [^,;.⟦]{3,25}?)? and (?:also )?(?:under|subject to) (?:the )?(?<by>{E})(?:'s)? ${MEASURES}`, 'dy');
/**
 * "X's top leader, Y, also known as "Z," who founded the gang, was sanctioned by OFAC in July 2025": a passive whose
 * subject stands before asides too long for PASSIVE_BY, read by clauseArgs.
 */
const PASSIVE_CLAUSE = pattern(
  `\\b(?:is|are|was|were|(?:has|have|had) (?:(?:also|previously|already) )?been) (?:(?:also|previously|already|first|later|itself|themselves) )*(?<v>sanctioned|blacklisted) by (?:the )?(?<by>{L})`,
);
/** "The company is owned by X, who is also sanctioned": the release's own listing of the relative's antecedent. */
const WHO_SANCTIONED = pattern(`(?<x>{E}),? (?:who|which) (?:is|are|was|were|has been|have been) (?:also|likewise|too) (?<v>sanctioned|listed|designated)(?=[,.;]|$)`);
/** "The EU placed X under sanctions in 2022"; "X was placed under UN sanctions in 2019" (an act, dated by its clause). */
const PLACED_UNDER = pattern(
  `(?:(?<by>{L}) {GAP}(?<v>placed|put|places|puts) (?:the )?(?:(?<x>{L}|{ANA}|it|them|{PRO})${ITS_PART}|(?<he>him|her))|(?<z>{L}){APPOS} (?:was|were|has been|have been|had been|is|are) (?:(?:also|later|first|previously) )*(?<v2>placed|put)) under (?:(?:new|its|their|international|the) )?(?:(?<by2>{E})(?:'s)? )?${MEASURES}(?: by (?:the )?(?<by3>{L}))?`,
);
/** "The Treasury targeted X with sanctions"; "X was targeted by U.S. sanctions in 2021"; "X was hit with EU sanctions". */
const TARGETED = pattern(
  `(?:(?<by>{L}) {GAP}(?<v>targeted|targets|targeting|hit|hits) (?:the )?(?<x>{L}|{ANA}|it|them|{PRO})${ITS_PART},? with|(?<z>{L}){APPOS} (?:was|were|has been|have been|had been|is|are) (?:(?:also|later|first|previously|already) )*(?<v2>targeted|hit) (?:by|with)) (?:(?:new|fresh|additional|further|its|their|the) )?(?:(?<by2>{E})(?:'s)? )?(?:[a-z-]+ )?${MEASURES}(?: by (?:the )?(?<by3>{L}))?`,
);
/** "Sanctions on X were lifted by the EU in 2023": a lifting told in the passive. */
const LIFTED_PASSIVE = pattern(
  `\\b(?:(?<by>{E})(?:'s)? )?(?:Sanctions|${MEASURES}) (?:on|against) ${TARGET} (?:was|were|has been|have been|had been) (?:(?:also|later|formally|partially|finally) )*(?<v>${LIFTED_VERB})(?: by (?:the )?(?<by2>{L}))?`,
);
/** "the EU froze the assets of X", "Britain froze X's assets in 2021": an asset freeze told with the verb. */
const FROZE = pattern(
  `(?<by>{L}) {GAP}(?<v>${FREEZING}) (?:(?:the|all|any) )?(?:(?:(?:[a-z-]+ ){0,2}?(?:assets|funds|property|accounts)(?: and [a-z ]{1,30}?)? (?:of|belonging to|held by) (?:the )?(?<x>{L})${ITS_PART})|(?:the )?(?<z>{L})(?:'s?) (?:[a-z-]+ ){0,2}?(?:assets|funds|property|accounts))`,
);
/** "X's assets were frozen by Britain in 2021"; "the funds of X have been frozen": the freeze told in the passive. */
const FROZEN_PASSIVE = pattern(
  `(?:\\b(?:(?:the|all|any) )?(?:[a-z-]+ ){0,2}?(?:assets|funds|property|accounts) (?:of|belonging to|held by) (?:the )?(?<x>{L})|(?<z>{L})'s? (?:[a-z-]+ ){0,2}?(?:assets|funds|property|accounts))(?: (?:in|abroad|overseas) [^,;.]{0,30}?)? (?:was|were|has been|have been|had been|are|is) (?:(?:also|later|previously|already|since) )*(?<v>${FROZEN})\\b(?: by (?:the )?(?<by>{L}))?`,
);
/** "The Council today adopted sanctions": who sanctions in this article, whoever the targets. */
const SANCTIONING = pattern(
  `(?<by>{E}) {GAP}(?<v>impos(?:ed|es|ing)|adopt(?:ed|s|ing)|announc(?:ed|es|ing)|approv(?:ed|es|ing)) (?:[\\w-]+ ){0,3}?${MEASURES}\\b`,
);
/** "OFAC has taken previous action against several companies in CAR, including A, B and C". */
const ACTION_AGAINST = pattern(
  `(?<by>{E}) (?:(?:has|have|had) )?(?:taken|took|takes) (?:previous|prior|earlier|similar|further|additional|enforcement|sanctions) actions? against (?:(?:[^.;]{0,80}?,? (?:including|such as|among them|namely) (?<x>{L}))|(?:the )?(?<y>{L}))`,
);

/**
 * A time right after the words of the act ("was designated by OFAC in October 2022"), or after an apposition on its
 * target ("sanctions on X, a shipping firm based in Y (Z), in 2024"): the act's own.
 */
const CLOSING = /^(?:, (?:an?|the|which|who|whose|based|led|owned)\b[^,;:"]{1,120}?,)?,? (?:in|on)? ?$/;
function closingTime(ctx: RelationContext, view: SentenceView, m: RegExpMatchArray): When | undefined {
  const end = view.docOffset((m.index ?? 0) + m[0].length);
  return timesIn(ctx.doc, view.sentence).find((t) => t.start >= end && CLOSING.test(ctx.doc.text.slice(end, t.start)))?.when;
}

/** What opens an apposition or relative clause on a target: a time after it dates that aside, not the act. */
const ASIDE_OPENING = /^,? (?:an?|the|which|who|whose|set up|founded|formed|created|established)\b/;
/** Whether words after the act's match open an aside that is still open where they end (no comma has closed it). */
const insideAside = (between: string): boolean => ASIDE_OPENING.test(between) && !/^,[^,]*,/.test(between);

/** The time of the act's clause, unless it stands in an aside after the target ("listed X, a force set up in 2023"). */
function ownClauseTime(ctx: RelationContext, view: SentenceView, m: RegExpMatchArray, v: number): When | undefined {
  const when = timeOfClause(ctx.doc, view, v);
  if (!when) return undefined;
  const end = view.docOffset((m.index ?? 0) + m[0].length);
  const time = timesIn(ctx.doc, view.sentence).find((t) => t.when === when);
  return time && time.start >= end && insideAside(ctx.doc.text.slice(end, time.start)) ? undefined : when;
}

/** The publication day, where the words say "today". */
function todayOf(ctx: RelationContext, words: string): When | undefined {
  const published = ctx.doc.article.published;
  return published && /\btoday\b/i.test(words) ? { value: published, precision: 'day' } : undefined;
}

const CATEGORY = new RegExp(relationLexicon.category);

/** The subject of a sentence: its first organization or country; in "A's B", B. */
function firstBody(view: SentenceView, before: number): string | undefined {
  for (const m of matchesOf(/⟦(\d+)⟧(?:'s ⟦(\d+)⟧)?/g, view.masked.slice(0, before))) {
    const slot = view.slots[Number(m[2] ?? m[1])];
    // a dateline place ("WASHINGTON — Today, ...") is no subject
    if (slot && isBody(slot)) return slot.entity;
  }
  return undefined;
}

// Cheap keyword tests, one per group of patterns: most sentences speak of no sanction, and the patterns, which may
// start at any word, are the costliest of the relation stage. Each test is implied by the patterns it guards.
// 'ban', 'list', 'action' and 'among' open their words: "Taliban", "journalist" and "transaction" name no sanction
const ANY_WORD = /sanction|measures|\bban|freeze|froze|frozen|embargo|restrictions|designat|\blist|delist|unfro|blacklist|block|\baction|\bamong|penali[sz]/i;
/** The words worth a second reading without asides: most sentences ANY_WORD lets through name no sanction. */
const REREAD_WORD = /sanction|embargo|freeze|travel ban|designat|blacklist|listed/i;
const MEASURES_WORD = /sanction|measures|ban|freeze|embargo|restrictions/;
const ACTIVE_WORD = new RegExp(`\\b(?:${SANCTIONING_VERB}|${SANCTION_BASE})\\b`);
/** A measure with the word that names its target: what IMPOSED and UNDER cannot match without. */
const IMPOSED_WORD = new RegExp(`${MEASURES}(?: (?:on|against|to|targeting)\\b| (?:in|on|last|this) [^,;⟦]{3,20}? (?:on|against|to|targeting)\\b)`);
const UNDER_WORD = /\b(?:under|subject to)\b/;
const LIFT_WORD = new RegExp(`(?:Sanctions|${MEASURES}) (?:on|against|imposed)`);
const BY_WORD = /by (?:sanctioning|designating|blacklisting)/;
/** "blocked the group's accounts" is as often a platform's act as a sanction: only frozen accounts are sanctioned. */
const blockedAccounts = (m: RegExpMatchArray): boolean => /^block/.test(m.groups?.['v'] ?? '') && /\baccounts\b/.test(m[0]);
/** What a freeze holds: "blocked" alone is as often a road or a bid. */
const ASSETS_WORD = /\b(?:assets|funds|property|accounts)\b/;
/** "faces sanctions", "facing EU travel bans": the verb and a measure within a few words. */
const FACES_WORD = new RegExp(`\\bfac(?:es|e|ed|ing) (?:[\\w.'⟦⟧-]+ ){0,4}?(?:${MEASURE})\\b`);
const ONE_OF_WORD = /, (?:one|among|part) /;
const FREEZE_WORD = new RegExp(`\\b(?:${FREEZING}) (?:(?:the|all|any) )?(?:(?:[a-z-]+ ){0,2}?(?:assets|funds|property|accounts)|⟦)`);
/** A passive freeze: its participle after an auxiliary, with the assets before it. */
const FROZEN_WORD = new RegExp(`\\b(?:was|were|been) (?:[a-z]+ )?(?:${FROZEN})\\b|\\b(?:is|are) (?:[a-z]+ )?frozen\\b`);
const LIST_WORD = /blacklist|sanctions list|SDN List|Specially Designated Nationals/;
const LISTED_WORD = /[Aa]mong|isting|anction|easures|esignation|listed/;

/** "The UK has also sanctioned:" (or "designated the following:"): a release's list of targets in the bullets after it. */
const OPENS_LIST = pattern(
  `(?:(?<by>{E})|\\b[Tt]he following(?: [a-z]+){0,2}) (?:(?:has|have|had|is|are|was|were|been|being|today|also|now|further) )*(?<v>sanctioned|sanctioning|designated|designating|listed|listing)(?: the following(?: [a-z]+)?)?(?: today)?(?: by (?:the )?(?<by2>{E}))?:\\s*$`,
  'd',
);
/** "Those designated by the FCDO are:", "The individuals sanctioned today are:": a release's list, its act in a noun phrase. */
const OPENS_LIST_THOSE = pattern(
  `\\b(?:Those|The (?:[a-z]+ )?(?:individuals|entities|persons|people|companies|parties)) (?<v>designated|sanctioned|listed)(?: today)?(?: by (?:the )?(?:[^:⟦]{0,40}?⟦\\d+⟧ and )?(?<by>{E}))? (?:are|were|include)(?: as follows)?:\\s*$`,
  'd',
);
/** "OFSI today added two men to the UK's counter-terrorism sanctions list, freezing their assets in the UK:". */
const OPENS_LIST_COUNTED = pattern(
  `(?<by>{E}) (?:(?:has|have|had|today|also|now) )*(?<v>added|sanctioned|designated|listed) (?:(?<obj>⟦\\d+⟧)|{NUM} [^:⟦]{0,60}?|the following [^:⟦]{0,60}?)(?:(?:to|on) (?:the |its )?(?:{E}'s )?[^:⟦]{0,40}?(?:list|regime)\\b)?[^:]{0,80}:\\s*$`,
  'd',
);
/** A count opening a description: "two men", "11 individuals". */
const COUNT_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) /i;
/** A bullet's first name, past its marker, a description or a title ("- its chairman, the Nigerien businessman ⟦0⟧", "- Major General ⟦1⟧"). */
const BULLET_ITEM = /^\s*[-•*–]\s+(?:(?:its|their|his|her) [a-z -]{1,40}?, )?(?:(?:the|an?) (?:[A-Za-z-]+ ){0,4}|(?:[A-Z][a-z]+\.? ){1,3}(?=⟦))?(⟦\d+⟧)/;
/** The list a release has opened and the act its bullets share, per document. */
const openLists = new WeakMap<RelationContext, { sanctioners: string[]; when: When | undefined }>();

/** The target a bullet of an opened list names, with the sanctioner and time of the sentence that opened it. */
function bulletTargets(view: SentenceView, ctx: RelationContext): Candidate[] {
  const open = openLists.get(ctx);
  const item = open ? BULLET_ITEM.exec(view.masked) : null;
  if (!open || !item) {
    if (open) openLists.delete(ctx);
    // most sentences end on no colon: the opening pattern, which may start at any word, is not run on them
    const colon = /:\s*$/.test(view.masked);
    const counted = colon ? OPENS_LIST_COUNTED.exec(view.masked) : null;
    // (an object named as a mention must be a count: "two men", not a party)
    const obj = counted?.groups?.['obj'];
    const countedObject = obj === undefined || COUNT_WORDS.test(view.slots[Number(obj.slice(1, -1))]?.mention.text ?? '') ? counted : null;
    const m = colon ? (OPENS_LIST.exec(view.masked) ?? OPENS_LIST_THOSE.exec(view.masked) ?? countedObject) : null;
    if (m && !deniedOrHypothetical(view.masked, groupStart(m, 'v'))) {
      const name = m.groups?.['by'] ? 'by' : 'by2';
      const sanctioners = bodiesOf(ctx, view, m.groups?.[name], groupStart(m, name));
      const published = ctx.doc.article.published;
      const perfect = /\b(?:has|have|today)\b/.test(m[0]) && published ? { value: published, precision: 'day' as const } : undefined;
      // "The following were designated:", "Those designated are:" name no body: the release's sanctioning body is
      // filled in later (mergeFacts)
      if (sanctioners.length > 0 || /^(?:[Tt]he|Those)\b/.test(m[0])) openLists.set(ctx, { sanctioners, when: timeOfClause(ctx.doc, view, groupStart(m, 'v')) ?? perfect ?? ctx.sanctioningWhen });
    }
    return [];
  }
  const at = item.index + item[0].length - item[1]!.length;
  const out: Candidate[] = [];
  for (const target of entitiesOf(ctx, view, item[1], at, isActor)) {
    for (const sanctioner of open.sanctioners.length > 0 ? open.sanctioners : [undefined]) {
      if (target === sanctioner) continue;
      const dated = open.when ? { when: open.when } : {};
      out.push({ kind: 'sanction', args: sanctioner ? { sanctioner, target } : { target }, start: at, end: at + item[1]!.length, rule: 'sanction:bullet', confidence: 0.65, ...dated });
      // a release's listed party is put on its sanctions list as well as sanctioned
      const designation = sanctioner ? { designee: target, designator: sanctioner } : { designee: target };
      out.push({ kind: 'designation', args: designation, start: at, end: at + item[1]!.length, rule: 'designation:bullet', confidence: 0.6, category: 'sanctions list', ...dated });
    }
  }
  return out;
}

/**
 * "Today, the Treasury's OFAC (OFAC) designated three individuals ...", "... is sanctioning two senior figures in X":
 * the body a release opens on acting today is its voice, whose listings the later sentences tell in the passive ("A
 * and B are being designated pursuant to E.O. 13224") and whose sanctions they are, whatever its object.
 */
const VOICE = pattern(
  `(?<by>{E})(?: \\(⟦\\d+⟧\\))? (?:(?:is|are|has|have|today|also|now|\\([^()]{1,30}\\)) )*(?<v>sanctioning|sanctioned|designating|designated|imposing|imposed|targeting|targeted|taking action|took action|approved the addition|added)\\b(?! by\\b)`,
  'd',
);
/** The verb of a release's act, for a subject read by the clause structure. */
const VOICE_VERB = /\b(?:sanctioned|designated|imposed|approved the addition|added)\b/;
/** The first sentences of a release, where it says what it does today. */
const VOICE_SENTENCES = 3;

/** Sets the release's voice from an opening sentence that tells today's act. */
function releaseVoice(view: SentenceView, ctx: RelationContext): void {
  const published = ctx.doc.article.published;
  // "Today, ..." or "On 12 March 2025, ..." (the day of publication)
  const today = /\b[Tt]oday\b/.test(view.masked) || timesIn(ctx.doc, view.sentence).some((t) => 'value' in t.when && t.when.value === published);
  if (ctx.sanctioningWhen !== undefined || !ctx.aboutSanctions || view.sentence.index >= VOICE_SENTENCES || !today) return;
  const m = VOICE.exec(view.masked);
  // (else the subject of the act's verb past a long phrase: "the Committee pursuant to resolutions ... approved")
  const verb = m ? undefined : VOICE_VERB.exec(view.masked);
  const at = m ? groupStart(m, 'v') : verb?.index;
  if (at === undefined || deniedOrHypothetical(view.masked, at) || demandedAct(view.masked, at)) return;
  const body = m ? bodiesOf(ctx, view, m.groups?.['by'], groupStart(m, 'by'))[0] : (subjectOf(view, at, ctx, isBody)[0] ?? firstBody(view, at));
  // (a body already read as sanctioning keeps its place; its act is dated today)
  if (!body || !published || (ctx.sanctioningBody !== undefined && ctx.sanctioningBody !== body)) return;
  ctx.sanctioningBody = body;
  ctx.sanctioningWhen = { value: published, precision: 'day' };
}

/** Every sanction, imposed or lifted, a sentence states. */
export function extractSanctions(view: SentenceView, ctx: RelationContext): Candidate[] {
  const bullets = bulletTargets(view, ctx);
  const out = [...bullets, ...sanctionsIn(view, ctx)];
  // "The EU, whose ministers met in Brussels, sanctioned X, the commander of Y, in 2023": read again without asides
  const condensed = out.length === 0 && REREAD_WORD.test(view.masked) ? condensedView(view) : undefined;
  const found = condensed ? [...out, ...backTo(condensed, sanctionsIn(condensed, ctx))] : out;
  releaseVoice(view, ctx);
  return found;
}

function sanctionsIn(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const text = view.masked;
  if (!ANY_WORD.test(text)) return out;
  const measures = MEASURES_WORD.test(text);
  const emit = (m: RegExpMatchArray, rule: string, confidence: number, sanctioners: string[], dated: boolean, lifted = false, given: string[] = []): void => {
    const g = m.groups ?? {};
    const targets = new Set<string>(given);
    for (const name of ['x', 'xn', 'x2', 'x5', 'x6', 'x7', 'y', 'z']) {
      const text = name === 'y' ? enumerated(g[name]) : g[name];
      for (const k of entitiesOf(ctx, view, text, groupStart(m, name), isActor)) targets.add(k);
    }
    // "imposed its own sanctions on him": the person named last
    const person = g['he'] ? heldPerson(ctx, view, groupStart(m, 'he')) : undefined;
    if (person) targets.add(person);
    const v = groupStart(m, 'v');
    const previous = /\b(?:previous|previously|prior|earlier)\b/i.test(m[0]);
    // "X, a firm that has shipped fuel since 2020, is also listed": a release's listing is not dated by its asides
    const told = rule === 'sanction:listed' ? (closingTime(ctx, view, m) ?? ctx.sanctioningWhen) : undefined;
    const when = told ?? (dated
      ? (closingTime(ctx, view, m) ?? ownClauseTime(ctx, view, m, v) ?? (previous ? undefined : presentTime(ctx.doc, view.masked, v)))
      : (sinceTime(ctx.doc, view, m) ?? undefined));
    // a release's listings are dated by the adoption that announces them ("the Council listed X" is one of them)
    const listing =
      rule === 'sanction:listed' || rule === 'sanction:blocked' || (/\balso\b/.test(m[0]) && !previous) || /^list/.test(g['v'] ?? '');
    // with no sanctioner named, the fact waits for the document's (see mergeFacts)
    for (const sanctioner of sanctioners.length > 0 ? sanctioners : [undefined]) {
      for (const target of targets) {
        if (target === sanctioner) continue;
        const args: Record<string, string> = sanctioner ? { sanctioner, target } : { target };
        const dated = when ?? (listing ? ctx.sanctioningWhen : undefined);
        out.push(candidate('sanction', args, m, rule, confidence, { ...(dated ? { when: dated } : {}), ...(lifted ? { lifted } : {}) }));
      }
    }
  };
  const by = (m: RegExpMatchArray): string[] =>
    bodiesOf(ctx, view, m.groups?.['by'] ?? m.groups?.['by2'], groupStart(m, m.groups?.['by'] ? 'by' : 'by2'));

  // "sanctioning two companies": the targets are named by the next sentence
  const counted = (m: RegExpMatchArray, rule: string, sanctioner: string): boolean => {
    if (m.groups?.['x2'] || m.groups?.['x5'] || m.groups?.['xn']) return false;
    const count = numberOf(m.groups?.['n'] ?? '');
    if (count === undefined) return false;
    const c = candidate('sanction', { sanctioner }, m, rule, 0.75);
    const v = groupStart(m, 'v');
    // "The Council today decided to impose ...": the publication day
    const when = timeOfClause(ctx.doc, view, v) ?? todayOf(ctx, text.slice(Math.max(0, v - 40), v));
    if (when) c.when = when;
    // "Today, OFAC sanctioned three individuals": the release's own act, which its listings share
    ctx.sanctioningBody ??= sanctioner;
    if (ctx.sanctioningBody === sanctioner) ctx.sanctioningWhen ??= when;
    ctx.pending.push({ count, role: 'target', candidate: c, docStart: view.docOffset(c.start), docEnd: view.docOffset(c.end) });
    return true;
  };
  for (const m of measures && IMPOSED_WORD.test(text) ? matchesOf(IMPOSED, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v')) || demandedAct(text, groupStart(m, 'v'))) continue;
    // "X sanctioned A in May and has imposed sanctions on B": the verb shares the sentence's subject
    const sanctioners = m.groups?.['by'] ? by(m) : [firstBody(view, groupStart(m, 'v'))].filter((k): k is string => k !== undefined);
    if (sanctioners.length === 0 || counted(m, 'sanction:imposed', sanctioners[0]!)) continue;
    emit(m, 'sanction:imposed', 0.85, sanctioners, true);
  }
  // a release that has sanctioned goes on to designate; with a category named, it is a designation only
  if (ctx.sanctioned && text.includes('designat') && !CATEGORY.test(text)) {
    for (const m of matchesOf(ALSO_DESIGNATED, text)) {
      if (deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
      emit(m, 'sanction:also-designated', 0.6, by(m), true);
    }
  }
  for (const m of ACTIVE_WORD.test(text) ? matchesOf(ACTIVE, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v')) || demandedAct(text, groupStart(m, 'v'))) continue;
    // "listed" is a sanctions listing only where the article is about sanctions
    if (/^list/.test(m.groups?.['v'] ?? '') && !ctx.aboutSanctions) continue;
    const sanctioner = by(m)[0];
    if (sanctioner && counted(m, 'sanction:active', sanctioner)) continue;
    emit(m, 'sanction:active', 0.8, by(m), true);
    GAPPED.lastIndex = (m.index ?? 0) + m[0].length;
    const gapped = GAPPED.exec(text);
    if (gapped) emit(gapped, 'sanction:active', 0.75, by(m), true);
  }
  for (const m of measures && / under /.test(text) ? matchesOf(PLACED_UNDER, text) : []) {
    const v = groupStart(m, m.groups?.['v'] ? 'v' : 'v2');
    if (deniedOrHypothetical(view.masked, v) || demandedAct(text, v)) continue;
    const g = m.groups ?? {};
    const name = g['by'] ? 'by' : g['by2'] ? 'by2' : 'by3';
    emit(m, 'sanction:placed-under', 0.8, bodiesOf(ctx, view, g[name], groupStart(m, name)), true);
  }
  for (const m of measures && /\b(?:target|hit)/.test(text) ? matchesOf(TARGETED, text) : []) {
    const v = groupStart(m, m.groups?.['v'] ? 'v' : 'v2');
    if (deniedOrHypothetical(view.masked, v) || demandedAct(text, v)) continue;
    const g = m.groups ?? {};
    const name = g['by'] ? 'by' : g['by2'] ? 'by2' : 'by3';
    emit(m, 'sanction:targeted', 0.75, bodiesOf(ctx, view, g[name], groupStart(m, name)), true);
  }
  for (const m of ASSETS_WORD.test(text) && FREEZE_WORD.test(text) ? matchesOf(FROZE, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v')) || demandedAct(text, groupStart(m, 'v'))) continue;
    if (blockedAccounts(m)) continue;
    emit(m, 'sanction:froze', 0.75, by(m), true);
  }
  for (const m of ASSETS_WORD.test(text) && FROZEN_WORD.test(text) ? matchesOf(FROZEN_PASSIVE, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v')) || demandedAct(text, groupStart(m, 'v'))) continue;
    // a release's "property of X ... is blocked" is BLOCKED's, undated
    if (blockedAccounts(m) || / (?:is|are) (?:[a-z]+ )?blocked\b/.test(m[0])) continue;
    emit(m, 'sanction:frozen', 0.7, by(m), true);
  }
  for (const m of /\b(?:latter|former)\b/.test(text) ? matchesOf(LATTER, text) : []) {
    const items = listOf(view, m.groups?.['l']);
    const item = m.groups?.['w'] === 'latter' ? items[items.length - 1] : items[0];
    if (items.length < 2 || !item || deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
    emit(m, 'sanction:passive', 0.75, by(m), true, false, [item.entity]);
  }
  for (const m of BY_WORD.test(text) ? matchesOf(BY_SANCTIONING, text) : []) {
    const subject = firstBody(view, groupStart(m, 'v'));
    if (!subject || counted(m, 'sanction:by-sanctioning', subject)) continue;
    emit(m, 'sanction:by-sanctioning', 0.75, [subject], true);
  }
  for (const m of /(?:sanctioned|blacklisted|designated|listed) by/.test(text) ? matchesOf(PASSIVE_BY, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
    // "listed by" is a sanctions listing only where the article speaks of sanctions, and names no other category
    if (m.groups?.['v'] === 'listed' && (!ctx.aboutSanctions || CATEGORY.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40)))) continue;
    // "designated by OFAC" is a sanctions listing where the article is about sanctions and names no other category
    const end = (m.index ?? 0) + m[0].length;
    if (m.groups?.['v'] === 'designated' && (!ctx.aboutSanctions || CATEGORY.test(text.slice(end, end + 40)))) continue;
    emit(m, 'sanction:passive', 0.8, by(m), true);
  }
  for (const m of /(?:sanctioned|blacklisted) by/.test(text) ? matchesOf(PASSIVE_CLAUSE, text) : []) {
    const v = groupStart(m, 'v');
    // the adjacency pattern's reading of the same verb stands
    if (deniedOrHypothetical(view.masked, v) || out.some((c) => c.rule === 'sanction:passive' && c.start <= v && c.end > v)) continue;
    const sanctioners = by(m);
    const subject = subjectOf(view, v, ctx, isActor);
    // (else the person an opening apposition names: "The group's top leader, X, also known as ..., who ..., was")
    const opening = subject.length > 0 ? null : OPENING_APPOSED.exec(text.slice(0, v));
    const targets = (opening ? entitiesOf(ctx, view, opening[1], opening.index + opening[0].lastIndexOf(opening[1]!), (x) => x.cls === 'Person') : subject).filter((k) => !sanctioners.includes(k));
    if (targets.length > 0) emit(m, 'sanction:passive', 0.75, sanctioners, true, false, targets);
  }
  for (const m of ctx.aboutSanctions && / (?:which|whom|who|that) /.test(text) ? matchesOf(RELATIVE_LISTING, text) : []) {
    // "which the US designated as a terrorist group" is a designation only
    if (CATEGORY.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40))) continue;
    emit(m, 'sanction:relative-listing', 0.7, by(m), true);
  }
  for (const m of text.includes('among') ? matchesOf(AMONG_BY, text) : []) emit(m, 'sanction:among-by', 0.75, by(m), true);
  for (const m of LIST_WORD.test(text) && text.includes(' on ') ? matchesOf(ON_LIST, text) : []) {
    if (deniedOrHypothetical(view.masked, m.index ?? 0)) continue;
    emit(m, 'sanction:on-list', 0.7, by(m), false);
  }
  for (const m of /-(?:sanctioned|blacklisted)/.test(text) ? matchesOf(PREMODIFIER, text) : []) emit(m, 'sanction:premodifier', 0.7, by(m), false);
  for (const m of LIST_WORD.test(text) ? matchesOf(REMOVED_PASSIVE, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v')) || demandedAct(text, groupStart(m, 'v'))) continue;
    emit(m, 'sanction:removed-from-list', 0.7, [], true, true);
  }
  // "JNIM itself was added to that list in 2018": the owner of the list the sentence named before
  for (const m of / (?:that|the same) (?:sanctions )?list/.test(text) ? matchesOf(THAT_LIST, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
    const owners = listOwner(ctx, view, m.index ?? 0);
    if (owners.length > 0) emit(m, 'sanction:that-list', 0.7, owners, true);
  }
  for (const m of LIST_WORD.test(text) ? matchesOf(ADDED_TO_LIST, text) : []) {
    const v = m.groups?.['v'] ? 'v' : 'lift';
    if (deniedOrHypothetical(view.masked, groupStart(m, v)) || demandedAct(text, groupStart(m, v))) continue;
    emit(m, v === 'v' ? 'sanction:added-to-list' : 'sanction:removed-from-list', 0.75, by(m), true, v === 'lift');
  }
  // "has been designated under the Russia sanctions regime, alongside A and B": each a target of the release's sanction
  for (const r of regimeListings(view, ctx)) {
    for (const target of r.designees) {
      const when = r.when ?? ctx.sanctioningWhen;
      out.push({ kind: 'sanction', args: { target }, start: r.start, end: r.end, rule: 'sanction:regime', confidence: 0.7, ...(when ? { when } : {}) });
    }
  }
  for (const m of measures && UNDER_WORD.test(text) ? matchesOf(UNDER_CLAUSE, text) : []) {
    if (deniedOrHypothetical(view.masked, m.index ?? 0) || demandedAct(text, m.index ?? 0)) continue;
    const sanctioners = by(m);
    if (sanctioners.length === 0) continue;
    const targets = subjectOf(view, groupStart(m, 'v'), ctx, isActor).filter((k) => !sanctioners.includes(k));
    if (targets.length > 0) emit(m, 'sanction:under-clause', 0.7, sanctioners, false, false, targets);
    // "... since October 2022 and under EU sanctions since 2023": a second imposer, the verb left out
    GAPPED_UNDER.lastIndex = (m.index ?? 0) + m[0].length;
    const more = targets.length > 0 ? GAPPED_UNDER.exec(text) : null;
    if (more) emit(more, 'sanction:under-clause', 0.7, by(more).filter((k) => !targets.includes(k)), false, false, targets);
  }
  for (const m of ctx.aboutSanctions && /\b(?:also|likewise|too) (?:sanctioned|listed|designated)\b/.test(text) ? matchesOf(WHO_SANCTIONED, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
    const from = out.length;
    emit(m, 'sanction:listed', 0.65, [], true);
    // "who is also sanctioned" in a release: its act of the day, where no earlier act gave one
    const published = ctx.doc.article.published;
    const today: When | undefined = published && /\b(?:is|are) /.test(m[0]) ? { value: published, precision: 'day' } : undefined;
    for (const c of out.slice(from)) if (!c.when && today) c.when = today;
  }
  // spans of real liftings: the standing sanctions they mention have ended
  const liftings: [number, number][] = [];
  for (const m of LIFT_WORD.test(text) ? matchesOf(LIFTED, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v')) || demandedAct(text, groupStart(m, 'v'))) continue;
    const start = m.index ?? 0;
    liftings.push([start, start + m[0].length]);
    emit(m, 'sanction:lifted', 0.8, by(m), true, true);
  }
  for (const m of /\b(?:de-?list|unfr[oe])/.test(text) ? matchesOf(DELISTED, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v')) || demandedAct(text, groupStart(m, 'v'))) continue;
    emit(m, 'sanction:lifted', 0.75, by(m), true, true);
  }
  for (const m of LIFT_WORD.test(text) ? matchesOf(LIFTED_PASSIVE, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v')) || demandedAct(text, groupStart(m, 'v'))) continue;
    const start = m.index ?? 0;
    liftings.push([start, start + m[0].length]);
    emit(m, 'sanction:lifted', 0.75, by(m), true, true);
  }
  for (const m of LIFT_WORD.test(text) ? matchesOf(STANDING, text) : []) {
    const start = m.index ?? 0;
    // "lifted its sanctions on X" says they ended; a denied or hypothetical lifting leaves them standing
    if (liftings.some(([s, e]) => start >= s && start < e)) continue;
    const who = m.groups?.['by'] ?? '';
    const sanctioner = /^(?:its|their)$/.test(who) ? antecedent(ctx, view, start, isBody) : by(m)[0];
    if (sanctioner) emit(m, 'sanction:standing', 0.7, [sanctioner], false);
  }
  for (const m of LIFT_WORD.test(text) && text.includes(' by ') ? matchesOf(MEASURE_BY, text) : []) {
    const start = m.index ?? 0;
    if (liftings.some(([s, e]) => start >= s && start < e) || deniedOrHypothetical(view.masked, start)) continue;
    emit(m, 'sanction:measure-by', 0.7, by(m), true);
  }
  for (const m of / (?:imposed|levied) by /.test(text) ? matchesOf(MEASURE_BY_ON, text) : []) {
    if (deniedOrHypothetical(view.masked, m.index ?? 0) || demandedAct(text, m.index ?? 0)) continue;
    emit(m, 'sanction:measure-by', 0.7, by(m), true);
  }
  for (const m of measures && FACES_WORD.test(text) ? matchesOf(FACES, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v')) || demandedAct(text, groupStart(m, 'v'))) continue;
    emit(m, 'sanction:faces', 0.65, by(m), false);
  }
  for (const m of measures && ONE_OF_WORD.test(text) && UNDER_WORD.test(text) ? matchesOf(ONE_OF_UNDER, text) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
    emit(m, 'sanction:one-of-under', 0.65, by(m), false);
  }
  if (out.length > 0 || ctx.pending.length > 0) ctx.sanctioned = true;
  if (measures && ctx.aboutSanctions && ctx.sanctioningBody === undefined) {
    for (const m of matchesOf(SANCTIONING, text)) {
      if (deniedOrHypothetical(view.masked, groupStart(m, 'by') + 1, 8) || demandedAct(text, groupStart(m, 'v'))) continue;
      ctx.sanctioningBody ??= by(m)[0];
      if (ctx.sanctioningBody) ctx.sanctioningWhen ??= timeOfClause(ctx.doc, view, groupStart(m, 'v')) ?? todayOf(ctx, m[0]);
    }
  }
  // blocking property is a sanction in any article, and says nothing of the others
  for (const m of text.includes('blocked') ? matchesOf(BLOCKED, text) : []) emit(m, 'sanction:blocked', 0.65, [], true);
  if (ctx.aboutSanctions) {
    // the release's own listings: the sanctioner is filled from the document when the sentence names none
    for (const m of LISTED_WORD.test(text) ? matchesOf(LISTED, text) : []) emit(m, 'sanction:listed', 0.65, by(m), true);
    // "remains under U.S. sanctions imposed in December 2021": dated by the imposition the words tell
    for (const m of measures && UNDER_WORD.test(text) ? matchesOf(UNDER, text) : []) emit(m, 'sanction:under', 0.7, by(m), m.groups?.['imposed'] !== undefined);
    for (const m of text.includes('action') ? matchesOf(ACTION_AGAINST, text) : []) emit(m, 'sanction:action-against', 0.6, by(m), false);
  }
  return out;
}
