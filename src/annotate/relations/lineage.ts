// Lineage: successions told as splits, splinters, mergers, absorptions and rebirths ("X broke away from Y", "a
// splinter of Y", "A merged with B to form C", "absorbed the remnants of Y", "was born out of Y"). The newer body
// (the splinter, the merged or absorbing body, the reborn one) is the successor; the older or parent body the predecessor.

import { antecedent, entitiesOf, isPronoun, type RelationContext } from './relationContext.js';
import { anyClass, candidate, deniedOrHypothetical, groupStart, isOrganization, pattern, type Candidate, type Classed } from './patterns.js';
import type { EntityClass } from '../document.js';
import type { SentenceView } from './sentenceView.js';
import { matchesOf } from '../matchesOf.js';
import { alternation, formsOf, loadVerbClass } from './verbClass.js';

/** Words between a subject and its verb that keep it the subject ("had", "itself", "in 2016", "later"). */
const ADV =
  '(?:(?:had|has|have|itself|themselves|first|later|then|eventually|reportedly|originally|formally|officially|effectively|also|once|subsequently|initially|finally|quietly|largely|gradually|in \\d{4}|in the \\d{4}s|last year|years ago|in [A-Z][a-z]+(?: \\d{4})?) )*';
/** A report set off by commas between a relative word and its verb ("a faction that, according to the UN, split"). */
const REPORT_ASIDE = '(?:, (?:according to|citing|in the words of|as [a-z]+ (?:say|said|note|noted))\\b[^;.]{0,80}?,)?';
/**
 * A long relative or participial clause closed by a comma before the verb, with names, places and figures in it ("X
 * (XB), which according to officials in Quetta now fields 2,000 fighters, broke away"); never across ", and".
 * Shared with successions.ts (renamings).
 */
export const LONG_CLAUSE =
  '(?:, (?:which|who|whose|led by|headed by|based in|once|long|now)\\b(?:(?!, and\\b)[^;.⟦]){0,100}?(?:⟦\\d+⟧(?: \\(⟦\\d+⟧\\))?(?:(?!, and\\b)[^;.⟦]){0,100}?){0,4},)';
/** A subject with what may stand between it and its verb: an appositive, "which", "a faction that", a long clause. */
const SUBJECT_TAIL = `(?:{APPOS}(?:(?:,| [-–—]+)? (?:which|that|who)${REPORT_ASIDE})?|{SEP}{DET}(?:[a-z-]+ ){0,3}?(?:that|which|who)${REPORT_ASIDE}|${LONG_CLAUSE})`;
/** A copula, with a judgement or an aside after it ("is widely seen as", "is, despite its gains, itself"). */
const COPULA = '(?:is|was|are|were)(?: (?:widely|often|generally|now|still) (?:seen|regarded|viewed|considered|described) as|, [^,;⟦]{0,60},)?';
/** Words that tell the older body, named after them, is what is left or the part the new one came from. */
const REMNANT =
  '(?:(?:an? |the )?(?:[a-z-]+ |⟦\\d+⟧ )?(?:remnants|remains|ashes|ruins|ranks|core|bulk|rest|members|fighters|cadres|units|cells?|elements|branch|chapter|faction|wing|split|rift|breakaway faction|collapse|breakup|break-up|dissolution) (?:of|in|within) (?:the )?)?';
/** Adjectives an older body is called by ("the banned X", "the now-defunct X"). */
const FORMER = '(?:(?:now-)?(?:banned|defunct|outlawed|dissolved|disbanded|former|original|old|older|larger|proscribed|mainstream) )?';
const SPLIT_VERB = '(?:split|splits|splitting|splintered|splinters|splintering|broke|breaks|breaking|broken|seceded|secedes|separated|separates)';
const SPLINTER_NOUN = '(?:splinter|breakaway|break-away|dissident)';
/** Nouns of a body grown out of another, before or after the older body's name: "a Y offshoot", "the Y splinter group X". */
const OFFSHOOT_NOUN = '(?:splinter|breakaway|offshoot|spin-?off|outgrowth)';
const UNIT_NOUN = '(?: (?:group|faction|movement|organi[sz]ation|party|wing|cell|militia|outfit|network|unit|body|brigade))?';
/** People who leave a body and found another, capitalized too where they open the sentence. */
const PEOPLE = `(?:${['fighters', 'members', 'commanders', 'dissidents', 'militants', 'factions?', 'cadres', 'leaders', 'defectors', 'hardliners', 'hard-liners', 'elements', 'officers', 'politicians', 'lawmakers', 'loyalists', 'veterans']
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})`;
/** The founding verbs (lexicons/relations/verbs/founding.json) in the past, and "born". */
const FOUNDED = `(?:${alternation([...formsOf(loadVerbClass('founding'), 'past'), 'born'])})`;

/** "X split from Y"; "X, which broke away from Y"; "X, a faction that splintered from Y". */
const SPLIT = pattern(
  `(?<s>{E}|{PRO})${SUBJECT_TAIL} ${ADV}(?<v>${SPLIT_VERB}) (?:away |off )?from (?:the )?${REMNANT}${FORMER}(?<p>{E})`,
);
/** "X, a splinter group of Y"; "X is itself a breakaway faction of Y"; "X began as a splinter of Y". */
const SPLINTER_OF = pattern(
  `(?<s>{E}){Q}(?:{SEP}| (?:${COPULA}|began as|started as|emerged as|became) )(?:(?:itself|originally|once|now|also|effectively|essentially) )*{DET}?(?:[a-z-]+ ){0,2}?(?<v>${SPLINTER_NOUN})${UNIT_NOUN} (?:of|from) (?:the )?${FORMER}(?<p>{E})`,
);
/** "X, a Y splinter group"; "the Y breakaway faction X". */
const NAMED_SPLINTER = pattern(
  `(?<s>{E}){SEP}{DET}(?:[a-z-]+ )?(?<p>{E}) (?<v>${OFFSHOOT_NOUN})\\b|(?<p2>{E}) (?<v2>${OFFSHOOT_NOUN})${UNIT_NOUN},? (?:the )?(?<s2>{E})`,
);
/** "X, Y's successor,"; "X, the Y's armed offshoot": a possessive noun of descent in apposition to the newer body. */
const POSSESSED_OFFSHOOT = pattern(
  `(?<s>{E}){SEP}(?:the )?(?<p>{E})'s? (?:(?:de facto|direct|political|armed|military|legal|latest|new|main) )?(?<v>${OFFSHOOT_NOUN}|successor|heir|reincarnation)${UNIT_NOUN}(?=[,;.)]| (?:which|that|and|is|was|has|had|in|since)\\b)`,
);
/** "X, a faction of Y that split from the group in 2016": the faction that left is a splinter too. */
const FACTION_THAT_SPLIT = pattern(
  `(?<s>{E}){SEP}{DET}(?:[a-z-]+ )?(?:faction|wing|cell|unit|group) (?:of|within) (?:the )?(?<p>{E}) (?:that|which|who) ${ADV}(?<v>${SPLIT_VERB})(?: away| off)?(?: from (?:it|them|the (?:group|movement|organi[sz]ation|party|militia)))?\\b(?! (?:up|into)\\b)`,
);
/** "A splinter faction of Y, X, ..." (the splinter named after its description). */
const SPLINTER_BEFORE = pattern(
  `\\b(?:[Aa]n?|[Tt]he) (?:[a-z-]+ )?(?<v>${SPLINTER_NOUN})${UNIT_NOUN} (?:of|from) (?:the )?${FORMER}(?<p>{E}), (?:the )?(?<s>{E})`,
);
/**
 * "Dissidents who broke away from Y formed X"; "X was founded by fighters who split from Y"; "... by a breakaway faction
 * of Y"; "X, a jihadist outfit formed in 2017 by defectors from the banned Y".
 */
const SPLITTERS_FORMED = pattern(
  `\\b${PEOPLE} (?:who|that|which) (?:had )?(?:${SPLIT_VERB}|defected|walked out) (?:away |off )?from (?:the )?(?<p>{E})[^⟦.;]{0,30}? (?<v>formed|founded|created|established|set up|launched) (?:the |a new |their own )?(?<s>{E})`,
);
const FORMED_BY_SPLITTERS = pattern(
  `(?<s>{E})(?:{APPOS} (?:was|were|had been)|,(?: which (?:was|were|had been))?|, (?:a|an) (?:[a-z-]+ ){0,2}?[a-z-]+) (?<v>${FOUNDED})[^⟦.;]{0,30}? by (?:(?:[\\w-]+ ){0,3}?${PEOPLE} (?:who|that) (?:had )?(?:(?:${SPLIT_VERB}|defected) (?:away |off )?from|walked out (?:of|from)|quit)|(?:an? |the )?(?:[a-z-]+ )?${SPLINTER_NOUN}${UNIT_NOUN} of|(?:[a-z-]+ )?(?:defectors|deserters|dissidents) (?:from|of)) (?:the )?${FORMER}(?<p>{E})`,
);
/** "X was formed in 2016 when commanders of Y broke away"; "X, set up after members of Y split from it". */
const FORMED_WHEN_SPLIT = pattern(
  `(?<s>{E})(?:{APPOS} (?:was|were|had been)|,) ${FOUNDED}[^⟦.;]{0,30}? (?:when|after|as) (?:(?:some|several|many|dozens of|hundreds of|a group of|a few) )?(?:(?:former|disaffected|dissident|senior|hardline|rebel|local) )?(?<v>${PEOPLE}) (?:of|from|in|within) (?:the )?(?<p>{E}) (?:(?:had|have) )?(?:${SPLIT_VERB}|defected|walked out|left)\\b`,
);
/** "Y split into two factions, A and B"; "Y splintered into A and B": each part succeeds Y. */
const SPLIT_INTO = pattern(
  `(?<p>{E}|{PRO})${SUBJECT_TAIL} ${ADV}(?:(?:is|are|was|were|has been|had been|became|remains) (?:now |still |deeply |bitterly )?)?(?<v>split|splintered|broke up|fractured|divided) into (?:(?:two|three|four|several|rival|competing|separate) )*(?:(?:factions|groups|wings|parties|movements|organi[sz]ations)(?:,| —| -|:) )?(?:the )?(?<s>{L})`,
);
/** "X traces its roots to Y"; "X has its origins in the remnants of Y"; "X began as a faction of Y". */
const ROOTS = pattern(
  `(?<s>{E}|{PRO})${SUBJECT_TAIL} ${ADV}(?:(?<v>traces|traced|has|had) (?:its|their) (?:roots|origins|lineage) (?:back )?(?:to|in)|(?<v2>began|started)(?: life| out)? as (?:a|an|the) (?:[a-z-]+ )?(?:faction|wing|cell|splinter|breakaway faction) (?:of|within|inside|in)) (?:the )?${REMNANT}${FORMER}(?<p>{E})`,
);
/** "X was formed from the remnants of Y"; "X was carved out of Y". */
const FORMED_FROM = pattern(
  `(?<s>{E}|{PRO})${SUBJECT_TAIL} (?:was|were|had been) (?<v>formed|created|carved|built|forged|rebuilt) (?:[^⟦.;,]{0,20}? )?(?:out of|from) (?:the )?${REMNANT}${FORMER}(?<p>{E})(?!'s?\\b)`,
);
/** "X's predecessor, Y"; "Y, the predecessor of X"; "Y, X's predecessor,". */
const PREDECESSOR = pattern(
  `(?<s>{E})'s? (?:[a-z-]+ )?(?<v>predecessor)(?: (?:organi[sz]ation|group|party|movement|body|mission))?,? (?:the )?(?<p>{E})|(?<p2>{E}){SEP}(?:{DET}(?:[a-z-]+ )?(?<v2>predecessor)(?: (?:organi[sz]ation|group|party|movement|body|mission))? (?:of|to) (?:the )?(?<s2>{E})|(?<s3>{E})'s? (?:[a-z-]+ )?predecessor\\b)`,
);
/** "A merged with B to form C"; "A and B merged in 2021 to create the new C": each older body precedes C. */
const MERGED_WITH = pattern(
  `(?<p>{L}|{PRO}){APPOS} ${ADV}(?<v>merged|merges|amalgamated|fused|united|combined)(?: (?:itself|themselves))?(?: with (?:(?:[a-z-]+ ){0,3}(?:factions|groups|militias|parties|movements|brigades|units),? and )?(?:the )?(?<p2>{L}))?(?: [^⟦.;]{0,25}?)? (?:to form|to create|to found|to establish|to launch|forming|creating|into|and formed|and created|and became) (?:the |a |an )?(?:(?:new|single|unified|larger|joint) )?(?<s>{E})`,
);
/** "C was formed when A merged with B"; "C was born after A and B merged". */
const FORMED_WHEN_MERGED = pattern(
  `(?<s>{E}){APPOS} (?:was|were|had been) ${FOUNDED}[^⟦.;]{0,30}? (?:when|after|as) (?:the )?(?<p>{L}) (?<v>merged|amalgamated|united|fused|combined)(?: with (?:the )?(?<p2>{L}))?`,
);
/** "C, formed in 2017 from the merger of A and B"; "C, the product of a merger between A and B"; "... of A with B". */
const FROM_MERGER = pattern(
  `(?<s>{E}){APPOS}(?:,? (?:which|that) (?:was|were|had been)|,? (?:was|were|had been|is|are)|,)? (?:(?:formed|created|founded|established|born|set up|launched)[^⟦.;]{0,30}? (?:through|by|from|out of|after|following|in|via) |(?:the |a )?(?:product|result) of )(?:the |a |an )?(?:[a-z-]+ )?(?<v>merger|amalgamation|fusion) (?:of|between) (?:the )?(?<p>{L})(?: (?:with|and) (?:the )?(?<p2>{L}))?`,
);
/** "A was merged into C"; "A's African operations were folded into C"; "A folded into C"; "A, which was absorbed into C". */
const INTO = pattern(
  `(?<p>{L}|{PRO})(?:'s? (?:[A-Za-z-]+ ){0,2}?(?:operations|fighters|forces|units|personnel|contingents?|networks?|assets))?${SUBJECT_TAIL} (?:(?:was|were|had been|has been|have been|got|later|then|eventually|formally|officially|effectively|quietly|fully|itself|largely|gradually|in \\d{4}) )*(?<v>merged|folded|absorbed|subsumed|amalgamated) (?:[^⟦.;]{0,20}? )?into (?:the |a new |a |its |their )?(?<s>{E})`,
);
/** "A was absorbed by C"; "A, which was swallowed up by C". */
const ABSORBED_BY = pattern(
  `(?<p>{L}|{PRO})${SUBJECT_TAIL} (?:(?:was|were|had been|has been|have been|later|then|eventually|largely|effectively|gradually|itself) )+(?<v>absorbed|subsumed|swallowed(?: up)?) by (?:the )?(?<s>{E})`,
);
/** "C absorbed the remnants of A"; "C, which swallowed up A and B". */
const ABSORBED = pattern(
  `(?<s>{E}|{PRO})${SUBJECT_TAIL} ${ADV}(?<v>absorbed|absorbs|swallowed up|subsumed) (?:the )?${REMNANT}${FORMER}(?<p>{L})`,
);
/** "X was born out of Y"; "X grew out of a split in Y"; "X, which emerged from the ruins of Y"; "X arose from Y". */
const BORN_OF = pattern(
  `(?<s>{E}|{PRO})${SUBJECT_TAIL} ${ADV}(?:(?:was|were|is) )?(?<v>born|arose|rose|sprang|sprung|spun off|spun out|grew|emerged|evolved|developed|originated|descended|stemmed) (?:out of|from|of) (?:the |an? )?${REMNANT}${FORMER}(?<p>{E})(?!'s?\\b)`,
);
/**
 * A noun of merger or split as the subject, the new body its object: "The merger of A with B produced C"; "a split in
 * Y gave birth to X"; "the 2019 fusion of A and B created C".
 */
const NOUN_PRODUCED = pattern(
  `\\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir) (?:[\\w-]+ )?(?:(?<v>merger|amalgamation|fusion) (?:of|between) (?:the )?(?<p>{L})(?: (?:with|and) (?:the )?(?<p2>{L}))?|(?<v2>split|rift|schism|breakup|break-up) (?:in|within|inside) (?:the )?${FORMER}(?<p3>{E}))(?: (?:in|by) (?:the )?(?:early |late |mid-)?\\d{4}s?)? (?:(?:eventually|later|quickly|soon|then|ultimately) )?(?:produced|created|formed|gave birth to|spawned|yielded|led to the (?:creation|formation|birth) of|resulted in the (?:creation|formation|birth) of) (?:the |a new )?(?<s>{E})(?!'s?\\b)`,
);
/** The verb before its subject: "Out of Y's remnants came X"; "From the ruins of Y emerged X". */
const OUT_OF_CAME = pattern(
  `\\b(?:[Oo]ut of|[Ff]rom) (?:the )?${REMNANT}${FORMER}(?<p>{E})(?:'s? (?:remnants|remains|ashes|ruins|ranks|split|collapse|breakup))?,? (?:(?:in \\d{4}|later|eventually|soon) )?(?<v>came|emerged|arose|rose|grew|sprang|was born) (?:the )?(?<s>{E})(?!'s?\\b)`,
);
/** "X took over the Y's operations in Mali"; "X inherited Y's fighters": the body that carries on Y's work. */
const TOOK_OVER = pattern(
  `(?<s>{E}|{PRO})${SUBJECT_TAIL} ${ADV}(?<v>took over|takes over|has taken over|have taken over|inherited|assumed control of) (?:the )?(?<p>{E})'s? (?:[A-Za-z-]+ ){0,2}?(?:operations|fighters|personnel|mission|contracts|networks?|role)\\b`,
);
/** "Y evolved into X"; "Y was transformed into X" (X no possessive: "grew into X's rival" is no lineage). */
const EVOLVED_INTO = pattern(
  `(?<p>{E}|{PRO})${SUBJECT_TAIL} ${ADV}(?:(?:was|were) )?(?<v>evolved|morphed|transformed(?: itself)?|developed|grew|metamorphosed) into (?:the |a |an )?(?:(?:new|present-day|current|modern) )?(?<s>{E})(?!'s?\\b)`,
);
/** "Y was reconstituted as X"; "Y re-emerged as X"; "Y relaunched itself as X". */
const REBORN_AS = pattern(
  `(?<p>{E}|{PRO})${SUBJECT_TAIL} ${ADV}(?:(?:was|were|has been|had been) )?(?:(?:later|then|eventually|formally|officially|quietly|effectively) )*(?<v>reconstituted|re-formed|reformed|reorgani[sz]ed|restructured|relaunched|re-launched|re-emerged|reemerged|resurfaced|reborn|reincarnated|re-registered|reregistered|re-established|reestablished|revived|transformed|converted) (?:itself |themselves )?(?:as|into|under the name(?: of)?) (?:the |a new |a |an )?(?<s>{E})(?!'s?\\b)`,
);
/** "X was created in 1997, replacing the old Y": a participle after the founding clause, its subject the body founded. */
const REPLACING = pattern(
  `(?<s>{E}){APPOS} (?:was|were|had been) ${FOUNDED}[^⟦.;]{0,30}?,? (?<v>replacing|superseding|supplanting|succeeding) (?:the )?${FORMER}(?<p>{E})(?!'s?\\b)`,
);
const SUCCESSOR_NOUN = `(?:(?:de facto|direct|legal|political|official|immediate|effective|formal) )?successor(?: (?:organi[sz]ation|group|party|movement|company|entity|body|mission|force|agency|coalition|alliance))?`;
/** "X, which diplomats in B describe as ...": a relative clause whose speakers call the subject what follows (never "do not"). */
const NOT_NEG = '(?:(?!\\b(?:not|never|no longer|wrongly)\\b)[^;.⟦])';
const CALLED_AS = `,? (?:which|that|whom) (?:${NOT_NEG}{0,40}?⟦\\d+⟧){0,2}${NOT_NEG}{0,40}? (?:(?:describes?|described|regards?|regarded|sees|see|saw|considers?|considered|views?|viewed) as|(?:says?|said|believes?|believed|considers?) (?:is|was)) `;
/** "X, successor to the banned Y"; "X was set up as the successor of Y"; "X serves as Y's successor". */
const SUCCESSOR_TO = pattern(
  `(?<s>{E}){Q}(?:{SEP}|(?:{APPOS}|${LONG_CLAUSE}) (?:${COPULA}|became|serves as|served as|acts as|emerged as|as|(?:was|were) (?:set up|created|formed|founded|established|launched) (?:[^⟦.;,]{0,20}? )?as) |${CALLED_AS})(?:{DET}|(?<pp>{E})'s? )?${SUCCESSOR_NOUN}(?: (?:of|to) (?:the )?${FORMER}(?<p>{E}))?`,
);
/** "Y's successor, X"; "the successor to Y, X"; "Y's successor in Africa, X". */
const SUCCESSOR_BEFORE = pattern(
  `(?:(?<p>{E})'s? |\\b(?:[Tt]he|[Ii]ts|[Tt]heir) )${SUCCESSOR_NOUN}(?: (?:of|to) (?:the )?${FORMER}(?<p2>{E}))?(?: (?:in|across) (?:the )?⟦\\d+⟧)?,? (?:the )?(?<s>{E})(?!'s?\\b)`,
);

interface LineageRule {
  rx: RegExp;
  rule: string;
  confidence: number;
  /** A cheap test of the sentence, so that most sentences skip the pattern. */
  guard: RegExp;
  /** The words make the successor a body ("formed X", "to form X"), whatever class an earlier stage gave it. */
  founds?: boolean;
  /** The older body must be named: "absorbed dozens of militias" tells members, not a lineage. */
  named?: boolean;
}

const RULES: readonly LineageRule[] = [
  { rx: SPLIT, rule: 'succession:split', confidence: 0.7, guard: /(?:spli[tn]\w*|broke|breaks|breaking|broken|seced\w*|separat\w*)(?: away| off)? from / },
  { rx: SPLINTER_OF, rule: 'succession:splinter', confidence: 0.7, guard: /(?:splinter|break-?away|dissident)(?: \w+)? (?:of|from) / },
  { rx: NAMED_SPLINTER, rule: 'succession:splinter', confidence: 0.65, guard: /splinter|breakaway|offshoot|spin-?off|outgrowth/ },
  { rx: POSSESSED_OFFSHOOT, rule: 'succession:splinter', confidence: 0.65, guard: /'s? (?:[a-z-]+ )?(?:splinter|breakaway|offshoot|spin-?off|outgrowth|successor|heir|reincarnation)/ },
  { rx: FACTION_THAT_SPLIT, rule: 'succession:split', confidence: 0.6, guard: /(?:that|which|who) (?:\w+ )*?(?:spli[tn]|broke|seced|separat)/ },
  { rx: SPLINTER_BEFORE, rule: 'succession:splinter', confidence: 0.65, guard: /(?:splinter|break-?away|dissident)(?: \w+)? (?:of|from) / },
  { rx: SPLITTERS_FORMED, rule: 'succession:split-formed', confidence: 0.65, guard: /(?:who|that|which) (?:had )?(?:spli[tn]\w*|broke|broken|seced\w*|separat\w*|defected|walked out)/, founds: true },
  { rx: FORMED_BY_SPLITTERS, rule: 'succession:split-formed', confidence: 0.65, guard: /(?:formed|founded|created|established|set up|launched|born)\b[^.]*? by [^.]*?(?:spli[tn]|broke|seced|separat|defect|walked out|dissident|deserter|break-?away)/ },
  { rx: FORMED_WHEN_SPLIT, rule: 'succession:split-formed', confidence: 0.65, guard: /(?:formed|founded|created|established|set up|launched|born)\b[^.]*? (?:when|after|as) [^.]*?(?:spli[tn]|broke|seced|separat|defected|walked out|left)/ },
  { rx: SPLIT_INTO, rule: 'succession:split-into', confidence: 0.65, guard: /(?:split|splintered|broke up|fractured|divided) into / },
  { rx: ROOTS, rule: 'succession:roots', confidence: 0.65, guard: /(?:roots|origins|lineage) (?:back )?(?:to|in) |(?:began|started)(?: life| out)? as / },
  { rx: FORMED_FROM, rule: 'succession:formed-from', confidence: 0.65, guard: /(?:formed|created|carved|built|forged) (?:[^.]{0,20} )?(?:out of|from) / },
  { rx: PREDECESSOR, rule: 'succession:predecessor', confidence: 0.7, guard: /predecessor/ },
  { rx: MERGED_WITH, rule: 'succession:merged-with', confidence: 0.75, guard: /(?:merged|merges|amalgamated|fused|united|combined)\b[^.]*? (?:to form|to create|to found|to establish|to launch|forming|creating|into|and formed|and created|and became) /, founds: true },
  { rx: FORMED_WHEN_MERGED, rule: 'succession:formed-when-merged', confidence: 0.75, guard: / (?:when|after|as) [^.]*?(?:merged|amalgamated|united|fused|combined)\b/ },
  { rx: FROM_MERGER, rule: 'succession:merger', confidence: 0.75, guard: /(?:merger|amalgamation|fusion) (?:of|between) / },
  { rx: INTO, rule: 'succession:merged-into', confidence: 0.75, guard: /(?:merged|folded|absorbed|subsumed|amalgamated) / },
  { rx: ABSORBED_BY, rule: 'succession:absorbed', confidence: 0.7, guard: /(?:absorbed|subsumed|swallowed)(?: up)? by / },
  { rx: ABSORBED, rule: 'succession:absorbed', confidence: 0.65, guard: /absorb(?:ed|s) |subsumed |swallowed up /, named: true },
  { rx: BORN_OF, rule: 'succession:born-of', confidence: 0.7, guard: /(?:born|arose|rose|spr[au]ng|spun off|spun out|grew|emerged|evolved|developed|originated|descended|stemmed) (?:out of|from|of) / },
  { rx: NOUN_PRODUCED, rule: 'succession:noun-produced', confidence: 0.7, guard: /(?:merger|amalgamation|fusion|split|rift|schism|break-?up) [^.]*?(?:produced|created|formed|gave birth|spawned|yielded|led to|resulted in)/, founds: true },
  { rx: OUT_OF_CAME, rule: 'succession:out-of-came', confidence: 0.65, guard: /(?:[Oo]ut of|[Ff]rom) [^.]*?(?:came|emerged|arose|rose|grew|sprang|was born) /, founds: true },
  { rx: TOOK_OVER, rule: 'succession:took-over', confidence: 0.6, guard: /(?:took|takes|taken) over|inherited|assumed control/ },
  { rx: EVOLVED_INTO, rule: 'succession:evolved-into', confidence: 0.7, guard: /(?:evolved|morphed|transformed|developed|grew|metamorphosed)(?: itself)? into / },
  { rx: REBORN_AS, rule: 'succession:reborn-as', confidence: 0.7, guard: /(?:re-?(?:constitut|form|organi|struct|launch|emerg|surfac|born|incarnat|regist|establish)\w*|revived|transformed|converted)(?: itself| themselves)? (?:as|into|under the name) / },
  { rx: REPLACING, rule: 'succession:replacing', confidence: 0.7, guard: /(?:replacing|superseding|supplanting|succeeding) /, founds: true },
  { rx: SUCCESSOR_TO, rule: 'succession:successor', confidence: 0.75, guard: /successor/ },
  { rx: SUCCESSOR_BEFORE, rule: 'succession:successor', confidence: 0.7, guard: /successor/ },
];

// Every rule needs one of these: a sentence with none is skipped before any pattern runs.
const LINEAGE_WORD =
  /predecessor|offshoot|outgrowth|spin-?off|heir|reincarnation|took over|takes over|taken over|inherited|assumed control|roots|origins|lineage|began|started|formed|created|carved|forged|built|spli[tn]|broke|break|seced|separat|defect|walked out|dissident|deserter|merge|amalgam|fused|fusion|united|combined|folded|absorb|subsumed|swallowed|born|arose|rose|spr[au]ng|spun|grew|emerged|evolved|developed|originated|descended|stemmed| into |re-?(?:constitut|form|organi|struct|launch|emerg|surfac|born|incarnat|regist|establish)|revived|transformed|converted|successor|replacing|superseding|supplanting|succeeding|rift|schism|[Oo]ut of [^.]*? came /;

/** A plan, a wish, a failure or talks: "refused to merge", "were unlikely to split", "agreed to merge". Shared with lineageClauses.ts. */
export const NOT_DONE =
  /\b(?:unlikely|likely|expected|set|poised|ready|agreed|voted|decided|threatened|vowed|sought|seeking|trying|tried|attempted|attempting|hopes?|hoped|hoping|plans?|planned|planning|considering|considered|mulling|discussing|refused|refuses|rejected|rejects|failed|fails|talks?|possible|potential|proposed|rumou?red|allegedly|denied|denies|deny|deny(?:ing)?|accused|accuses|not|never|no longer) (?:(?:to|on|about|of|that|it|they|he|she|had|has|have|was|were|been) ){0,4}$/;

/**
 * Names ending in a head noun of bodies: a name typed otherwise by an earlier stage ("the River Legion" read as a
 * person) is still a body when the words of a split or merger speak of it.
 */
const BODY_HEAD =
  /\b(?:Front|Brigades?|Legion|Army|Party|Movement|Alliance|Group|Forces?|Council|Union|Organi[sz]ation|Congress|League|Coalition|Bloc|Militia|Battalions?|Division|Corps|Commission|Committee|Mission|Cartel|Network|Association|Federation|Company|Fund|Tigers|Guards?|Mujahideen)$/;

/** A body, or a name whose head noun makes it one ("the River Legion" typed as a person). */
export function bodyLike(x: Classed): boolean {
  const name = x.label ?? x.mention?.text ?? '';
  return isOrganization(x) || BODY_HEAD.test(name);
}

/** Classes of places: a name an earlier stage read as a place is no body that splits or merges. */
const PLACE = new Set<EntityClass>(['Place', 'City', 'Region', 'Country', 'Facility', 'WaterBody']);

/**
 * Whether two entities can stand in a lineage: both bodies (persons who break away or merge make none, nor does a
 * region left over from a name an earlier stage split). Where the words found the successor ("formed X"), it may be
 * of any class but a place.
 */
function lineagePair(ctx: RelationContext, successor: string, predecessor: string, rule: LineageRule): boolean {
  const x = ctx.doc.entities.get(successor);
  const y = ctx.doc.entities.get(predecessor);
  if (!x || !y || successor === predecessor || !bodyLike(y)) return false;
  // "the Kurdish groups split from Y": a collective is no body of a lineage, unless the words found it ("formed X")
  if (y.cls === 'CollectiveActor' || (x.cls === 'CollectiveActor' && rule.founds !== true)) return false;
  return bodyLike(x) || (rule.founds === true && !PLACE.has(x.cls));
}

/** A description's participle and its agent right before a name: "X, a force controlled by (Y)". */
const DESCRIBED_AGENT = /(⟦\d+⟧)(?: \(⟦\d+⟧\))?, (?:a|an|the) (?:[a-z-]+ ){0,4}?(?:[a-z]+ed|run|led|backed|owned|set up) by (?:the )?$/;

/**
 * The body a relative clause after an agent tells of: in "X, a force controlled by Y that took over ...", "that" hangs
 * on the description of X. Undefined where the name is no such agent; null where it is but no host is named.
 */
function agentHost(view: SentenceView, before: string, after: string): string | null | undefined {
  if (!/^(?: \(⟦\d+⟧\))?,? (?:that|which) /.test(after) || !/\bby (?:the )?$/.test(before)) return undefined;
  const m = DESCRIBED_AGENT.exec(before);
  return (m && view.slots[Number(m[1]!.slice(1, -1))]?.entity) ?? null;
}

/** Every succession a sentence tells as a split, merger, absorption or rebirth. */
export function extractLineage(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const masked = view.masked;
  if (!LINEAGE_WORD.test(masked)) return out;
  const sides = (g: Record<string, string | undefined>, m: RegExpMatchArray, names: string[]): string[] => {
    const keys: string[] = [];
    for (const name of names) {
      const text = g[name];
      if (text === undefined) continue;
      // a pronoun stands for the body named before; a name is read whatever its class, the pair is checked after
      const found = isPronoun(text) ? entitiesOf(ctx, view, text, groupStart(m, name), isOrganization) : entitiesOf(ctx, view, text, groupStart(m, name), anyClass);
      keys.push(...found);
    }
    return keys;
  };
  for (const r of RULES) {
    const { rx, rule, confidence, guard } = r;
    if (!guard.test(masked)) continue;
    for (const m of matchesOf(rx, masked)) {
      const g = m.groups ?? {};
      const v = g['v'] !== undefined ? 'v' : 'v2';
      const at = groupStart(m, v);
      if (deniedOrHypothetical(masked, at, 6) || NOT_DONE.test(masked.slice(Math.max(0, at - 60), at))) continue;
      let successors = sides(g, m, ['s', 's2', 's3']);
      // "X, a force controlled by Y that took over Z's operations": the relative tells of the described X, not of Y
      const host = g['s'] !== undefined ? agentHost(view, masked.slice(0, groupStart(m, 's')), masked.slice(groupStart(m, 's') + g['s'].length)) : undefined;
      if (host !== undefined) successors = host === null ? [] : [host];
      let predecessors = sides(g, m, ['p', 'p2', 'p3', 'pp']);
      // "its successor, X": the body "its" stands for
      if (predecessors.length === 0 && rx === SUCCESSOR_BEFORE && /^(?:[Ii]ts|[Tt]heir) /.test(m[0])) {
        const a = antecedent(ctx, view, m.index ?? 0, isOrganization);
        predecessors = a ? [a] : [];
      }
      for (const successor of new Set(successors)) {
        for (const predecessor of new Set(predecessors)) {
          if (lineagePair(ctx, successor, predecessor, r)) out.push(candidate('succession', { successor, predecessor }, m, rule, confidence));
        }
      }
    }
  }
  return out;
}
