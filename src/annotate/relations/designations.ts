// Designations: who lists whom as what ("X, a designated terrorist organization"; "the US designated the group a
// terror organization in 2018"; "A, B and C are being designated pursuant to E.O. 14024"), with category and date.

import { demandedAct } from './demanded.js';
import { designationClauses, GROUP_NOUN, named, referredDesignee, twoGroupsBefore, undecided } from './designationClauses.js';
import { enumerated } from './enumerated.js';
import { personAntecedent } from './personAntecedent.js';
import { entitiesOf, isPronoun, type RelationContext } from './relationContext.js';
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
  type Classed,
} from './patterns.js';
import { asideOpenings, cutView, listOf, plainView, type SentenceView } from './sentenceView.js';
import type { When } from '../document.js';
import { timesIn } from '../spans.js';
import { matchesOf } from '../matchesOf.js';
import { bodiesOf, capitalAsCountry, isBodyOrCapital } from './capitalCountry.js';
import { subjectOf } from './clauseArgs.js';
import { ADDED, ADDING, BANNED, DEEMED, LISTED, LISTED_OR_BANNED, LISTING_VERB } from './listingVerbs.js';

const CAT = relationLexicon.category;
const VERB = LISTING_VERB;
/** A second category in the same act: "as a Foreign Terrorist Organization (FTO) and a Specially Designated Global Terrorist". */
const SECOND = `(?: \\([A-Z]{2,6}s?\\))?(?:,? (?:and|as well as) (?:as )?(?:(?:a|an) )?(?<c3>${CAT})\\b)?`;
/** "[ORG] leader ", "the group's leader, ": an organization and a title before the designated person. */
const OWNER_TITLE = `(?:(?:{E}|{PRO}'s)(?:[^⟦.;()]{0,20}?)(?: \\(⟦\\d+⟧\\))? ${relationLexicon.title},? )`;
const EO = '(?:Executive Order|E\\.O\\.)(?: \\(E\\.O\\.\\))? ?(\\d{4,5})';
/**
 * Appositives between a subject and its verb, one or two, each closed by a comma: "X, led by Y, alias "Z," was
 * designated"; "X, which has waged an insurgency against the state since 1984, is listed".
 */
const APPOSITIVES = `(?:,(?: ["']?[^,;⟦]{0,90}(?:{L}["']?[^,;⟦]{0,60}){0,2},["']?){1,2})?`;
/** A named statute: "the Foreign Narcotics Kingpin Designation Act", "the Unlawful Activities (Prevention) Act". */
const STATUTE = `(?:[A-Z][\\w'-]*|\\([\\w ]+\\)) (?:(?:[A-Z][\\w'-]*|of|on|and|for|the|\\([\\w ]+\\)) ){0,8}?(?:Act|Law|Ordinance|Decree|Regulations?|Statute)\\b`;
/**
 * Words between a designator and its verb: a body its name does not cover ("the ⟦Philippines⟧' Anti-Terrorism
 * Council"), a seat ("a ⟦court⟧ in ⟦Abuja⟧"), an aside between commas ("..., acting on an application by ⟦X⟧,").
 */
const BY_ASIDE = `(?:'s?(?: [A-Z][\\w-]*){1,4})?(?: in {E})?(?:, [^,;.]{0,80}?,)?`;
/** "A and its B", "A and its armed wing B": a unit of the first designee listed with it. */
const ITS_UNIT = `(?:,? and (?:its|their) (?:[a-z-]+ ){0,2}(?:[a-z-]+, )?(?<x4>{E})(?:,(?= as\b))?)?`;
/** A perfect auxiliary, an adverb allowed inside it: "has been", "has also been", "had long been". */
const PERFECT = '(?:has|have|had) (?:(?:also|long|already|previously|since|itself|themselves) )?been';
/**
 * Designators coordinated before the verb: "Turkey, the United States and the European Union list it as ...". A list
 * closes with "and"; names joined by commas alone are an aside and its clause ("from al Qaeda, the US designated"),
 * and ", and" after a single name joins two clauses ("the merger of A and B, and New Delhi banned it").
 */
const BY_LIST = '{E}(?:(?:, (?:the )?{E})+,? and (?:the )?{E}| and (?:the )?{E})?';
/** The comma that closes an apposition a name ends: "His brother, ⟦X⟧, is being designated". */
const CLOSED_APPOSITION = '(?<=, ⟦\\d+⟧),';
/** A date closing a clause: "in October 2022", "on March 3, 2021", "in 2018". */
const DATED = `(?: (?:in|on|since) (?:[A-Z][a-z]+ )?(?:\\d{1,2},? )?\\d{4})`;
/** Titles and ranks before a name: "Brig. Gen.", "Deputy Minister". */
const TITLED = `(?:(?:[A-Z][a-z]{0,4}\\.|${relationLexicon.title}),? )*`;

/** "X, a designated terrorist organization"; "HTS is a US-designated terrorist group": a state, not an act. */
const STATE = pattern(
  `(?<x>{L}){Q}(?:{SEP}(?:(?:which|who) (?:is|are) )?|(?: (?:is|are|was|were|remains?)) (?:still )?{Q})(?:still )?{DET}?{Q}(?:{W}){0,2}?(?:(?<by>{E})-)?(?:${LISTED_OR_BANNED}) (?<c>${CAT})\\b`,
  'gd',
);
/** "HTS is a terrorist organization designated by the United States." */
const DESIGNATED_BY = pattern(
  `(?<x>{L}){Q}(?:{SEP}|${APPOSITIVES} (?:is|are|was|were|remains?) ){Q}(?:(?:still|also) )?(?:{DET}{Q})*(?:{W}){0,2}?(?<c>${CAT}) (?:(?:that was|which was|that is|which is) )?(?:${LISTED}) (?:as such )?by (?:the )?(?<by>{L})`,
  'gd',
);
/**
 * "the US designated the group a terror organization"; "the Department is designating A, B and C as FTOs". Never
 * "designated by X as ...": there X designates, and the passive pattern reads it; nor a participle after an auxiliary
 * ("has been banned in X as ..."), whose object is no designee.
 */
const ACTIVE = pattern(
  `(?:(?<by>${BY_LIST})${BY_ASIDE} {GAP})?(?:(?<!\\b(?:been|is|are|was|were|being) )|(?=[a-z]+ing\\b))(?<v>${VERB})(?! by\\b) (?:(?:the |an? )?{E}-[a-z-]+ )?(?:[\\w-]+ ){0,3}?(?:${OWNER_TITLE}|{E} )?(?<x>{L}|{ANA}|it|them|{PRO})(?!'s)(?<xs>(?:\/(?:⟦\\d+⟧|[A-Z][\\w'-]*(?: [A-Z][\\w'-]*)*))*)${ITS_UNIT}(?:,? and (?:[\\w-]+ ){0,4}[\\w-]+)?(?: in its entirety| in full| outright| formally| officially)? (?:as |to be )?(?:(?:a|an) )?(?<c>${CAT})\\b${SECOND}`,
  'gd',
);
/** "The group is considered a terrorist organization by the United States." */
const CONSIDERED_BY = pattern(
  `(?<x>{L}|{PRO})${APPOSITIVES}(?:,? (?:which|who|that))? (?:is|are|was|were|has been|have been|remains?) (?:(?:also|widely|officially|formally|long|still) )*(?<v>${DEEMED})(?: as)? (?:a |an )?(?<c>${CAT}) by (?:the )?(?<by>{L})`,
  'gd',
);
/** "OFAC is designating Sa'id al-Jamal, an Iran-based financier, ..." (a sanctions listing, no category named). */
/** A time phrase between a subject and its verb: "OFAC on Tuesday designated". */
const WHEN_BETWEEN = `on [A-Z][a-z]+(?: \\d{1,2})?,?|in [A-Z][a-z]+(?: \\d{4})?,?|last (?:week|month|year)|this (?:week|month|year)`;
const BARE = pattern(
  `(?<by>{E}) (?:(?:is|are|has|have|had|today|also|previously|${WHEN_BETWEEN}) )*(?<v>designating|designated|designates) (?:the )?(?<x>{L})(?![,]? (?:and )?(?:the )?⟦)(?=[,.;]| pursuant| under| for\\b| (?:last|this) (?:year|month|week) (?:under|pursuant|for)\\b| (?:on|in) [A-Z][a-z]+(?: \\d{1,2})?,? \\d{4},? (?:pursuant|under)\\b| in (?:[A-Z][a-z]+ )?\\d{4} for (?:being|having|acting|its|their|his|her|providing|supporting|assisting|materially)\\b| and (?:\\w+ ){0,3}(?:companies|entities|individuals|vessels|firms)| today)`,
  'gd',
);
/**
 * A participle aside on the designee, or one that opens the sentence before it: "X, listed as a terrorist group by A,
 * B and C,"; "X, designated by the US as an FTO in 2021,"; "Designated a terrorist group by Y in 2019, X has ...".
 */
const WHEN_IN = `(?: (?:in|on|since) [^,;⟦]{3,25}?)?`;
const PARTICIPIAL = pattern(
  `(?<x>{L})(?: \\([^()]{1,40}\\))?, (?:(?:also|formally|officially|previously|first|long|itself) )*(?<v>${LISTED_OR_BANNED}|${DEEMED})(?:(?: as)? (?:a |an )?(?<c>${CAT})${WHEN_IN} by (?:the )?(?<by>{L})| by (?:the )?(?<by2>{L})(?: as)? (?:a |an )?(?<c2>${CAT}))`,
  'gd',
);
/** "X, banned in India since 2009,", "X, proscribed under the Terrorism Act in 2001,": a ban told in an aside. */
const BANNED_ASIDE = pattern(
  `(?<x>{L})(?: \\([^()]{1,40}\\))?, (?:(?:also|formally|officially|long|first) )*(?<v>${BANNED}) (?:in (?:the )?(?<in>{E})|under (?:the )?(?<act>${STATUTE}))(?=[,.;]| (?:in|on|since) )`,
  'gd',
);
const CAPITALIZED = [LISTED_OR_BANNED, DEEMED].join('|').split('|').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|');
const FRONTED = pattern(
  `^\\W*(?:(?:First|Formally|Officially|Previously|Long) )?(?<v>${CAPITALIZED})(?: as)? (?:a |an )?(?<c>${CAT})${WHEN_IN} by (?:the )?(?<by>{L})${WHEN_IN}, (?:the )?(?<x>{E})`,
  'gd',
);
/** "Hamas, which the United States lists as a Foreign Terrorist Organization". */
const RELATIVE = pattern(
  `(?<x>{L}|{PRO}){Q},? (?:which|whom|that) (?:the )?(?<by>{L}) (?:(?:has|had|have|also|formally|officially|long) )*(?<v>${VERB}|considers|considered|regards|regarded) (?:as |to be )?(?:(?:a|an) )?(?<c>${CAT})\\b`,
  'gd',
);
/**
 * "A and B are being designated (by X) (as FTOs) (pursuant to E.O. 14024)"; "X, which was designated a terrorist
 * organization by the United States in 2010"; "... as an FTO and an SDGT".
 */
const PASSIVE = pattern(
  `(?<x>{L}|{ANA}|{PRO})${ITS_UNIT}${APPOSITIVES}(?:,? (?:which|who|that)|${CLOSED_APPOSITION})? (?:is|are|was|were|${PERFECT}|remains?) (?:(?:also|being|previously|formally|officially|now|today|still|itself|themselves|first|later|initially|subsequently) )*(?<v>${LISTED})(?: by (?:the )?(?<by>{L}))?(?: (?:as |to be )?(?:a |an )?(?<c>${CAT})${SECOND})?(?:,? (?:together|along) with (?:the )?(?<x3>{L}),?)?(?: by (?:the )?(?<by2>{L})| in (?:the )?(?<in>{E}))?(?: (?:today|also|again|previously))?(?: (?:pursuant to|under) (?<eo>${EO}))?(?:${DATED}?(?= for\\b| today\\b|[.;])(?<bare>)|)`,
  'gd',
);
/**
 * The sentence's subject, past a first predicate: "X was founded in 1982 ... and is designated a terrorist
 * organisation by Y"; "X, which was known until 2022 as Z, is a branch of W and was itself designated by Y as an FTO".
 */
const SUBJECT_PASSIVE = pattern(
  `^\\W*(?:[Tt]he )?(?<x>{E})(?:(?!\\b(?:said|says|told|that|who|whom)\\b)[^.;]){0,200}? (?:and|but) (?:is|are|was|were|${PERFECT}|remains?) (?:(?:also|itself|themselves|later|formally|officially|previously|still|now) )*(?<v>designated|listed)(?: by (?:the )?(?<by>{L}))? (?:as |to be )?(?:a |an )?(?<c>${CAT})\\b(?: by (?:the )?(?<by2>{L}))?`,
  'gd',
);
/** "also designating two of the group's leaders, A and B, as SDGTs": the persons named, not the group. */
const MEMBERS = pattern(
  `(?:(?<by>{E}) {GAP})?(?<v>designating|designated|designates) (?:(?:[\\w-]+(?:'s)?|⟦\\d+⟧(?:'s)?) ){0,5}?(?:leaders|members|commanders|deputies|officials|financiers|operatives|founders|figures|associates|individuals|entities|companies|sons|brothers), (?:including |namely )?(?:(?<x>{L})|(?<y>⟦\\d+⟧(?: \\(⟦\\d+⟧\\))?, [^;]*?)),? as (?:a |an )?(?<c>${CAT})${SECOND}`,
  'gd',
);
/** "designating A, a Beirut-based financier, and B, his brother, as SDGTs": the names that open the items. */
const ENUMERATION_AS = pattern(
  `(?:(?<by>{E}) {GAP})?(?<v>designating|designated|designates|designate) (?<y>⟦\\d+⟧(?: \\(⟦\\d+⟧\\))?, [^;]*?),? as (?:a |an )?(?<c>${CAT})${SECOND}`,
  'gd',
);
/** "X, whom OFAC designated in June 2021": an earlier listing with no category named ("which the US sanctioned" is a sanction only). */
const RELATIVE_BARE = pattern(
  `(?<x>{L}){Q}(?:, (?:a|an|the) [^,;.]{0,60}?)?,? (?:which|whom|who|that) (?:the )?(?<by>{E}) (?:(?:has|had|have|also|previously|later) )*(?<v>designated|blacklisted)(?! as\\b)(?=[ ,.;])`,
  'gd',
);
/** The words naming a list before its head: "its Haiti", "its ISIL (Da'esh) and ⟦Al-Qaida⟧", "the U.S.". */
const LIST_WORDS = `(?:(?:[\\w.'-]+|⟦\\d+⟧|\\([^()]{1,25}\\)) ){0,5}?`;
/** "The European Union added X to its sanctions list in January 2022". */
const ADDED_TO_LIST = pattern(
  `(?<by>{L}) {GAP}(?<v>${ADDING}|(?<=to (?:also )?)add) (?:the )?(?:(?<x>{L}|{ANA}|it|them|{PRO})|(?<he>him|her)) (?:to|on|in) (?:(?:its|their|the) )?${LIST_WORDS}(?:sanctions list|sanctions blacklist|blacklist|SDN List)`,
  'gd',
);
/**
 * A list that names its category: "list of (designated) Foreign Terrorist Organizations", "national registry of
 * terrorist organisations", "terrorist list", "terror blacklist".
 */
const NAMED_LIST = `(?:(?:list|registry|register|roster) of (?:(?:designated|banned|proscribed|listed) )?(?<c>${CAT})|(?<c2>${CAT}) (?:list|blacklist)\\b|(?<ct>terror(?:ism|ist)?) (?:list|blacklist)\\b)`;
/** "X was added to the U.S. list of Foreign Terrorist Organizations in 1997"; "X has been on the list of ... since 1997". */
const ADDED_PASSIVE = pattern(
  `(?<x>{L}|{PRO}){APPOS} (?:(?:is|are|was|were|${PERFECT}) (?:(?:also|formally|officially|later) )*(?<v>${ADDED}) (?:to|on|in)|(?:is|are|has been|have been|remains?) (?:still )?on) (?:the )?(?:(?<by>{E})(?:'s)? )?(?:[\\w-]+ )?${NAMED_LIST}`,
  'gd',
);
/** "Canada added the group to its list of terrorist entities": a listing under the category the list names. */
const ADDED_TO_CATEGORY_LIST = pattern(
  `(?<by>{L}) {GAP}(?<v>${ADDING}|(?<=to (?:also )?)add) (?:the )?(?<x>{L}|{ANA}|it|them|{PRO}) (?:to|on|in) (?:(?:its|their|the) )?${LIST_WORDS}${NAMED_LIST}`,
  'gd',
);
/**
 * "The United Kingdom proscribed the group in 2006, and Pakistan banned it the same year": a listing with no category
 * named; the verb says what list it is ("proscribed as a terrorist group" belongs to ACTIVE).
 */
const OUTLAWED = pattern(
  `(?<by>{E})(?:,? (?:which|that))? (?:(?:has|have|had|also|formally|officially|previously|later|${WHEN_BETWEEN}) )*(?<v>${BANNED}) (?:the )?(?<x>{L}|{ANA}|{PRO}|it|them)(?=[,.;]| (?:in|on|since|under|last|this|the same|as well|and|after|over|for)\\b)(?! for (?:life|\\d))`,
  'gd',
);
/**
 * "The group was proscribed by the United Kingdom in 2021", "was banned as a terrorist group by X", "has been banned
 * in X as a terrorist organisation since 2012", "remains banned in X and Y".
 */
const OUTLAWED_PASSIVE = pattern(
  `(?<x>{L}|{PRO}){APPOS}(?:,? (?:which|who|that))? (?:is|are|was|were|${PERFECT}|remains?) (?:(?:also|formally|officially|previously|later|itself|still) )*(?<v>${BANNED})(?: as (?:a |an )?(?<c>${CAT}))? (?:by (?:the )?(?<by>{L})|in (?:the )?(?<in>{L}))(?: as (?:a |an )?(?<c2>${CAT}))?`,
  'gd',
);
/**
 * "X is a proscribed organisation in the United Kingdom", "X, a banned group under Pakistani law,": a ban told as a
 * state, with no category named; the country the ban holds in is its designator.
 */
const BANNED_STATE = pattern(
  `(?<x>{L}){Q}(?:{SEP}(?:(?:which|who) (?:is|are) )?|(?: (?:is|are|was|were|remains?|has been|have been)) (?:(?:still|also|now|long) )*)(?:a |an )(?:(?<by>{E})-)?(?<v>${BANNED}) (?:[a-z]+ )?(?:organi[sz]ations?|groups?|part(?:y|ies)|movements?|outfits?)\\b(?! (?:of|for|from|to)\\b)(?: (?:in|by|under) (?:the )?(?<by2>{E})(?: law)?)?`,
  'gd',
);
/**
 * "The Home Secretary has today laid an order before Parliament to proscribe X (and Y)": a proscription told as the
 * order that makes it; the release's voice proscribes.
 */
const PROSCRIPTION_ORDER = pattern(
  `(?:(?<by>{E}) (?:(?:has|have|had|today|also|formally) )*)?\\b(?:laid|lays|laying|tabled|made|signed) (?:an? |the )?(?:draft )?(?:proscription )?order (?:(?:before|in) (?:the )?(?:⟦\\d+⟧|Parliament) |today )*to (?<v>proscribe|ban|outlaw) (?:the )?(?<x>{L})`,
  'gd',
);
/**
 * "X, a jihadist group ..., is to be proscribed under the Terrorism Act 2000, the Home Office announced today": the
 * release's announced act, by the body that announces it.
 */
const TO_BE_LISTED = pattern(
  `(?<x>{L}){APPOS} (?:is|are) (?:also )?to be (?<v>proscribed|banned|outlawed|designated|listed)\\b(?: as (?:a |an )?(?<c>${CAT}))?[^.;⟦]{0,60}?, (?:the )?(?<by>{E}) (?:announced|said|confirmed|declared)(?= today\\b)`,
  'gd',
);
/** "The two entities listed are A itself and B, a haulage firm", "The listed persons are A, B and C": a release's parties. */
const LISTED_ARE = pattern(
  `\\b[Tt]he (?:(?:[\\w-]+ )?(?:individuals|entities|persons|people|companies|groups|organi[sz]ations|firms) (?<v>listed|designated|sanctioned)(?: today)?|(?:newly )?(?<v2>listed|designated|sanctioned) (?:individuals|entities|persons|people|companies|groups|organi[sz]ations|firms)) (?:are|were|include) (?<y>(?:the )?⟦\\d+⟧[^.;]*)`,
  'gd',
);
/**
 * "The two gang leaders, A and B, are being designated pursuant to E.O. 13224": a counted description, the names
 * apposed to it, then the passive act.
 */
const APPOSED_PASSIVE = pattern(
  `\\b[Tt]h(?:e|ese|ose) (?:{NUM} )?(?:[\\w-]+ ){0,3}?[a-z]+s, (?<y>⟦\\d+⟧(?:[^;,]|,(?= and| ⟦))*?),? (?:is|are|was|were) (?:(?:also|being|today|now) )*(?<v>designated|listed)\\b`,
  'gd',
);
/**
 * "the Security Council Committee added the following entry to its sanctions list: X": a committee's entries named
 * after the colon (a list of bullets after it is read by the sanctions family).
 */
const FOLLOWING_ENTRY = pattern(
  `(?<by>{E}) {GAP}(?:(?<v>added|adds|adding|approved the addition of|approves the addition of)) the following (?:entry|entries|individuals?|entit(?:y|ies)|persons?|names?)(?: specified below)? (?:to|on) (?:the |its )?${LIST_WORDS}(?:sanctions list|list)[^:]{0,60}: (?:the )?(?<x>{L})`,
  'gd',
);
/**
 * "The Committee added the Orla Front, an armed group active in the Sahel, to the list": a list the article names
 * elsewhere (it speaks of sanctions), the designee with its apposition.
 */
const ADDED_TO_THE_LIST = pattern(
  `(?<by>{E}) {GAP}(?<v>${ADDING}) (?:the )?(?<x>{L})(?:, [^,;⟦]{1,80}(?:⟦\\d+⟧[^,;⟦]{0,40})?,)? to (?:the|its|that) (?:sanctions )?list\\b`,
  'gd',
);
/** A category for the verb of OUTLAWED. */
const OUTLAWED_CATEGORY: Record<string, string> = { proscribed: 'proscribed organization', banned: 'banned organization', outlawed: 'banned organization' };

/** "OFAC previously sanctioned X under the Foreign Narcotics Kingpin Designation Act": a listing under a statute. */
const UNDER_STATUTE = pattern(
  `(?<by>{E}) (?:(?:has|have|had|also|previously|formally|today) )*(?<v>sanctioned|designated|blacklisted|listed|banned|proscribed) (?:the )?(?<x>{L}) (?:under|pursuant to) (?<act>(?:the )?${STATUTE})`,
  'gd',
);
/** "OFAC also designated A, formerly known as B, a ..., and C, a ...": the names that open the items. */
const ENUMERATION = pattern(
  `(?<by>{E}) (?:(?:is|are|has|have|had|today|also|previously|${WHEN_BETWEEN}) )*(?<v>designating|designated|designates) (?<y>⟦\\d+⟧(?: \\(⟦\\d+⟧\\))?, [^;]*)`,
  'gd',
);
/** "Among those designated today is Brig. Gen. X": the release's own listing. */
const AMONG = pattern(
  `\\b[Aa]mong (?:those|the (?:individuals|entities|persons|people|companies)) (?<v>designated)(?: today)? (?:is|are|was|were) ${TITLED}(?<x>{L})`,
  'gd',
);
/**
 * A listing told with "list" alone, where the article speaks of sanctions: "the Council (also) listed X", "decided to
 * list X", "X, a company based in Y, is also listed, together with its owner, Z". The list is the sanctions list.
 */
const LISTING_ACTIVE = pattern(
  `(?<by>{E}) (?:(?:has|have|had|also|today|formally|${WHEN_BETWEEN}) )*(?:(?:decided|agreed|voted|moved) to (?:also )?)?(?<v>listed|list)(?! (?:on|against|to|as|by|of)\\b) (?:the )?(?:(?:its|their|his|her) (?:[a-z-]+ ){0,2}?[a-z-]+, )?(?<x>{L})(?! (?:as|on|in the)\\b)(?:(?:, (?:an?|the) [^,;]{1,60})?,? (?:and|as well as) (?:its|their|his|her) (?:[a-z-]+ ){0,2}?[a-z-]+, (?<x4>{L})(?=[,.;]))?`,
  'gd',
);
const LISTING_AMONG = pattern(
  `\\b[Aa]mong (?:those|the (?:individuals|entities|persons|people|companies)) (?<v>listed)(?: today)? (?:is|are|was|were) (?:the )?${TITLED}(?<x>{L})`,
  'gd',
);
const LISTING_PASSIVE = pattern(
  `(?<x>{L}){APPOS} (?:is|are) (?:also )?(?<v>listed)\\b(?! as| by| on| at| in the| under)(?:,? (?:together|along) with (?:(?:its|their|his|her) (?:[a-z-]+ ){0,3}?[a-z-]+,? )?(?<x3>{L}))?`,
  'gd',
);
const LISTING_WORD = /\blist(?:ed)?\b/;

/**
 * "X has been on the UN Security Council's ISIL (Da'esh) and Al-Qaida sanctions list since 2013": a listing that
 * stands, dated only by the time that closes it.
 */
const ON_SANCTIONS_LIST = pattern(
  `(?<x>{L}|{PRO}){APPOS}(?:,? (?:which|who|that))? (?:is|are|has been|have been|had been|remains?) (?:(?:also|still|long) )*(?<v>on) (?:the )?(?:(?<by>{E})'s? )?${LIST_WORDS}(?:sanctions list|sanctions blacklist|SDN List)`,
  'gd',
);
/** "JNIM itself was added to that list in 2018": the list the sentence named before, with its owner. */
export const THAT_LIST = pattern(
  `(?<x>{L}|{PRO})(?: itself| themselves)? (?:was|were|has been|have been|had been) (?:(?:also|later|then|subsequently|itself) )*(?<v>${ADDED}) (?:to|on) (?:that|the same) (?:sanctions )?list`,
  'gd',
);
/** A sanctions list named with its owner: "the UN Security Council's ISIL (Da'esh) and Al-Qaida sanctions list". */
const OWNED_LIST = pattern(`(?<by>{E})'s? ${LIST_WORDS}(?:sanctions list|sanctions blacklist|SDN List)`, 'gd');

/** The bodies that own the last sanctions list a sentence names before `before` ("that list" points back to it). */
export function listOwner(ctx: RelationContext, view: SentenceView, before: number): string[] {
  let last: RegExpMatchArray | undefined;
  for (const m of matchesOf(OWNED_LIST, view.masked.slice(0, before))) last = m;
  return last ? bodiesOf(ctx, view, last.groups?.['by'], groupStart(last, 'by')) : [];
}

/** "the Department's designation of Ansarallah, commonly referred to as the Houthis, as a Foreign Terrorist Organization". */
const NOMINAL = pattern(
  `(?:(?<by>{E})'s )?(?<v>designation)s? of (?:the )?(?<x>{L})(?:, [^,⟦]{0,40}?(?:as|known as|called) (?:the )?{E},)? as (?:a |an )?(?<c>${CAT})(?: by (?:the )?(?<by2>{E}))?`,
  'gd',
);
/**
 * "the Foreign Terrorist Organization (FTO) and SDGT designations of the ⟦X⟧": a standing designation named by its
 * category before the noun ("has amended the FTO designation of X to add an alias"); "revoked the designation of"
 * states none.
 */
const NOMINAL_BEFORE = pattern(
  `(?:(?<by2>{E}) (?:(?:has|have|had|also|today) )*(?:amended|amends|amending|renewed|renews|extended|extends|updated|updates|upheld|maintained) (?:the |its )?)?(?:(?<by>{E})'s )?(?<c>${CAT})(?: \\([A-Z]{2,6}\\))?(?:,? and (?<c3>${CAT})(?: \\([A-Z]{2,6}\\))?)? (?<v>designations?) of (?:the )?(?<x>{L})`,
  'gd',
);
/** "US-designated terrorist group Hezbollah"; "designated terrorist organization Hamas". */
const PREMODIFIER = pattern(`(?:(?<by>{E})-)?designated (?<c>${CAT}) (?<x>{L})`, 'gd');

const NAMED_CATEGORY = new RegExp(CAT);
const EXECUTIVE_ORDER = new RegExp(EO);

const REVOKED = /\b(?:revok|rescind|lift|remov|cancel|withdr[ae]w|revers|delist|end(?:ed|s|ing)?\b)\w*\s+(?:[\w'⟦⟧-]+\s+){0,3}$/i;
const PRESENT_ADVERBS = /\b(?:is|are)(?: (?:also|today|now|hereby|formally|officially|further))+ (?:being )?$/;

/** A present progressive passive right before a verb: "are being", "is also being". */
const ONGOING = /\b(?:is|are) (?:(?:also|today|now) )*being $/;
/** A present perfect right before a verb: "has listed", "have also designated". */
const PRESENT_PERFECT = /\b(?:has|have) (?:(?:also|today|now|formally|officially) )*(?:been )?$/;
/**
 * A sentence that opens on "Today," (past a dateline) or tells an announcement today ("The Minister announced today
 * that"): what it tells in the present perfect is the day's act.
 */
const TODAY_OPENING = /^[^a-z]{0,60}?\bToday,? |\b(?:today (?:announced|confirmed)|(?:announced|confirmed) today)\b/;

/**
 * "The Department is also designating X", "are today being designated", "Today, the Minister announced that the
 * Government has listed X": the publication day.
 */
function presentAct(ctx: RelationContext, masked: string, at: number): When | undefined {
  const published = ctx.doc.article.published;
  const before = masked.slice(Math.max(0, at - 40), at);
  // (not a listing standing "since" a time)
  const today = PRESENT_ADVERBS.test(before) || (PRESENT_PERFECT.test(before) && TODAY_OPENING.test(masked) && !/\bsince\b/.test(masked.slice(at)));
  return published && today ? { value: published, precision: 'day' } : undefined;
}

/** The category an article's listings name: "listed (X) as a terrorist organisation", first told; per document. */
const LISTED_AS = new RegExp(`\\blisted (?:[^.;]{0,80}? )?as (?:a |an )?(${CAT})`);
const articleCategories = new WeakMap<object, string | null>();
function articleListingCategory(ctx: RelationContext): string | undefined {
  let known = articleCategories.get(ctx.doc);
  if (known === undefined) {
    const m = LISTED_AS.exec(ctx.doc.text);
    known = m ? (relationLexicon.categoryLabel(m[1]!) ?? null) : null;
    articleCategories.set(ctx.doc, known);
  }
  return known ?? undefined;
}

/** The category of a listing that names none: the executive order the sentence or else the release cites. */
function listingCategory(ctx: RelationContext, words: string): string {
  const eo = EXECUTIVE_ORDER.exec(words) ?? EXECUTIVE_ORDER.exec(ctx.doc.text);
  return eo ? `designated under executive order ${eo[1]!}` : 'sanctions designation';
}

/**
 * The time of the act a match states: that of the verb's clause, unless that time stands in an appositive between the
 * designee and the verb ("X, which has fought since 1991, is listed as ..."); then the first time after the verb.
 */
function timeOfAct(ctx: RelationContext, view: SentenceView, m: RegExpMatchArray, at: number): When | undefined {
  // "designated X a terrorist organization in December 2020": a time that closes the act's own words is its time
  const end = view.docOffset((m.index ?? 0) + m[0].length);
  const closing = closingTime(ctx, view, m);
  if (closing) return closing;
  const when = timeOfClause(ctx.doc, view, at);
  // "listed X, a force set up in late 2023": a time in an aside after the designee dates the aside
  const time = when && timesIn(ctx.doc, view.sentence).find((t) => t.when === when);
  // "designated it an FTO in February 2025, a decade after the Treasury had labeled it a TCO": a pluperfect act is
  // earlier than the time its sentence gives before it
  if (time && time.start < view.docOffset(at) && PLUPERFECT.test(view.masked.slice(Math.max(0, at - 30), at))) return undefined;
  if (time && time.start >= end && insideAside(ctx.doc.text.slice(end, time.start))) return undefined;
  const x = m.indices?.groups?.['x'];
  if (!when || !x) return when;
  const gap = [view.docOffset(x[1]), view.docOffset(at)] as const;
  const times = timesIn(ctx.doc, view.sentence);
  if (!times.some((t) => t.when === when && t.start >= gap[0] && t.end <= gap[1])) return when;
  return times.find((t) => t.start >= gap[1] && t.start <= view.docOffset((m.index ?? 0) + m[0].length) + 20)?.when;
}

/** A time right after a match's words ("... in December 2020"): the act's own. */
function closingTime(ctx: RelationContext, view: SentenceView, m: RegExpMatchArray): When | undefined {
  const end = view.docOffset((m.index ?? 0) + m[0].length);
  return timesIn(ctx.doc, view.sentence).find((t) => t.start >= end && /^,? (?:in|on|since)? ?$/.test(ctx.doc.text.slice(end, t.start)))?.when;
}

/** A body announcing the clause after it: "the Government of Canada announced today that". */
const ANNOUNCED_THAT = /(⟦\d+⟧)(?: \(⟦\d+⟧\))? (?:(?:has|have|today|also) )*(?:announced|confirmed)(?: today)? that (?:the )?$/;
/** An instrument enacted, its participle after it: "approved a law classifying", "passed a bill designating". */
const INSTRUMENT = /\b(?:approved|passed|adopted|enacted|signed|issued|published|endorsed|ratified|voted for|voted through) (?:a |an |the |its )?(?:[a-z-]+ ){0,2}?(?:law|bill|decree|resolution|ordinance|order|act|measure|legislation|amendment)s?(?: (?:in|on|last|this) [\w ]{3,20}?)? $/;
/** A country's body the mention stage left unnamed, opening the clause: "Paraguay's Congress", "Peru's Supreme Court". */
const COUNTRY_BODY = /(?:^|[,;] )(?:the )?(⟦\d+⟧)'s? [A-Z][a-z]+(?: (?:of )?[A-Z][a-z]+){0,3} (?:[a-z]+ ){0,3}$/;
/** The rules whose verb is active, its designator the subject before it. */
const ACTIVE_RULES = new Set(['designation:active', 'designation:bare', 'designation:members', 'designation:enumeration', 'designation:added-to-list', 'designation:added-to-category-list', 'designation:outlawed']);
/** A verb coordinated with an earlier one, its subject left out: "..., and designated", "and later listed". */
const COORDINATED_VERB = /(?:,? and|;) (?:(?:also|later|then|subsequently|has|have|had) )*$/;
/** The first listing verb of a sentence, in its own group. */
const FIRST_VERB = new RegExp(`^[^;]*?\\b(${VERB})\\b`);
/** A pluperfect auxiliary right before a verb: "had labeled", "had already designated". */
const PLUPERFECT = /\bhad (?:(?:already|previously|long|first|also) )?$/;
/** What opens an apposition or relative clause after a designee. */
const ASIDE_OPENING = /^,? (?:an?|the|which|who|whose|set up|founded|formed|created|established)\b/;
/** Whether words after the act's match open an aside that is still open where they end (no comma has closed it). */
const insideAside = (between: string): boolean => ASIDE_OPENING.test(between) && !/^,[^,]*,/.test(between);

function label(text: string | undefined, eo: string | undefined): string | undefined {
  if (text) return relationLexicon.categoryLabel(text);
  const number = eo === undefined ? undefined : EXECUTIVE_ORDER.exec(eo)?.[1];
  if (number) return `designated under executive order ${number}`;
  return undefined;
}

/**
 * "designated the A/B an FTO in 2002, and X declared both groups terrorist organizations": "both" is the last two
 * bodies its own sentence names before it, when there are two; else the earlier sentences' list reads it.
 */
function both(view: SentenceView, text: string | undefined, at: number, ctx?: RelationContext): string[] | undefined {
  if (!text || !/^(?:both|the two)\b/i.test(text)) return undefined;
  const before = view.slots.filter((s) => isBody(s) && s.cls !== 'Country' && view.masked.indexOf(`⟦${s.index}⟧`) < at);
  const keys = [...new Set(before.map((s) => s.entity))];
  if (keys.length >= 2) return keys.slice(-2);
  // "Hasm and Liwa al-Thawra have shared fighters. The United States designated both groups ...": the two groups the
  // sentence before names, when it names exactly two (an older list read for "these groups" may be stale)
  return ctx && GROUP_NOUN.test(text) ? twoGroupsBefore(ctx, view) : undefined;
}

/** An earlier plural designee of the same sentence: "designated both groups ..., and the UK proscribed them". */
const PLURAL_BEFORE = /\b(?:both|the two|these|those) (?:[a-z]+ )?(?:groups|organi[sz]ations|militias|movements|factions|outfits|entities)\b/g;

/** The groups "them" stands for where an earlier clause of its sentence named them by a plural description. */
function pluralThem(ctx: RelationContext, view: SentenceView, text: string | undefined, at: number): string[] | undefined {
  if (text !== 'them') return undefined;
  let last: RegExpMatchArray | undefined;
  for (const m of matchesOf(PLURAL_BEFORE, view.masked.slice(0, at))) last = m;
  return last ? both(view, last[0], last.index ?? 0, ctx) : undefined;
}

/** A sentence that opens on a name, and a second clause joined by ", and", ", but" or ";" that holds `at`. */
const OPENING_NAME = /^\W*(?:[Tt]he )?⟦(\d+)⟧/;
const SECOND_CLAUSE = /(?:, (?:and|but|while)|;) /;

/**
 * The subject a pronoun in a second clause stands for: "The CPI (Maoist) was formed through the merger of A and B,
 * and New Delhi banned it" — the sentence's opening name, not the last name of the first clause's object.
 */
function openingSubject(ctx: RelationContext, view: SentenceView, at: number, fits: (x: Classed) => boolean): string | undefined {
  const open = OPENING_NAME.exec(view.masked);
  if (!open || !SECOND_CLAUSE.test(view.masked.slice(open.index + open[0].length, at))) return undefined;
  const slot = view.slots[Number(open[1])];
  return slot && fits(slot) ? slot.entity : undefined;
}

/**
 * The person "him" or "her" stands for: where the pronoun is in a second clause, the first person of the first
 * ("OFAC designated X for his role in the Y massacre, and the Council added him to its list"), else the nearest.
 */
export function heldPerson(ctx: RelationContext, view: SentenceView, at: number): string | undefined {
  const clause = SECOND_CLAUSE.exec(view.masked.slice(0, at));
  if (!clause) return personAntecedent(ctx, view, at);
  // the first clause's first person (its subject or object), not one named in its adjuncts ("for his role in ...")
  const first = view.slots.find((slot) => slot.cls === 'Person' && view.masked.indexOf(`⟦${slot.index}⟧`) < clause.index);
  return first?.entity ?? personAntecedent(ctx, view, at);
}

function facts(
  ctx: RelationContext,
  view: SentenceView,
  m: RegExpMatchArray,
  rule: string,
  confidence: number,
  dated: boolean,
  given?: string,
  designeeText?: string,
  fits: (x: Classed) => boolean = isActor,
): Candidate[] {
  const g = m.groups ?? {};
  // "A and B were designated for ...": with no category, a release that cites an order lists under it
  const listed = g['bare'] !== undefined && g['v'] === 'designated' && EXECUTIVE_ORDER.test(ctx.doc.text) ? listingCategory(ctx, '') : undefined;
  // "X was first listed in Australia in 2019" in an article that tells what its listings are ("listed ... as a
  // terrorist organisation"): that category
  const inherited = rule === 'designation:passive' && g['v'] === 'listed' && (g['in'] || g['by'] || g['by2']) ? articleListingCategory(ctx) : undefined;
  const category = given ?? label(g['c'] ?? g['c2'] ?? (g['ct'] ? 'terrorist' : undefined), g['eo']) ?? listed ?? inherited;
  if (!category) return [];
  const at = groupStart(m, 'v');
  if (g['v'] && (deniedOrHypothetical(view.masked, at) || demandedAct(view.masked, at) || undecided(view.masked, at))) return [];
  // "revoked the designation of X as an FTO" ends a designation; it states none
  if (REVOKED.test(view.masked.slice(Math.max(0, at - 40), at))) return [];
  // "though Y listed it": a pronoun object of the designator's verb stands for someone else
  const by = new Set(bodiesOf(ctx, view, g['by'] ?? g['by2'], groupStart(m, g['by'] ? 'by' : 'by2')));
  const other = (c: Classed): boolean => fits(c) && !by.has((c as { entity?: string }).entity ?? (c as { key?: string }).key ?? '');
  // "the Trump administration designated it ... after the Treasury had labeled it": "it" is no listing body
  const referred = designeeText === undefined && isPronoun(g['x']) ? referredDesignee(ctx, [...by], other) : other;
  const opener = referred !== other ? openingSubject(ctx, view, groupStart(m, 'x'), referred) : undefined;
  const designees = (both(view, g['x'], groupStart(m, 'x'), ctx) ?? pluralThem(ctx, view, g['x'], groupStart(m, 'x')) ?? (opener ? [opener] : undefined) ?? entitiesOf(ctx, view, designeeText ?? g['x'], groupStart(m, designeeText ? 'y' : 'x'), referred)).filter((k) => named(ctx, k));
  // "the CPP/NPA": each name the slash joins
  for (const slot of g['xs'] ? matchesOf(/⟦\d+⟧/g, g['xs']) : []) designees.push(...entitiesOf(ctx, view, slot[0], groupStart(m, 'xs'), isActor));
  // "X, which was designated as an FTO, together with Y"
  designees.push(...entitiesOf(ctx, view, g['x3'], groupStart(m, 'x3'), isActor));
  designees.push(...entitiesOf(ctx, view, g['x4'], groupStart(m, 'x4'), isActor));
  // "The Security Council added him to its sanctions list": the person the sentence or the one before names
  const person = g['he'] ? heldPerson(ctx, view, groupStart(m, 'he')) : undefined;
  if (person && !by.has(person)) designees.push(person);
  // "listed as a terrorist organisation by A, B and C": each of them designates
  const designators = bodiesOf(ctx, view, g['by'] ?? g['by2'], at);
  // "The Department of State designated A as an FTO in 2011, and designated B as an SDGT in 2015": a coordinated
  // active verb shares its sentence's subject
  if (designators.length === 0 && ACTIVE_RULES.has(rule) && COORDINATED_VERB.test(view.masked.slice(Math.max(0, at - 20), at))) {
    const own = subjectOf(view, at, ctx, isBodyOrCapital);
    // (else the subject of the first clause's own listing verb)
    const first = own.length > 0 ? undefined : FIRST_VERB.exec(view.masked.slice(0, at));
    const shared = first ? subjectOf(view, first.index + first[0].length - (first[1]?.length ?? 0), ctx, isBodyOrCapital) : own;
    designators.push(...shared.filter((k) => !designees.includes(k)));
  }
  // "Congress last year approved a law classifying A, B and C as terrorist organizations": who enacts the instrument
  // lists
  const instrument = designators.length === 0 && /ing$/.test(g['v'] ?? '') ? INSTRUMENT.exec(view.masked.slice(Math.max(0, at - 80), at)) : null;
  if (instrument) {
    const gov = Math.max(0, at - 80) + instrument.index + (instrument[0].length - instrument[0].trimStart().length);
    const subject = subjectOf(view, gov, ctx, isBodyOrCapital);
    // (else the country whose unnamed body enacts it: Paraguay for "Paraguay's Congress")
    const country = subject.length > 0 ? undefined : COUNTRY_BODY.exec(view.masked.slice(0, gov));
    const bodies = country ? entitiesOf(ctx, view, country[1], country.index, (x) => x.cls === 'Country') : subject.map((k) => capitalAsCountry(ctx, k));
    designators.push(...bodies.filter((k) => !designees.includes(k)));
  }
  // "The Government of Canada announced today that X has been listed as ...": the announcing body lists
  const announcer = designators.length === 0 ? ANNOUNCED_THAT.exec(view.masked.slice(0, groupStart(m, 'x'))) : null;
  if (announcer) designators.push(...bodiesOf(ctx, view, announcer[1], announcer.index).filter((k) => !designees.includes(k)));
  // "is outlawed in Turkey", "was designated a terrorist group in Britain": the country the listing holds in lists
  if (designators.length === 0 && g['in']) designators.push(...entitiesOf(ctx, view, g['in'], groupStart(m, 'in'), (x) => x.cls === 'Country'));
  // an earlier act is dated only by its own words, never by the day of publication
  // "is listed as" tells a standing state, not today's act, unless "being" listed
  // (so is a bare "is designated ... by", where no order, "today" or "being" makes it the release's act)
  const being = /\bbeing $/.test(view.masked.slice(Math.max(0, at - 7), at));
  // (a release's "the Council listed X", "X is also listed" is its own act)
  // ("Today, ... has listed", "announced today that X has been listed" is the day's act)
  const announced = presentAct(ctx, view.masked, at) !== undefined;
  const standing =
    (/^(?:listed|blacklisted)$/.test(g['v'] ?? '') && !being && !announced && rule !== 'designation:listing') ||
    (g['v'] === 'designated' && /\b(?:is|are) $/.test(view.masked.slice(Math.max(0, at - 5), at)) && !g['eo'] && !/\btoday\b/.test(m[0]));
  // the words up to the verb, not an appositive after it ("A, formerly known as B")
  const upToVerb = g['v'] ? m[0].slice(0, at - (m.index ?? 0)) : m[0];
  const previously = standing || /\b(?:previously|earlier|formerly|already|had)\b/i.test(upToVerb);
  // "OFAC also designated X", "A and B were designated for ..." in a release that sanctions today: the same act
  const listing = (given !== undefined || listed !== undefined) && !previously ? ctx.sanctioningWhen : undefined;
  const now = previously ? undefined : (presentTime(ctx.doc, view.masked, at) ?? presentAct(ctx, view.masked, at));
  // a release's listing is dated by its own closing words or by the release's act, never by a time in an aside
  // "are being designated ..., which the Department designated on May 2, 2025": a present act is the release's,
  // never dated by a later clause's time
  const published = ctx.doc.article.published;
  const ongoing = !previously && published !== undefined && ONGOING.test(view.masked.slice(Math.max(0, at - 30), at));
  const today: When | undefined = ongoing && published ? { value: published, precision: 'day' } : undefined;
  const when = !dated ? undefined : rule === 'designation:listing' || ongoing ? (closingTime(ctx, view, m) ?? today ?? listing ?? now) : (timeOfAct(ctx, view, m, at) ?? now ?? listing);
  // "A and B are being designated pursuant to E.O. 13224" in a release that opened on today's act: its voice lists
  // them, not another body an earlier paragraph showed designating someone else
  const ofToday = when !== undefined && 'value' in when && when.value === published;
  if (designators.length === 0 && listing !== undefined && ofToday && ctx.sanctioningBody) designators.push(ctx.sanctioningBody);
  const second = given === undefined && g['c3'] ? relationLexicon.categoryLabel(g['c3']) : undefined;
  const categories = second && second !== category ? [category, second] : [category];
  const out: Candidate[] = [];
  for (const by of designators.length > 0 ? designators : [undefined]) {
    for (const designee of designees) {
      if (designee === by) continue;
      for (const c of categories) {
        const args = by ? { designee, designator: by } : { designee };
        out.push(candidate('designation', args, m, rule, confidence, { category: c, ...(when ? { when } : {}) }));
      }
    }
  }
  return out;
}

// A designation names its category or says "designated" (or cites an executive order): most sentences do neither,
// and the patterns, which may start at any word, are costly. Both tests are implied by the patterns they guard.
const DESIGNATION_WORD = /designat|Executive Order|E\.O\.| under the | pursuant to |sanctioned|blacklist|sanctions list|SDN List|\blist(?:ed)?\b/i;
// and one per pattern, for the words it cannot match without
const STATE_WORD = new RegExp(`\\b(?:${LISTED_OR_BANNED}) `);
const DESIGNATED_BY_WORD = new RegExp(`\\b(?:${LISTED}) (?:as such )?by\\b`);
const VERB_WORD = new RegExp(`\\b(?:${VERB})\\b`);
const CONSIDERED_WORD = new RegExp(`\\b(?:${DEEMED})\\b`);
const RELATIVE_WORD = /\b(?:which|whom|who|that)\b/;
const NAMED_LIST_WORD = new RegExp(`(?:list|registry|register|roster) of|(?:${CAT}|terror(?:ism|ist)?) (?:list|blacklist)\\b`);
const SUBJECT_WORD = / (?:and|but) (?:is|are|was|were|has|have|had|remains?)\b/;
const PASSIVE_WORD = new RegExp(`\\b(?:${LISTED})\\b`);
const BARE_RELATIVE_WORD = /\b(?:designated|blacklisted)\b/;
const STATUTE_WORD = /\b(?:under|pursuant to)\b[^.;]*\b(?:Act|Law|Ordinance|Decree|Regulations?|Statute)\b/;

const OUTLAWED_WORD = new RegExp(`\\b(?:${BANNED}) `);
/** A category right after a passive act: " as Foreign Terrorist Organizations". */
const CATEGORY_AFTER = new RegExp(`^ (?:by [^,;.]{1,40} )?(?:as |to be )?(?:a |an )?(${CAT})`);
/** An act announced today: what TO_BE_LISTED cannot match without. */
const TO_BE_WORD = /\bto be (?:proscribed|banned|outlawed|designated|listed)\b.*\btoday\b/;
/** An order to proscribe: what PROSCRIPTION_ORDER cannot match without. */
const ORDER_WORD = / order\b.*\bto (?:proscribe|ban|outlaw) /;
const BANNED_ASIDE_WORD = new RegExp(`, (?:\\w+ )?(?:${BANNED}) (?:in|under) `);
/** What a ban lists: groups and parties, not persons, companies, states or places (those are barred or embargoed). */
const OUTLAWABLE = new Set<string>(['ArmedGroup', 'Organization', 'MilitaryForce']);
const outlawable = (x: Classed): boolean => OUTLAWABLE.has(x.cls);

/**
 * Every designation a sentence states: read in the sentence, and again with its asides left out, so that a name and
 * its act are found across "X (KF), which claimed the attack near Y on Monday, was designated ...".
 */
export function extractDesignations(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out = designationsIn(view, ctx);
  const text = view.masked;
  const worded = NAMED_CATEGORY.test(text) || DESIGNATION_WORD.test(text) || OUTLAWED_WORD.test(text);
  const condensed = out.length === 0 && worded ? condensedView(view) : undefined;
  const found = condensed ? [...out, ...backTo(condensed, designationsIn(condensed, ctx))] : out;
  if (!worded) return found;
  // the clause reading adds what the patterns missed: a designee and category they did not read
  // (never a second reading of a trigger a pattern read for the same category, whose designee it may take otherwise)
  const read = new Set(found.map((c) => `${c.args['designee'] ?? ''}\u0000${c.category ?? ''}`));
  const same = (f: Candidate, c: Candidate): boolean => f.category === c.category && f.start <= c.start && f.end > c.start;
  const clauses = designationClauses(view, ctx);
  // a clause reading that names the designator of a trigger the patterns read without one replaces their reading
  // ("President X declared ..., designating A, B and C among them, as ...": X, and the items, not the description)
  const better = clauses.filter((c) => c.args['designator'] && found.some((f) => same(f, c) && !f.args['designator']));
  const kept = found.filter((f) => !better.some((c) => same(f, c)));
  const readAgain = (c: Candidate): boolean => read.has(`${c.args['designee'] ?? ''}\u0000${c.category ?? ''}`) || kept.some((f) => same(f, c));
  const all = [...kept, ...clauses.filter((c) => better.includes(c) || !readAgain(c))];
  return [...all, ...gapped(view, ctx, all)];
}

/** A passive listing verb inside a fact's words. */
const PASSIVE_LISTING = /\b(?:is|are|was|were|been|being) (?:[a-z]+ )?(?:designated|listed|sanctioned)\b/;
/**
 * "A and B are being designated pursuant to E.O. 13224 for being owned ... by X, and C and D for being owned ... by Y":
 * a second list of designees with the verb left out, closed by the reason or the authority the first one had.
 */
const GAPPED = /^[^;]*?, and ((?:the )?⟦\d+⟧(?:(?:,| and|, and) (?:the )?⟦\d+⟧)*) (?:for (?:being|having|acting|its|their|his|her)|pursuant to|under)\b/;

/** The designees of a gapped second list, each with the category, designator and time of the act it continues. */
function gapped(view: SentenceView, ctx: RelationContext, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set(found.map((c) => `${c.args['designee'] ?? ''}\u0000${c.category ?? ''}`));
  for (const c of found) {
    if (!PASSIVE_LISTING.test(view.masked.slice(c.start, c.end))) continue;
    const m = GAPPED.exec(view.masked.slice(c.end));
    if (!m) continue;
    const from = c.end + m[0].indexOf(m[1]!);
    for (const slot of matchesOf(/⟦\d+⟧/g, m[1]!)) {
      for (const designee of entitiesOf(ctx, view, slot[0], from + slot.index, isActor)) {
        const key = `${designee}\u0000${c.category ?? ''}`;
        if (seen.has(key) || designee === c.args['designator']) continue;
        seen.add(key);
        out.push({ ...c, args: { ...c.args, designee }, end: from + slot.index + slot[0].length, rule: `${c.rule}:gapped` });
      }
    }
  }
  return out;
}

/** Candidates found in a condensed view, with offsets of the view it was made from. */
export function backTo(condensed: CondensedView, found: Candidate[]): Candidate[] {
  return found.map((c) => ({ ...c, start: condensed.original(c.start), end: condensed.original(c.end) }));
}

function designationsIn(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const text = view.masked;
  const named = NAMED_CATEGORY.test(text);
  const ordered = ORDER_WORD.test(text);
  const toBe = TO_BE_WORD.test(text);
  if (!named && !ordered && !toBe && !DESIGNATION_WORD.test(text) && !OUTLAWED_WORD.test(text)) return out;
  const run = (rx: RegExp, rule: string, confidence: number, dated: boolean, present = true): void => {
    if (!present) return;
    for (const m of matchesOf(rx, text)) out.push(...facts(ctx, view, m, rule, confidence, dated));
  };
  const verb = VERB_WORD.test(text);
  const designat = text.includes('designat');
  if (named) {
    run(STATE, 'designation:state', 0.7, false, STATE_WORD.test(text));
    run(DESIGNATED_BY, 'designation:designated-by', 0.8, false, DESIGNATED_BY_WORD.test(text));
    run(ACTIVE, 'designation:active', 0.85, true, verb);
    // "which the State Department designated an FTO in 1997" tells the act and its time
    run(RELATIVE, 'designation:relative', 0.8, true, RELATIVE_WORD.test(text));
    run(CONSIDERED_BY, 'designation:considered-by', 0.75, false, CONSIDERED_WORD.test(text) && text.includes(' by '));
    run(PARTICIPIAL, 'designation:participial', 0.75, true, text.includes(' by ') && (CONSIDERED_WORD.test(text) || OUTLAWED_WORD.test(text)));
    run(FRONTED, 'designation:fronted', 0.75, true, text.includes(' by ') && /^\W*[A-Z][a-z]+ed\b/.test(text));
  }
  for (const m of designat ? matchesOf(BARE, text) : []) {
    // a category named later in the sentence belongs to the other patterns
    const rest = view.masked.slice(m.index);
    if (NAMED_CATEGORY.test(rest)) continue;
    out.push(...facts(ctx, view, m, 'designation:bare', 0.65, true, listingCategory(ctx, rest)));
  }
  for (const m of designat ? matchesOf(ENUMERATION, text) : []) {
    const rest = text.slice(m.index);
    if (NAMED_CATEGORY.test(rest)) continue;
    const items = enumerated(m.groups?.['y']);
    if (items) out.push(...facts(ctx, view, m, 'designation:enumeration', 0.6, true, listingCategory(ctx, rest), items));
  }
  for (const m of text.includes('mong') ? matchesOf(AMONG, text) : []) {
    out.push(...facts(ctx, view, m, 'designation:among', 0.65, true, listingCategory(ctx, text)));
  }
  if (named) {
    for (const m of designat ? matchesOf(MEMBERS, text) : []) {
      // "two of its leaders, A, also known as "B," and C, as SDGTs": the names that open the items
      const items = m.groups?.['y'] === undefined ? undefined : enumerated(m.groups['y']);
      if (m.groups?.['y'] === undefined || items) out.push(...facts(ctx, view, m, 'designation:members', 0.8, true, undefined, items));
    }
    run(ADDED_PASSIVE, 'designation:added', 0.75, true, NAMED_LIST_WORD.test(text));
    for (const m of designat ? matchesOf(ENUMERATION_AS, text) : []) {
      const items = enumerated(m.groups?.['y']);
      if (items) out.push(...facts(ctx, view, m, 'designation:enumeration', 0.75, true, undefined, items));
    }
  }
  for (const m of BARE_RELATIVE_WORD.test(text) && RELATIVE_WORD.test(text) ? matchesOf(RELATIVE_BARE, text) : []) {
    // a category after the verb belongs to the patterns that read it
    if (NAMED_CATEGORY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    out.push(...facts(ctx, view, m, 'designation:relative-bare', 0.7, true, listingCategory(ctx, text)));
  }
  if (ctx.aboutSanctions && LISTING_WORD.test(text)) {
    for (const rx of [LISTING_ACTIVE, LISTING_AMONG, LISTING_PASSIVE]) {
      for (const m of matchesOf(rx, text)) out.push(...facts(ctx, view, m, 'designation:listing', 0.65, true, 'sanctions list'));
    }
  }
  if (/sanctions list|blacklist|SDN List/.test(text) && / on /.test(text)) {
    for (const m of matchesOf(ON_SANCTIONS_LIST, text)) {
      // standing: dated by "since 2013" or "in 2019" closing it, never by the day of publication
      const when = closingTime(ctx, view, m);
      out.push(...facts(ctx, view, m, 'designation:on-list', 0.7, false, 'sanctions list').map((c) => (when ? { ...c, when } : c)));
    }
  }
  for (const m of / (?:that|the same) (?:sanctions )?list/.test(text) ? matchesOf(THAT_LIST, text) : []) {
    const owners = listOwner(ctx, view, m.index ?? 0);
    for (const c of owners.length > 0 ? facts(ctx, view, m, 'designation:that-list', 0.7, true, 'sanctions list') : []) {
      for (const by of owners) if (by !== c.args['designee']) out.push({ ...c, args: { ...c.args, designator: by } });
    }
  }
  for (const m of /sanctions list|blacklist|SDN List/.test(text) ? matchesOf(ADDED_TO_LIST, text) : []) {
    out.push(...facts(ctx, view, m, 'designation:added-to-list', 0.7, true, 'sanctions list'));
  }
  for (const m of PASSIVE_WORD.test(text) && /^\W*Th/.test(text) ? matchesOf(APPOSED_PASSIVE, text) : []) {
    const items = enumerated(m.groups?.['y']);
    const rest = text.slice((m.index ?? 0) + m[0].length);
    const named = CATEGORY_AFTER.exec(rest);
    const category = named ? relationLexicon.categoryLabel(named[1]!) : m.groups?.['v'] === 'designated' ? listingCategory(ctx, rest) : ctx.aboutSanctions ? 'sanctions list' : undefined;
    if (items && category) out.push(...facts(ctx, view, m, 'designation:passive', 0.7, true, category, items));
  }
  for (const m of ctx.aboutSanctions && / to (?:the|its|that) (?:sanctions )?list\b/.test(text) ? matchesOf(ADDED_TO_THE_LIST, text) : []) {
    out.push(...facts(ctx, view, m, 'designation:added-to-list', 0.7, true, 'sanctions list'));
  }
  for (const m of text.includes('the following ') && text.includes(': ') ? matchesOf(FOLLOWING_ENTRY, text) : []) {
    out.push(...facts(ctx, view, m, 'designation:added-to-list', 0.7, true, 'sanctions list'));
  }
  for (const m of toBe ? matchesOf(TO_BE_LISTED, text) : []) {
    const v = m.groups?.['v'] ?? '';
    const category = m.groups?.['c'] ? undefined : v === 'proscribed' ? 'proscribed organization' : /^(?:banned|outlawed)$/.test(v) ? 'banned organization' : undefined;
    if (m.groups?.['c'] || category) out.push(...facts(ctx, view, m, 'designation:to-be-listed', 0.7, true, category));
  }
  for (const m of /(?:listed|designated|sanctioned)(?: today| [a-z]+)? (?:are|were|include) /.test(text) ? matchesOf(LISTED_ARE, text) : []) {
    const items = enumerated(m.groups?.['y']);
    const listed = (m.groups?.['v'] ?? m.groups?.['v2']) !== 'designated';
    // "listed" and "sanctioned" name the sanctions list only where the article speaks of sanctions
    if (!items || (listed && !ctx.aboutSanctions)) continue;
    out.push(...facts(ctx, view, m, 'designation:listing', 0.65, true, listed ? 'sanctions list' : listingCategory(ctx, text), items));
  }
  for (const m of ordered ? matchesOf(PROSCRIPTION_ORDER, text) : []) {
    // "has not laid an order": the order's own verb is what is denied or only urged
    const laid = (m.index ?? 0) + m[0].search(/\b(?:laid|lays|laying|tabled|made|signed) /);
    if (deniedOrHypothetical(text, laid) || demandedAct(text, laid) || undecided(text, laid)) continue;
    if (listOf(view, m.groups?.['x']).some((slot) => !outlawable(slot))) continue;
    const found = facts(ctx, view, m, 'designation:proscription-order', 0.7, true, m.groups?.['v'] === 'proscribe' ? 'proscribed organization' : 'banned organization', undefined, outlawable);
    // "The Home Secretary, P, has today laid an order": the order's subject, past an apposition, where no body stood
    // right before its verb
    const subject = m.groups?.['by'] ? [] : subjectOf(view, laid, ctx, (x) => isBodyOrCapital(x) || x.cls === 'Person');
    out.push(...(subject.length > 0 ? found.flatMap((c) => subject.filter((k) => k !== c.args['designee']).map((k) => ({ ...c, args: { ...c.args, designator: k } }))) : found));
  }
  for (const m of OUTLAWED_WORD.test(text) && / (?:by|in) /.test(text) ? matchesOf(OUTLAWED_PASSIVE, text) : []) {
    if (listOf(view, m.groups?.['x']).some((slot) => !outlawable(slot))) continue;
    // "banned in X from holding rallies" bars an act; it lists no one
    if (/^ from\b/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const category = m.groups?.['c'] ?? m.groups?.['c2'] ? undefined : (OUTLAWED_CATEGORY[m.groups?.['v'] ?? ''] ?? 'banned organization');
    out.push(...facts(ctx, view, m, 'designation:outlawed-passive', 0.7, true, category, undefined, outlawable));
  }
  run(ADDED_TO_CATEGORY_LIST, 'designation:added-to-category-list', 0.75, true, (named || text.includes('terror')) && NAMED_LIST_WORD.test(text));
  for (const m of OUTLAWED_WORD.test(text) ? matchesOf(OUTLAWED, text) : []) {
    // a category named after the verb belongs to ACTIVE; a person or company banned is barred, not listed
    const clause = /^[^,.;]*/.exec(text.slice((m.index ?? 0) + m[0].length))?.[0] ?? '';
    // ("under its anti-terror laws" names no statute: the ban is still this pattern's)
    if (/ as\b/.test(clause) || NAMED_CATEGORY.test(clause) || (/ under\b/.test(clause) && STATUTE_WORD.test(clause))) continue;
    if (listOf(view, m.groups?.['x']).some((slot) => !outlawable(slot))) continue;
    const category = OUTLAWED_CATEGORY[m.groups?.['v'] ?? ''] ?? 'banned organization';
    out.push(...facts(ctx, view, m, 'designation:outlawed', 0.7, true, category, undefined, outlawable));
  }
  for (const m of OUTLAWED_WORD.test(text) && !named ? matchesOf(BANNED_STATE, text) : []) {
    if (listOf(view, m.groups?.['x']).some((slot) => !outlawable(slot))) continue;
    const category = OUTLAWED_CATEGORY[m.groups?.['v'] ?? ''] ?? 'banned organization';
    out.push(...facts(ctx, view, m, 'designation:banned-state', 0.65, false, category, undefined, outlawable));
  }
  for (const m of BANNED_ASIDE_WORD.test(text) ? matchesOf(BANNED_ASIDE, text) : []) {
    if (listOf(view, m.groups?.['x']).some((slot) => !outlawable(slot))) continue;
    const category = OUTLAWED_CATEGORY[m.groups?.['v'] ?? ''] ?? 'banned organization';
    out.push(...facts(ctx, view, m, 'designation:banned-aside', 0.7, true, category, undefined, outlawable));
  }
  for (const m of STATUTE_WORD.test(text) ? matchesOf(UNDER_STATUTE, text) : []) {
    const act = m.groups?.['act'] ?? '';
    const category = `${m.groups?.['v'] ?? 'designated'} under ${/^the /.test(act) ? '' : 'the '}${act.toLowerCase()}`;
    out.push(...facts(ctx, view, m, 'designation:under-statute', 0.7, true, category));
  }
  run(PASSIVE, 'designation:passive', 0.8, true, PASSIVE_WORD.test(text));
  for (const m of named && PASSIVE_WORD.test(text) && SUBJECT_WORD.test(text) ? matchesOf(SUBJECT_PASSIVE, text) : []) {
    // "A regards B as a front for C, which has fought since 1998 and is designated": a relative clause open up to the
    // verb has its own subject (the clause reading takes it)
    if (/, (?:which|who) [^,;]*$/.test(text.slice(0, groupStart(m, 'v')))) continue;
    out.push(...facts(ctx, view, m, 'designation:subject-passive', 0.75, true));
  }
  if (named) {
    run(NOMINAL, 'designation:nominal', 0.85, true, text.includes('designation'));
    // (undated: an amendment's or a renewal's day is not the designation's)
    run(NOMINAL_BEFORE, 'designation:nominal-before', 0.7, false, text.includes('designation'));
    run(PREMODIFIER, 'designation:premodifier', 0.7, false, text.includes('designated '));
  }
  return out;
}
/** A view with a sentence's asides left out, and the map of its offsets back to the view it was made from. */
export interface CondensedView extends SentenceView {
  /** Maps an offset of this view's `masked` to an offset of the original view's `masked`. */
  original(offset: number): number;
}

/**
 * An aside after a name, closed by a comma: an acronym in parentheses ("⟦0⟧ (KF)"), a non-restrictive relative
 * clause (", which claimed the attack on Monday,"), an apposition (", a militia active in ⟦3⟧ since 2015,"), a
 * participle (", led by ⟦2⟧,", ", acting under an order signed in March,"). Lists ("⟦0⟧, ⟦1⟧ and ⟦2⟧") open with a
 * name, never with these words, so they are kept. It opens where sentenceView's shared definition says (asideOpenings,
 * with these words) and closes on the next comma that a word or name follows, not only before a main verb, since a
 * designation's verb ("proscribed", "listed") is no main verb of that definition's list.
 */
const ASIDE_OPENERS = 'which|who|whose|whom|where|an?|the|led by|headed by|based in|acting|founded|formed|once|itself|home to|long|now|through|via|working through|(?:(?:better|also|more commonly|commonly|formerly|previously|locally) )?known as|also called|formerly';
const DETACHED_ASIDE = new RegExp(
  `(?<=⟦\\d+⟧["']?)(?: \\((?:⟦\\d+⟧|[A-Z][A-Za-z.&-]{1,9})\\))?(?<aside>${asideOpenings(`(?:${ASIDE_OPENERS})\\b(?!,)`).source}[^,;:"()]{1,150}?(?: \\((?:⟦\\d+⟧|[A-Z][\\w .&-]{0,30})\\)[^,;:"()]{0,60}?)?(?=, [\\w⟦]))?`,
  'g',
);
const condensedViews = new WeakMap<SentenceView, CondensedView | null>();

/**
 * The view with its asides left out, so that "X (KF), which claimed the attack near ⟦3⟧, was designated ..." reads as
 * "X was designated ..." and a pattern finds both sides of a fact across the aside; undefined when it has none. Slots
 * keep their numbers; offsets map back through `original` and `docOffset`.
 */
export function condensedView(view: SentenceView): CondensedView | undefined {
  const cached = condensedViews.get(view);
  if (cached !== undefined) return cached ?? undefined;
  const cuts: [number, number][] = [];
  for (const m of matchesOf(DETACHED_ASIDE, view.masked)) {
    // an aside must be followed by a comma and its clause's continuation; a bare acronym needs nothing after it
    if (m[0].length === 0) continue;
    let end = m.index + m[0].length;
    if (m.groups?.['aside'] !== undefined && view.masked.startsWith(',', end)) end += 1; // the closing comma goes with it
    cuts.push([m.index, end]);
  }
  if (cuts.length === 0) {
    condensedViews.set(view, null);
    return undefined;
  }
  const reduced = cutView(view, cuts);
  const out: CondensedView = { ...view, masked: reduced.masked, original: reduced.outerOffset, docOffset: reduced.docOffset };
  condensedViews.set(view, out);
  return out;
}
