// Who said something: reporting verbs with their speaker (a named subject, a pronoun, an inverted "said X", or
// "according to X"), the outlet they told it to, the day they said it, and the quoted words.

import type { AnnotatedDocument, Mention, Sentence, Span, StatementFact, TimeExpression, When } from '../document.js';
import { classOf, isActorClass, isPossessive, openerWithAside, outermost, resolvedMentions, resolvePronoun } from '../events/actors.js';
import { datelineSpans, inDateline } from '../sentences/dateline.js';
import { isQuoted, quoteSpans } from '../sentences/quoteSpans.js';
import { referenceDay } from '../time/timeStage.js';
import { speechLexicon } from './speechLexicon.js';
import { matchesOf } from '../matchesOf.js';
import { referenceAt } from '../entities/references.js';

/** Sentences that belong to other articles or to nobody's speech. */
const SKIPPED = new Set(['related', 'byline', 'dateline']);

/** A reporting verb that is negated or in an infinitive: "did not say", "declined to say", "wants to add". */
const NEGATED = /(?:\bnot|n['’]t|\bnever|\bto|\bwithout)\s+(?:\w+ly\s+)?$/i;
/** A condition ("If X says …") or a denied subject ("Neither X nor Y commented") in the verb's own clause: nothing was said. */
const NOT_SAID = /\b(?:[Ii]f|[Uu]nless|[Nn]either)\b[^,;:“”"]*$/;
/** A passive ("was reported") or a noun use ("the claims", "reports of"): no speaker acts here. */
const NOT_A_VERB =
  /(?:\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?|\b(?:the|a|an|of|its|their|his|her|our|these|those|this|such|in|on|for|with|from|by|about|over|against|amid|despite|among|unconfirmed|new|media|news|press|initial|early|latest)\s+)$/i;
/** "is announcing": a finite verb, not a participle hanging on a clause. */
const PROGRESSIVE = /\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?$/i;
/** A subject's own finite verb, after an alias and asides: "X (XA), long Y's closest ally, has frozen …". */
const FINITE_AFTER_SUBJECT =
  /^(?:\s*\([^)]{1,40}\))?(?:\s*,[^,;“”"]{1,80},)?(?:\s+(?:(?:late|early)\s+)?(?:on|in|last|this)\s+\w+(?:\s+\d{1,2})?,?)?\s+(?:(?:has|have|had|also|later|then|again|now|long|repeatedly)\s+)*(?:\p{Ll}+ed|froze|frozen|broke|broken|left|took|taken|cut|made|held|sent|withdrew|withdrawn|began|begun|threw|thrown|ordered|rejected|refused)\b/u;
/**
 * The subject's own verb right after it, past an alias in parentheses or an aside ("X, or the "Y Brigade," first
 * appeared"): "[has] met", "attribute".
 */
const OPENER_VERB =
  /^(?:\s*\([^)]{1,40}\))?(?:\s*,\s*(?:or|also\s+known\s+as|known\s+as|better\s+known\s+as)\s+[^,;]{1,40},[”"]?|\s*,[^,;“”"]{1,40},)?\s+(?:(?:also|later|then|has|had|have|never|not|long|repeatedly|first|now|still)\s+)*([a-z]+)\b/;
/** A verb coordinated with an earlier one, so it shares its subject: "denied it and said …". */
const COORDINATED = /\b(?:and|but)\s+(?:(?:also|later|then|further)\s+)?$/i;
/** A pronoun subject right before the verb: "he said", "it added", "they also say". */
const PRONOUN_SUBJECT = /\b(he|she|it|they)\s+(?:(?:also|later|then|has|had|have|would|will|again|further|previously|once|repeatedly)\s+)*$/i;
/** The verb follows a closing quote, so the speaker follows the verb: '"…," said the ministry'. */
const AFTER_QUOTE = /[”"’]\s*,?\s*$|,\s*$/;
/** '…, said the officials, who spoke on condition of anonymity': an inverted verb whose subject is unnamed people. */
const UNNAMED_AFTER =
  /^\s+(?:(?:the|a|an|one|two|three|several|some|other)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:officials?|sources?|spokes(?:man|woman|person)|residents|witnesses|people|diplomats|analysts|medics|police|officers?|soldiers|aides?|activists|villagers|survivors|doctors|authorities|experts|observers|monitors|members?)\s*(?:[,.;]|$)/;
/**
 * After a name that follows "said": a verb of its own ("said the government would", "said 300 people, most of them
 * fighters, had been killed") makes the name the subject of the reported clause, not the speaker.
 */
const REPORTED_SUBJECT_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:would|will|had|has|have|was|were|is|are|could|might|may|must|should|did|does|do|can)\b|(?!need\b|used\b)\p{Ll}+ed\b|,[^,;“”"]{1,60},\s*(?:would|will|had|has|have|was|were|is|are|could|might|may|must|should)\b)/u;
/**
 * A name that only qualifies anonymous people: "Moroccan military sources", "U.N. experts", "Western security
 * sources" speak for no one the name stands for.
 */
// ("a Reuters witness said", "an AFP reporter saw": the outlet's own eyes are no one the outlet stands for; "a Telegram
// channel close to the unit said": a platform's channel is someone unnamed)
const SOURCES_AFTER = /^\s+(?:(?:security|military|intelligence|diplomatic|government|official|local|independent|senior)\s+){0,2}(?:sources?|experts|analysts|observers|witness(?:es)?|reporters?|correspondents?|photographers?|journalists?|cameram[ae]n|channels?|accounts?|pages?)\b/;
/**
 * Between an inverted verb and its speaker only a title may stand: 'said Under Secretary Jane Doe', 'said protester
 * Jane Doe', 'said rights lawyer Jane Doe' (the person nouns of speech.json).
 */
const INVERTED_GAP = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\p{L}.’'-]*|spokes(?:man|woman|person)|minister|secretary|chief|commander|president|general|director|official|envoy|ambassador|governor|mayor|leader|head|analyst|deputy|senior|foreign|defen[cs]e|military|ministry|army|police|${speechLexicon().personNoun})\s+){0,4}$`,
  'u',
);
/** '"…," said a spokesman for the ministry': one who speaks for a body, the body after him. */
const SPEAKER_FOR = /^\s*(?:a|an|the)\s+(?:(?:senior|top|chief|deputy|[A-Z][\w.-]*)\s+)?(?:spokes(?:man|woman|person)|official|representative)\s+(?:for|of|from|at|with)\s+(?:the\s+)?$/;
/** A title, possibly naming its body, between an inverted verb and a person: "Deputy Secretary of the Treasury". */
const TITLE_GAP = /^\s*(?:the\s+)?(?:(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\p{Lu}[\p{L}.’'-]*|of|the|for|and|spokes(?:man|woman|person)|minister|secretary|chief|commander|president|general|director|official|envoy|ambassador|governor|mayor|leader|head|deputy|senior|foreign|defen[cs]e|military|ministry|army|police|regional|provincial|state|district)\s+){1,12}$/u;
/** How far a title may run before its person: "Under Secretary of the Treasury for Terrorism and Financial Intelligence". */
const TITLE_REACH = 120;
/** What may stand before the subject after an opening phrase: nothing, or a title ("opposition leader", "Col."). */
const TITLE_GAP_OR_NONE = new RegExp(String.raw`(?:${TITLE_GAP.source.slice(0, -1)}|^\s*(?:the\s+)?(?:[a-z]+\s+){0,3}$)`, 'u');
/** A person noun after a name: "the Kestrel Brigade commander" is a person of that group, not the group. */
const PERSON_NOUN_AFTER = /^\s+(?:commander|spokes(?:man|woman|person)|leader|chief|official|member|fighter|soldier|envoy|head|minister|officer|negotiator|delegate|representative)s?\b/;
/** A finite passive of a reporting verb with its agent: "was claimed by", "were later confirmed by the". */
const PASSIVE_BY =
  /\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:(?:also|later|quickly|publicly|officially|swiftly|since)\s+)?(claimed|announced|confirmed|reported|denied|disclosed|revealed|condemned|declared)\s+by\s+(?:the\s+)?/g;
/** "quoted X as saying" (active: the outlet quotes) or "was quoted (by Y) as saying" (passive: the subject speaks). */
const QUOTED_AS = /\b(?:(?:was|were|is|are|been)\s+(quoted)(?:\s+by\s+[^,.;]{1,60}?)?|quoted\s+[^,.;]{1,80}?)\s+as\s+(?:saying|telling|stating)\b/g;
/** A sentence that opens by naming whom the speaker addressed: "Speaking to the BBC on Monday, …", "In an interview with CNN, …". */
// (also "In a video posted on TikTok last week, X threatened …": whatever the subject does in its own video or
// message, it says; the opener gives the channel and the day)
const SPEAKING_OPENER =
  /^[\s“"]*(?:(?:Speaking|Talking|Writing|In\s+an\s+interview)\s+(?:to|with|in|on)\s+[^,]{1,80}|In\s+an?\s+(?:[\w-]+\s+){0,2}(?:video|audio|recording|message|post|speech|address|letter|broadcast)\s+(?:(?:posted|published|released|broadcast|aired|shared|uploaded|circulated)\s+)?(?:on|to|by|through|via|in)\s+[^,]{1,80}),\s*/;
/** "North Darfur state said": after a name, a bare "state" is the name's head word, not a verb (a name takes "states"). */
const NAME_HEAD_STATE = /\p{Lu}[\p{L}-]*\s+$/u;
/** A body named by its head word alone: "the department said", "the ministry added". */
// ("his party said": a possessive points back the same way, at the latest party named)
// (the head words are speech.json's bodyHeads: "presidency", "court", "command", "authority" …)
const DESCRIBED_SPEAKER = new RegExp(
  // ("a ministry spokesman said": the unnamed voice of a body named before speaks for it)
  // ("the separatist ministry said": an adjective that describes the body without naming another one)
  String.raw`\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:(?:separatist|breakaway|self-styled|self-declared|rebel|de\s+facto|interim|military-run)\s+)?(${speechLexicon().bodyHead})|(?:[Aa]n?|[Tt]he)\s+(${speechLexicon().bodyHead})\s+(?:spokes(?:man|woman|person)|official))\s+(?:(?:also|later|then|has|had|further)\s+)*$`,
);
/** Capitalized words (with "of", "the", "and", "for") right before a parenthesis: a name spelled out before its acronym. */
const SPELLED_NAME = /(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|the|and|for)\s+)*)+$/u;
/** "X officials have also said": the officials right before the verb (the place X ends where this match starts). */
const PLACE_OFFICIALS = /\s+(?:officials|authorities|leaders)\s+(?:(?:have|has|had|also|later|then|repeatedly)\s+)*$/;
/** An actor named by its kind alone: "the military said", "The junta says", "the rebels claimed". */
const DESCRIBED_KIND = /(?:^|[^\p{L}])[Tt]he\s+(military|army|armed\s+forces|junta|regime|government|group|militia|rebels|insurgents|militants)\s+(?:(?:also|later|then|has|had|have|further|again|repeatedly)\s+)*$/u;
const MILITARY = new Set(['MilitaryForce']);
const ARMY_NAME = /\b(?:army|military|armed\s+forces|defen[cs]e\s+forces|tatmadaw)\b/i;
/** "the military" is the armed forces as a whole: a force so named beats a branch ("X Army") named more recently. */
const WHOLE_MILITARY = /\b(?:military|armed\s+forces|defen[cs]e\s+forces|tatmadaw)\b/i;
const ARMED = new Set(['ArmedGroup']);
const KIND_CLASSES: Record<string, ReadonlySet<string>> = {
  military: MILITARY, army: MILITARY, 'armed forces': MILITARY,
  junta: new Set(['Government', 'MilitaryForce']), regime: new Set(['Government']), government: new Set(['Government']),
  group: ARMED, militia: ARMED, rebels: ARMED, insurgents: ARMED, militants: ARMED,
};
/** "The statement said", "the report added": the words of the last speaker. */
const DOCUMENT_SUBJECT = /\b(?:the|this|that|its|their|a)\s+(?:\w+\s+)?(?:statement|report|release|communiqué|communique|announcement)\s+(?:(?:also|later|further)\s+)?$/i;
/**
 * Base forms are also nouns and infinitives ("deny funding", "a state sponsor"): their subject must touch them, as it
 * must for these phrasal verbs.
 */
/** An aside that describes the name before it and ends in a relative pronoun: "X, a proxy for Y that (has) …". */
const APPOSED_RELATIVE = /,\s+(?:an?|the|one\s+of\s+the)\s+[^,;“”"()]{1,100}?\s(?:that|which|who)\s+(?:(?:has|have|had|also|later|then|since|repeatedly|\w+ly)\s+)*$/;
/** A lower-case description of a person, then a comma, before the name: "according to a local rights activist, ". */
const DESCRIBED_PERSON = /^\s*(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,\s*$/;
/** What may stand between a subject and a present-tense verb: "Taliban officials deny", "X now describes", "X strongly denies". */
const ADJACENT_GAP = /^\s*(?:(?:officials?|spokes(?:man|woman|person)|leaders|representatives|sources)\s+)?(?:(?:\w+ly|now|also|still|often|long|already|again)\s+)?$/;
const ADJACENT_ONLY = /^(?:calls\s+(?:on|for)|points\s+to|lays\s+out)$/;
/** How far back the tests anchored at a verb's start read: past their longest match ("unconfirmed", a charge's clause). */
const NEAR = 120;
/** Verbs whose object, a charge, may come before their subject: "a charge the army denies". */
const REJECTING = new Set(['reject', 'dismiss', 'dispute', 'deny', 'refute']);
/** A modal before a base form: "would say", "will not announce", "could later confirm". */
const MODAL = /\b(?:would|could|might|may|should|must|will|can|shall)\s+(?:(?:also|then|later|\w+ly)\s+)?$/i;
/**
 * Verbs that may follow their speaker after a bare comma ("…, said the ministry"). A verb with an object ("urged",
 * "condemned") after a comma ends an aside instead: "The agency, UNHCR, urged Bangladesh" (Bangladesh is urged).
 */
const INVERTIBLE = /^(?:say|says|said|adds?|added|notes?|noted|states?|stated|writes|wrote|explain(?:s|ed)?|insist(?:s|ed)?|stress(?:es|ed)?|warn(?:s|ed)?|declare[sd]?|report(?:s|ed)?|emphasi[sz](?:es|ed)|acknowledg(?:es|ed)|claim(?:s|ed)?|tweeted|told|tells?)$/;
/** A new, unnamed noun phrase right before the verb: ", a military source", ", his office". */
const UNNAMED_SUBJECT = /,\s*(?:a|an|the|one|two|some|several|another|his|her|its|their)\s+[^,]*$/i;
/** What may stand between a reporting verb and the day it was said: "told reporters in New York on Wednesday". */
// (also the channel it was said through: "in a statement on Monday", "wrote on X on Monday", "in a post on Telegram")
const SPEECH_SETTING =
  /^[\s,]*(?:(?:reporters|journalists|lawmakers|parliament|legislators|a|an|the|his|her|its|their|news|press|conference|briefing|interview|television|radio|state|media|in|at|on|during|late|later|earlier|early|with|statement|report|written|joint|televised|video|address|speech|post|message|broadcast|social|X|website|channel|account|online|issued|released|from|by)\s+)*(?:on\s+|in\s+)?$/i;
/** An apposition between the subject and the verb: "Vahram Poghosyan, a spokesperson for …, said". */
// (an auxiliary or an adverb may stand after it: "X, who signed the accord, has accused")
const APPOSITION = /,([^,“”"]{2,120}),\s*(?:(?:has|have|had|also|long|repeatedly|since|\w+ly)\s+)*$/;
// ("X, Taiwan's most important backer, said": an aside may open with a possessive name)
const APPOSITION_OPENS = /^\s*(?:a|an|the|who|which|whose|his|her|its|their|[a-z]|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s)/u;
/** A title that names its body, right before an aside: "Today, the Minister of Public Safety, …". */
const TITLE_OF =
  /\b(?:[Mm]inister|[Ss]ecretary|[Dd]irector|[Cc]ommissioner|[Cc]hair(?:man|woman|person)?|[Gg]overnor|[Aa]mbassador|[Ee]nvoy|[Hh]ead|[Cc]hief|[Ss]pokes(?:man|woman|person))\s+(?:of|for)\s+(?:the\s+)?[^,;“”"]{2,80}$/;
/** What may open an aside before the person it names: "the Honourable", "Mr.", "Dr". */
const HONORIFIC_GAP = /^\s*(?:the\s+)?(?:(?:Honou?rable|Hon\.|Right|Rt\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)\s+)*$/;
/**
 * A name that stands after a preposition hanging on a noun: "Diplomats in X", "interviewed by X", "group from X's",
 * "fighters battling alongside X's army" ("a spokesman for X", "the head of X" speak for X and are read apart).
 */
const PLACED_BY =
  /\p{L}[\p{L}-]*\s+(?:in|from|at|near|by|across|inside|outside|around|within|alongside|against|with|into|towards?|behind|among|beside)\s+(?:the\s+)?$/iu;
/** An owner's own voice after its possessive: "X's government said", "X's authorities said". */
// (and its spokesman or office: "the X's spokesman said" speaks for X)
const OWN_VOICE =
  /^['’]s?\s+(?:(?:own|new|interim|military|federal|central|national|chief|senior|official)\s+)?(?:government|authorities|leadership|regime|administration|cabinet|spokes(?:man|woman|person)|representatives?|press\s+office|media\s+office|office)\s+(?:(?:has|have|had|also|later|then|\w+ly)\s+)*$/;
/** A subordinate clause's own subject after the name: "… when the company announced", "… as the bloc said". */
const SUBORDINATE_SUBJECT = /\b(?:when|while|after|before|because|since|until|as|though|although|whereas|once|where)\s+((?:the|this|that|these|those)\s+[^,;]*)$/;
/** The aside before an aside: "X, a member of Y (Z)" once ", a coalition …," has been set apart. */
const CHAINED_ASIDE = /,([^,“”"]{2,120})$/;
/** Only a description opens such an aside ("a member of", "which"); ", the Doma Council" after "On Monday" is the subject. */
const CHAIN_OPENS = /^\s*(?:(?:a|an)\s|(?:one|part|members?)\s+of\b|(?:who|which|whose)\b|the\s+[a-z])/;
/** Between two coordinated subjects: "A and B said", "A, B and other residents said". */
const SUBJECT_JOIN = /^\s*\)?\s*(?:[a-z]+\s+)?(?:,\s*)?(?:and|or|,)\s*(?:other\s+|the\s+|several\s+|some\s+)?$/;
/** First-person words of an issuing body in its own release. */
// (letter-aware edges: a plain \b splits "Daméus" into "Dam" + "éus" and finds "us")
const RELEASE_VOICE = /(?<![\p{L}\p{N}])(?:I|I['’]m|we|We|our|Our|us)(?![\p{L}\p{N}])|\btoday['’]s\s+(?:announcement|press\s+release|release|action|statement)\b/gu;

/** Between "told" and an outlet: an article and lowercase descriptions ("pro-government channel"), a demonym among them. */
const OUTLET_GAP = /^\s*(?:[Tt]he\s+)?(?:(?:(?!(?:that|which|who|whom|in|on|at|to|for|and|or|but|after|before|when|while|if|reporters|journalists)\b)[a-z][\w-]*|\p{Lu}[\p{L}-]*(?=\s+[a-z]))\s+){0,4}$/u;
const OUTLET_CLASSES = new Set(['MediaOutlet', 'Company', 'Organization']);
/** Between an outlet and its reporter: a possessive or a newsroom title ("'s", "'s senior", "correspondent"). */
const REPORTER_GAP = /^(?:['’]s\s+(?:(?:own|senior|chief|local|veteran)\s+)?(?:(?:correspondent|reporter|journalist|editor|producer)\s+)?|\s+(?:(?:senior|chief|local)\s+)?(?:correspondent|reporter|journalist|editor|producer)\s+)$/;

/** Objects that make a reporting verb an act, not speech: "declared independence", "the blast claimed 12 lives". */
const ACT_OBJECT: Record<string, RegExp> = {
  // also a ruling or a listing: "declared the party unconstitutional", "declared both groups terrorist organizations"
  // ("declared a separate Sahel province", "declared a caliphate": a founding)
  declare:
    /^\s+(?:independence|war|martial\s+law|victory|jihad|a\s+state\s+of|an?\s+(?:[\w-]+\s+){0,3}?(?:province|wilayah?|caliphate|emirate|republic|autonomous\s+region)\b|an?\s+(?:emergency|curfew|ceasefire|truce|no-fly\s+zone)\b|(?!that\b)(?:(?!\bthat\b)[^.;:“”"]){1,80}?\b(?:(?:a\s+|an\s+)?(?:foreign\s+)?terrorist|illegal|unconstitutional|unlawful|invalid|void|null|outlawed|banned|persona\s+non\s+grata)\b)/i,
  // "added X to its sanctions list": a listing; "added that", "added, …" and "he added." are speech
  add: /^\s+(?!that\b|to\b)(?:(?!\bthat\b)[^.;:“”",]){1,60}?\s+to\s+(?:its|the|their|his|her|a|an)\s/i,
  claim: /^\s+(?:(?:more\s+than|at\s+least|over|nearly|some|about)\s+)?(?:the\s+lives|[\w,-]+\s+lives|lives)\b/i,
  // "denied the journalists entry", "was denied bail": a refusal, not a denial of a claim
  deny: /^\s+(?:(?!that\b)[\w’'-]+\s+){0,4}?(?:entry|access|visas?|permission|passage|bail|clearance|landing\s+rights)\b/i,
  // "police questioned the suspects": an interrogation
  question: /^\s+(?:(?:the|a|an|two|three|four|several|some|dozens\s+of|\d+)\s+)?(?:[\w-]+\s+)?(?:suspects?|detainees?|witnesses|men|women|people|him|her|them|residents|passengers|migrants|journalists|workers|students)\b/i,
  // "hails from the north": where someone comes from
  hail: /^\s+from\b/,
  // "the truck slammed into", "slammed the door shut"
  slam: /^\s+(?:into|onto|against|through|shut)\b|^\s+the\s+(?:door|brakes)\b/,
  // "a body that reports directly to the leader", "reports to the Ministry of Interior": a line of command
  report: /^\s+(?:(?:directly|formally|ultimately|nominally|only)\s+)?to\s+(?:the\s+)?(?:\p{Lu}|[\p{L}-]+['’]s\s|(?:defen[cs]e|interior|foreign|prime)\s)/u,
  // "contend with floods": a struggle
  contend: /^\s+with\b/,
};
/** "rejected the text as a dangerous deviation", "dismissed the figure as propaganda"; not "rejected the offer". */
const REJECTED_AS = /^\s+(?:(?!\bthat\b)[^.;:“”"]){1,80}?\s+as\s+(?:[“"]|(?:a|an|the)\s|[a-z]+\b)/;
/** "a charge the group rejects", "a claim Kesh officials dismissed": the rejected words come before their speaker. */
const CHARGE_BEFORE = /\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:charges?|claims?|accusations?|allegations?|assertions?|reports?|version|account)\s+(?:that\s+|which\s+)?(?:(?!that\b)[^,;:“”"]){1,60}$/;
/** A past participle right after a document, a reduced relative: "a statement posted on X", "a video released". */
const DOCUMENT_BEFORE = /\b(?:statement|video|message|letter|post|communiqu[ée]|recording|clip|footage|report|note|audio|declaration|release)s?\s+$/i;
/** "responded that …", "replied in a statement", not "responded with airstrikes". */
const RESPONDS = /^\s*(?:that\b|,|:|[“"]|by\s+(?:saying|stating)\b|in\s+an?\s+(?:[\w-]+\s+)?(?:statement|post|letter|interview)\b)/;
/** "that …", a quote or a colon after the verb: what follows is what was said. */
const SAYS_THAT = /^\s*(?:that\b|[,:“"])/;
/** A commitment told as speech: "to" and a verb, "that", a quote. */
const SAYS_OR_COMMITS = /^\s*(?:to\s+(?!(?:the|a|an|its|his|her|their|this|that)\b)(?:\w+ly\s+)?[a-z]+\b|that\b|[,:“"])/;
/** An audience after "spoke to": the press, a crowd, a rally (an outlet is checked apart). */
const SPEAKS_TO_AUDIENCE =
  /^\s+(?:reporters|journalists|the\s+(?:press|media)|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:crowd|rally|gathering|audience|news\s+conference|press\s+conference|briefing|congregation|nation))\b/;
/** A setting after "spoke": anonymity, a news conference, an interview, a broadcast. */
const SPEAKS_IN_SETTING =
  /^\s+(?:on\s+condition\b|at\s+an?\s+(?:[\w-]+\s+)?(?:news|press)\s+conference\b|in\s+an?\s+(?:[\w-]+\s+)?interview\b|on\s+(?:state\s+)?(?:television|radio|TV)\b|(?:late|early)?\s*(?:on|in)\s+a\s+(?:[\w-]+\s+)?(?:speech|address|broadcast)\b)/;
/**
 * Speech verbs that need their object: "called on X to …" (not "called on the wounded"), "accused X of …" (not
 * "accused of"), "described X as …" (not "the route described above").
 */
const SPEECH_OBJECT: Record<string, RegExp> = {
  describe: /^\s+(?:(?:(?!\bthat\b)[^.;:“”"]){0,80}?\s)?as\b/,
  // "maintained that …", not "maintained checkpoints"
  maintain: /^\s*(?:that\b|,|[“"]|(?:its|his|her|their)\s+innocence\b)/,
  // "responded that …", "replied in a statement", not "responded with airstrikes"
  respond: RESPONDS,
  reply: RESPONDS,
  // "called the arrests “a new wave of persecution”", "called it “a massacre”"; not "a group called “X”" (no object)
  call: /^\s+(?:it|them|him|her|this|that|(?:the|these|those|its|his|her|their)\s+(?:[\w-]+\s+){0,4}?[\w-]+|\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,3})\s+(?:(?:an?|the)\s+)?[“"]/u,
  'call on': /^\s+(?:(?!\bthat\b)[^.;:“”"]){1,80}?\bto\s+[a-z]/,
  accuse: /^\s+(?!of\b)(?:(?!\bthat\b)[^.;:“”"]){1,80}?\bof\b/,
  // "rejected the text as a dangerous deviation", "dismissed the figure as propaganda"; not "rejected the offer"
  reject: REJECTED_AS,
  dismiss: REJECTED_AS,
  // "disputed the account", "disputes the figures"; not "the disputed region" (no object) or "disputed territory"
  dispute: /^\s+(?:the|this|that|these|those|its|their|his|her|such)\s+(?:[\w-]+\s+)?(?:account|accounts|claims?|reports?|figures?|toll|version|allegations?|assertions?|findings|characteri[sz]ation|tally|count)\b/,
  // "repeated Baku's demand that", "repeated its call for"; not "repeated attacks"
  repeat: /^\s+(?:(?:the|its|their|his|her|a|an)\s+|[\p{L}.-]+['’]s\s+)(?:[\w-]+\s+)?(?:demands?|calls?|claims?|position|pledges?|warnings?|accusations?|denials?|offer|appeal|insistence|assertion|threats?)\b/u,
  // "pledged to rebuild", "promised that"; not "pledged $50 million" (aid) or "promised land"
  pledge: SAYS_OR_COMMITS,
  promise: SAYS_OR_COMMITS,
  // "appealed for calm", "appealed to the UN"; not "appealed the verdict" (a court filing)
  appeal: /^\s*(?:for|to|that|on)\b|^\s*[,:“"]/,
  // "recalled that …"; not "recalled its ambassador"
  recall: SAYS_THAT,
  // "observed that …"; not "observed a ceasefire"
  observe: SAYS_THAT,
  suggest: SAYS_THAT,
  // "proclaimed that …"; not "proclaimed a republic" (a founding)
  proclaim: SAYS_THAT,
  // "boasted that", "boasted of having"; not "boasts a population of"
  boast: /^\s*(?:that\b|about\b|of\s+\w+ing\b|[,:“"])/,
  // "posted on X that …", "posted online"; not "posted troops" or "was posted to Kabul"
  post: /^\s+(?:(?:on|to|in)\s+(?:(?:its|his|her|their|the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:X|Twitter|Facebook|Telegram|Instagram|TikTok|YouTube|WhatsApp|Weibo|VKontakte|Truth\s+Social|social\s+media|website|account|channel|page|platform|blog|feed)\b|online\b)/,
  // "spoke to reporters", "spoke on condition of anonymity", "spoke at a news conference"; "spoke with the minister"
  // is a meeting, and an outlet after it is checked apart
  'speak to': SPEAKS_TO_AUDIENCE,
  'speak with': SPEAKS_TO_AUDIENCE,
  speak: SPEAKS_IN_SETTING,
};
/** "Doma and Kesh states", "AU member states": a plural noun after a name or "member", unless a clause follows. */
// (also after a lowercase adjective, "the other coastal states of": only a document or an adverb before "states" lets
// it report, "the charter states that", "it clearly states")
const STATES_NOUN =
  /(?:\bmember|\p{Lu}[\p{L}-]*|\b(?!(?:it|he|she|also|now|still|clearly|explicitly|simply|further|ministry|statement|report|document|law|constitution|resolution|agency|government|council|court|charter|treaty|decree|article|text|letter|release|communiqu\p{L}*|note|indictment|complaint|order)\b)\p{Ll}[\p{Ll}-]*)\s+$/u;
/** "X, which said", "X, which also said": a relative clause whose subject is the name right before it. */
// (also "X, whose spokesman said", "X, which on Monday said")
const RELATIVE_SUBJECT =
  /^\s*,\s*(?:which|who|whose\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|leader|head|chief|director|president|minister|office|representative))\s+(?:(?:also|later|then|has|had|have|on\s+\p{Lu}\w+|\w+ly)\s+)*$/u;
/** "In a statement carried by the state-run X newspaper": the outlet that carried a statement, before its speaker. */
const CARRIED_OPENER =
  /^[\s“"]*In\s+an?\s+(?:[\w-]+\s+)?(?:statement|communiqu[ée]|message|post|video|broadcast)\s+(?:(?:carried|released|posted|published|read|broadcast|aired|issued|distributed|shared)\s+)?(?:by|on|in|through|via)\s+(?:(?:the|its|their|a|an)\s+)?(?:(?!that\b)[a-z][\w-]*\s+){0,3}$/;
/** "X, quoted by the Y news agency, said": the outlet named in an aside between the speaker and the verb. */
// (also "X, in an interview with Y, said", "X, speaking to Y, said")
const QUOTED_BY =
  /,\s*(?:(?:as\s+)?(?:quoted|cited)\s+by|in\s+an?\s+(?:[\w-]+\s+)?interview\s+(?:with|on|to)|speaking\s+(?:to|with|on)|talking\s+to|writing\s+(?:in|on))\s+(?:(?:the|a|an)\s+)?(?:(?!that\b)[a-z][\w-]*\s+){0,3}$/;
/** "…, said in a statement posted by its X news agency": after the verb, the outlet that carried the words. */
// ("carried by its propaganda outlet, X": the outlet's name may follow its description after a comma)
const CARRIED_AFTER =
  /^\s*(?:(?:(?!that\b)[\w-]+\s+){0,5})?in\s+(?:an?\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:statement|communiqu[ée]|message|post|video|broadcast|remarks|comments|speech|address|interview|letter)\s+(?:(?:carried|released|posted|published|read|broadcast|aired|issued|distributed|shared)\s+)(?:(?:on|late|early)\s+\p{Lu}\w+\s+)?(?:by|on|in|through|via)\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:(?!that\b)[a-z][\w-]*\s+){0,2}(?:outlet|agency|channel|arm|wing|network|station|website|service|newspaper|broadcaster),\s+|(?:(?!that\b)[a-z][\w-]*\s+){0,3})$/u;
const CARRIER_CLASSES = new Set(['MediaOutlet', 'Company']);
/** Right before an outlet after the verb: "on", "to", "through its", "via the IS-run", "with the state-owned". */
const OUTLET_BEFORE = /\b(?:on|to|with|through|via)\s+(?:(?:the|its|their)\s+)?(?:(?:\p{L}+-(?:run|backed|controlled|owned|based|affiliated)|state|official|own|propaganda)\s+){0,2}$/iu;
/** A named setting of the words ahead: "in an interview with", "in a statement to". */
const SETTING_AHEAD = /\bin\s+an?\s+(?:[\w-]+\s+)?(?:statement|post|message|interview|video|letter)\s+(?:to|with|on|through|via)\b/i;
const CARRIED_BY = /\b(?:carried|broadcast|aired|published|posted|run)\s+(?:by|on|in)\s+(?:the\s+)?$/i;
/** An organization named as a medium by the noun around it: "the X newspaper", "state broadcaster X", "its X media arm". */
const MEDIA_NOUN_AFTER = /^\s+(?:(?:state|news|media|daily|weekly|television|radio)\s+)?(?:newspaper|daily|agency|channel|television|tv|radio|station|broadcaster|outlet|arm|website|network)\b/i;
const MEDIA_NOUN_BEFORE = /\b(?:newspaper|daily|agency|channel|broadcaster|station|outlet|website|network),?\s+$/i;

/** "according to a statement it issued", "according to its statement": the words of the clause's own subject. */
const OWN_DOCUMENT = /^(?:(?:a|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[ée]|release|report|post)\s+(?:it|they)\s+(?:had\s+)?(?:issued|released|published|posted|put\s+out)|(?:its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu[ée]|release|report))\b/i;
/**
 * Lowercase words describing a source before its name, none of them a place or an unnamed source of its own; the name
 * itself may stand before the alias that became the mention ("the left-wing alliance Popular Front, or FP").
 */
const SOURCE_DESCRIPTION =
  /^\s*(?:(?:a|an|the)\s+)?(?:(?!(?:in|of|near|at|on|for|with|and|or|officials?|sources?|residents|witnesses|people|medics|diplomats|analysts|members|statement|report)\b)(?:[a-z][\w’'-]*|(?:\p{Lu}[\p{L}.]*)?-(?:based|run|backed|led|funded|linked))\s+){1,4}(?:(?:by|from)\s+(?:the\s+)?|(?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*,\s+or\s+(?:the\s+)?)?$/u;
/** "according to a statement from the ministry", "according to a report by X": the named issuer. */
const DOCUMENT_BY = /^(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[ée]|release|report|post|tweet|message)\s+(?:(?:issued|released|published|posted)\s+)?(?:by|from)\s+(?:the\s+)?$/i;
/** "told the crowd on Saturday", "told a rally in Caracas on Sunday": an audience, then the day. */
const TOLD_AUDIENCE = /^\s*(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?!that\b)[a-z-]+\s+){1,3}(?:(?:in|at)\s+)?(?:(?:on|in|late|early)\s+)?$/;
/** "claimed the raid through its Amaq news agency on Saturday": what was claimed, the channel, then the day (a day
 *  right after the object, "claimed the attack on Monday", may date the attack and is not taken). */
const CLAIM_CHANNEL =
  /^\s*responsibility\s+(?:on\s+)?$|^\s*(?:(?:responsibility\s+for\s+)?(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){1,4})?(?:(?:through|via)\s+|(?:in|on)\s+(?:a\s+statement|its|their|social\s+media)\s+)(?:(?:its|their|a|an|the)\s+)?(?:[\w-]+\s+){0,3}(?:on\s+|in\s+)?$/;
/** "told Reuters after the signing": the event the words followed (no "that" clause may come first). */
const AFTER_EVENT = /^(?:(?!\bthat\b)[^,;“"])*?\b(?:after|following)\s+the\s+([a-z]{4,})\b/;
/** "expressed "serious concern" yesterday", "expressed deep regret on Monday": a short object, then the day. */
const EXPRESSED_OBJECT = /^\s*(?:(?:its|their|his|her|a|an|the)\s+)?(?:[“"][^”"]{1,40}[”"]|(?:(?!that\b)[a-z-]+\s+){1,3})\s*(?:on\s+|in\s+)?$/;

interface Act {
  speakers: string[];
  verb: Span;
  sentence: Sentence;
  rule: string;
  medium?: string;
  subjectEnd?: number;
}

/** The statements of a document: one per speaker and reporting verb. */
export function findStatements(doc: AnnotatedDocument): StatementFact[] {
  const lex = speechLexicon();
  const mentions = resolvedMentions(doc);
  const heads = outermost(mentions);
  const quotes = quoteSpans(doc.text);
  // "PORTO, Valdonia (VNA) —": the filing place and the wire agency of a dateline say nothing
  const datelines = datelineSpans(doc);
  const acts: Act[] = [];
  let lastSpeakers: string[] = [];
  const genericKeys = new Map<string, boolean>();
  const generic = (key: string): boolean => {
    let g = genericKeys.get(key);
    if (g === undefined) genericKeys.set(key, (g = isGeneric(doc, key)));
    return g;
  };

  const actorMentions = (from: number, to: number): Mention[] =>
    heads.filter((m) => m.start >= from && m.end <= to && isActorClass(classOf(doc, m)) && !isQuoted(quotes, m) && !inDateline(datelines, m));

  for (const s of doc.sentences) {
    if (s.furniture && SKIPPED.has(s.furniture)) continue;
    const text = doc.text.slice(s.start, s.end);
    const inSentence: Act[] = [];

    lex.source.lastIndex = 0;
    for (const m of matchesOf(lex.source, text)) {
      const at = s.start + m.index + m[0].length;
      if (isQuoted(quotes, { start: at - 1, end: at })) continue;
      const after = actorMentions(at, s.end);
      // "quoting North Korea's main news agency KCNA": the possessor is not the source
      // ("the UK-based X": the modifier is not the source either)
      const next = after[0] && (isPossessive(doc, after[0]) || /^-[a-z]/.test(doc.text.slice(after[0].end, after[0].end + 2))) ? after[1] : after[0];
      // "according to Northern Province Governor Jane Doe": a person after a title (which may name a place)
      const titled = after.find((x) => classOf(doc, x) === 'Person' && x.start - at < TITLE_REACH && TITLE_GAP.test(stripMentions(doc, at, x.start)));
      if (titled) {
        inSentence.push({ speakers: [titled.entity!], verb: { start: s.start + m.index, end: at }, sentence: s, rule: 'statement:according-to', subjectEnd: titled.end });
        continue;
      }
      const source = { start: s.start + m.index, end: at };
      if (OWN_DOCUMENT.test(doc.text.slice(at, s.end))) {
        // the clause's subject issued it: the first actor of the sentence that is no possessor
        const own = actorMentions(s.start, source.start).find((x) => !isPossessive(doc, x));
        if (own) inSentence.push({ speakers: [own.entity!], verb: source, sentence: s, rule: 'statement:according-to' });
        continue;
      }
      const issuer = after.find((x) => x.start - at < 80 && DOCUMENT_BY.test(doc.text.slice(at, x.start)));
      if (issuer) {
        inSentence.push({ speakers: [issuer.entity!], verb: source, sentence: s, rule: 'statement:according-to', subjectEnd: issuer.end });
        continue;
      }
      // "according to the left-wing alliance X", "according to figures from the X": a description may come first
      const gap = next ? stripMentions(doc, at, next.start) : '';
      // ("according to a local rights activist, Jane Doe": a person after the description of her)
      const described = next !== undefined && classOf(doc, next) === 'Person' && DESCRIBED_PERSON.test(doc.text.slice(at, next.start));
      if (!next || !(/^\s*(?:the\s+)?$/i.test(doc.text.slice(at, after[0]!.start)) || described || (classOf(doc, next) !== 'Person' && SOURCE_DESCRIPTION.test(gap)))) continue;
      if (SOURCES_AFTER.test(doc.text.slice(next.end, s.end))) continue;
      inSentence.push({ speakers: [next.entity!], verb: { start: s.start + m.index, end: at }, sentence: s, rule: 'statement:according-to', subjectEnd: next.end });
    }

    // "The attack was claimed by X", "The deaths were confirmed by the army": the agent of a passive speaks
    for (const q of text.includes(' by ') ? matchesOf(PASSIVE_BY, text) : []) {
      const verb = { start: s.start + q.index + q[0].indexOf(q[1]!), end: s.start + q.index + q[0].indexOf(q[1]!) + q[1]!.length };
      if (isQuoted(quotes, verb) || NOT_SAID.test(doc.text.slice(s.start, verb.start))) continue;
      const agent = actorMentions(s.start + q.index + q[0].length, s.end)[0];
      if (!agent || agent.start !== s.start + q.index + q[0].length || classOf(doc, agent) === 'MediaOutlet' || isPossessive(doc, agent)) continue;
      const act: Act = { speakers: [agent.entity!], verb, sentence: s, rule: 'statement:passive', subjectEnd: verb.start };
      // "was claimed by X through its Y news agency": the channel follows the agent
      const outlet = outletAfter(agent.end, s.end) ?? carrierOf(s, verb);
      if (outlet && outlet !== agent.entity) act.medium = outlet;
      inSentence.push(act);
    }

    // "Doma TV quoted X as saying", "X was quoted by Doma TV as saying": X speaks, the quoting outlet is the medium
    for (const q of matchesOf(QUOTED_AS, text)) {
      const at = s.start + q.index;
      const verb = { start: at, end: at + q[0].length };
      if (isQuoted(quotes, verb)) continue;
      const inside = actorMentions(verb.start, verb.end);
      const passive = q[1] !== undefined;
      const speaker = passive ? actorMentions(s.start, at).filter((m) => !isPossessive(doc, m)).pop() : inside.find((m) => classOf(doc, m) !== 'MediaOutlet');
      if (!speaker || (passive && !/^\s*$/.test(doc.text.slice(speaker.end, at)))) continue;
      const by = passive ? [...inside, ...actorMentions(verb.end, Math.min(s.end, verb.end + 40)).filter((m) => /^\s*by\s+(?:the\s+)?$/.test(doc.text.slice(verb.end, m.start)))] : actorMentions(s.start, at);
      const outlet = (passive ? by : by.slice(-1)).find((m) => OUTLET_CLASSES.has(classOf(doc, m)));
      const act: Act = { speakers: [speaker.entity!], verb, sentence: s, rule: 'statement:quoted-as', subjectEnd: speaker.end };
      if (outlet && (!passive || outlet.start > at) && outlet.entity !== speaker.entity) act.medium = outlet.entity!;
      inSentence.push(act);
    }

    const speaking = SPEAKING_OPENER.exec(text);
    if (speaking) {
      // "Speaking to the BBC, opposition leader X accused …": the subject after the comma spoke, to that outlet
      const verb = { start: s.start + speaking.index, end: s.start + speaking[0].length };
      const subject = actorMentions(verb.end, s.end)[0];
      const pronoun = /^(he|she|they|it)\b/i.exec(doc.text.slice(verb.end, s.end));
      // (a name that only modifies a person, "the X commander", "X's envoy", is not who spoke)
      const modifier = subject !== undefined && (isPossessive(doc, subject) || PERSON_NOUN_AFTER.test(doc.text.slice(subject.end, subject.end + 20)));
      const who = subject && !modifier && TITLE_GAP_OR_NONE.test(stripMentions(doc, verb.end, subject.start)) ? subject.entity : pronoun ? resolvePronoun(doc, mentions, verb.end, pronoun[1]!, s.start) : undefined;
      if (who) {
        const act: Act = { speakers: [who], verb, sentence: s, rule: 'statement:speaking-to' };
        const outlet = mentions.find((x) => x.start >= verb.start && x.end <= verb.end && OUTLET_CLASSES.has(classOf(doc, x)) && classOf(doc, x) !== 'Organization');
        if (outlet) act.medium = outlet.entity!;
        inSentence.push(act);
      }
    }

    lex.verb.lastIndex = 0;
    for (const m of matchesOf(lex.verb, text)) {
      const verb = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      // "the self-declared republic", "a much-reported raid": a verb inside a compound modifier says nothing
      if (isQuoted(quotes, verb) || doc.text[verb.start - 1] === '-') continue;
      const before = doc.text.slice(s.start, verb.start);
      const word = m[0].toLowerCase();
      const lemma = lex.lemmaOf(m[0]) ?? word;
      const form = lex.formOf(m[0]);
      const rest = doc.text.slice(verb.end, s.end);
      // the object checks first: they read a few characters ahead, the tests below the whole sentence behind
      if (ACT_OBJECT[lemma]?.test(rest)) continue;
      const needs = SPEECH_OBJECT[lemma];
      // ("spoke to the BBC", "spoke with CNN": an outlet after the verb is an audience too)
      // the few words before the verb, for the tests anchored at its start (each runs over all it is given)
      const near = before.slice(-NEAR);
      const chargeBefore = REJECTING.has(lemma) && CHARGE_BEFORE.test(near);
      if (needs && !needs.test(rest) && !(lex.media.has(word) && outletObject(verb) !== undefined) && !chargeBefore) continue;
      if (lemma === 'post' && DOCUMENT_BEFORE.test(near)) continue;
      const progressive = form === 'ing' && PROGRESSIVE.test(near);
      if (NEGATED.test(near) || (!progressive && NOT_A_VERB.test(near)) || NOT_SAID.test(before)) continue;
      // "would say", "will announce": a modal's verb reports nothing said yet
      if (form === 'base' && MODAL.test(near)) continue;
      if (m[0] === 'state' && NAME_HEAD_STATE.test(before)) continue;
      if (m[0] === 'states' && STATES_NOUN.test(before) && !/^\s*(?:that\b|:)/.test(rest)) continue;
      let act: Act | undefined;
      if (progressive) act = speakerOf(verb, before, s, inSentence, false);
      else if (form === 'ing') {
        // "…, adding that", "…, saying": the participle shares the subject of the clause it hangs on
        const previous = inSentence[inSentence.length - 1];
        const quoted = /^\s*,?\s*[“"]/.test(doc.text.slice(verb.end, s.end)) || /\bin\s+a\s+statement\s*,\s*$/i.test(before);
        if (previous) act = { speakers: previous.speakers, verb, sentence: s, rule: 'statement:participle' };
        else if (quoted) act = speakerOf(verb, before, s, inSentence, false);
        else act = clauseSubjectOf(verb, before, s);
      } else act = speakerOf(verb, before, s, inSentence, form === 'base' || ADJACENT_ONLY.test(word));
      // "A accuses B of …, a charge the group rejects": a described denier is the one accused
      if (act && chargeBefore && /\b(?:the\s+[a-z]+|it|they)\s+(?:(?:has|have|had|also|long|repeatedly|\w+ly)\s+)*$/.test(before)) {
        const accused = accusedIn(s, verb);
        act = accused ? { ...act, speakers: [accused], rule: 'statement:accused' } : undefined;
      }
      if (!act) continue;
      if (lex.media.has(word)) {
        const object = outletObject(verb);
        if (object) act.medium = object;
      }
      const outlet = act.medium ?? outletAfter(verb.end, s.end) ?? carrierOf(s, verb) ?? quotedBy(act, verb) ?? reportersOutlet(act);
      if (outlet) act.medium = outlet;
      inSentence.push(act);
    }
    for (const a of inSentence) lastSpeakers = a.speakers;
    acts.push(...inSentence);
  }

  /** The one accused before a verb of its sentence: "accuses the X (XA) of", "accuse it of". */
  function accusedIn(s: Sentence, verb: Span): string | undefined {
    const accuse = /\baccus(?:e|es|ed|ing)\s+/.exec(doc.text.slice(s.start, verb.start));
    if (!accuse) return undefined;
    const at = s.start + accuse.index + accuse[0].length;
    const pronoun = /^(it|them)\b/.exec(doc.text.slice(at, verb.start));
    if (pronoun) return resolvePronoun(doc, mentions, at, pronoun[1]!, s.start);
    const object = actorMentions(at, verb.start)[0];
    return object && /^(?:the\s+)?$/i.test(doc.text.slice(at, object.start)) ? object.entity : undefined;
  }

  /** "told the state-run Global Times", "told the Portuguese news agency Lusa": the outlet a verb's object names. */
  function outletObject(verb: Span): string | undefined {
    const object = mentions.find((x) => x.start >= verb.end && OUTLET_GAP.test(doc.text.slice(verb.end, x.start)));
    // "told CNN" names an outlet; "told residents", "told Kenya" do not
    return object && OUTLET_CLASSES.has(classOf(doc, object)) ? object.entity : undefined;
  }

  /**
   * "X, long Y's ally, has frozen its ties with Z, accusing it of …": a speech participle after a comma hangs on the
   * main clause, whose subject opens the sentence (after at most an adverbial) and acted in a finite verb before it.
   */
  function clauseSubjectOf(verb: Span, before: string, s: Sentence): Act | undefined {
    if (!/,\s*$/.test(before) || /[;“”"]|\b(?:said|says|told|according)\b/.test(before)) return undefined;
    const opener = actorMentions(s.start, verb.start).find((m) => !isPossessive(doc, m) && !/^-[a-z]/.test(doc.text.slice(m.end, m.end + 2)));
    if (!opener || !/^[\s“"]*(?:(?:In|On|By|Since|After|Last|This|Earlier|Later)\s[^,]{1,40},\s*)?(?:the\s+)?$/i.test(doc.text.slice(s.start, opener.start))) return undefined;
    const clause = doc.text.slice(opener.end, verb.start);
    if (!FINITE_AFTER_SUBJECT.test(clause) || (generic(opener.entity!) && classOf(doc, opener) !== 'Person')) return undefined;
    return { verb, sentence: s, speakers: [opener.entity!], rule: 'statement:participle', subjectEnd: opener.end };
  }

  function speakerOf(verb: Span, before: string, s: Sentence, earlier: Act[], adjacentOnly: boolean): Act | undefined {
    const base = { verb, sentence: s };
    // '"…," told X' is rare; "Y, a spokesman, told the BBC" is the rule: what follows "told" is its hearer
    const word = doc.text.slice(verb.start, verb.end).toLowerCase();
    const afterQuote = /[”"’]\s*,?\s*$/.test(before);
    const toldTo = lex.media.has(word) && !afterQuote;
    if (AFTER_QUOTE.test(before) && !toldTo && (afterQuote || INVERTIBLE.test(word))) {
      const after = actorMentions(verb.end, s.end);
      // "said Deputy Secretary of the Treasury Jane Doe": a person after a title that may hold other names
      const titled = after.find((x) => classOf(doc, x) === 'Person' && x.start - verb.end < TITLE_REACH && TITLE_GAP.test(stripMentions(doc, verb.end, x.start)));
      // '"…," said a statement from the ministry': the issuer of the document
      const issuer = after.find((x) => x.start - verb.end < 80 && DOCUMENT_BY.test(doc.text.slice(verb.end, x.start).trimStart()));
      if (issuer && !titled) return { ...base, speakers: [issuer.entity!], rule: 'statement:inverted', subjectEnd: verb.start };
      const next = titled ?? after[0];
      // "X, who heads the panel, said the government would …": the name after the verb opens what was said
      const opensClause = next !== undefined && !afterQuote && REPORTED_SUBJECT_AFTER.test(doc.text.slice(next.end, Math.min(s.end, next.end + 90)));
      if (next && !opensClause && !SOURCES_AFTER.test(doc.text.slice(next.end, s.end)) && (titled || INVERTED_GAP.test(doc.text.slice(verb.end, next.start)) || SPEAKER_FOR.test(doc.text.slice(verb.end, next.start))) && classOf(doc, next) !== 'MediaOutlet') {
        return { ...base, speakers: [next.entity!], rule: 'statement:inverted', subjectEnd: verb.start };
      }
      if (!issuer && UNNAMED_AFTER.test(doc.text.slice(verb.end, Math.min(s.end, verb.end + 80)))) return undefined;
    }
    const previous = earlier[earlier.length - 1];
    if (COORDINATED.test(before) && previous) return { ...base, speakers: previous.speakers, rule: 'statement:coordinated' };
    // ("X authorities attribute the attacks to Y and say …": a base form after "and" shares a plural subject whose own
    // verb is a base form too)
    const first = COORDINATED.test(before) ? actorMentions(s.start, verb.start)[0] : undefined;
    const ownVerb = first ? OPENER_VERB.exec(doc.text.slice(first.end, first.end + 80)) : null;
    const plural = ownVerb !== null && !/(?:s|ed)$/.test(ownVerb[1]!) && !MODAL.test(`${ownVerb[1]} `);
    if (COORDINATED.test(before) && (!adjacentOnly || plural)) {
      // "Prime Minister X met with … and said": the sentence's subject, named first after at most a title
      // ("The X, however, has never accepted Y's lead and says": a short aside may follow the subject)
      if (first && ownVerb && /^[\s“"]*(?:(?:[A-Z][\p{L}.’'-]*|the)\s+){0,4}$/u.test(doc.text.slice(s.start, first.start))) {
        return { ...base, speakers: [first.entity!], rule: 'statement:coordinated', subjectEnd: first.end };
      }
      // the name right before "and says" is the first verb's object ("has never accepted Y's lead and says"), not
      // who speaks; only a pronoun may still stand there ("… and he said")
      if (!PRONOUN_SUBJECT.test(before)) return undefined;
    }
    const pronoun = PRONOUN_SUBJECT.exec(before);
    if (pronoun) {
      const at = s.start + pronoun.index + pronoun[0].indexOf(pronoun[1]!);
      // "it added": an organization pronoun continues the last speaker before anything else
      const impersonal = /^(?:it|they)$/i.test(pronoun[1]!);
      // ("X claimed an attack that it said killed 20": in a relative clause, the sentence's own speaker comes first)
      const relative = impersonal && /\b(?:that|which)\s+$/.test(doc.text.slice(s.start, at)) ? previous?.speakers[0] : undefined;
      // "marched to protest what they said were abuses", "a youth who they said was a farmer": the marchers speak, the
      // subject of the clause the relative hangs on, and only a named one
      if (/^they$/i.test(pronoun[1]!) && /\b(?:what|who|whom)\s+$/i.test(doc.text.slice(s.start, at))) {
        const subject = actorMentions(s.start, at)[0];
        const opens = subject !== undefined && /^[\s“"]*(?:\p{Lu}[^,]{1,40},\s*)?(?:the\s+)?$/u.test(doc.text.slice(s.start, subject.start));
        return opens ? { ...base, speakers: [subject.entity!], rule: 'statement:pronoun', subjectEnd: at + pronoun[1]!.length } : undefined;
      }
      const found = relative ?? (impersonal ? lastSpeakers[0] : personBefore(s, at)) ?? resolvePronoun(doc, mentions, at, pronoun[1]!, s.start);
      // "he added" is a person's words: a body the pronoun was tied to is no reading of it
      const who = !impersonal && found !== undefined && doc.entities.get(found)?.cls !== 'Person' ? undefined : found;
      return who ? { ...base, speakers: [who], rule: 'statement:pronoun', subjectEnd: at + pronoun[1]!.length } : undefined;
    }
    if (DOCUMENT_SUBJECT.test(before) && lastSpeakers.length) return { ...base, speakers: lastSpeakers, rule: 'statement:document' };
    // "the department said": the latest body named before whose name holds that head word
    const described = DESCRIBED_SPEAKER.exec(before);
    const headOf = (m: Mention, head: string): boolean =>
      m.entity !== undefined && ((doc.entities.get(m.entity)?.names.some((n) => /\p{Lu}/u.test(n) && n.toLowerCase().split(/\s+/).includes(head)) ?? false) || spelledOutBefore(m, head) || headAfter(m, head));
    // "the Popular Will party": the head word follows the name in lower case
    const headAfter = (m: Mention, head: string): boolean => {
      const after = doc.text.slice(m.end, m.end + head.length + 2);
      return /^\s/.test(after) && after.slice(1, head.length + 1) === head && !/\p{L}/u.test(after.charAt(head.length + 1));
    };
    // "The Department of Foreign Affairs (DFA)" when only the acronym became a mention: the spelled-out name holds the head
    const spelledOutBefore = (m: Mention, head: string): boolean => {
      if (doc.text[m.start - 1] !== '(') return false;
      const name = SPELLED_NAME.exec(doc.text.slice(Math.max(0, m.start - 90), m.start - 1));
      return name !== null && name[0].toLowerCase().split(/\s+/).includes(head);
    };
    // (a description the actor stage resolved to a body of another kind is read again)
    if (described && !heads.some((m) => m.start >= s.start + described.index && m.end <= verb.start && headOf(m, (described[1] ?? described[2])!.toLowerCase()))) {
      const head = (described[1] ?? described[2])!.toLowerCase();
      const named = [...heads].reverse().find((m) => m.end <= s.start + described.index && headOf(m, head));
      if (named) return { ...base, speakers: [named.entity!], rule: 'statement:described', subjectEnd: s.start + described.index + described[0].length };
    }
    // "Nagorno-Karabakh officials said": a place's officials are the government named after that place
    const officials = PLACE_OFFICIALS.exec(before);
    if (officials) {
      const at = s.start + officials.index;
      const place = mentions.find((m) => m.end === at && m.start >= s.start && !isActorClass(classOf(doc, m)));
      const name = place ? doc.text.slice(place.start, place.end).toLowerCase() : undefined;
      const government = name ? [...doc.entities.values()].find((e) => e.cls === 'Government' && e.names.some((n) => n.toLowerCase().includes(name))) : undefined;
      if (government) return { ...base, speakers: [government.key], rule: 'statement:described', subjectEnd: verb.start };
    }
    // "the military said": the latest actor of that kind named before, when no mention stands for the words
    const kind = DESCRIBED_KIND.exec(before);
    if (kind && !heads.some((m) => m.start >= s.start + kind.index && m.end <= verb.start)) {
      const kindWord = kind[1]!.toLowerCase().replace(/\s+/g, ' ');
      const classes = KIND_CLASSES[kindWord];
      // (a paramilitary force is no "army": the national army must be named as one)
      const nameMatches = (name: RegExp) => (m: Mention): boolean => doc.entities.get(m.entity!)?.names.some((n) => name.test(n)) ?? false;
      const army = classes === MILITARY ? nameMatches(ARMY_NAME) : (): boolean => true;
      const usable = (m: Mention): boolean => classes !== undefined && classes.has(classOf(doc, m)) && !isQuoted(quotes, m) && !inDateline(datelines, m) && !isPossessive(doc, m);
      const earlier = [...heads].reverse().filter((m) => m.end <= s.start + kind.index && usable(m));
      const candidates = earlier.filter(army);
      let named: Mention | undefined;
      if (classes === MILITARY && kindWord !== 'army') {
        // "the military" is a country's forces as a whole ("Indonesian soldiers", "Nigeria's air force"), before
        // a regional command that merely holds the word ("the X military command")
        const national = (m: Mention): boolean => doc.entities.get(m.entity!)?.country !== undefined;
        named = candidates.find((m) => national(m) && nameMatches(WHOLE_MILITARY)(m)) ?? earlier.find(national) ?? candidates.find(nameMatches(WHOLE_MILITARY)) ?? candidates[0];
      } else named = candidates[0];
      // "…, the army says." in a lead that names the army only in the sentences after it
      if (!named && classes === MILITARY) named = heads.find((m) => m.start >= verb.end && m.sentence <= s.index + 2 && usable(m) && army(m));
      if (named) return { ...base, speakers: [named.entity!], rule: 'statement:described', subjectEnd: s.start + kind.index + kind[0].length };
    }
    // "X, a member of Y (Z), a coalition launched by W, said": the opener speaks, however many asides follow it
    // "X, a proxy for Y that claimed the attack": the relative's antecedent is the aside's head, and the aside is X
    const apposed = APPOSED_RELATIVE.exec(before);
    if (apposed) {
      const comma = s.start + apposed.index;
      const head = [...heads].reverse().find((m) => m.end <= comma && m.start >= s.start);
      if (head && head.end === comma && isActorClass(classOf(doc, head)) && !isQuoted(quotes, head) && !isPossessive(doc, head)) {
        return { ...base, speakers: [head.entity!], rule: 'statement:subject', subjectEnd: head.end };
      }
    }
    // ("X, who …, has publicly claimed": an adverb before the verb leaves the aside whole)
    const adverbs = /(?:\b\p{L}+ly\s+)+$/u.exec(before);
    const opener = openerWithAside(doc, s.start, adverbs ? s.start + adverbs.index : verb.start, heads.filter((m) => !isQuoted(quotes, m)));
    if (opener && !adjacentOnly) return { ...base, speakers: [opener.entity!], rule: 'statement:subject', subjectEnd: opener.end };
    let limit = verb.start;
    const app = APPOSITION.exec(before);
    if (app && APPOSITION_OPENS.test(app[1]!)) {
      // "the Minister of Public Safety, the Honourable Jane Doe, announced": the aside names the holder of the title
      // that the subject only describes
      const holder = TITLE_OF.test(before.slice(0, app.index)) ? actorMentions(s.start + app.index, s.start + app.index + app[0].length).find((m) => classOf(doc, m) === 'Person') : undefined;
      if (holder && /^[\s,]*$/.test(doc.text.slice(holder.end, s.start + app.index + app[0].length).replace(/\([^)]*\)/g, '')) && HONORIFIC_GAP.test(doc.text.slice(s.start + app.index + 1, holder.start))) {
        return { ...base, speakers: [holder.entity!], rule: 'statement:subject', subjectEnd: holder.end };
      }
      limit = s.start + app.index;
      // "X, a member of Y (Z), a coalition launched by W, said": asides in a chain all describe the opener
      for (let more = CHAINED_ASIDE.exec(doc.text.slice(s.start, limit)); more && CHAIN_OPENS.test(more[1]!); more = CHAINED_ASIDE.exec(doc.text.slice(s.start, limit))) {
        limit = s.start + more.index;
      }
    }
    const cands = actorMentions(s.start, limit);
    // "The Polisario's armed wing, the X, said": the possessor only says whose wing speaks; the apposition names it
    if (app && cands.length && cands.every((m) => isPossessive(doc, m)) && /^['’]s?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*$/.test(doc.text.slice(cands[cands.length - 1]!.end, limit))) cands.length = 0;
    // "Oren Vask of the Doma Council said": the person speaks, the body only places him
    const last = cands[cands.length - 1];
    const owner = cands[cands.length - 2];
    if (last && owner && classOf(doc, owner) === 'Person' && classOf(doc, last) !== 'Person' && /^\s+(?:of|from|at|with)\s+(?:the\s+)?$/.test(doc.text.slice(owner.end, last.start))) cands.pop();
    const subject = cands[cands.length - 1];
    if (!subject) {
      // "Its armed wing, the People's Defence Forces (HPG), said": the aside is the name of an unnamed opener
      const named = app && !/\p{Lu}/u.test(stripMentions(doc, s.start, s.start + app.index).replace(/^[\s“"]*\p{Lu}/u, '')) ? actorMentions(s.start + app.index, verb.start)[0] : undefined;
      if (named && /^,\s*(?:the\s+)?$/i.test(doc.text.slice(s.start + app!.index, named.start))) {
        return { ...base, speakers: [named.entity!], rule: 'statement:subject', subjectEnd: named.end };
      }
      return undefined;
    }
    const gap = doc.text.slice(subject.end, limit);
    // "Sudan's army-aligned government rejected": the name only modifies the unnamed subject
    if (SOURCES_AFTER.test(gap) || /^-\p{Ll}+\s/u.test(gap)) return undefined;
    // "Diplomats in X say", "Refugees interviewed by X said", "A rebel group from X's north said": the name only
    // places or qualifies the unnamed subject before it
    // ("The field is run by X, which said": a relative clause makes the name its subject again)
    if (!RELATIVE_SUBJECT.test(gap) && PLACED_BY.test(doc.text.slice(Math.max(s.start, subject.start - 60), subject.start))) return undefined;
    // "the European Union's peacekeeping force said", "the country's Defence Ministry said": the possessed body speaks,
    // and no mention names it (its own government or authorities are the owner's voice)
    // ("The Public Defender's Office said": after a name, capitals continue the name)
    if (isPossessive(doc, subject) && !/,/.test(gap) && !OWN_VOICE.test(gap) && (/^['’]s?\s+\p{Ll}/u.test(gap) || !/\p{Lu}/u.test(subject.text.charAt(0)))) return undefined;
    // "X took over in Mali when the company announced": a subordinate clause has its own subject, the description
    // after the conjunction, which only the reference reading may tie to a name
    const clause = SUBORDINATE_SUBJECT.exec(gap);
    if (clause) {
      const ref = referenceAt(doc, subject.end + clause.index + clause[0].length - clause[1]!.length);
      return ref?.entity && ref.start === subject.end + clause.index + clause[0].length - clause[1]!.length ? { ...base, speakers: [ref.entity], rule: 'statement:described', subjectEnd: ref.end } : undefined;
    }
    // "Egypt has deployed troops …, a military source told Reuters": an unnamed subject stands between
    if (gap.length > 45 || /[“”";]|\bthat\b/.test(gap) || UNNAMED_SUBJECT.test(gap)) return undefined;
    // "… during the siege, officials said": whatever follows the last comma is the subject, and it is unnamed
    // "… drove them out, said the officials, who spoke": the relative's antecedent is the unnamed one before it
    const relative = /,\s*(?:who|which)\b[^,]*$/.exec(gap);
    if (relative && /\p{L}/u.test(gap.slice(0, relative.index).replace(/\([^)]*\)/g, ''))) return undefined;
    const tail = /,([^,]*)$/.exec(gap);
    if (tail && !RELATIVE_SUBJECT.test(gap) && /\p{L}/u.test(tail[1]!.replace(/\b(?:who|also|later|then|has|have|had|would|will|\w+ly)\b/gi, ''))) return undefined;
    if (adjacentOnly && !ADJACENT_GAP.test(gap)) return undefined;
    const speakers = [subject.entity!];
    for (let i = cands.length - 2; i >= 0; i--) {
      const join = doc.text.slice(cands[i]!.end, cands[i + 1]!.start);
      if (!SUBJECT_JOIN.test(join)) break;
      // a list ends in "and"/"or": "X, the ministry said" is no list
      if (i === cands.length - 2 && !/\b(?:and|or)\b/.test(join)) break;
      speakers.unshift(cands[i]!.entity!);
    }
    // "Human rights groups, including Amnesty International, say": the bodies the aside names speak among them
    if (app && limit !== verb.start && /^\s*(?:including|among\s+them|such\s+as)\s/i.test(app[1]!)) {
      for (const m of actorMentions(s.start + app.index, verb.start)) if (!isPossessive(doc, m)) speakers.push(m.entity!);
    }
    return { ...base, speakers: [...new Set(speakers)], rule: 'statement:subject', subjectEnd: subject.end };
  }

  /**
   * Who "he"/"she" is when no person stands before it in its own sentence: in the nearest earlier sentence naming a
   * person, the one who last spoke if named there, else the first person named (the subject, not an object).
   */
  function personBefore(s: Sentence, at: number): string | undefined {
    const person = (m: Mention): boolean => classOf(doc, m) === 'Person' && !isQuoted(quotes, m);
    if (heads.some((m) => m.start >= s.start && m.end <= at && person(m))) return undefined;
    for (let i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
      const prev = doc.sentences[i]!;
      if (prev.furniture && SKIPPED.has(prev.furniture)) continue;
      const people = heads.filter((m) => m.start >= prev.start && m.end <= prev.end && person(m));
      if (!people.length) continue;
      const spoke = people.find((m) => lastSpeakers.includes(m.entity!));
      return (spoke ?? people[0]!).entity;
    }
    return undefined;
  }

  /**
   * The outlet that carried a statement: "In a statement carried by the state-run X newspaper, the army said", or after
   * the verb, "claimed the attack in a statement released by its X media arm".
   */
  function carrierOf(s: Sentence, verb: Span): string | undefined {
    if (!/statement|communiqu|message|post|video|broadcast/i.test(doc.text.slice(s.start, s.end))) return undefined;
    for (const m of mentions) {
      if (m.start < s.start || m.end > s.end) continue;
      const cls = classOf(doc, m);
      const media =
        CARRIER_CLASSES.has(cls) ||
        (cls === 'Organization' && (MEDIA_NOUN_AFTER.test(doc.text.slice(m.end, m.end + 30)) || MEDIA_NOUN_BEFORE.test(doc.text.slice(Math.max(s.start, m.start - 30), m.start)))) ||
        // "carried by the X", "aired on X": whatever body carries the words is their medium ("issued by" is not)
        (cls !== 'Person' && cls !== 'Country' && CARRIED_BY.test(doc.text.slice(Math.max(s.start, m.start - 30), m.start)));
      if (!media) continue;
      if (m.end <= verb.start) {
        // the opening phrase must end before the speaker: a comma after the outlet
        if (CARRIED_OPENER.test(doc.text.slice(s.start, m.start)) && /,/.test(doc.text.slice(m.end, verb.start))) return m.entity;
      } else if (m.start >= verb.end && m.start - verb.end < 120 && CARRIED_AFTER.test(doc.text.slice(verb.end, m.start))) return m.entity;
    }
    return undefined;
  }

  /** "Al Jazeera's Pascal Ngoumba said", "BBC correspondent X said": a reporter speaks through the outlet that employs him. */
  function reportersOutlet(act: Act): string | undefined {
    if (act.subjectEnd === undefined) return undefined;
    const speaker = mentions.find((m) => m.end === act.subjectEnd && m.start >= act.sentence.start && classOf(doc, m) === 'Person');
    if (!speaker) return undefined;
    // the nearest mention before the reporter, and only an outlet there
    let outlet: Mention | undefined;
    for (const m of mentions) {
      if (m.start >= speaker.start) break;
      if (m.end <= speaker.start && m.start >= act.sentence.start) outlet = m;
    }
    const cls = outlet ? classOf(doc, outlet) : undefined;
    return outlet && cls !== undefined && OUTLET_CLASSES.has(cls) && cls !== 'Organization' && REPORTER_GAP.test(doc.text.slice(outlet.end, speaker.start)) ? outlet.entity : undefined;
  }

  /** "X, quoted by the Y news agency, said": an outlet in an aside between the speaker and the verb. */
  function quotedBy(act: Act, verb: Span): string | undefined {
    if (act.subjectEnd === undefined || act.subjectEnd >= verb.start) return undefined;
    const from = act.subjectEnd;
    const outlet = mentions.find((m) => m.start > from && m.end <= verb.start && OUTLET_CLASSES.has(classOf(doc, m)) && QUOTED_BY.test(doc.text.slice(from, m.start)));
    return outlet?.entity;
  }

  /** "said Saturday on Facebook", "in an interview with CNN": an outlet right after the verb. */
  function outletAfter(from: number, to: number): string | undefined {
    // ("said X in an interview with Y", "claimed it late Tuesday in a statement to the Y": a named setting reaches further)
    const reach = SETTING_AHEAD.test(doc.text.slice(from, Math.min(to, from + 80))) ? 80 : 40;
    for (const m of mentions) {
      if (m.start < from || m.end > to || m.start - from > reach) continue;
      if (classOf(doc, m) !== 'MediaOutlet' && classOf(doc, m) !== 'Company') continue;
      // "claimed the raid through its Amaq news agency": a channel the speaker owns counts too
      // ("claimed that blast through its X": a demonstrative "that" before a noun and the channel opens no clause)
      const gap = doc.text.slice(from, m.start).replace(/\bthat\s+[a-z]+\s+(?=through\s|via\s)/, '');
      if (OUTLET_BEFORE.test(gap) && !/[,;“”"]|\bthat\b/.test(gap)) return m.entity;
    }
    return undefined;
  }

  const out: StatementFact[] = [];
  // one statement per speaker and sentence; a later verb of the same speaker there may still give the day or the
  // outlet ("Pakistan, which accuses X of …, said on Monday"): the aside's verb came first
  const seen = new Map<string, { fact: StatementFact; dated: boolean }>();
  const publication = referenceDay(doc);
  for (const a of acts) {
    const said = dateOf(doc, a, quotes) ?? contextDay(doc, a.sentence, quotes, publication);
    const when: When | undefined = said ?? (publication ? { value: publication, precision: 'day' } : undefined);
    const quote = quoteOf(doc, quotes, a.sentence);
    for (const speaker of a.speakers) {
      if (generic(speaker)) continue;
      const key = `${speaker}@${a.sentence.index}`;
      const earlier = seen.get(key);
      if (earlier) {
        if (!earlier.dated && said) {
          earlier.fact.when = said;
          earlier.dated = true;
        }
        if (!earlier.fact.medium && a.medium && a.medium !== speaker) earlier.fact.medium = a.medium;
        continue;
      }
      const fact: StatementFact = {
        speaker,
        evidence: [{ start: a.verb.start, end: a.verb.end, sentence: a.sentence.index }],
        rule: a.rule,
        confidence: a.rule === 'statement:subject' || a.rule === 'statement:inverted' ? 0.8 : 0.6,
      };
      if (quote) fact.quote = quote;
      if (a.medium && a.medium !== speaker) fact.medium = a.medium;
      if (when) fact.when = when;
      out.push(fact);
      seen.set(key, { fact, dated: said !== undefined });
    }
  }
  const voice = releaseVoice(doc, mentions.filter((m) => !inDateline(datelines, m)), quotes);
  if (voice && !generic(voice.speaker) && !out.some((f) => f.speaker === voice.speaker)) out.push(voice);
  return out;
}

/**
 * An unnamed group of people ("residents", "local medics", "witnesses"): no name of it holds a capital letter. Such
 * speakers are anonymous sources, not actors an analyst can trace.
 */
function isGeneric(doc: AnnotatedDocument, key: string): boolean {
  const e = doc.entities.get(key);
  if (!e || e.cls === 'Person') return false;
  // "the army said", "the government said": a body the actor stage tied to a country speaks for it, named or not
  if (e.cls !== 'CollectiveActor') return e.country === undefined && !SPEAKING_BODY.has(e.cls) && e.names.every((n) => /^[^\p{Lu}]*$/u.test(n));
  // "Police said", "prosecutors said": people speaking for an office are traceable, unlike "residents"
  // "Ethiopian officials", "Armenian separatists": a demonym ties them to a country, even at a sentence's head
  if (e.country !== undefined) return false;
  const own = doc.mentions.filter((m) => m.entity === key);
  if (e.names.some((n) => INSTITUTION_HEAD.test(n)) || own.some((m) => INSTITUTION_HEAD.test(m.text))) return false;
  // a collective may open a sentence ("Residents said"): its first capital counts only inside a sentence, as in
  // "Ethiopian officials" or "the Kurdish authorities"
  return !own.some((m) => /\p{Lu}/u.test(atSentenceStart(doc, m) ? m.text.slice(1) : m.text));
}

/** Bodies that are someone's even when unnamed: "the government said", "the military said". */
const SPEAKING_BODY: ReadonlySet<string> = new Set(['Government', 'MilitaryForce']);

/** People who speak for an office: "police", "federal prosecutors", "investigators". */
const INSTITUTION_HEAD = /(?:^|\s)(?:police|policemen|prosecutors?|prosecution|investigators|judges|the\s+court)$/i;

/** Whether a mention opens its sentence (after any opening quote), so that its first capital is the sentence's. */
function atSentenceStart(doc: AnnotatedDocument, m: Mention): boolean {
  const s = doc.sentences[m.sentence];
  return s !== undefined && /^[\s“"‘'(]*$/.test(doc.text.slice(s.start, m.start));
}

/** The day of a statement: a time right after the verb or between speaker and verb, else the nearest one before it
 *  (undefined when the sentence gives none; the caller falls back to the publication day). */
function dateOf(doc: AnnotatedDocument, a: Act, quotes: readonly Span[]): When | undefined {
  const times = doc.times.filter((t) => t.sentence === a.sentence.index && !isQuoted(quotes, t));
  const word = doc.text.slice(a.verb.start, a.verb.end).toLowerCase();
  // after "told" an audience may come first, after "expressed" what was expressed
  const setting = word === 'told' || word === 'tells' ? TOLD_AUDIENCE : word === 'expressed' || word === 'expresses' ? EXPRESSED_OBJECT : /^claim/.test(word) ? CLAIM_CHANNEL : undefined;
  const adjacent = times.find((t) => {
    if (t.start < a.verb.end || t.start - a.verb.end >= 60) return false;
    const gap = stripMentions(doc, a.verb.end, t.start);
    return SPEECH_SETTING.test(gap) || (setting?.test(gap) ?? false);
  });
  if (adjacent) return adjacent.when;
  // "since 2024, when X accused …": the time a "when" clause hangs on dates the words in it, a year included
  const framed = times.filter((t) => t.end <= a.verb.start && FRAMED_BY_WHEN.test(doc.text.slice(t.end, a.verb.start))).pop();
  if (framed) return framed.when;
  // "In a video posted on TikTok last week, X …": a time inside an opening setting dates it
  const inside = times.find((t) => t.start >= a.verb.start && t.end <= a.verb.end);
  if (inside) return inside.when;
  // "told Reuters after the signing": said on the day of an event the article dates
  const after = AFTER_EVENT.exec(doc.text.slice(a.verb.end, Math.min(a.sentence.end, a.verb.end + 80)));
  if (after) {
    const stem = after[1]!.toLowerCase().slice(0, 4);
    const event = doc.events.find((e) => e.when && 'value' in e.when && e.when.precision === 'day' && e.trigger.toLowerCase().split(/\s+/).some((w) => w.startsWith(stem)));
    if (event?.when) return event.when;
  }
  // "The group, which was designated in 2010, said": a time inside an aside dates the aside, not the words
  const aside = a.subjectEnd !== undefined && /,[^,]*\p{L}{3}[^,]*,/u.test(doc.text.slice(a.subjectEnd, a.verb.start).replace(/,\s*(?:(?:speaking|writing)\s+)?(?:on|in|late|early)\s+[^,]*,/g, ' '));
  const between = aside ? undefined : times.find((t) => a.subjectEnd !== undefined && t.start >= a.subjectEnd && t.end <= a.verb.start);
  if (between) return between.when;
  const prior = times.filter((t) => t.end <= a.verb.start && !/^\d{4}$/.test(t.text) && !(aside && t.start >= a.subjectEnd!));
  const nearest: TimeExpression | undefined = prior[prior.length - 1];
  return nearest?.when;
}

/**
 * An undated statement in a paragraph whose sentence before gives a recent day ("On Sunday thousands marched … Police
 * said they detained 37"): the words are that day's news. Days over a week before publication are background.
 */
function contextDay(doc: AnnotatedDocument, s: Sentence, quotes: readonly Span[], publication: string | undefined): When | undefined {
  const prev = doc.sentences[s.index - 1];
  if (!publication || !prev || prev.block !== s.block || prev.furniture) return undefined;
  const latest = Date.parse(publication);
  const recent = (t: TimeExpression): boolean => {
    if (!('value' in t.when) || t.when.precision !== 'day') return false;
    const day = Date.parse(t.when.value);
    return day <= latest && latest - day <= WEEK_MS;
  };
  // only a time that opens the sentence sets the scene for what follows ("On Sunday, …"); "signed the deal on Monday"
  // dates that act alone
  const opener = doc.times.find((t) => t.sentence === prev.index && FRAME_OPENER.test(doc.text.slice(prev.start, t.start)));
  return opener && !isQuoted(quotes, opener) && recent(opener) ? opener.when : undefined;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;
/** Between a time and a verb: ", when" and the clause's subject. */
const FRAMED_BY_WHEN = /^\s*,?\s+when\s+[^,;“”"]*$/;
/** What may stand before a scene-setting time at the head of a sentence: "On", "Late on", "Early on". */
const FRAME_OPENER = /^[\s“"]*(?:(?:late|early)\s+)?(?:on|in|at|by)?\s*$/i;

/** The text between two offsets with the mentions in it removed ("told CNN on" → "told  on"). */
function stripMentions(doc: AnnotatedDocument, from: number, to: number): string {
  let text = '';
  let at = from;
  for (const m of doc.mentions) {
    if (m.start < at || m.end > to) continue;
    text += doc.text.slice(at, m.start);
    at = m.end;
  }
  return text + doc.text.slice(at, to);
}

/** The quoted words of a sentence, if it holds any. */
function quoteOf(doc: AnnotatedDocument, quotes: readonly Span[], s: Sentence): string | undefined {
  const q = quotes.find((x) => x.start < s.end && x.end > s.start);
  if (!q) return undefined;
  const words = doc.text.slice(Math.max(q.start, s.start), Math.min(q.end, s.end)).trim();
  return words.length > 1 ? words : undefined;
}

/**
 * A release in the issuing body's own voice ("I'm pleased to announce", "our partners", "today's announcement"):
 * the body is the organization that opens the release, speaking on the publication day.
 */
function releaseVoice(doc: AnnotatedDocument, mentions: readonly Mention[], quotes: readonly Span[]): StatementFact | undefined {
  const body = doc.sentences.filter((s) => !s.furniture);
  const first = body[0];
  const day = referenceDay(doc);
  if (!first || !day) return undefined;
  const spoken = body.some((s) => {
    for (const m of matchesOf(RELEASE_VOICE, doc.text.slice(s.start, s.end))) {
      const at = s.start + m.index;
      if (!isQuoted(quotes, { start: at, end: at + m[0].length })) return true;
    }
    return false;
  });
  // "Today, the Department is designating …", "The Council today adopted …": the release announces in its voice
  const today = /\b[Tt]oday\b/.exec(doc.text.slice(first.start, first.end));
  const announcing = today !== null && !isQuoted(quotes, { start: first.start + today.index, end: first.start + today.index + 5 });
  if (!spoken && !announcing) return undefined;
  const inFirst = mentions.filter((m) => m.start >= first.start && m.end <= first.end && !isQuoted(quotes, m) && isActorClass(classOf(doc, m)));
  // "GUWAHATI, July 15 (Reuters) -", "(PTI)": a wire agency's dateline opens a news report, not a body's own release
  if (inFirst.some((m) => classOf(doc, m) === 'MediaOutlet' && doc.text[m.start - 1] === '(' && m.start - first.start < 60)) return undefined;
  let opener: Mention | undefined;
  // (a wire agency in a dateline, "(Reuters) -", reports the news; it issues no release of its own)
  if (spoken) opener = inFirst.find((m) => classOf(doc, m) !== 'Person' && classOf(doc, m) !== 'Country' && classOf(doc, m) !== 'MediaOutlet');
  else {
    // the one who acts "today": right before it ("X is today designating") or right after "Today, (the)"
    const at = first.start + today!.index;
    opener = inFirst.find((m) => (m.end <= at && /^\s*(?:is|are|has|have)?\s*$/.test(doc.text.slice(m.end, at))) || (m.start > at && /^Today,\s*(?:the\s+)?$/.test(doc.text.slice(at, m.start))));
  }
  // "the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning": the possessed office acts, not its owner
  for (let owner = opener; owner && isPossessive(doc, owner); ) {
    const end = owner.end;
    owner = inFirst.find((m) => m.start > end && /^['’]s?\s+(?:the\s+)?$/.test(doc.text.slice(end, m.start)));
    if (owner) opener = owner;
  }
  if (!opener?.entity) return undefined;
  return {
    speaker: opener.entity,
    when: { value: day, precision: 'day' },
    evidence: [{ start: first.start, end: first.end, sentence: first.index }],
    rule: 'statement:release-voice',
    confidence: 0.5,
  };
}
