// Event mentions: trigger words from the lexicon with their agent, target, place and time, read from the
// sentence around them. Plans, negations, hypotheticals and a speaker's own appeals in quotes are left out.

import type { AnnotatedDocument, EventType, Mention, Sentence, Span, When } from '../document.js';
import { inDateline } from '../sentences/dateline.js';
import { eventDatelines } from './eventDatelines.js';
import { isQuoted, quoteSpans } from '../sentences/quoteSpans.js';
import { classOf, DESCRIBED_SUBJECT, describedOpenerWithAside, isActorClass, isPlaceClass, openerWithAside, outermost, resolvedMentions, resolvePronoun } from './actors.js';
import { subjectBeforeAside } from './asideSubject.js';
import { demonymEnvoy, demonymForces, demonymModifier, demonymObject } from './demonymActors.js';
import { referenceDay } from '../time/timeStage.js';
import { triggerIndex, type Frame, type TriggerEntry, type TriggerIndex } from './triggerLexicon.js';
import { matchesOf } from '../matchesOf.js';

/** One event as told in one sentence, before coreference merges the tellings. */
export interface EventMention {
  type: EventType;
  cameo: string;
  trigger: Span;
  triggerText: string;
  sentence: Sentence;
  frame: Frame;
  agents: string[];
  targets: string[];
  places: string[];
  when?: When;
  /** "the offensive", "those attacks", "Friday's attack": it points back at an event told before. */
  definite: boolean;
  /** Told in the present perfect or progressive ("has taken control", "are deployed"): true at publication. */
  current: boolean;
  /** The date was not told with the event but taken from its context. */
  inheritedWhen?: boolean;
  /** The places were not told with the event but taken from its context. */
  inheritedPlaces?: boolean;
  /** The places named in the trigger's own clause: only these can stand in for what it hit. */
  clausePlaces?: string[];
  /** The places are named in another clause of the sentence: where the event was, maybe, but never what it hit. */
  placesElsewhere?: boolean;
  /** The targets are the event's place, taken for want of a named target: they contradict no other telling. */
  targetsFromPlace?: boolean;
  /** The inherited places are the dateline's: where the reporter is, never what was hit. */
  placesFromDateline?: boolean;
  /** The targets are the people it killed or wounded: the place its clause names was hit too. */
  casualtiesOnly?: boolean;
  /** A verb with an object the recognizer did not name ("shelled civilian territory"): its target is unknown, not absent. */
  objectUnknown: boolean;
  rule: string;
}

const SKIPPED = new Set(['related', 'byline', 'dateline']);

/** Words that end a clause, for finding a verb's subject. */
const CLAUSE_BREAK = /\b(?:that|which|who|whom|where|while|although|though|because|but|after|before|when|as|since|said|says|say|told|added|stated|announced)\b|[,;:(]/g;
/** A verb under negation, a modal or an infinitive: not something that happened. */
const UNREAL_VERB = /(?:\b(?:would|could|might|may|will|shall|to|not|never|cannot|can|should|must|n['’]t)\s+(?:(?:be|have|also|still|directly|then|soon|keep|continue|go\s+on|start|begin)\s+)*)$/i;
/** A noun under negation or a plan: "no injuries", "not yet any … posture changes", "plans to launch attacks". */
const UNREAL_NOUN = /(?:\b(?:would|could|might|may|will|shall)\s+(?:[\w-]+\s+){0,2}|\b(?:no|not|never|without|any|nobody|none|neither|nor)\s+(?:[\w-]+\s+){0,2}|\b(?:plan|plans|planned|planning|threaten|threatens|threatened|prepare|prepares|preparing|ready|intend|intends|vowed|vows|(?<!\b(?:response|reply|reaction|responding|reacting|retaliation)\s)to)\s+(?:\w+\s+){0,3})$/i;
/** Forces right before "entered": "its forces entered", "Ostlandic troops have entered". */
const ENTERING_FORCES = /\b(?:forces|troops|soldiers|army|military|tanks|units|columns|fighters|convoys?)\s+(?:\([^)]*\)\s+)?(?:(?:have|had|has|also|then|reportedly|later)\s+)*$/i;
/** What a conflict "enters" that is no place: "its second week", "a new phase". */
const SPELL_OF_TIME = /^\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,2}(?:week|weeks|day|days|month|months|year|years|phase|stage|round|term|decade)\b/i;
/** A definite event claimed by someone: "claimed the raid", "claimed responsibility for the attack". */
const CLAIMED_BEFORE = /\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+)?(?:the|this|that|these|those|Friday['’]s|Saturday['’]s|Sunday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s)\s+(?:[\w-]+\s+){0,2}$/i;
/** Two sides named together as a subject: "the two sides agreed", "both parties signed". */
const BOTH_SIDES = /\b(?:the\s+two|both)\s+(?:sides|parties|delegations|countries|governments|camps|leaders|presidents|ministers|men|nations|neighbou?rs|rivals|foes|groups)\s+(?:(?:have|has|had|also|later|then|finally|last|first|again|previously|reportedly)\s+)*$/i;
/** A verb right after "and": a coordinated predicate, "attacked the base and took control of it". */
/** A subordinate clause opened between two verbs: the second verb's "and" joins that clause's verb, not the first. */
const SUBORDINATE_BETWEEN = /\b(?:after|before|when|while|because|since|until|unless|although|though|where|who|which|whom)\b/i;

const SHARED_SUBJECT = /,?\s+and\s+(?:(?:then|also|later|briefly|quickly|subsequently|eventually|\w+ly)\s+)*$/i;
/** What may open a sentence before its subject: an adverbial with a comma, an article, title words. */
const SENTENCE_OPENER = /^[\s“"]*(?:[^,]{0,40},\s*)?(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;
/** Where an unnamed object stands: " two men near the town of ", " the offices in the capital ". */
const LOCATED_IN = /\b(?:in|near|inside|outside|across|throughout|through|along)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:of\s+)?$/i;
/** A list of people an arrest took: "Among those detained was …", "Among the people arrested were …". */
const AMONG_THOSE = /^[\s“"]*Among\s+(?:those|the\s+(?:[\w-]+\s+)?(?:people|persons|men|women|activists|members|detainees|protesters))\s+$/i;
/** What sets fighting in the story's background: "after years of fighting", "ended the fighting", "since the end of". */
const BACKGROUND = /(?:\b(?:years|decades|months)\s+of\s+(?:[\w-]+\s+)?|\b(?:ended|ending|end\s+(?:to|of)|after|since|following|before)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2})$/i;

/** Whether an event's time leaves it in the background: untold, or a year before the year of publication. */
function isBackgroundTime(doc: AnnotatedDocument, when: When | undefined): boolean {
  if (!when) return true;
  const published = referenceDay(doc)?.slice(0, 4);
  const start = 'from' in when ? when.from : when;
  return start.precision === 'year' && published !== undefined && start.value.slice(0, 4) < published;
}

/** "…, when they agreed": a plural pronoun right after a two-sided event of its sentence stands for its sides. */
const THEY_SUBJECT = /\bthey\s+(?:(?:have|has|had|also|later|then|finally|first|again|jointly|reportedly)\s+)*$/i;
/** Verbs of forced entry that take a settlement when their object is one. */
const STORMED = /^(?:stormed|overran|swept\s+into)$/i;
/** The object is a settlement: "the central town of X", "the city of X". */
const SETTLEMENT_OBJECT = /^\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:town|city|village|villages|capital|port\s+city|settlement|district\s+capital)\s+of\s+\p{Lu}/u;
/** What makes the next word an adjective or a noun rather than a verb: a number, an article, a verb of handling. */
const ADJECTIVAL = /(?:\b(?:a|an|the|these|those|(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|scores\s+of|several|many|exchange[sd]?|exchanging)|['’]s)\s+$/i;
/** Between an actor and its relative pronoun: "X (ACR), who", "X mercenaries who". */
const RELATIVE_GAP = /^\s*(?:(?:mercenaries|fighters|troops|forces|soldiers|militants|gunmen|members|rebels|insurgents)\s*)?(?:\([^)]*\))?\s*,?\s*$/i;
/** An event noun right before a relative "that": its clause tells more of that event. */
const EVENT_NOUN_BEFORE = /\b(?:attacks?|offensives?|assaults?|raids?|strikes?|airstrikes?|operations?|campaigns?|fighting|clashes|bombings?|war|wars|conflict|insurgency|violence|rebellion|uprising|protests?|talks|deal|agreement|ceasefire|truce)\s*,?\s*$/i;
/** "repelled an attack": the repeller was attacked, the attack is not theirs. */
const REPELLED_BEFORE = /\b(?:repelled|repulsed|foiled|thwarted|fended\s+off|beat\s+back|beaten\s+back|pushed\s+back|foiling|thwarting|repelling)\s+(?:an?|the|their|its|this|that|another|several)\s+(?:[\w-]+\s+){0,2}$/i;
const REPELLED_OBJECT = /^\s+(?:an?|the|their|its|this|that|another|several)\s+(?:[\w-]+\s+){0,2}(?:attacks?|assaults?|offensives?|raids?|incursions?|advances?|attempts?|ambush)\b/i;
/** An unnamed object, then where it is: " a military base in ", " the offices of the party near ". */
const OBJECT_THEN_LOCATIVE = /^\s+(?:a|an|the|its|their|his|her|several|two|three|\d+)\s+(?:[\w-]+\s+){0,4}?(?:in|near|inside|outside|across|along|at)\s+(?:the\s+)?$/i;
/** Verbs that are an appeal only with an object and an infinitive: "asked Kabul to stop the group". */
const ASKED = /^(?:asked|pressed|pressing|implored|exhorted|requested|leaned\s+on|leaning\s+on|leans\s+on)$/i;
/** Verbs of bringing others to talks: "brokered the talks", "hosted talks". */
const HOSTED_TALKS = /^(?:brokered|mediated|hosted|hosting|hosts|facilitated)\s/i;
/** A place or a time between a verb of meeting and its partner: " in Beirut with ", " on Monday with ", " last week with ". */
const WITH_PARTNER = /^\s+(?:(?:in|at|on|last|this|late|early|earlier)\s+[^,;.:"“”]{1,40}?\s+)with\s+(?:the\s+)?/i;
const ASKED_TO = /^\s+(?!(?:not|to|for|about|if|whether|that)\b)(?:[^,;.:]|\.(?=\S)){1,60}?\s+(?:to\s+\p{Ll}|for\s+(?!(?:comment|details|anonymity|information)\b)\p{Ll})/u;
/** Ground a capture verb takes without a name: "seized the town", "overran an army camp". */
const HELD_GROUND = /^\s+(?:the|a|an|its|their|several|two|three)\s+(?:[\w-]+\s+){0,2}(?:town|towns|city|village|villages|camp|base|bases|post|posts|outpost|outposts|barracks|airport|port|district|area|territory|province|headquarters|garrison|checkpoint|bridge|crossing|hill|positions?)\b/i;
/** A person as the object of a capture verb: "captured a senior rebel leader". */
const CAPTURED_PERSON = /^\s+(?:(?:a|an|the|two|three|several)\s+(?:[\w-]+\s+){0,3}(?:leader|commander|chief|militant|fighter|suspect|soldier|officer|official|member|operative|financier|spokesman|spokesperson)s?\b|(?:(?:at\s+least|more\s+than|about|some|nearly)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several|some|many|most|all)\s+(?:of\s+(?:the|its|their|those)\s+)?(?:[\w-]+\s+){0,2}?(?:fugitives|escapees|escaped|prisoners|inmates|detainees|people|men|women|suspects|militants|fighters|rebels|insurgents|soldiers|members|gang\s+members|convicts)\b)/i;
/** A description of a person before an apposed name: " one of its leaders, ", " a former Serb police officer, ". */
const DESCRIBED_PERSON = /^\s+(?:one\s+of\s+)?(?:its|their|his|her|the|a|an|two|three)\s+(?:[\p{L}-]+\s+){0,4}?(?:leaders?|commanders?|officers?|officials?|members?|activists?|journalists?|founders?|chiefs?|spokesm[ae]n|spokespersons?|lawyers?|politicians?|critics?|figures?|organi[sz]ers?|ministers?|mayors?|generals?|candidates?|heads?),\s*$/iu;
/** A sentence opening with fighters from a group: "Last month, gunmen from the ", "Fighters of the ". */
const FIGHTERS_FROM = /^(?:[^—–]{0,80}[—–]\s*)?[\s“"]*(?:[^,]{0,40},\s*)?(?:the\s+)?(?:[\w-]+\s+)?(?:gunmen|fighters|militants|members|troops|soldiers|forces|insurgents|rebels|jihadists|mercenaries|operatives)\s+(?:from|of|loyal\s+to|belonging\s+to)\s+(?:the\s+)?$/i;
/** What may follow the group before the verb: its head noun, an acronym, one aside. */
const GROUP_TAIL = /^\s*(?:group|movement|faction|organi[sz]ation|militia)?\s*(?:\([^)]*\))?\s*(?:,[^;,]*,)?\s*(?:(?:have|has|had|also|then|reportedly|allegedly)\s+)*$/i;
/** A capitalized opener, an aside set off by commas, then the verb: "Zorins, armed groups allied with X, ". */
const UNNAMED_OPENER = /^([\s“"]*(?:(?:On|In|Last|Late|Early|Earlier|Since|After)\b[^,]{0,30},\s*)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}))\s*,\s*(?:an?\s|the\s|[a-z]+(?:ed|ing)\s|armed\s|pro-|anti-)[^;:“”"]*,\s*(?:(?:have|has|had|also|then|reportedly)\s+)*$/u;
/** A noun for a kind of event, not one that happened: "a treaty that covers attacks on", "in the event of an attack". */
const GENERIC_NOUN = /\b(?:cover(?:s|ed|ing)?|in\s+(?:the\s+)?(?:event|case)\s+of|deter(?:s|red|ring)?|(?:to\s+)?prevent(?:s|ing)?|guard(?:s|ing)?\s+against|defend(?:s|ing)?\s+(?:\w+\s+)?against|protect(?:s|ing)?\s+(?:\w+\s+)?against)\s+(?:(?:an?|any|future|further|such|armed)\s+)*$/i;
/** A name that a date begins: "March 23 Movement". */
const DATE_IN_NAME = /^\s+(?:Movement|Revolution|Alliance|Front|Brigade|Brigades|Party|Coalition|Group|Accord|Accords|Agreement|Declaration|Martyrs|Battalion|Uprising)\b/;
/** A passive: "was attacked", "were seized". */
const PASSIVE = /\b(?:was|were|is|are|been|being|be|got)\s+(?:\w+ly\s+)?$/i;
const PRONOUN_SUBJECT = /\b(he|she|it|they)\s+(?:(?:also|later|then|has|had|have|would|will|again|reportedly|allegedly|now|previously|recently|repeatedly)\s+)*$/i;
/** Light verbs whose subject is the actor of the noun they govern: "Russia launched an aerial offensive". */
const LIGHT_VERB = /\b(?:detonat(?:ed|es|ing)|set(?:s|ting)?\s+off|plant(?:ed|s|ing)|claim(?:ed|s|ing)?(?:\s+responsibility\s+for)?|respond(?:ed|s)?\s+with|retaliat(?:ed|es)\s+with|launch(?:ed|es|ing)?|carr(?:y|ied|ies|ying)\s+out|conduct(?:ed|s|ing)?|stag(?:ed|es|ing)|mount(?:ed|s|ing)?|step(?:ped|s)?\s+up|start(?:ed|s)?|beg(?:an|un|ins)|wag(?:ed|es|ing)|continu(?:ed|es)|us(?:ed|es|ing)|maintain(?:ed|s|ing)?|press(?:ed|es|ing)?|intensif(?:ied|ies|y|ying)|escalat(?:ed|es|ing)|renew(?:ed|s|ing)?|resum(?:ed|es|ing)|unleash(?:ed|es|ing)?|h(?:e|o)ld(?:s|ing)?|issu(?:ed|es|ing)|ha(?:ve|s|d)\s+(?:\w+\s+)?(?:launched|carried\s+out|conducted|used|held))\s+(?:(?:a|an|the|its|their|his|her|several|dozens\s+of|hundreds\s+of|similar|new|fresh|surprise|major|large|heavy|large-scale|renewed|repeated|“|")\s*)*(?:[\w-]+,?\s+){0,3}$/i;
const DEFINITE = /(?:\b(?:the|this|that|these|those|its|their|his|her|such)|['’]s)\s+(?:[\w-]+\s+){0,2}$/i;
const TARGET_PREP = /^\s*[“”"]?\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|overnight)\s+)?(?:on|against|targeting|at|towards?|aimed\s+at|with|upon)\s+(?:(?:the|a|an|one\s+of|some\s+of|several|dozens\s+of|its|their|our)\s+)*$/i;
const LOCATIVE = /\b(?:in|near|at|across|inside|into|throughout|outside|around|over|of|from)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const LIST_JOIN = /^\s*(?:,|,?\s*and|,?\s*or|,?\s*as\s+well\s+as)\s*(?:the\s+)?$/i;
const OBJECT_GAP_STOP = /[,;.]|\b(?:that|which|who|and|but|after|before|when|while|if|because|said|says|until|unless)\b/i;
/** Words after which a form that is both noun and verb ("attack", "strikes") is the verb. */
const VERB_CONTEXT = /\b(?:he|she|it|they|we|would|will|could|might|may|to|had|has|have|did|do|does|not|never)\s+(?:(?:also|then|still|directly)\s+)?$/i;
/** A future or planned frame for a noun in its clause: "will travel to Juba next week for talks". */
const FUTURE = /\b(?:will|shall|plans?|planned|planning|intends?|intended|expected\s+to|scheduled\s+to|set\s+to|hopes?\s+to|aims?\s+to)\b/i;
/** Trigger nouns in their civil sense: a workers' strike, an election campaign, a business operation. */
const CIVIL_SENSE =
  /\b(?:on|general|hunger|labou?r|workers['’]?|nationwide|teachers['’]?|rail|transport)\s+\u0000strikes?$|\b(?:election|electoral|presidential|vaccination|advertising|political|lobbying|pressure|awareness|fundraising|marketing|recruitment|disinformation|reelection|re-election)\s+\u0000campaigns?$|\b(?:business|commercial|mining|banking|financial|rescue|relief|humanitarian)\s+\u0000operations?$/i;
/** A condition: "if the shelling went on", "unless talks resume". */
const CONDITION = /\b(?:if|unless|whether)\b[^,;]*$/i;
/** A complement under "no evidence that", "no sign of": nothing happened that the sentence tells. */
const NO_EVIDENCE = /\bno\s+(?:evidence|sign|signs|indication|proof)\b[^.;]*$/i;
/** A complement under denial: "denied any planes were shot down". */
const DENIED = /\bden(?:y|ies|ied|ying)\b(?:(?!\b(?:and|but)\s+(?:also\s+)?(?:said|says|stated|added|claimed)\b)[^.;])*$/i;
/** Participles that only read as a capture with their object right after: "took Aleppo", "took control of the town". */
const CAPTURE_OBJECT_GAP = /^[\s“”"]*(?:(?:the|a|an|several|some|much|most|part|parts|control|of|over|large|vast|swathes|swaths|areas|territory|stretches|strategic|town|city|village|villages|key|northern|southern|eastern|western|border|provincial|regional|capital)\s+)*$/i;
/** A participle's subject right before it: "US service members are deployed", "Kenyan troops stationed". */
const ADJACENT_SUBJECT = /^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:are|is|was|were|have|has|had|been|being|now|also|currently|reportedly|still|already|who\s+are|that\s+are)\s+)*$/i;
/** Forces named by their owner: "the country's military", "his forces", "their troops" (with what follows them). */
const FORCES_OF = /\b(the\s+country['’]s|his|her|their|its)\s+(?:own\s+)?(?:(?:special|security|armed|ground|naval|air|elite|regular|allied)\s+)?(?:armed\s+forces|forces|troops|army|military|militaries|soldiers|fighters|units|jets|warplanes|members|militants|gunmen|operatives)\s*[“"]?\s*(?:(?:are|is|was|were|have|has|had|been|being|now|also|reportedly)\s+)*$/i;
/** A noun phrase right after a verb: "shelled civilian territory", "overran the camp" (not "by", "on Friday", ","). */
const UNNAMED_OBJECT = /^\s+(?!(?:by|in|on|at|to|into|from|with|for|as|after|before|during|over|near|and|but|that|which|who|yesterday|today|late|early|earlier|later|again|also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[“"]?[A-Za-z]/;
/** Adverbs, auxiliaries and punctuation: what may stand between a clause break and a verb whose subject came before. */
const FILLER = /\b(?:and|or|then|also|began|begun|begin|begins|started|starts|continued|continues|quickly|later|soon|again|still|has|have|had|is|are|was|were|be|been|being|will|would|did|do|does|not|never|now|already|\w+ly)\b|[“”",—–-]/gi;

/** Purposes that make a gathering a protest: "gathered outside the station to demand his release". */
const PROTEST_PURPOSE = /^[^.;]{0,140}?\b(?:to\s+demand|demanding|to\s+protest|protesting|in\s+protest|chanting|to\s+denounce|denouncing|calling\s+for)\b/i;
/** Protesters right before a verb of gathering or blocking: "that Sahrawi protesters had blocked". */
const PROTESTERS_BEFORE = /\b(?:protesters|protestors|demonstrators|strikers)\s+(?:(?:had|have|has|also|then|again|reportedly|briefly)\s+)*$/i;
/** An alliance or pact formed: "formed the Alliance of Sahel States", "created a joint military bloc". */
const FORMED_PACT = /^\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:alliance|coalition|confederation|pact|bloc|league|federation|union|partnership)\b/iu;
/** Forces right before a verb of arrival: "Wagner mercenaries who arrived", "the first contingent arrived". */
const ARRIVING_FORCES = /\b(?:forces|troops|soldiers|mercenaries|fighters|contingents?|peacekeepers|units|instructors|advisers|advisors|paratroopers|marines|battalions?|brigades?|personnel)\s+(?:(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4})?(?:\([^)]*\)\s+)?(?:(?:who|which|that|have|had|has|first|also|reportedly|began\s+to|started\s+to)\s+)*$/iu;

/** A weapon as the means after a verb of hitting and its object: " Kyiv with drones", " the base with artillery". */
const WITH_WEAPON = /^[^,;.]{1,60}?\swith\s+(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?|shells|mortars?|artillery|airstrikes|air\s+strikes|bombs|grenades|explosives|gunfire)\b/i;
/** Right after "fell to": the actor that took the place ("fell to the Taliban", "fell to M23 rebels"). */
const TAKER_GAP = /^\s+(?:the\s+)?$/i;
/** Between a place and "fell to": auxiliaries and adverbs only ("Kabul had quickly fallen to"). */
const FALLEN_GAP = /^\s*(?:(?:has|have|had|finally|quickly|also|reportedly|effectively|briefly|eventually|then|later)\s+)*$/i;

/** A weapon right before a verb of hitting: "a drone hit", "Similar drone attacks hit", "two missiles also slammed into". */
const WEAPON_SUBJECT = /\b(?:drones?|missiles?|rockets?|shells?|mortars?|projectiles?|bombs?|grenades?|(?:air\s*)?strikes?|airstrikes|attacks|explosives?|artillery|shelling|barrages?)\s+(?:(?:also|reportedly|allegedly|have|has|had|then|later)\s+)*$/i;

/** Whether a gated trigger's context makes it an event (see the "gates" note of the lexicon). */
function gateOpen(gate: string, doc: AnnotatedDocument, s: Sentence, span: Span, before: string, agents: string[], targets: string[]): boolean {
  const after = doc.text.slice(span.end, s.end);
  switch (gate) {
    case 'protest-purpose':
      // ("a road that protesters had blocked for weeks": who blocked it says what it was)
      return PROTEST_PURPOSE.test(after) || PROTESTERS_BEFORE.test(before);
    case 'formed-pact':
      return FORMED_PACT.test(after) && unique([...agents, ...targets]).length >= 2;
    case 'forces-arrive':
      return ARRIVING_FORCES.test(before) && agents.length > 0;
    case 'visit':
      return agents.length > 0 && targets.length > 0;
    case 'weapon-subject':
      // ("a drone hit X"; "X hit the town with drones": the weapon may follow as the means)
      return WEAPON_SUBJECT.test(before) || (targets.length > 0 && WITH_WEAPON.test(after));
    case 'aimed':
      // "launched missiles at X": fire with nothing named at its end is a test or a drill, not an attack
      return targets.length > 0;
    case 'fell-to':
      // "X fell to Y": a named place taken by a named actor ("inflation fell to 3%" names neither)
      return agents.length > 0 && targets.length > 0 && targets.every((t) => isPlaceEntity(doc, t));
    case 'named-actor':
      return agents.length > 0;
    case 'warned-would':
      return agents.length > 0 && warnedOwnAction(doc, span, after, agents);
    default:
      return false;
  }
}

/** "warned (X) that S would|will V": the clause a warning announces, with its subject S. */
const WARNED_WOULD = /^\s+(?:(?:[\p{L}'’.-]+\s+){0,3}?)?that\s+((?:[^,;.:“”"]|[“”"](?=\S)){1,60}?)\s+(?:would|will)\s+(?!not\b|never\b|be\s+(?:displaced|affected|harmed|hurt|killed|left|forced|unable)\b|have\s+to\b|need\b|face\b|suffer\b|lose\b)/u;
/** Subjects that are the one warning or its side: a pronoun, its forces, its fighters. */
const OWN_SIDE = /^(?:we|it|they|he|she|(?:our|its|their|his|her)\s+(?:[\w-]+\s+)?\w+|(?:the\s+)?(?:[\w-]+\s+)?(?:fighters|forces|troops|army|military|militants|gunmen|group|movement|rebels))$/i;
/** A warning of force to come: "warned of retaliation", "warned of a harsh response". */
const WARNED_OF = /^\s+(?:[\p{L}-]+\s+){0,2}?of\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:retaliation|reprisals?|consequences|response|military\s+action|strikes?|attacks?|war|escalation)\b/iu;

/**
 * Whether a warning announces what the one warning, or its own side, would do: "warned that its fighters would
 * punish …", "warning that Turkey would do what is necessary if they did not", "warned of retaliation". A forecast
 * of what others will suffer ("warned that thousands would be displaced") is no threat.
 */
function warnedOwnAction(doc: AnnotatedDocument, span: Span, after: string, agents: string[]): boolean {
  if (WARNED_OF.test(after)) return true;
  const m = WARNED_WOULD.exec(after);
  if (!m) return false;
  const subject = m[1]!.trim();
  if (OWN_SIDE.test(subject)) return true;
  // a named subject acts for the one warning (its country or itself), or the clause sets a condition ("… if they did not")
  const at = span.end + m.index + m[0].indexOf(m[1]!);
  const named = doc.mentions.filter((x) => x.entity !== undefined && x.start >= at && x.end <= at + m[1]!.length).map((x) => x.entity!);
  const own = named.some((k) => agents.includes(k) || agents.some((a) => doc.entities.get(a)?.country !== undefined && doc.entities.get(a)?.country === doc.entities.get(k)?.country));
  return own || (named.length > 0 && /^[^.;]{0,80}?\b(?:if|unless)\b/i.test(after.slice(m.index + m[0].length)));
}

/**
 * The speaker of a first-person quote around a trigger ("We call on them to surrender," said Z / Z said: "We urge …"):
 * the actor right after the closing quote and a verb of saying, or right before the opening one, or, for a quote
 * that is a whole sentence, the one quoted in the sentence before. `attributionOnly` skips the first-person check.
 */
function firstPersonSpeaker(doc: AnnotatedDocument, s: Sentence, span: Span, quotes: readonly Span[], inSentence: Mention[], mentions: Mention[], attributionOnly = false): string | undefined {
  const q = quotes.find((x) => span.start >= x.start && span.end <= x.end);
  if (!q || (!attributionOnly && !/\b(?:We|I)\s+(?:(?:also|again|strongly|now|hereby|therefore|once\s+again)\s+)*$/.test(doc.text.slice(Math.max(q.start, span.start - 40), span.start)))) return undefined;
  const actors = outermost(inSentence).filter((m) => isActorClass(classOf(doc, m)));
  const after = /^[\s,.]*[”"]?[\s,]*(?:said|says|added|stated|declared|told\s+[\p{L}\s]{1,30}?)\s+(?:the\s+)?/u.exec(doc.text.slice(q.end, s.end));
  if (after) {
    const m = actors.find((x) => x.start >= q.end && x.start - q.end <= after[0].length + 40);
    if (m) return m.entity;
  }
  const lead = /\b(?:said|says|added|stated|declared)\s*[:,]?\s*[“"]?\s*$/.exec(doc.text.slice(s.start, q.start));
  if (lead) return [...actors].reverse().find((x) => x.end <= s.start + lead.index)?.entity;
  // '"…," said Z. "We call on …"': a quote that is a whole sentence goes on in the voice of the one just quoted
  const prev = doc.sentences[s.index - 1];
  if (prev && /^\s*[“"]?\s*$/.test(doc.text.slice(s.start, q.start)) && !/\n\s*\n/.test(doc.text.slice(prev.end, s.start))) {
    const inPrev = mentions.filter((m) => m.start >= prev.start && m.end <= prev.end);
    const prevQuote = [...quotes].reverse().find((x) => x.start >= prev.start && x.end <= prev.end);
    if (prevQuote) return firstPersonSpeaker(doc, prev, { start: prevQuote.start, end: prevQuote.start }, quotes, inPrev, [], true);
  }
  return undefined;
}

/** Whether a clause names a subject of its own before its verb, even one no mention covers ("after police stormed"). */
function hasOwnSubject(text: string): boolean {
  return text.replace(FILLER, '').trim().length > 0;
}

/** Words that cannot stand between a modifier and its noun: "Russia's response" yes, "the US from the offensive" no. */
const FUNCTION_WORD = /\b(?:the|a|an|this|that|these|those|of|on|against|in|at|and|or|by|for|to|from|with|into|over|after|before|since|amid|during|until|following|despite|among|near|which|who|said|says|is|are|was|were|has|have|had|not|no)\b/i;
/** Verb forms in the present tense, which in a quote describe a habit or a view, not an occurrence. */
const PRESENT_FORM = /^(?:attacks|strikes|targets|seizes|captures|shells|fires|threatens|urges|demands|calls for|meets|talks with|speaks with|deploys|occupies)$/i;

/** The event mentions of a document, in text order. */
export function findEventMentions(doc: AnnotatedDocument): EventMention[] {
  const lexicon = triggerIndex();
  // The reporter's dateline is no argument of any event: neither its place nor its actor.
  const datelines = eventDatelines(doc);
  const mentions = resolvedMentions(doc).filter((m) => !inDateline(datelines, m));
  const quotes = quoteSpans(doc.text);
  const found: EventMention[] = [];

  for (const s of doc.sentences) {
    if (s.furniture && SKIPPED.has(s.furniture)) continue;
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const matches = triggersIn(doc, s, lexicon, inSentence);
    for (const { entry, span } of matches) {
      const before = doc.text.slice(s.start, span.start);
      const word = doc.text.slice(span.start, span.end);
      const quoted = isQuoted(quotes, span);
      // a speaker's own appeal in quotes counts only as "We call on …", said by someone the sentence names
      const quotedSpeaker = (entry.type === 'Appeal' || entry.type === 'Threat') && quoted ? firstPersonSpeaker(doc, s, span, quotes, inSentence, mentions) : undefined;
      if ((entry.type === 'Appeal' || entry.type === 'Threat') && quoted && !quotedSpeaker) continue;
      if (quoted && entry.frame === 'verb' && PRESENT_FORM.test(word)) continue;
      const ev = readEvent(doc, s, entry, span, word, before, inSentence, mentions, quotes, found);
      if (!ev) continue;
      if (quotedSpeaker) ev.agents = [quotedSpeaker];
      // "a truce between A and B, the latest step in peace talks": talks told without parties are between the same sides
      if (ev.type === 'Communication' && ev.agents.length === 0 && ev.targets.length === 0) {
        const sides = found.find((f) => f.sentence.index === s.index && (f.frame === 'among' || f.rule === 'event:among') && f.agents.length >= 2);
        if (sides) {
          ev.agents = [...sides.agents];
          ev.targets = [...sides.agents];
          ev.rule = 'event:among';
        }
      }
      // "The deal was reached after talks mediated by X": talks with no other side are between the sides of the deal just told
      if (ev.type === 'Communication' && ev.targets.length === 0) {
        const sides = [...found].reverse().find((f) => f.rule === 'event:among' && f.agents.length >= 2 && s.index - f.sentence.index <= 2);
        if (sides) {
          ev.targets = [...sides.agents];
          ev.agents = unique([...ev.agents, ...sides.agents]);
          ev.rule = 'event:among';
        }
      }
      // "The two sides agreed to a truce": the sides of the latest two-sided event told before
      if (ev.agents.length === 0 && BOTH_SIDES.test(before)) {
        const sides = [...found].reverse().find((f) => (f.frame === 'among' || f.rule === 'event:among') && f.agents.length >= 2);
        // else the last pair named "between A and B" just before: "a fragile arrangement between A and B. The two sides agreed"
        const parties = sides ? unique([...sides.agents, ...sides.targets]) : pairBetween(doc, s, mentions);
        if (parties.length >= 2) {
          ev.agents = parties;
          ev.targets = parties;
          ev.rule = 'event:among';
        }
      }
      // "The militants attacked the base … and briefly took control of it": a second verb shares the first one's subject
      if (entry.frame === 'verb' && SHARED_SUBJECT.test(before) && !hasOwnSubject(before.slice(before.lastIndexOf(' and ') + 5))) {
        const first = [...found].reverse().find((f) => f.sentence.index === s.index && f.frame === 'verb' && f.rule !== 'event:passive' && f.agents.length > 0);
        // ("X sent troops after militants crossed the river and raided a village": the "and" joins the clause's own verb)
        if (first && !SUBORDINATE_BETWEEN.test(doc.text.slice(first.trigger.end, s.start + before.lastIndexOf(' and ')))) ev.agents = [...first.agents];
      }
      if (THEY_SUBJECT.test(before) && (entry.frame === 'verb' || entry.frame === 'among')) {
        const sides = [...found].reverse().find((f) => f.sentence.index === s.index && f.rule === 'event:among' && f.agents.length >= 2);
        if (sides) {
          ev.agents = [...sides.agents];
          ev.targets = unique([...sides.agents, ...sides.targets]);
          ev.rule = 'event:among';
        }
      }
      // "similar attacks in June and in September": a plural trigger with coordinated dates tells one event per date
      // "stormed the town of X": a settlement stormed is taken, an attack and a capture at once
      // "Among those taken into custody was Z": one more person of an arrest told before
      if (AMONG_THOSE.test(before)) ev.rule = 'event:among-those';
      // "after decades of fighting between A and B": the background of the story, not an event it tells
      if (entry.frame === 'among' && BACKGROUND.test(before) && isBackgroundTime(doc, ev.when)) continue;
      // "The assault on Sunday targeted a position …", "The offensive drove the army out of X": a verb whose subject
      // is an attack noun just told tells that attack again; what it hit joins the noun's telling
      const host = ev.type === 'Attack' && entry.frame === 'verb' ? attackNounSubject(doc, s, span, datelines, found) : undefined;
      if (host) {
        host.targets = unique([...host.targets, ...ev.targets]);
        if (host.agents.length === 0) host.agents = [...ev.agents];
        if (ev.clausePlaces?.length) host.clausePlaces = unique([...(host.clausePlaces ?? []), ...ev.clausePlaces]);
        continue;
      }
      const taken = ev.type === 'Attack' && STORMED.test(word) && ev.targets.length > 0 && SETTLEMENT_OBJECT.test(doc.text.slice(span.end, s.end));
      const dates = coordinatedDates(doc, s, span);
      if (dates.length > 1 && /s$/i.test(word)) for (const when of dates) found.push({ ...ev, when });
      else found.push(ev);
      if (taken) found.push({ ...ev, type: 'Capture', cameo: '192', rule: 'event:stormed-settlement' });
    }
  }
  return found;
}

/** Between an attack noun and the verb it is the subject of: its modifiers ("on Sunday", "by Mali's army near the border"), one aside. */
const NOUN_SUBJECT_GAP = /^(?:\s+(?:on|in|near|at|against|by|targeting|outside|inside|late|early|last|this)\b(?:(?!\b(?:as|when|while|after|before|that|which|who|came|comes|followed|was|were|is|are|and|but)\b)[^,;:"“”]){0,80}?)?(?:\s*,[^,;:"“”]{1,80},)?\s+(?:(?:also|reportedly|allegedly|has|have|had|then|later)\s+)*$/i;
/** What opens an attack noun that opens its sentence: "The", "An Israeli", "Last week's" (after an adverbial with a comma). */
const NOUN_SUBJECT_OPENING = /^[\s“"]*(?:[^,]{0,40},\s*)?(?:the|a|an|this|that|its|their|[\p{Lu}][\p{L}]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * The attack noun told just before a verb in the same sentence whose subject it is ("The assault on Sunday targeted",
 * "A drone strike by X near Y killed"): the noun opens the sentence (after a dateline) and only its modifiers stand
 * between it and the verb.
 */
function attackNounSubject(doc: AnnotatedDocument, s: Sentence, span: Span, datelines: readonly Span[], found: EventMention[]): EventMention | undefined {
  const noun = [...found].reverse().find((f) => f.sentence.index === s.index && f.type === 'Attack' && (f.frame === 'noun' || f.frame === 'among') && f.trigger.end <= span.start);
  if (!noun || !NOUN_SUBJECT_GAP.test(doc.text.slice(noun.trigger.end, span.start))) return undefined;
  // ("The strike hit X": a bare "the strike" points back at an event told before, and its verb says what it hit)
  if (noun.definite && noun.agents.length === 0 && noun.targets.length === 0) return undefined;
  const line = datelines.find((d) => d.start >= s.start && d.end <= noun.trigger.start);
  return NOUN_SUBJECT_OPENING.test(doc.text.slice(line ? line.end : s.start, noun.trigger.start)) ? noun : undefined;
}

/** "between A and B": the two sides a later "the two sides" may point back to. */
const BETWEEN = /\bbetween\s+(?:the\s+)?$/i;
const AND_JOIN = /^\s*(?:and|&)\s+(?:the\s+)?$/i;

/** The last pair named "between A and B" in the three sentences before a sentence (nearest first), or none. */
function pairBetween(doc: AnnotatedDocument, s: Sentence, mentions: Mention[]): string[] {
  for (let i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
    const prev = doc.sentences[i]!;
    const inPrev = outermost(mentions.filter((m) => m.start >= prev.start && m.end <= prev.end));
    for (let j = inPrev.length - 2; j >= 0; j--) {
      const a = inPrev[j]!;
      const b = inPrev[j + 1]!;
      if (a.entity === b.entity || !BETWEEN.test(doc.text.slice(Math.max(prev.start, a.start - 20), a.start))) continue;
      if (AND_JOIN.test(doc.text.slice(a.end, b.start))) return [a.entity!, b.entity!];
    }
  }
  return [];
}

/** A letter outside ASCII: part of a word, as `\p{L}` in the forms' word boundaries. */
const NON_ASCII_LETTER = /\p{L}/u;

/** Whether a UTF-16 unit belongs to a word run (letters and hyphens: the forms' word boundaries are `[\p{L}-]`). */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
  return NON_ASCII_LETTER.test(text[i]!);
}

/**
 * Trigger matches of one sentence; overlapping matches keep the longest, and a verb reading where a subject touches it.
 * Each word is looked up among the forms' first words and only the entries it can begin are tried, anchored there:
 * the same matches as scanning the sentence with every entry, at a fraction of the cost.
 */
function triggersIn(doc: AnnotatedDocument, s: Sentence, lexicon: TriggerIndex, inSentence: Mention[]): { entry: TriggerEntry; span: Span }[] {
  const text = doc.text.slice(s.start, s.end);
  const all: { entry: TriggerEntry; span: Span }[] = [];
  // a global scan resumes after its last match: an entry is not tried again inside a match of its own
  const resumeAt = new Map<number, number>();
  for (let i = 0; i < text.length; ) {
    if (!isWordUnit(text, i)) {
      i++;
      continue;
    }
    const from = i;
    while (i < text.length && isWordUnit(text, i)) i++;
    if (i - from < lexicon.shortest || i - from > lexicon.longest) continue;
    const candidates = lexicon.byFirstWord.get(text.slice(from, i).toLowerCase());
    if (!candidates) continue;
    for (const k of candidates) {
      if ((resumeAt.get(k) ?? 0) > from) continue;
      const entry = lexicon.entries[k]!;
      entry.regex.lastIndex = from;
      const m = entry.regex.exec(text);
      if (!m) continue;
      resumeAt.set(k, from + m[0].length);
      const span = { start: s.start + from, end: s.start + from + m[0].length };
      // A trigger inside a name ("Operation Inherent Resolve", "Attack Helicopter Battalion") is part of the name.
      if (inSentence.some((x) => x.start <= span.start && x.end >= span.end)) continue;
      all.push({ entry, span });
    }
  }
  const touchesSubject = (span: Span): boolean =>
    VERB_CONTEXT.test(doc.text.slice(s.start, span.start)) ||
    // ("which the AU first deployed": an adverb of time or manner may stand between the subject and its verb)
    inSentence.some((x) => x.end <= span.start && isActorClass(classOf(doc, x)) && /^\s*(?:(?:has|have|had|also|reportedly|then|first|later|initially|again|quickly|\w+ly)\s+)*$/.test(doc.text.slice(x.end, span.start)));
  all.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: { entry: TriggerEntry; span: Span }[] = [];
  for (const c of all) {
    const last = kept[kept.length - 1];
    if (last && c.span.start < last.span.end) {
      const sameSpan = c.span.start === last.span.start && c.span.end === last.span.end;
      if (sameSpan && c.entry.frame === 'verb' && last.entry.frame !== 'verb' && touchesSubject(c.span)) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}

/** A noun that is one of a plural told just before: "dozens of attacks …, including an assault on a base". */
const INCLUDING = /,\s*including\s+(?:an?|the|one|two)\s+(?:[\w-]+\s+){0,2}$/i;

/** Whether a time expression modifies the trigger noun from inside its phrase: "the March 2024 assault". */
function dateInPhrase(doc: AnnotatedDocument, s: Sentence, span: Span): boolean {
  return doc.times.some((t) => t.sentence === s.index && t.end <= span.start && span.start - t.end <= 3 && /^[\s-]*$/.test(doc.text.slice(t.end, span.start)));
}

/** A noun named as what something is: "called a 'stern warning'", "described it as a final warning". */
const CALLED_A = /\b(?:call(?:ed|s)|describ(?:ed|es)|term(?:ed|s)|branded)\s+(?:(?:it|them|this|that|the\s+\w+)\s+)?(?:as\s+)?(?:an?\s+)?[“"]?\s*(?:[\w-]+\s+){0,2}$/i;

/** An active killing verb with its object, then "in a …" right before an attack noun: the noun is its means. */
const INSTRUMENT_OF_VERB = /\b(?:killed|killing|assassinated|wounded|injured|attacked|struck|hit|targeted|destroyed)\s+(?!(?:in|by|on|during|last|this|earlier)\b|at\s+(?!least\b))[^,;.:"“”]{1,80}?\s+in\s+(?:an?|the|one)\s+(?:[\w.-]+\s+){0,3}$/i;

/** A determiner or possessive right before a noun of what someone suffered: "the killing", "Z's arrest", "his detention". */
const DETERMINED = /(?:\b(?:the|a|an|this|that|its|his|her|their|whose|another)|\p{L}['’]s?)\s+(?:(?!(?:of|to|in|on|at|by|for|from|with|and|or)\b)[\p{L}\d-]+\s+){0,3}$/iu;
/** What follows a noun in "-ing" rather than a gerund's object: "the killing of", "the killing in Tripoli", a comma. */
const NOUN_FOLLOWS = /^\s*(?:$|[,.;:)”"]|(?:of|in|on|at|by|near|last|this|earlier|was|were|has|had|is|are|that|which|sparked|triggered|drew|prompted)\b)/i;
/** Head nouns after an event noun that make it a modifier: "special operations unit", "attack helicopters". */
const MODIFIED_HEAD = /^\s+(?:police|policemen|units?|leaders?|organi[sz]ers?|command|squads?|teams?|force|helicopters?|drones?|rifles?|aircraft|jets?|boats?|vessels?|capabilit(?:y|ies)|brigades?|battalions?|wing|divisions?|cells?|centre|center|room|doctrine|planning|plans?|groups?|submarines?)\b/i;
/** A capture verb, its object, then "in a …" right before an attack noun: "seized the town in a lightning offensive". */
const MEANS_OF_FORCE = /\b(?:seized|captured|took|taken|retook|retaken|recaptured|overran|overrun|regained|gained|wrested|occupied|drove|pushed|forced)\b(?!\s+(?:by|in)\b)[^,;:"“”]{1,80}?\s+in\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}$/i;
/** A passive killing right before an attack noun: "who was killed in a suicide bombing", "were wounded in an ambush". */
/** Before a fight noun: its victims' passive, a time between ("were killed on Wednesday in a gunfight"). */
const KILLED_IN_FIGHT = /\b(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|shot\s+dead)\s+(?:(?:on|late|early)\s+\p{Lu}\p{Ll}+\s+(?:(?:morning|evening|night|afternoon)\s+)?)?in\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}$/u;

const KILLED_IN = /\b(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|assassinated|murdered)\s+in\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}$/i;
/** An attack noun's own verb of killing, after its modifiers: " near X killed ", " on a market in Y wounded ". */
const NOUN_KILLED = /^(?:\s+(?:on|near|in|at|against|targeting|outside|inside)\s+[^,;:"“”]{1,80}?)?\s+(?:(?:also|reportedly|allegedly|has|have|had)\s+)*(?:killed|wounded|injured)\s+/i;
/** Counts before the ones killed, which a mention may or may not include: "at least 18", "dozens of". */
const CASUALTY_COUNT = /^(?:(?:at\s+least|dozens\s+of|scores\s+of|hundreds\s+of|several|some|about|around|nearly|more\s+than|up\s+to|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+)*$/i;

/** Counted people right after a verb of killing: " 54 soldiers", " dozens of Varnian troops", " at least nine civilians". */
const COUNTED_VICTIMS = /^\s+(?:(?:at\s+least|more\s+than|nearly|about|around|some|up\s+to|over)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several)\s+(?:of\s+)?(?:(?:its|their|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:soldiers|troops|civilians|people|policemen|police\s+officers|officers|peacekeepers|militants|fighters|rebels|insurgents|villagers|worshippers|passengers|guards|personnel|recruits|members)\b/iu;

/** A superlative class the noun ranks an event in: "one of the deadliest assaults", "among the worst attacks". */
const RANKED_AMONG = /\b(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:\w+est|worst|most\s+\w+|largest|biggest)\s+(?:[\w-]+\s+){0,2}$/i;

/** Words after which a participle modifies a noun: "release detained officials", "families of kidnapped girls". */
const FREED_BEFORE = /\b(?:release|releases|released|releasing|free|frees|freed|freeing|families\s+of|relatives\s+of|return\s+of|release\s+of|rescue\s+of|rescued|rescuing|swap\s+of|exchange\s+of)\s+(?:all\s+|the\s+|other\s+|remaining\s+)*$/i;

/** A noun for an event feared, weighed, expected or prevented: "bracing for an attack", "weighing strikes on X". */
const ANTICIPATED = /\b(?:brac(?:ed|es|ing)\s+for|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|contemplat(?:es|ed|ing)|fears?\s+(?:of\s+)?|feared|fearing|expect(?:s|ed|ing)?|anticipat(?:es|ed|ing)|known\s+for|prevented|averted|forestalled|risk\s+of|threat\s+of|prospect\s+of|possibility\s+of|possible|potential|imminent|would-be)\s+(?:(?:an?|the|any|new|further|more|fresh|future|retaliatory|large-scale|major)\s+)*(?:[\p{L}-]+\s+)?$/iu;
/** Verbs that take "talks" as a noun no one held: "rejected talks with", "proposed talks with". */
const NOT_HELD_TALKS = /\b(?:reject(?:s|ed|ing)?|refus(?:es|ed|ing)|rul(?:es|ed|ing)\s+out|boycott(?:s|ed|ing)?|suspend(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:off|for)|cancel(?:s|led|ed|ling|ing)?|postpon(?:es|ed|ing)|propos(?:es|ed|ing)|offer(?:s|ed|ing)?|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|urg(?:es|ed|ing))\s+(?:(?:direct|new|further|peace|formal|any)\s+)*$/i;

/** A trend told of a plural event noun: "attacks on aid workers have increased", "strikes rose by 30% last year". */
const TREND_AFTER = /^(?:\s+(?:on|against|by|in|across|from)\s+[^,;.]{1,60}?)?\s+(?:(?:have|has|had)\s+(?:(?:also|steadily|sharply|significantly|dramatically)\s+)?(?:increased|risen|grown|surged|declined|decreased|dropped|fallen|doubled|tripled|become\s+(?:more|less|increasingly))\b|(?:rose|fell|increased|declined|dropped|surged|doubled|grew)\s+(?:by|to|sharply|steadily|\d))/i;

/** Present-tense attack verbs, habitual in a relative clause ("militants who attack convoys"). */
const HABITUAL_FORM = /^(?:attack|attacks|strike|strikes|target|targets|raid|raids|kill|kills|shell|shells|ambush|ambushes|kidnap|kidnaps|abduct|abducts)$/i;

/** Offices that sanction, fund or talk and never fight: a treasury, a finance, foreign or state department. */
const CIVIL_OFFICE = /\b(?:treasury|ministry\s+of\s+finance|finance\s+ministry|department\s+of\s+state|state\s+department|foreign\s+(?:ministry|office|affairs)|ministry\s+of\s+foreign|office\s+of\s+foreign\s+assets\s+control|ofac)\b/i;

/** Right after a participle: its "by" phrase ("fired by the X", "attacked by gunmen"). */
const REDUCED_PASSIVE_AFTER = /^\s+by\s/i;
/** "by", then the actor, with at most title words between: " by the ", " by US President ". */
const BY_RIGHT_AFTER = /^\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
/** Between an event noun and who claimed it: " that ", " on Sunday that the ". */
const CLAIM_GAP = /^(?:\s+[^,;:.“”"]{0,40}?)?\s+(?:that|which)\s+(?:the\s+)?$/i;
/** After that actor: its verb of claiming. */
const CLAIM_VERB = /^\s+(?:\([^)]*\)\s+)?(?:(?:has|had|later|quickly|swiftly|also|promptly|subsequently)\s+)*claimed\b/i;
/** Between an event noun and who is blamed for it: " blamed on ", " that officials blamed on the ", " attributed to ". */
/** Between an event noun and who claimed it in the passive: ", in Mecula district, was claimed by the ". */
const CLAIMED_BY_GAP = /^(?:[^;:.“”"]{0,80}?)\s(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:later|quickly|swiftly|also|promptly|subsequently)\s+)?claimed\s+by\s+(?:the\s+)?$/i;
const BLAMED_GAP = /^(?:\s+[^;:.“”"]{0,50}?)?\s+(?:blamed\s+on|attributed\s+to)\s+(?:the\s+)?$/i;

/** Who claimed an event noun or is blamed for it: "an attack that X claimed", "a string of attacks blamed on X". */
function claimedBy(doc: AnnotatedDocument, s: Sentence, span: Span, actors: Mention[]): string[] {
  for (const m of actors) {
    if (m.start < span.end || !isActorClass(classOf(doc, m))) continue;
    const gap = doc.text.slice(span.end, m.start);
    if (gap.length > 100) break;
    if (CLAIMED_BY_GAP.test(gap)) return [m.entity!];
    if (gap.length > 80) continue;
    if (BLAMED_GAP.test(gap)) return withList(doc, headsOnly(doc, actors.filter((x) => x.start >= m.start)));
    if (CLAIM_GAP.test(gap) && CLAIM_VERB.test(doc.text.slice(m.end, s.end))) return [m.entity!];
  }
  return [];
}

/** Between a protest verb and whom it addresses: " on Monday to demand that the ", ", demanding the resignation of ". */
const PROTEST_ADDRESS = /^(?:[^;:.“”"]{0,80}?[\s,])?(?:to\s+(?:demand|protest|denounce|condemn|press|urge)|demanding|denouncing|condemning|protesting|urging|calling\s+on|against)\s+(?:that\s+)?(?:(?:the\s+)?(?:resignation|ouster|removal|departure|downfall)\s+of\s+)?(?:the\s+)?$/i;

/**
 * Whom a protest is aimed at: the actor a demand or protest clause after the verb names first ("to demand that the
 * government release them", "demanding the resignation of Z", "to protest the government's plan"). Places and the
 * protesters' own kind are never it.
 */
function protestAddressee(doc: AnnotatedDocument, s: Sentence, span: Span, actors: Mention[]): string[] {
  for (const m of actors) {
    if (m.start < span.end) continue;
    const gap = doc.text.slice(span.end, m.start);
    if (gap.length > 120) break;
    const cls = classOf(doc, m);
    if (!isActorClass(cls) || cls === 'CollectiveActor') continue;
    // "demanding Z's release": the one to be freed is not the one asked
    if (/^['’]s?\s+(?:immediate\s+|unconditional\s+)?(?:release|freedom|return|acquittal)\b/i.test(doc.text.slice(m.end, m.end + 30))) continue;
    // ("the resignation of President Z": a person's title words stand before the name)
    if (PROTEST_ADDRESS.test(cls === 'Person' ? gap.replace(/(?:\p{Lu}[\p{L}.-]*\s+){1,3}$/u, '') : gap)) return [m.entity!];
  }
  return [];
}

/** Event types in which an actor uses force or deploys it. */
const FORCE_TYPE = /^(?:Attack|Capture|Arrest|Deployment)$/;

function readEvent(
  doc: AnnotatedDocument,
  s: Sentence,
  entry: TriggerEntry,
  span: Span,
  word: string,
  before: string,
  inSentence: Mention[],
  mentions: Mention[],
  quotes: readonly Span[],
  earlier: readonly EventMention[],
): EventMention | undefined {
  // Arguments are whole names: "Somalia" inside "African Union Mission in Somalia" is a place, not an actor
  const actors = outermost(inSentence);
  const agents: string[] = [];
  const targets: string[] = [];
  let type = entry.type;
  let cameo = entry.cameo;
  let rule = `event:${entry.frame}`;
  let casualtiesOnly = false;
  const verbal = entry.frame === 'verb' || entry.frame === 'passive-target';

  if (DENIED.test(before) || CONDITION.test(before) || NO_EVIDENCE.test(before)) return undefined;
  // "entered the town" is a deployment only for forces: "the fighting entered its second week" is not
  if (/^entered$/i.test(word) && (!ENTERING_FORCES.test(before) || SPELL_OF_TIME.test(doc.text.slice(span.end, s.end)))) return undefined;
  // "release those detained": a participle used as a noun tells no new event
  // ("thousands of people marched" is a verb: people act in a protest)
  if (verbal && /ed$/i.test(word) && /\b(?:those|the|people|persons|anyone|everyone|all|others)\s+$/i.test(before) && !(type === 'Protest' && /\b(?:people|persons)\s+$/i.test(before))) return undefined;
  // "release detained officials", "the families of abducted students": a participle before its noun is an adjective
  if (verbal && /ed$/i.test(word) && FREED_BEFORE.test(before) && /^\s+\p{Ll}/u.test(doc.text.slice(span.end, span.end + 3))) return undefined;
  // "evacuated 40 wounded civilians", "exchange signed documents", "destroying 19 targets": an adjective or a noun
  if (verbal && !/\s/.test(word) && ADJECTIVAL.test(before) && (/s$/i.test(word) || (/ed$/i.test(word) && /^\s+[a-z]/.test(doc.text.slice(span.end, span.end + 3))))) return undefined;
  if (CIVIL_SENSE.test(`${before.slice(-40)}\u0000${word}`)) return undefined;
  // "…, in one of the deadliest assaults on civilians this year": a class the event is ranked in, not another event
  if (!verbal && RANKED_AMONG.test(before)) return undefined;
  // "attacks on aid workers have increased": a count of events that rose or fell is no event
  if (!verbal && /s$/i.test(word) && TREND_AFTER.test(doc.text.slice(span.end, s.end))) return undefined;
  // "fighters who attack its security forces": a present tense after a relative pronoun (verb or noun trigger alike)
  // tells a habit, not an event
  if (HABITUAL_FORM.test(word) && /\b(?:who|which|that)\s+(?:(?:often|regularly|routinely|frequently|still|also|repeatedly)\s+)?$/i.test(before)) return undefined;
  if (verbal || entry.frame === 'passive-agent') {
    const unreal = UNREAL_VERB.exec(before);
    if (unreal) {
      // "stated it would attack any loudspeakers": a reported intent to use force is a threat.
      if (type === 'Attack' && /\b(?:would|will)\s+$/i.test(unreal[0]) && /\b(?:said|says|stated|warned|vowed|threatened|announced)\b/.test(before)) {
        type = 'Threat';
        cameo = '138';
        rule = 'event:threat-intent';
      } else return undefined;
    }
  } else if (UNREAL_NOUN.test(before) || GENERIC_NOUN.test(before) || ANTICIPATED.test(before) || FUTURE.test(clauseBefore(doc, s, span.start))) return undefined;
  // "Ukraine rejected talks with Russia": "talks" is the noun a verb of refusing or proposing takes, not a meeting
  if (/^talks\s+with$/i.test(word) && NOT_HELD_TALKS.test(before)) return undefined;

  const subject = (): string[] => subjectOf(doc, s, span, before, actors, mentions);
  const object = (capture: boolean, attack: boolean): string[] => objectOf(doc, s, span, actors, capture, attack);

  // "repelled an attack": the attack is told by its noun, with the repeller as its target
  if (verbal && /^(?:repelled|repulsed|pushed\s+back|drove\s+back|beat\s+back)$/i.test(word) && REPELLED_OBJECT.test(doc.text.slice(span.end, s.end))) return undefined;

  switch (entry.frame) {
    case 'verb': {
      // "Rockets fired by X landed", "a convoy attacked by gunmen": a participle with its "by" phrase is a passive
      // whose subject is the noun it follows (an actor only when one is named right before it)
      const reduced = /ed$/i.test(word) && !PASSIVE.test(before) && REDUCED_PASSIVE_AFTER.test(doc.text.slice(span.end, Math.min(s.end, span.end + 8)));
      if (reduced && entry.type !== 'Deployment') {
        // (the "by" phrase is the participle's own: "initialled by the two ministers …, at a summit hosted by Z" names no Z)
        const first = actors.find((m) => m.start >= span.end);
        if (!first || !isActorClass(classOf(doc, first)) || !BY_RIGHT_AFTER.test(doc.text.slice(span.end, first.start))) return undefined;
        agents.push(...withList(doc, headsOnly(doc, actors.filter((m) => m.start >= first.start))));
        const head = [...actors].reverse().find((m) => m.end <= span.start && isActorClass(classOf(doc, m)));
        if (head && /^\s*,?\s*$/.test(doc.text.slice(head.end, span.start))) targets.push(head.entity!);
        rule = 'event:passive';
      } else if (PASSIVE.test(before) && !/ing$/i.test(word.split(/\s+/)[0]!) && entry.type !== 'Deployment') {
        // "Z, a member of the X's council who was killed by W": the person the description is apposed to
        const person = describedPerson(doc, s, before, actors);
        targets.push(...(person ? [person] : subject()));
        agents.push(...byPhrase(doc, s, span, actors));
        // "Three men were arrested on Monday, police said": a force reporting a detention told without its "by" made it
        if (type === 'Arrest' && agents.length === 0) agents.push(...reportingForce(doc, s, actors));
        rule = 'event:passive';
      } else {
        // "the US military communicating with Moscow": a participle's actor is the phrase it hangs on
        // "began deploying": an aspect verb makes the participle finite, with the clause's subject
        const participle = /ing$/i.test(word.split(/\s+/)[0]!) && !/\b(?:is|are|was|were|been|be|began|begun|begin|begins|started|starts|continued|continues|kept|keeps)\s+(?:\w+ly\s+)?$/i.test(before);
        const near = participle ? nearestBefore(doc, s, span, actors, mentions, before) : [];
        // "X issued a statement on Thursday calling on Y": a participle with no actor beside it hangs on the clause's subject
        // ("raided the offices on Monday, detaining one of its leaders": a participle after a comma, likewise)
        // ("Z said that X must leave, warning that …": a participle after the main clause hangs on its subject, Z)
        const trailing = participle && near.length === 0 && /^(?:Appeal|Threat)$/.test(type) && /,\s*$/.test(before) ? sentenceSubject(doc, s, span, actors) : [];
        agents.push(...(participle ? (trailing.length ? trailing : near.length || !(/^(?:Appeal|Communication|Threat)$/.test(type) || /,\s*$/.test(before)) ? near : subject()) : subject()));
        // troops deploy somewhere, not against someone: what follows is a place
        // (the pact a coalition forms is no party to it)
        // (a protest is against someone, never the road it blocks or the square it fills)
        const protestObject = type !== 'Protest' || /^\s+against\b/i.test(doc.text.slice(span.end, s.end));
        if (type !== 'Deployment' && entry.gate !== 'formed-pact' && protestObject) targets.push(...object(entry.type === 'Capture', entry.type === 'Attack'));
        // "marched … to demand that the government release them", "rallied, demanding the resignation of Z"
        // (a protest by nobody named is dropped, as before: the demand alone does not make it one)
        if (type === 'Protest' && targets.length === 0 && agents.length > 0) targets.push(...protestAddressee(doc, s, span, actors));
      }
      break;
    }
    case 'passive-agent': {
      // "Officers of X, backed by Y, were sent to Z": the opener, not the last actor of the aside
      // ("Hundreds of X reinforcements, many of them drawn from Y, have been sent to Z": the phrase before the aside)
      const behindAside = subjectBeforeAside(doc, s, span, actors);
      const opener = behindAside.length ? undefined : openerWithAside(doc, s.start, span.start, actors);
      agents.push(...(behindAside.length ? behindAside : opener ? [opener.entity!] : nearestBefore(doc, s, span, actors, mentions, before)));
      break;
    }
    case 'passive-target':
      if (entry.gate === 'fell-to') {
        // "Goma fell to M23 rebels": the place right before the trigger was taken by the actor right after it
        const taken = [...actors].reverse().find((m) => m.end <= span.start && isPlaceClass(classOf(doc, m)) && FALLEN_GAP.test(doc.text.slice(m.end, span.start)));
        const taker = actors.find((m) => m.start >= span.end && isActorClass(classOf(doc, m)));
        if (taken) targets.push(taken.entity!);
        if (taker && TAKER_GAP.test(doc.text.slice(span.end, taker.start))) agents.push(taker.entity!);
        break;
      }
      targets.push(...subject());
      agents.push(...byPhrase(doc, s, span, actors));
      // "Troops came under fire": the article's one military force
      if (targets.length === 0) targets.push(...articleForce(doc, s, span, before));
      break;
    case 'among': {
      const parties = amongParties(doc, s, span, actors);
      if (parties.length) {
        agents.push(...parties);
        targets.push(...parties);
        break;
      }
      // "The ceasefire, brokered by Doha and Cairo", "a Qatar-brokered truce": the brokers stand for the deal's making
      const brokers = brokersOf(doc, s, span, actors);
      if (brokers.length) {
        agents.push(...brokers);
        rule = 'event:brokered';
        break;
      }
      if (entry.partiesOnly) return undefined;
      agents.push(...nominalAgents(doc, s, span, before, actors, mentions));
      targets.push(...nounTargets(doc, s, span, actors));
      // "two members of X were killed on Wednesday in a gunfight with Y": who died fought the side the "with" names
      // ("were killed in the clashes", with no side named, points back at a fight told before: it adds nothing)
      const fell = type === 'Attack' && agents.length === 0 && targets.length > 0 ? KILLED_IN_FIGHT.exec(before) : null;
      if (fell) {
        const victims = victimOf(doc, s, s.start + fell.index, before.slice(0, fell.index), actors, mentions);
        if (victims.length) {
          agents.push(...targets.splice(0, targets.length));
          targets.push(...victims);
        }
      }
      break;
    }
    case 'patient': {
      // "Z's killing", "the assassination of Z by W", "his arrest": told as a noun, with who suffered it before or after
      // ("accused them of killing civilians": a gerund with its object is a verb, told by the clause around it)
      if (!DETERMINED.test(before) || (/ing$/i.test(word) && !NOUN_FOLLOWS.test(doc.text.slice(span.end, s.end)))) return undefined;
      const sufferers = patientsOf(doc, s, span, before, actors, mentions);
      agents.push(...sufferers.agents, ...byPhrase(doc, s, span, actors).filter((k) => !sufferers.targets.includes(k)));
      targets.push(...sufferers.targets);
      break;
    }
    case 'noun': {
      // "Z killed W in a massive strike on Y": the strike is how the killing was done, one event told by the verb
      if (type === 'Attack' && INSTRUMENT_OF_VERB.test(before)) return undefined;
      // "since his capture in Kenya": a person's capture is his arrest, he its sufferer
      if (type === 'Capture' && /\b(?:his|her)\s+$/i.test(before)) {
        const sufferers = patientsOf(doc, s, span, before, actors, mentions);
        if (sufferers.targets.length === 0 || sufferers.targets.some((t) => doc.entities.get(t)?.cls !== 'Person')) return undefined;
        type = 'Arrest';
        cameo = '173';
        targets.push(...sufferers.targets);
        agents.push(...sufferers.agents);
        break;
      }
      // "special operations unit", "attack helicopters": the noun names a kind of unit or weapon, not an event
      if (MODIFIED_HEAD.test(doc.text.slice(span.end, Math.min(s.end, span.end + 20)))) return undefined;
      // "talks between A and B": both sides talk
      const parties = type === 'Communication' ? amongParties(doc, s, span, actors) : [];
      if (parties.length >= 2) {
        agents.push(...parties);
        targets.push(...parties);
        rule = 'event:among';
        break;
      }
      const repelled = type === 'Attack' ? REPELLED_BEFORE.exec(before) : null;
      if (repelled) {
        // "the army said it had repelled an attack on the town": the army and the town were attacked, by whoever the "by" phrase names
        const at = s.start + repelled.index;
        agents.push(...byPhrase(doc, s, span, actors));
        targets.push(...nounTargets(doc, s, span, actors), ...subjectOf(doc, s, { start: at, end: at }, before.slice(0, repelled.index), actors, mentions));
        rule = 'event:repelled';
        break;
      }
      agents.push(...nominalAgents(doc, s, span, before, actors, mentions));
      // "Z's bid for a third term set off mass protests": what set protests off is what they were against
      if (type === 'Protest' && CAUSED_BEFORE.test(before)) targets.push(...agents.splice(0, agents.length));
      // "an attack that X claimed", "attacks blamed on X": who claimed it or is blamed for it is its actor
      if (agents.length === 0 && (type === 'Attack' || type === 'Arrest')) agents.push(...claimedBy(doc, s, span, actors));
      if (agents.length === 0 && INCLUDING.test(before)) {
        const plural = [...earlier].reverse().find((f) => f.sentence.index === s.index && f.type === type && f.agents.length > 0);
        if (plural) agents.push(...plural.agents);
      }
      // "drills that Beijing called a 'stern warning'": whoever calls a thing a warning is the one warning
      const called = type === 'Threat' && agents.length === 0 ? CALLED_A.exec(before) : null;
      if (called) agents.push(...subjectOf(doc, s, { start: s.start + called.index, end: s.start + called.index }, before.slice(0, called.index), actors, mentions));
      targets.push(...nounTargets(doc, s, span, actors, type === 'Communication'));
      if (type === 'Attack') {
        // "a strike near X killed three men": the noun is the subject of a killing whose object it hit
        const killed = killedByNoun(doc, s, span, actors);
        if (targets.length === 0 && killed.length > 0) casualtiesOnly = true;
        targets.push(...killed);
        // "X seized Y in a lightning offensive": the one who took it waged the offensive
        const means = agents.length === 0 ? MEANS_OF_FORCE.exec(before) : null;
        if (means) agents.push(...subjectOf(doc, s, { start: s.start + means.index, end: s.start + means.index }, before.slice(0, means.index), actors, mentions));
        // "Z, who was killed in a suicide bombing": who died in it was hit by it
        const victim = KILLED_IN.exec(before);
        if (victim) targets.push(...victimOf(doc, s, s.start + victim.index, before.slice(0, victim.index), actors, mentions));
      }
      break;
    }
  }

  // "Troops took control of the camps": unnamed troops acting are the article's one military force
  if (entry.frame === 'verb' && rule !== 'event:passive' && agents.length === 0) agents.push(...articleForce(doc, s, span, before));
  // a news outlet reports force, it never uses it: "(Reuters) - A suicide bomber killed …" names no attacker
  // (nor does a civil office that sanctions or negotiates: "the Treasury … their attacks" is another's attack)
  if (FORCE_TYPE.test(type)) {
    const kept = agents.filter((k) => {
      const e = doc.entities.get(k);
      return e?.cls !== 'MediaOutlet' && !(type !== 'Arrest' && e !== undefined && e.names.some((n) => CIVIL_OFFICE.test(n)));
    });
    agents.splice(0, agents.length, ...kept);
    // ("Sep 17 (PTI) Three militants were arrested": the agency credited in parentheses is nobody's target)
    const credited = (k: string): boolean => doc.entities.get(k)?.cls === 'MediaOutlet' && actors.some((m) => m.entity === k && doc.text[m.start - 1] === '(' && doc.text[m.end] === ')');
    targets.splice(0, targets.length, ...targets.filter((k) => !credited(k)));
  }
  // "Kosovo and Serbia reached a deal", "signed an accord with Rwanda": an agreement binds every party alike
  // ("the accord signed by A and B": the parties are the "by" list, none of them a target until shared)
  if (type === 'Agreement' && verbal && (rule !== 'event:passive' || targets.length === 0)) {
    const parties = unique([...agents, ...targets]);
    if (parties.length >= 2) {
      agents.splice(0, agents.length, ...parties);
      targets.splice(0, targets.length, ...parties);
      rule = 'event:among';
    }
  }
  // "X hosted talks between A and B": the talks are between the two sides, as the noun alone would tell them
  if (type === 'Communication' && verbal && HOSTED_TALKS.test(word)) {
    const parties = amongParties(doc, s, span, actors);
    if (parties.length >= 2) {
      agents.splice(0, agents.length, ...parties);
      targets.splice(0, targets.length, ...parties);
      rule = 'event:among';
    }
  }
  // "met in Beirut with U.S. envoy Z", "talked on Monday with Y": the partner follows a place or a time
  if (type === 'Communication' && verbal && targets.length === 0) {
    const partner = WITH_PARTNER.exec(doc.text.slice(span.end, s.end));
    if (partner) {
      const from = span.end + partner[0].length;
      const first = headsOnly(doc, actors.filter((m) => m.start >= from && isActorClass(classOf(doc, m))))[0];
      if (first && /^[\p{L}\s.'’-]{0,40}$/u.test(doc.text.slice(from, first.start))) targets.push(...withList(doc, actors.filter((m) => m.start >= first.start)));
    }
  }
  // "summoned the Turkish charge d'affaires": an envoy named by a demonym stands for the country
  if (type === 'Communication' && verbal && targets.length === 0) {
    const envoy = demonymEnvoy(doc, doc.text.slice(span.end, s.end));
    if (envoy) targets.push(envoy);
  }
  // "asked Kabul to stop …" is an appeal; "asked not to be named" or "asked about" is not
  if (ASKED.test(word) && !ASKED_TO.test(doc.text.slice(span.end, s.end))) return undefined;
  // "X claimed the raid": a claim of an event told before, whose agent it names
  // ("it claimed the March 2024 assault on X": a date inside the noun phrase tells another event, one of its own)
  if ((entry.frame === 'noun' || entry.frame === 'patient') && CLAIMED_BEFORE.test(before) && !dateInPhrase(doc, s, span)) rule = 'event:claimed';
  // "A and B met in Tirel": a meeting with no object is between its coordinated subjects
  if (type === 'Communication' && verbal && targets.length === 0 && unique(agents).length >= 2 && /^(?:met|talked|h(?:e|o)ld(?:s|ing)?\s+(?:[\w-]+\s+){0,3}talks)$/i.test(word)) {
    targets.push(...agents);
    rule = 'event:among';
  }
  // "the enemy was pushed back toward the hill": driven back by nobody named tells nothing
  // ("border guards pushed back nine boats": nobody named on either side is no attack either)
  if ((rule === 'event:passive' || targets.length === 0) && agents.length === 0 && /^(?:pushed|drove|driven|forced|beat|beaten)\b/i.test(word)) return undefined;
  // "Z, who was killed by a rival gang": a passive counts when its "by" phrase names the actor
  // ("Z was killed in 2007": a named person killed is an attack on that person, its killer untold)
  const namedVictim = entry.activeOnly && rule === 'event:passive' && agents.length === 0 && targets.some((t) => doc.entities.get(t)?.cls === 'Person') && !/^\s+(?:in|during)\s+(?:an?|the|one)\s/i.test(doc.text.slice(span.end, s.end));
  // "the group killed 54 soldiers in two attacks": counted people no recognizer named were hit all the same
  const countedVictims = entry.activeOnly && rule !== 'event:passive' && agents.length > 0 && targets.length === 0 && COUNTED_VICTIMS.test(doc.text.slice(span.end, s.end));
  if (entry.activeOnly && (agents.length === 0 || targets.length === 0) && !namedVictim && !countedVictims) return undefined;
  // gated verbs: "formed the X Alliance", "gathered … to demand", "arrived" said of forces, "visited X"
  if (entry.gate && !gateOpen(entry.gate, doc, s, span, before, agents, targets)) return undefined;
  // Capture verbs such as "took" are common words: without something taken they are not a capture.
  if (type === 'Capture' && entry.frame === 'verb' && targets.length === 0 && /^(?:took|taken|take|seized?|seizes)$/i.test(word) && !HELD_GROUND.test(doc.text.slice(span.end, s.end))) return undefined;
  // "captured a senior rebel commander": a person captured is arrested
  if (type === 'Capture' && entry.frame === 'verb' && (targets.some((t) => doc.entities.get(t)?.cls === 'Person') || CAPTURED_PERSON.test(doc.text.slice(span.end, s.end)))) {
    type = 'Arrest';
    cameo = '173';
  }
  if (type === 'Attack') targets.push(...killedAfter(doc, s, span, actors));
  // "fired water cannon at a Philippine supply boat": an unnamed object of a country's is that country's
  if (type === 'Attack' && verbal && targets.length === 0) {
    const owner = demonymObject(doc, doc.text.slice(span.end, s.end));
    if (owner) targets.push(owner);
  }

  const places = placesOf(doc, s, inSentence);
  // "The strikes on X followed …, when militants attacked a base": X is not where the base stands
  const region = clauseRegion(doc, s, span);
  const clausePlaces = placesOf(doc, s, inSentence.filter((m) => m.start >= region.start && m.end <= region.end));
  const placesElsewhere = places.length > 0 && clausePlaces.length === 0;
  const perfect = /\b(?:has|have|is|are)\s+(?:(?:been|now|already|also|reportedly|continued\s+to)\s+)*$/i.test(before);
  const agentSet = unique(agents.filter((a) => !isPlaceEntity(doc, a)));
  const targetSet = unique(targets).filter((t) => !agentSet.includes(t) || entry.frame === 'among' || rule === 'event:among');
  return {
    type,
    cameo,
    trigger: span,
    triggerText: word,
    sentence: s,
    frame: entry.frame,
    agents: agentSet,
    targets: targetSet,
    places,
    ...whenOf(doc, s, span),
    // ("Z's killing" names who suffered it: only a bare "the killing" points back at one told before)
    definite: DEFINITE.test(before) && (entry.frame === 'noun' || entry.frame === 'among' || (entry.frame === 'patient' && agentSet.length === 0 && targetSet.length === 0)),
    current: perfect,
    objectUnknown: verbal && targetSet.length === 0 && UNNAMED_OBJECT.test(doc.text.slice(span.end, s.end)),
    ...(casualtiesOnly ? { casualtiesOnly } : {}),
    ...(placesElsewhere ? { placesElsewhere } : {}),
    clausePlaces,
    rule,
  };
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}

function isPlaceEntity(doc: AnnotatedDocument, key: string): boolean {
  const e = doc.entities.get(key);
  return e !== undefined && isPlaceClass(e.cls);
}

/** The text of the clause before `at`, from its latest break. */
function clauseBefore(doc: AnnotatedDocument, s: Sentence, at: number): string {
  return doc.text.slice(clauseStarts(doc, s, at)[0]!, at);
}

/** Where a clause begins before `at`: the latest clause break, or the sentence start. */
function clauseStarts(doc: AnnotatedDocument, s: Sentence, at: number): number[] {
  const text = doc.text.slice(s.start, at);
  const starts = [s.start];
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of matchesOf(CLAUSE_BREAK, text)) {
    // "the Front (TPLF) signed": a parenthesis closed before the verb is an aside inside the subject, no clause
    if (m[0] === '(' && text.indexOf(')', m.index) >= 0) continue;
    starts.push(s.start + m.index + m[0].length);
  }
  return starts.reverse();
}

/** The subject of a verb: a pronoun right before it, else the first actor of the nearest clause that names one. */
function subjectOf(doc: AnnotatedDocument, s: Sentence, span: Span, before: string, actors: Mention[], mentions: Mention[]): string[] {
  const forces = forcesOf(doc, s, span.start, before, actors, mentions);
  if (forces === BOTH) return lastTwoCountries(doc, s, mentions);
  if (forces) return [forces];
  const pronoun = PRONOUN_SUBJECT.exec(before);
  if (pronoun) {
    const at = s.start + pronoun.index;
    const entity = resolvePronoun(doc, mentions, at, pronoun[1]!, s.start);
    return entity ? [entity] : [];
  }
  // "Guterres welcomed the deal … and urged": a coordinated predicate shares the subject that opens the sentence
  if (SHARED_SUBJECT.test(before)) {
    const opener = actors.find((m) => m.start >= s.start && isActorClass(classOf(doc, m)));
    if (opener && opener.end <= span.start && SENTENCE_OPENER.test(doc.text.slice(s.start, opener.start)) && !/[;]|\b(?:which|who|whom|whose|that|where|when|while|after|before|because|although|said|says|told)\b/.test(doc.text.slice(opener.end, span.start))) {
      return [...headsOnly(doc, actors.filter((m) => m.start >= opener.start && m.end <= span.start && isActorClass(classOf(doc, m))))].slice(0, 1).map((m) => m.entity!);
    }
    // "X said it had sent units … and asked Y for Z": the pronoun that opens the reported clause is the shared subject
    // (the nearest clause that opens so: commas of a list may stand between it and the "and")
    for (const start of clauseStarts(doc, s, span.start)) {
      const reported = start > s.start ? CLAUSE_PRONOUN.exec(doc.text.slice(start, span.start)) : null;
      if (!reported) continue;
      const entity = resolvePronoun(doc, mentions, start + reported[0].indexOf(reported[1]!), reported[1]!, s.start);
      if (entity) return [entity];
      break;
    }
  }
  // "The group also abducted …": an unnamed description stands for the group the story is about, like "it"
  // (the actor stage may have resolved the description to the latest group named; the subject of the story wins)
  const described = DESCRIBED_SUBJECT.exec(before) ?? describedOpenerWithAside(doc, s.start, span.start);
  // "the government and the main rebel group agreed": one side of a coordinated subject is no reading of the whole
  if (described && /\band\s*$/i.test(before.slice(0, described.index))) return [];
  if (described) {
    const at = s.start + described.index + (/^\s*/.exec(described[0])?.[0].length ?? 0);
    const covering = actors.filter((m) => m.start >= at && m.start < s.start + described.index + described[0].length);
    // a resolved "the militants" is kept; only the bare "the group", which fits any group, is read again
    const generic = /\b(?:group|organi[sz]ation|movement)\b/i.test(described[0]);
    const kept = covering.some((m) => m.form !== 'description' || !generic);
    if (!kept) {
      const entity = resolvePronoun(doc, mentions.filter((m) => m.start !== at), at, 'it', s.start);
      // "Chad's army said … after the jihadist group overran a post": a group is no state's army or government;
      // it is the latest armed group named before
      if (entity && NON_STATE_HEAD.test(described[0]) && STATE_CLASS.test(doc.entities.get(entity)?.cls ?? '')) {
        const group = [...mentions].reverse().find((m) => m.end <= at && m.entity !== undefined && classOf(doc, m) === 'ArmedGroup');
        return group ? [group.entity!] : [];
      }
      if (entity) return [entity];
    }
  }
  // "Gunmen from the X group, a Y ally, killed …": fighters from a group act for it
  const fromGroup = actors.find((m) => m.start >= s.start && m.end <= span.start && isActorClass(classOf(doc, m)) && FIGHTERS_FROM.test(doc.text.slice(s.start, m.start)));
  if (fromGroup && GROUP_TAIL.test(doc.text.slice(fromGroup.end, span.start))) return [fromGroup.entity!];
  // "Zorins, armed groups allied with the ruling party, fired on …": an opener no recognizer named is still the
  // subject; the actor inside its aside is not
  const unnamed = UNNAMED_OPENER.exec(before);
  if (unnamed) {
    const nameEnd = s.start + unnamed[1]!.length;
    const nameStart = nameEnd - unnamed[2]!.length;
    if (!inSentenceMentions(doc, s).some((m) => m.start < nameEnd && m.end > nameStart)) return [];
  }
  // "A and the smaller B, headed by Z, signed": the subject closes the phrase before a participle or relative aside
  const behindAside = subjectBeforeAside(doc, s, span, actors);
  if (behindAside.length) return behindAside;
  // "X, which seized power in 2021, arrested …": the subject is the opener, not an actor of the aside
  const opener = openerWithAside(doc, s.start, span.start, actors);
  if (opener) return [opener.entity!];
  // "… part of the Y Alliance, which launched": a relative pronoun stands for the actor right before it
  // ("the Center for X, a Maputo-based rights group, which urged": or before the apposition that describes it)
  const relative = /,\s*(?:which|who)\s+(?:(?:also|has|have|had|then|later|been|is|are|was|were|still)\s+)*$/i.exec(before);
  if (relative) {
    const apposition = APPOSITION_END.exec(before.slice(0, relative.index));
    const comma = s.start + (apposition ? apposition.index : relative.index);
    const antecedent = [...actors].reverse().find((m) => m.end <= comma && isActorClass(classOf(doc, m)) && /^\s*(?:\([^)]*\))?\s*$/.test(doc.text.slice(m.end, comma)));
    if (antecedent) return [antecedent.entity!];
  }
  for (const start of clauseStarts(doc, s, span.start)) {
    const inClause = headsOnly(doc, actors.filter((m) => m.start >= start && m.end <= span.start && isActorClass(classOf(doc, m))));
    const first = inClause[0];
    // "Shor-funded groups staged …": the subject is the unnamed group; its backer only modifies it
    if (first && COMPOUND_MODIFIER.test(doc.text.slice(first.end, span.start))) return [];
    // "after police stormed the campus": the clause has its own subject, unnamed; earlier clauses are not it
    if (!first && hasOwnSubject(doc.text.slice(start, span.start))) {
      return demonymForces(doc, doc.text.slice(start, span.start));
    }
    if (!first) {
      // "a war in the region that has killed thousands": a relative clause acts through the noun before "that"
      const relative = /\b(?:that|which|who)\s*$/i.exec(doc.text.slice(s.start, start));
      if (relative) {
        const at = s.start + relative.index;
        const antecedent = actors.find((m) => m.end <= at && isActorClass(classOf(doc, m)) && RELATIVE_GAP.test(doc.text.slice(m.end, at)));
        if (antecedent) return [antecedent.entity!];
        // an event noun passes its actor on ("an offensive that took the town"); any other noun acts for nobody
        if (!EVENT_NOUN_BEFORE.test(doc.text.slice(s.start, at))) return [];
      }
      continue;
    }
    // "several thousand supporters of the opposition X movement marched": the followers act for the body they follow
    const followed = inClause[1];
    if (followed && classOf(doc, first) === 'CollectiveActor' && FOLLOWERS.test(doc.text.slice(first.start, first.end)) && classOf(doc, followed) !== 'Person' && classOf(doc, followed) !== 'CollectiveActor' && FOLLOWED_BY.test(doc.text.slice(first.end, followed.start))) {
      return [followed.entity!];
    }
    // "A Reuters reporter and other residents", "Armenian and Azerbaijani forces": coordinated subjects act together
    const out = [first.entity!];
    for (let i = 1; i < inClause.length; i++) {
      if (!joined(doc, inClause[i - 1]!, inClause[i]!)) break;
      out.push(inClause[i]!.entity!);
    }
    // "A, B and C issued": the commas of a list broke the clause; its earlier members are subjects too
    if (out.length >= 2) {
      let head = first;
      for (let j = actors.indexOf(first) - 1; j >= 0; j--) {
        const m = actors[j]!;
        if (!isActorClass(classOf(doc, m)) || !/^\s*,\s*$/.test(doc.text.slice(m.end, head.start))) break;
        out.unshift(m.entity!);
        head = m;
      }
    }
    return unique(out);
  }
  return [];
}

/** The actor a sentence opens with, before a verb of saying: "Turkish Foreign Minister Z said on Tuesday that …". */
function sentenceSubject(doc: AnnotatedDocument, s: Sentence, span: Span, actors: Mention[]): string[] {
  const heads = headsOnly(doc, actors.filter((m) => m.end <= span.start && isActorClass(classOf(doc, m))));
  const opener = heads[0];
  if (!opener || !SENTENCE_OPENER.test(doc.text.slice(s.start, opener.start))) return [];
  return /^\s*(?:\([^)]*\)\s*)?(?:,[^,;]*,\s*)?(?:(?:has|have|had|also|later|then|again|on\s+\w+)\s+)*(?:said|says|told|added|stated|declared|announced|insisted)\b/i.test(doc.text.slice(opener.end, span.start)) ? [opener.entity!] : [];
}

/** Heads of a description that names a non-state group: "the jihadist group", "the militants", "the Islamist movement". */
const NON_STATE_HEAD = /\b(?:group|militia|movement|rebels|insurgents|militants|jihadists|faction|gang)\b/i;
/** The classes of a state's own bodies. */
const STATE_CLASS = /^(?:Country|Government|GovernmentAgency|MilitaryForce)$/;

/** An apposition closing the text before a relative pronoun: ", a Maputo-based rights group" (no name in it is the antecedent). */
const APPOSITION_END = /,\s*(?:an?|the|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?)\s+[^,;()]{1,60}$/iu;

/** Collective descriptions of a body's people: "supporters", "several thousand followers", "members". */
const FOLLOWERS = /\b(?:supporters|followers|loyalists|members|fighters|militants|activists|partisans|adherents)$/i;
/** Between them and the body: " of the opposition ", " loyal to the ". */
const FOLLOWED_BY = /^\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,3}$/u;

/** A clause opened by a pronoun subject and its verb: " it had sent units to guard the fields and ". */
const CLAUSE_PRONOUN = /^\s*(he|she|it|they)\s+(?:had|has|have|would|was|were|also|then|later)?\s*[a-z]+(?:ed|t)\b/i;

/** A hyphenated modifier right after a name, of a head no recognizer named: "-funded groups", "-backed militias". */
const COMPOUND_MODIFIER = /^-(?:funded|financed|sponsored|backed|supported|armed|trained|supplied|inspired|aligned|allied|affiliated|linked|paid)\s+[a-z]/;

/** Every mention of a sentence, resolved or not: an unresolved opener is still named. */
function inSentenceMentions(doc: AnnotatedDocument, s: Sentence): Mention[] {
  return doc.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
}

/** Drops modifiers of the next mention: "Iran" in "Iran-aligned militia groups", "Kremlin" in "Kremlin-backed Wagner". */
function headsOnly(doc: AnnotatedDocument, ordered: Mention[]): Mention[] {
  return ordered.filter((m, i) => {
    const next = ordered[i + 1];
    if (!next) return true;
    const gap = doc.text.slice(m.end, next.start);
    if (/^-(?:[a-z]+)(?:\s+[a-z]+)?\s+$|^-(?:[a-z]+)\s*$/.test(gap)) return false;
    // "Kosovo Prime Minister Albin Kurti": the country in a person's title modifies the person
    // ("New Zealand pilot Phillip Mehrtens", "Varnian opposition leader Z": so does one before a lowercase occupation)
    return !(classOf(doc, next) === 'Person' && classOf(doc, m) !== 'Person' && (TITLE_GAP.test(gap) || (OCCUPATION_GAP.test(gap) && !FUNCTION_WORD.test(gap))));
  });
}

/** Capitalized title words between a modifier and a name: " Prime Minister ", "'s Foreign Minister ". */
const TITLE_GAP = /^(?:['’]s)?\s+(?:\p{Lu}[\p{L}.-]*\s+){1,4}$/u;
/** Lowercase words of an occupation between a modifier and a person's name: " pilot ", "'s opposition leader ". */
const OCCUPATION_GAP = /^(?:['’]s)?\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u;
/** A coordination whose second member carries a title: "X and Serbian President Y". */
const TITLED_JOIN = /^\s*(?:,|,?\s*and|,?\s*as\s+well\s+as)\s*(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4}$/u;

/** Whether two mentions of a subject or object are coordinated: "A and B", "A, B and C", "A and President B". */
function joined(doc: AnnotatedDocument, a: Mention, b: Mention): boolean {
  const gap = doc.text.slice(a.end, b.start);
  return LIST_JOIN.test(gap) || (classOf(doc, b) === 'Person' && TITLED_JOIN.test(gap));
}

/** The actor right before a participle: "roughly 900 US service members are deployed", "Kenyan troops stationed". */
function nearestBefore(doc: AnnotatedDocument, s: Sentence, span: Span, actors: Mention[], mentions: Mention[], before: string): string[] {
  const pronoun = PRONOUN_SUBJECT.exec(before.replace(/\b(?:are|is|was|were|been|being|be|has|have|had)\s+(?:\w+ly\s+)?$/i, ''));
  if (pronoun) {
    const entity = resolvePronoun(doc, mentions, s.start + pronoun.index, pronoun[1]!, s.start);
    if (entity) return [entity];
  }
  const forces = forcesOf(doc, s, span.start, before, actors, mentions);
  if (forces === BOTH) return lastTwoCountries(doc, s, mentions);
  if (forces) return [forces];
  const cands = actors.filter((m) => m.end <= span.start && isActorClass(classOf(doc, m)) && classOf(doc, m) !== 'Country');
  const last = cands[cands.length - 1];
  if (!last || !ADJACENT_SUBJECT.test(doc.text.slice(last.end, span.start))) return [];
  return [last.entity!];
}

/**
 * "the country's military", "his forces": armed forces named through their country or leader stand for the
 * country (the latest one named, or the one in the leader's title, "Azerbaijani President Ilham Aliyev").
 */
function forcesOf(doc: AnnotatedDocument, s: Sentence, at: number, before: string, actors: Mention[], mentions: Mention[]): string | undefined {
  const m = FORCES_OF.exec(before);
  if (!m) return undefined;
  if (/^their/i.test(m[1]!) && /\bboth\s+(?:countries|sides|nations|states)\s+(?:(?:have|had|has)\s+)?\S+\s+$/i.test(before.slice(0, m.index))) return BOTH;
  const head = s.start + m.index;
  const countries = mentions.filter((x) => x.end <= head && classOf(doc, x) === 'Country');
  if (/^the\s+country/i.test(m[0])) return countries[countries.length - 1]?.entity;
  const owner = resolvePronoun(doc, mentions, head, /their|its/i.test(m[1]!) ? 'it' : 'he', s.start);
  if (!owner) return undefined;
  if (classOf(doc, mentions.find((x) => x.entity === owner) ?? mentions[0]!) !== 'Person') return owner;
  // the country in the leader's title, right before the leader's name
  const named = mentions.filter((x) => x.entity === owner && x.end <= head);
  for (const n of named.reverse()) {
    const title = countries.find((c) => c.end <= n.start && n.start - c.end < 40 && /^[\s\w.-]*$/.test(doc.text.slice(c.end, n.start)));
    if (title) return title.entity;
  }
  return owner;
}

/** A marker for "both countries … their militaries": the two sides are the last two countries named. */
const BOTH = '\u0000both';

function lastTwoCountries(doc: AnnotatedDocument, s: Sentence, mentions: Mention[]): string[] {
  const out: string[] = [];
  for (let i = mentions.length - 1; i >= 0 && out.length < 2; i--) {
    const m = mentions[i]!;
    if (m.start < s.start && classOf(doc, m) === 'Country' && !out.includes(m.entity!)) out.push(m.entity!);
  }
  return out.length === 2 ? out.reverse() : [];
}

/** The object of a verb: the first actor or place after it in the same clause, with any coordinated with it. */
function objectOf(doc: AnnotatedDocument, s: Sentence, span: Span, actors: Mention[], capture: boolean, attack = false): string[] {
  const all = actors.filter((m) => m.start >= span.end);
  const after = headsOnly(doc, all);
  const first = after[0];
  if (!first) return [];
  // "seized Ostland pilot Z": the modifier of a person's occupation opens the object phrase
  const modifier = all[all.indexOf(first) - 1];
  const opens = modifier && classOf(doc, first) === 'Person' && !after.includes(modifier) ? modifier : first;
  const gap = doc.text.slice(span.end, opens.start);
  if (capture && !CAPTURE_OBJECT_GAP.test(gap)) return [];
  if (/^\s*by\b/i.test(gap)) return [];
  // "fought alongside X gunmen against Y": X is an ally; what was fought comes after "against", if anything
  if (/\balongside\s+(?:the\s+)?$/i.test(gap)) {
    const foe = after.findIndex((m) => m.start > first.end && /^[^,;.]{0,60}?\bagainst\s+(?:the\s+)?$/i.test(doc.text.slice(first.end, m.start)));
    return foe >= 0 ? withList(doc, after.slice(foe)) : [];
  }
  // "detaining one of its leaders, Z", "arrested a former police officer, Z": a description, then the person's name
  if (classOf(doc, first) === 'Person' && DESCRIBED_PERSON.test(gap)) return [first.entity!];
  const second = after[1];
  if (second && classOf(doc, second) === 'Person' && classOf(doc, first) !== 'Person' && DESCRIBED_PERSON.test(gap + doc.text.slice(first.start, second.start).replace(/[^\s,]+/g, (w) => w.toLowerCase()))) {
    return [second.entity!];
  }
  if (gap.length > 50 || OBJECT_GAP_STOP.test(gap.replace(/[“”"]/g, ''))) return [];
  // (an attack on "the camp in the town of X" hits the town too; "detained two men near the town of X" took the men)
  if ((attack ? /\b(?:in|near|inside|outside|across|throughout|through|along)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i : LOCATED_IN).test(gap) && (isPlaceClass(classOf(doc, first)) || (!attack && classOf(doc, first) === 'Country'))) return [];
  // "stormed a military base in Nigeria's north": what was hit is the base, the country only where it stands
  if (classOf(doc, first) === 'Country' && OBJECT_THEN_LOCATIVE.test(gap)) return [];
  return withList(doc, after);
}

/** A mention and those joined to it by "and", "or" or commas. */
function withList(doc: AnnotatedDocument, ordered: Mention[]): string[] {
  const out = [ordered[0]!.entity!];
  for (let i = 1; i < ordered.length; i++) {
    if (!LIST_JOIN.test(doc.text.slice(ordered[i - 1]!.end, ordered[i]!.start))) break;
    out.push(ordered[i]!.entity!);
  }
  return out;
}

/** "by" and the capitalized title words of the person named next: " by Grand Ayatollah ", " by President ". */
const BY_TITLED = /\bby\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,3}$/u;

/** The actor of a "by" phrase after a trigger: "was attacked by X", "led by X". */
function byPhrase(doc: AnnotatedDocument, s: Sentence, span: Span, actors: Mention[]): string[] {
  const after = actors.filter((m) => m.start >= span.end && isActorClass(classOf(doc, m)));
  for (const m of after) {
    const gap = doc.text.slice(span.end, m.start);
    if (gap.length > 120) break;
    if (/\b(?:by|led\s+by)\s+(?:the\s+)?$/i.test(gap) && !/[;]/.test(gap)) return [m.entity!];
    // "a call to arms by Grand Ayatollah Z": title words between "by" and a person's name
    if (classOf(doc, m) === 'Person' && BY_TITLED.test(gap) && !/[;]/.test(gap)) return [m.entity!];
  }
  return [];
}

/** The actor of a nominal trigger: a "by" phrase, a possessive or modifier, a possessive pronoun, a light verb's subject. */
/** A verb of causing right before its noun: "set off mass protests", "sparked street demonstrations". */
const CAUSED_BEFORE = /\b(?:set(?:s|ting)?\s+off|spark(?:ed|s|ing)?|trigger(?:ed|s|ing)?|prompt(?:ed|s|ing)?|provok(?:ed|es|ing)|touch(?:ed|es)\s+off|ignit(?:ed|es)|fuel(?:l?ed|s)|drew|draws|led\s+to)\s+(?:(?:mass|widespread|large|large-scale|street|angry|violent|nationwide|weeks\s+of|months\s+of|days\s+of|new|fresh|the|a|an)\s+)*$/i;

/** Between a noun and a "by": a verb or preposition opens another noun phrase, whose participle the "by" follows. */
const OTHER_NOUN_BY = /\b(?:with|to|after|into|under|ended|led|brought|produced|followed)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){1,3}\w+ed\s+by\b/i;

function nominalAgents(doc: AnnotatedDocument, s: Sentence, span: Span, before: string, actors: Mention[], mentions: Mention[]): string[] {
  const by = byPhrase(doc, s, span, actors).filter((k) => {
    const m = actors.find((a) => a.entity === k && a.start >= span.end);
    // "a strike in 2016, and is now led by Z": a "by" past a comma belongs to another clause
    // ("the fighting ended with a ceasefire brokered by Z": a "by" after a new noun phrase is that noun's)
    return m !== undefined && m.start - span.end < 60 && !/,/.test(doc.text.slice(span.end, m.start)) && !OTHER_NOUN_BY.test(doc.text.slice(span.end, m.start));
  });
  if (by.length) return by;
  // "An Israeli drone strike", "a Russian missile attack": the country the demonym names acts
  const modifier = demonymModifier(doc, before);
  if (modifier) return [modifier];
  const pre = actors.filter((m) => m.end <= span.start && isActorClass(classOf(doc, m)));
  const last = pre[pre.length - 1];
  const pregap = last ? doc.text.slice(last.end, span.start) : '';
  if (last && /^(?:['’]s?)?(?:[\s-]+(?:(?:led|backed|aligned|based|linked)\s+)?)?(?:[a-z][\w-]*\s+){0,3}$/.test(pregap) && !FUNCTION_WORD.test(pregap)) {
    return [last.entity!];
  }
  const poss = /\b(its|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i.exec(before);
  if (poss) {
    const fronted = /^\s*(?:Since|After|Before|Upon|Following|Despite|During|With|In)\b[^,]*$/i.test(before);
    if (fronted) {
      // "Since its arrival in X in 2017, the Kremlin-backed Group …": the pronoun points forward to the subject
      const comma = doc.text.indexOf(',', span.end);
      if (comma >= 0 && comma < s.end) {
        const next = actors.filter((m) => m.start > comma && isActorClass(classOf(doc, m)));
        const head = next.find((m) => classOf(doc, m) !== 'Country') ?? next[0];
        if (head) return [head.entity!];
      }
    }
    const entity = resolvePronoun(doc, mentions, s.start + poss.index, poss[1]!.toLowerCase() === 'his' || poss[1]!.toLowerCase() === 'her' ? 'he' : 'it', s.start);
    if (entity) return [entity];
  }
  if (LIGHT_VERB.test(before)) {
    const light = LIGHT_VERB.exec(before)!;
    const at = s.start + light.index;
    const lightSpan = { start: at, end: at };
    if (/^\w+ing\b/i.test(light[0])) return nearestBefore(doc, s, lightSpan, actors, mentions, before.slice(0, light.index));
    return subjectOf(doc, s, lightSpan, before.slice(0, light.index), actors, mentions);
  }
  return [];
}

/** What a nominal trigger is aimed at: "offensive on X", "strikes against X", "airstrikes targeting X". */
function nounTargets(doc: AnnotatedDocument, s: Sentence, span: Span, actors: Mention[], communication = false): string[] {
  const after = actors.filter((m) => m.start >= span.end);
  const endsInPreposition = /\s(?:on|to|against|with)$/i.test(doc.text.slice(span.start, span.end));
  for (let i = 0; i < after.length; i++) {
    const m = after[i]!;
    const gap = doc.text.slice(span.end, m.start);
    if (gap.length > 45) break;
    // "its call on Iran": the preposition is part of the trigger
    if (i === 0 && endsInPreposition && /^\s*(?:the\s+)?$/i.test(gap)) return withList(doc, after);
    if (TARGET_PREP.test(gap)) return withList(doc, after.slice(i));
    // "an assault by the brigade on Doma": the target follows the "by" phrase
    if (i > 0 && /^\s*by\b/i.test(doc.text.slice(span.end, after[0]!.start)) && TARGET_PREP.test(doc.text.slice(after[i - 1]!.end, m.start))) return withList(doc, after.slice(i));
    if (i === 0 && /^\s*(?:on|against|targeting|at)\s/i.test(gap)) {
      // "attacks against commercial vessels in the Red Sea, as well as U.S. service members": the unnamed first
      // target is passed over; the named ones joined to it are still targets
      const joined = after.filter((x) => isActorClass(classOf(doc, x)) && /\bas\s+well\s+as\s+(?:the\s+)?$/i.test(doc.text.slice(span.end, x.start)) && x.end <= s.end);
      if (joined.length) return withList(doc, joined.concat(after.filter((x) => x.start > joined[0]!.end)));
    }
    if (communication && gap.length < 35 && /\b(?:with|to|between)\s+(?:the\s+)?$/i.test(gap) && !/[,;.]/.test(gap)) return withList(doc, after.slice(i));
    if (/[,;.]/.test(gap)) break;
  }
  return [];
}

/** "fighting among A, B and C forces", "clashes between A and B": every party on both sides. */
function amongParties(doc: AnnotatedDocument, s: Sentence, span: Span, actors: Mention[]): string[] {
  const rest = doc.text.slice(span.end, s.end);
  const m = /^\s*(?:\w+\s+){0,2}?(?:among|between|involving)\s+/i.exec(rest);
  if (!m) return [];
  const from = span.end + m[0].length;
  const after = actors.filter((x) => x.start >= from);
  const first = after[0];
  if (!first || first.start - from > 20) return [];
  const out = [first.entity!];
  for (let i = 1; i < after.length; i++) {
    const gap = doc.text.slice(after[i - 1]!.end, after[i]!.start);
    if (!/^\s*(?:,|,?\s*and|,?\s*or)?\s*(?:the\s+)?$/i.test(gap)) break;
    out.push(after[i]!.entity!);
  }
  return out;
}

/** The brokers of a deal: "the truce, brokered by A and B", "a deal mediated by A", "an A-brokered ceasefire". */
function brokersOf(doc: AnnotatedDocument, s: Sentence, span: Span, actors: Mention[]): string[] {
  const rest = doc.text.slice(span.end, s.end);
  const m = /^\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:brokered|mediated|negotiated|facilitated|guaranteed)\s+by\s+(?:the\s+)?/i.exec(rest);
  if (m) {
    const from = span.end + m[0].length;
    const after = actors.filter((x) => x.start >= from && isActorClass(classOf(doc, x)));
    if (after[0] && after[0].start - from < 5) return withList(doc, after);
  }
  const modifier = [...actors].reverse().find((x) => x.end <= span.start && isActorClass(classOf(doc, x)));
  if (modifier && /^-(?:brokered|mediated|negotiated)\s+(?:[\w-]+\s+)?$/i.test(doc.text.slice(modifier.end, span.start))) return [modifier.entity!];
  return [];
}

/** Casualties belong to the attack: "…, killing dozens of Kenyan troops" names who was hit. */
function killedAfter(doc: AnnotatedDocument, s: Sentence, span: Span, actors: Mention[]): string[] {
  const rest = doc.text.slice(span.end, s.end);
  const m = /,\s*(?:\w+ly\s+)?(?:killing|wounding|injuring)\s+(?:(?:at\s+least|dozens\s+of|scores\s+of|hundreds\s+of|several|some|about|more\s+than|\d[\d,]*)\s+)*/i.exec(rest);
  if (!m) return [];
  const from = span.end + m.index + m[0].length;
  const hit = actors.find((x) => x.start >= from && /^[\w\s-]{0,15}$/.test(doc.text.slice(from, x.start)) && isActorClass(classOf(doc, x)));
  return hit ? [hit.entity!] : [];
}

/** "A strike near X killed three men": the actor the noun's own verb of killing names right after it. */
function killedByNoun(doc: AnnotatedDocument, s: Sentence, span: Span, actors: Mention[]): string[] {
  const m = NOUN_KILLED.exec(doc.text.slice(span.end, s.end));
  if (!m) return [];
  const from = span.end + m[0].length;
  const hit = actors.find((x) => x.start >= from && isActorClass(classOf(doc, x)) && CASUALTY_COUNT.test(doc.text.slice(from, x.start)));
  return hit ? [hit.entity!] : [];
}

/** Who a passive killing befell ("Z, a commander who was killed in …", "two soldiers were killed in …"): its subject. */
function victimOf(doc: AnnotatedDocument, s: Sentence, at: number, before: string, actors: Mention[], mentions: Mention[]): string[] {
  const person = describedPerson(doc, s, before, actors);
  if (person) return [person];
  return subjectOf(doc, s, { start: at, end: at }, before, actors, mentions).filter((k) => !isPlaceEntity(doc, k));
}

/** Unnamed forces as a clause's subject right before its verb: "Troops took", "…, and soldiers later arrested". */
const BARE_FORCES_SUBJECT = /(?:^[\s“"]*|[,;]\s*|\b(?:and|but|when|after|as|while|where)\s+)(?:the\s+)?(?:troops|soldiers|security\s+forces|government\s+forces|army\s+troops)\s+(?:(?:had|have|has|also|then|later|reportedly|quickly|eventually)\s+)*$/i;

/**
 * Unnamed "troops" or "soldiers" acting stand for the article's military force when it has exactly one, named
 * before them ("Senegal's army said … Troops took control of the camps"); with two armies, or none, nobody.
 */
function articleForce(doc: AnnotatedDocument, s: Sentence, span: Span, before: string): string[] {
  if (!BARE_FORCES_SUBJECT.test(before)) return [];
  const forces = new Set(doc.mentions.filter((m) => m.entity !== undefined && m.end <= span.start && doc.entities.get(m.entity)?.cls === 'MilitaryForce').map((m) => m.entity!));
  return forces.size === 1 ? [...forces] : [];
}

/** A security body's words for itself: who reports an arrest it made. */
const SECURITY_WORD = /\b(?:police|policemen|army|military|troops|forces|soldiers|security|guards|gendarmes|gendarmerie|officers|ministry|prosecutors?|authorities)\b/i;
const REPORTED_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:said|says|reported|announced|added|told)\b/i;
const REPORTED_BEFORE = /(?:\b(?:said|says|according\s+to)\s+(?:the\s+)?)$/i;

/**
 * The security body or ministry that reports a detention in its own sentence ("…, police said", "The ministry said
 * 14 guards had been detained", "according to the army"): in a passive told without its "by", the one that detained.
 */
function reportingForce(doc: AnnotatedDocument, s: Sentence, actors: Mention[]): string[] {
  for (const m of actors) {
    const cls = classOf(doc, m);
    if (!(cls === 'GovernmentAgency' || cls === 'MilitaryForce' || (cls === 'CollectiveActor' && SECURITY_WORD.test(doc.text.slice(m.start, m.end))))) continue;
    if (REPORTED_AFTER.test(doc.text.slice(m.end, Math.min(s.end, m.end + 40))) || REPORTED_BEFORE.test(doc.text.slice(s.start, m.start))) return [m.entity!];
  }
  return [];
}

/** A person's description, then its relative pronoun (and a passive's auxiliary): ", a senior commander who (was) ". */
const DESCRIBED_WHO = /(?:^|[^,]),\s*(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:who|whom)\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?)?$/u;

/** "Z, a senior commander who was killed", "Z, a member of the X's council who": the person the description is apposed to. */
function describedPerson(doc: AnnotatedDocument, s: Sentence, before: string, actors: Mention[]): string | undefined {
  const described = DESCRIBED_WHO.exec(before);
  if (!described) return undefined;
  const comma = s.start + before.lastIndexOf(',', described.index + described[0].length);
  const person = [...actors].reverse().find((m) => m.end <= comma && classOf(doc, m) === 'Person' && /^\s*(?:\([^)]*\))?\s*$/.test(doc.text.slice(m.end, comma)));
  return person?.entity;
}

/** The positions of "of" phrases and possessives around a noun of suffering: who suffered it, and who did it. */
const OF_PHRASE = /^\s*(?:(?:in|at|near|on|last|this|earlier)\s+[^,;:.]{1,40}?\s+)?of\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** "the killing of Z", "Z's assassination", "the army's arrest of Z": targets from the "of" phrase, else the possessive. */
function patientsOf(doc: AnnotatedDocument, s: Sentence, span: Span, before: string, actors: Mention[], mentions: Mention[]): { agents: string[]; targets: string[] } {
  const after = headsOnly(doc, actors.filter((m) => m.start >= span.end && isActorClass(classOf(doc, m))));
  const of = after[0] && OF_PHRASE.test(doc.text.slice(span.end, after[0].start)) ? withList(doc, after) : [];
  let possessor: string | undefined;
  const pre = [...actors].reverse().find((m) => m.end <= span.start && isActorClass(classOf(doc, m)));
  if (pre && /^['’]s?\s+(?:[\p{L}\d-]+\s+){0,3}$/u.test(doc.text.slice(pre.end, span.start))) possessor = pre.entity;
  else {
    const poss = /\b(its|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i.exec(before);
    if (poss) possessor = resolvePronoun(doc, mentions, s.start + poss.index, /^(?:his|her)$/i.test(poss[1]!) ? 'he' : 'it', s.start);
  }
  if (of.length) return { agents: possessor ? [possessor] : [], targets: of };
  return { agents: [], targets: possessor ? [possessor] : [] };
}

/** The places of a sentence: named places, and countries used as locations ("in Syria"). */
function placesOf(doc: AnnotatedDocument, s: Sentence, inSentence: Mention[]): string[] {
  const out: string[] = [];
  for (const m of inSentence) {
    const cls = classOf(doc, m);
    if (isPlaceClass(cls)) out.push(m.entity!);
    else if (cls === 'Country' && LOCATIVE.test(doc.text.slice(s.start, m.start))) out.push(m.entity!);
    else if (cls === 'Country' && /^,\s*$/.test(doc.text.slice(Math.max(s.start, m.start - 2), m.start)) && out.length > 0) out.push(m.entity!);
  }
  return unique(out);
}

/** Breaks between the clauses of a sentence that may tell different events: "; ", ", when", ", after", " while", " until". */
const CLAUSE_REGION_BREAK = /;|\s[—–]\s|,\s*(?:when|while|whereas|as|after|before|because|although|though|but|and|following|including)\b|\s(?:when|while|whereas|because|although|though|until)\s/gi;

/** The clause around a trigger, between the clause breaks before and after it. */
function clauseRegion(doc: AnnotatedDocument, s: Sentence, span: Span): Span {
  const text = doc.text.slice(s.start, s.end);
  let start = s.start;
  let end = s.end;
  CLAUSE_REGION_BREAK.lastIndex = 0;
  for (const m of matchesOf(CLAUSE_REGION_BREAK, text)) {
    const at = s.start + m.index;
    if (at + m[0].length <= span.start) start = at + m[0].length;
    else if (at >= span.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** Two or more times after a trigger joined by "and"/"or": "in June and in September of last year". */
function coordinatedDates(doc: AnnotatedDocument, s: Sentence, span: Span): When[] {
  const after = doc.times.filter((t) => t.sentence === s.index && t.start >= span.end).sort((a, b) => a.start - b.start);
  const out: When[] = [];
  for (let i = 0; i < after.length; i++) {
    const t = after[i]!;
    if (i > 0 && !/^\s*(?:,|,?\s*and|,?\s*or)\s*(?:(?:in|on|of)\s+)?$/i.test(doc.text.slice(after[i - 1]!.end, t.start))) break;
    out.push(t.when);
  }
  return out;
}

/** Relative clauses and appositions set off by commas: ", which seized power in 2021,", ", a group founded in 2012,". */
const ASIDE = /,\s*(?:which|who|whose|a|an)\b[^,;]*,/g;

function asidesOf(doc: AnnotatedDocument, s: Sentence): Span[] {
  const text = doc.text.slice(s.start, s.end);
  ASIDE.lastIndex = 0;
  return [...matchesOf(ASIDE, text)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }));
}

/** The time of an event: the time expression of its sentence nearest to the trigger, outside asides it is not in. */
function whenOf(doc: AnnotatedDocument, s: Sentence, span: Span): { when?: When } {
  let best: { when: When; distance: number } | undefined;
  const asides = asidesOf(doc, s).filter((a) => !(a.start <= span.start && a.end >= span.end));
  const datelines = eventDatelines(doc);
  for (const t of doc.times) {
    if (t.sentence !== s.index) continue;
    // "BAMAKO, Sept 25 (Reuters) - A drone strike … on Wednesday": the dateline's day is the report's, not the strike's
    if (inDateline(datelines, t)) continue;
    // "X, which seized power in February 2021, arrested 40 people on Friday": the aside's date is not the event's
    if (asides.some((a) => t.start >= a.start && t.end <= a.end)) continue;
    // "the March 23 Movement", "the 9 November Accord": a date inside a name dates nothing
    if (DATE_IN_NAME.test(doc.text.slice(t.end, t.end + 20))) continue;
    const distance = t.start >= span.end ? t.start - span.end : span.start - t.end;
    if (!best || distance < best.distance) best = { when: t.when, distance };
  }
  return best ? { when: best.when } : {};
}
