// Proper-name recognition: runs of capitalized words (with name particles and "of"/"for"/"in" connectors) are
// split at titles and known names, then typed by lexicon, head word ("Ministry", "Brigades", "SARLU"), shape
// (a person's given name and surname) and the words around them ("the town of X", "X, Somalia").

import type { EntityClass } from '../document.js';
import { foldKey, type ActorLexicon, type KnownName, type TitleEntry } from './actorLexicon.js';
import type { Candidate } from './candidate.js';
import { OPENING_PARTICLE, PARTICLE, type Word } from './words.js';

const CONNECTOR = /^(?:of|for|in|de|du|des|la|le)$/;
/** "the 3rd Infantry Division", "149 Battalion": a number may open a military unit's name. */
const MONTH_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) $/;
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)?$/;
/** "the town of X", "residents of X", "parts of X", "the highlands of X", "full control of X": a place follows. */
const PLACE_BEFORE = /\b(?:town|city|village|villages|province|region|district|area|suburbs?|outskirts|port|capital|state|island|department|municipality|governorate|residents|inhabitants|parts|highlands|lowlands|hills|coast|interior|control)\s+of\s+(?:the\s+)?$/i;
/** "20 kilometers southwest of Jilib": a compass bearing is taken from a place. */
const BEARING_OF = String.raw`(?:north|south|east|west)(?:-?(?:east|west))?\s+of`;
const LOCATIVE_BEFORE = new RegExp(String.raw`\b(?:${BEARING_OF}|in|near|at|outside|around|into|towards?|across|over|inside|to|from|entered|took|seized|captured|recaptured|shelled|bombed|struck|hit|toward|stormed|besieged|overran|liberated|reached|fled|visited|bombarded|encircled|surrounded)\s+(?:the\s+)?$`, 'i');
const MEDIA_BEFORE = /\b(?:told|(?:said|spoke|posted|wrote|announced)(?:\s+\p{L}+){0,2}\s+on|interview\s+with|according\s+to|reported\s+by|quoted\s+by|broadcast\s+on|aired\s+on)\s+(?:the\s+)?$/iu;
const SPOKESPERSON_AFTER = /^\s+(?:press\s+secretary|spokes(?:person|man|woman)|press\s+office)\b/;
const MEDIA_AFTER = /^(?:['’]s)?\s+(?:reporters?|correspondents?|journalists?|reported|reports|news\s+agency|newspaper|television|TV|broadcast)\b/;
const LOWER_HEAD = /^\s+(provinces?|regions?|districts?|governorates?|county|counties|peninsula|departments?|oblast|city|islands?|archipelago|atoll|battalion|brigade|regiment|news agency|media (?:arm|wing|outlet)|propaganda (?:arm|wing)|militias?|gang|cartel|party|movement|group|faction|network|coalition|alliance|clique|cell|bloc|(?:tribes?|clans?)(?=\s*[,.;:)]|\s+(?:and|in|of|who|which|that|from|to|have|has|had|were|was|are|is|on|at|for|with)\b|\s*$))\b(?!['’-])/;
const OPERATION_ACTS_BEFORE = /\b(?:troops|soldiers|forces|units|personnel|members|commanders?|spokes(?:man|woman|person)|by)\s+(?:of\s+)?(?:the\s+)?$/i;
const OPERATION_ACTS_AFTER = /^\s+(?:troops|soldiers|forces|units|personnel|said|says|killed|arrested|repelled|captured|rescued|neutrali[sz]ed|recovered|reported|has|had|have)\b/;
/** "Sudan's North Darfur state": "state" after a name, unless it describes a noun ("state media"). */
const STATE_HEAD = /^\s+state\b(?!\s+(?:media|television|TV|news|broadcaster|agency|run|owned|company|firm|enterprise|department|secretary|of|security|forces|institutions?)\b)(?![-‐])/;
const FACILITY_HEAD = /^\s+(?:international\s+)?(?:airport|port|seaport|airbase|air\s+base|military\s+base|naval\s+base|prison|refinery|power\s+plant|nuclear\s+plant|dam|(?:concert\s+|music\s+)?venue|stadium|arena)\b/;
const PLACE_EVENT_AFTER = /^\s+(?:attacks?|bombings?|massacres?|blasts?|siege|earthquake|floods?|riots?)\b/;
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|North-?[Ee]ast|North-?[Ww]est|South-?[Ee]ast|South-?[Ww]est|Northeastern|Northwestern|Southeastern|Southwestern)$/;
/** "rights group Foro Penal", "the opposition Unitary Platform", "the broadcaster Rustavi 2": the noun before types the name. */
const ORG_NOUN_BEFORE = /\b(?:group|coalition|alliance|party|movement|gang|militia|cartel|faction|organi[sz]ation|outfit|opposition|bloc|NGO|charity|watchdog|network|company|firm|conglomerate|(?:news\s+)?agency|broadcaster|newspaper|daily|weekly|outlet|channel|station)\s+$/i;
const ORG_CLASSES: ReadonlySet<EntityClass | null> = new Set(['Organization', 'Government', 'GovernmentAgency', 'MilitaryForce', 'ArmedGroup', 'InternationalOrganization', 'MediaOutlet', 'Company']);
const TRANSLATION_BEFORE = /\b(?:means|meaning|translates\s+(?:as|to)|translated\s+as)\s+["“‘']$/;
const LAW_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?(?:Act|Law|Code|Ordinance|Decree)\b/;
const MEDIA_NOUN_BEFORE = /\b(?:channel|broadcaster|newspaper|daily|weekly|outlet|website|news\s+site|radio|radio\s+station|TV\s+station|television\s+station)\s+$/i;
const TOWN_APPOSITION_AFTER = /^,\s+(?:the|a)\s+(?:\p{Ll}+\s+)?(?:capital|city|town|village|port|seat|community|settlement|hamlet|suburb|neighbou?rhood)\s+(?:of|in)\s+\p{Lu}/u;
/** "the state capital, Sittwe", "the provincial capital Kandahar": a town named in apposition to what it is. */
const TOWN_APPOSITION_BEFORE = /\b(?:the|its|their)\s+(?:[\p{Ll}-]+\s+|(?:\p{Lu}[\p{L}-]+\s+){1,3})?(?:capital|port\s+city|border\s+town|garrison\s+town)\s*,?\s+$/u;
const PLACE_CLASSES: ReadonlySet<EntityClass | null> = new Set(['Place', 'Region', 'City']);
const SPEAKS_AFTER = /^\s+(?:said|says|told|added|warned|insisted|stressed|wrote|tweeted|argued|replied|complained|acknowledged)\b/;
const GENERIC_KIND = /\b(?:Terrorists?|Designated|Specially|Global|Private|Foreign|Transnational|Criminal)\b/;
const APPOSITION_ORG = /^,\s+(?:a|an|the|its|their)\s+(?:(?!(?:of|for|with|from|to|by)\s)[\p{L}\p{N}.'’-]+\s+){0,3}?(militia|group|faction|movement|organi[sz]ation|front|network|company|firm|business|bank|exchange|agency|outlet|party|coalition|alliance|gang|cartel|union|association|federation|platform|bloc|syndicate|distributor|supplier|operator|manufacturer|contractor|subsidiary|conglomerate|broadcaster|newspaper|channel|charity|NGO|watchdog|wing|arm|branch|cell|clique|offshoot|affiliate|outfit|insurgency|umbrella)\b(?!['’])(?=\s*[,.;)]|\s+(?:that|which|who|whose|based|linked|in|of|known|designated|backed|founded|run|owned|operated|operating|active|responsible|formed|created|close|loyal|allied|aligned|led|controlled|headquartered|with|for|from|to|and|formerly|previously|once|now|also|originally|fighting|seeking|blamed|accused|listed|sanctioned|proscribed|banned|outlawed|set|considered|believed|headed|commanded|behind|affiliated|funded|sponsored|tied|made|composed|comprising|notorious|widely|long|since|until|along|against|across|at|on)\b|\s*$)/iu;
const APPOSITION_GROUPS = /^,\s+(?:one\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:dozens|hundreds|scores|several|many|a\s+number|a\s+handful)\s+of\s+)?)?(?:(?!(?:of|for|with|from|to|by|and)\s)[\p{L}\p{N}'’-]+\s+){0,3}?(?:groups|militias|gangs|factions|cartels|paramilitaries|cliques|cells|brigades|movements|organi[sz]ations)\b(?=\s*[,.;)]|\s+(?:that|which|who|based|linked|allied|aligned|loyal|backed|in|of|with|fighting|operating|active)\b)/u;
/** "Santoso, a militant who ...", "X, the group's commander in ...": an apposition with a person's noun types a name as a person. */
const APPOSITION_PERSON = /^,\s+(?:a|an|the|its|their|his|her)\s+(?:(?!(?:of|for|with|from|to|by)\s)[\p{L}\p{N}.'’-]+\s+){0,3}?(?:militant|commander|leader|cleric|preacher|imam|fighter|spokes(?:man|woman|person)|official|businessman|businesswoman|financier|warlord|kingpin|trafficker|smuggler|recruiter|ideologue|founder|co-founder|chief|deputy|operative|lawyer|journalist|analyst|researcher|activist|politician|lawmaker|senator|minister|general|colonel|officer|soldier|man|woman|national|citizen|resident|father|mother|son|daughter|brother|sister|wife|husband)\b(?!['’-])(?=\s*[,.;)]|\s+(?:who|whose|of|from|in|for|with|and|at|based|known|linked|accused|wanted|killed|arrested|believed|close|loyal|named|identified)\b)/iu;
const MEDIA_NOUN = /broadcaster|newspaper|channel|outlet|agency/;
const COMPANY_NOUN = /company|firm|business|bank|exchange|distributor|supplier|operator|manufacturer|contractor|subsidiary|conglomerate/;
/** Before these words a name is a place even when shaped like a person's ("shelling reached Deir Hafer"). */
const STRONG_LOCATIVE_BEFORE = new RegExp(String.raw`\b(?:${BEARING_OF}|in|near|at|outside|inside|entered|seized|captured|recaptured|shelled|bombed|stormed|besieged|overran|reached|bombarded|encircled|surrounded|hit)\s+(?:the\s+)?$`, 'i');
const ACTOR_CAPITAL_BEFORE = /\b(?:(?:allies|ally|partners?|enemies|rivals?|adversar(?:y|ies)|critics?|opponents?|backers?|patrons?)\s+of|with|and|against|between|by|from|told|urged|accused|warned|asked|pressed|pressured|obliges?|obliged|forced?|compel(?:s|led)?|persuaded?|convinced?|allowed?|called\s+on|calls\s+on|(?:sanctions|pressure|demands)\s+(?:on|against)|(?:delivered|supplied|sold|shipped|transferred|provided)\b[^.;]{0,50}\bto)\s+$/i;
/** "the name Beijing uses for the shoal", "what Moscow calls": a capital that names, claims or sees things is its state. */
const ACTOR_CAPITAL_NAMER = /^\s+(?:uses|used|calls|called|considers|considered|regards|regarded|claims|claimed|sees|saw)\b/;
/** "reinforcements flown in from X", "fled from X": a capital people move from is the town. */
const MOVED_FROM = /\b(?:in|flown|flew|fled|arrived|returned|came|travell?ed|driven|drove|sent|evacuated|moved|deployed|bused)\s+from\s+$/i;
/** "Moscow's closest ally", "Baku's demand", "Rabat's hand": a capital owning a stance, a partner or a force is its state. */
const ACTOR_CAPITAL_OWNS = /^['’]s\s+(?:(?:closest|close|main|key|chief|oldest|staunchest|biggest|top|strongest|traditional|regional|long-standing|longtime|latest|repeated|official|stated)\s+)?(?:ally|allies|partners?|backers?|patrons?|proxies|proxy|enemies|rivals?|adversar(?:y|ies)|demands?|positions?|stance|hand|policy|policies|support|backing|objections?|offer|proposal|response|refusal|decision|influence|ties|relations|envoys?|ambassadors?|troops|forces|military|army|diplomats?|officials|negotiators|leaders?|leadership|claims?|accusations?|position|concerns?|plans?|strategy|interests?|role|involvement|intervention|recognition|sovereignty|control)\b/;
const ACTOR_CAPITAL_AFTER = /^(?:\s*['’]s)?(?:\s+(?:also|again|now|still|then|has|have|had|later|repeatedly|previously|reportedly|quickly|swiftly|initially|recently|never|long|always|consistently|flatly|strongly|firmly|publicly|officially))?\s+(?:regards|regarded|moved|moves|considers|considered|insisted|accuses|uses|used|said|says|has|have|had|will|would|did|does|is|was|wants|wanted|accused|accuses|denied|denies|announced|announces|claimed|claims|insisted|insists|warned|warns|responded|rejected|rejects|blamed|blames|refused|refuses|sent|sends|launched|stands|stood|condemned|condemns|vowed|vows|urged|urges|called|calls|demanded|demands|threatened|threatens|supports|supported|backs|backed|opposes|opposed|welcomed|welcomes|agreed|agrees|hopes|believes|sees|plans|seeks|sought|expects|imposed|imposes|recalled|summoned|retaliated|signed|approved|ordered|declared|designated|designates|funds|funded|finances|financed|backs|arms|armed|supplies|supplied|provides|provided|sanctioned|sanctions|recognized|recognised|recognizes|recognises|pledged|pledges|offered|offers|promised|promises|deployed|deploys|criticized|criticised|criticizes|criticises|praised|praises|listed|lists|labelled|labeled|branded|expelled|expels|suspended|suspends|froze|freezes|halted|halts|resumed|resumes|pressed|presses|pushed|pushes|maintains|maintained|insisted|struck|strikes|bombed|targeted|targets)\b/i;

/** A word run inside a chain, with the title written before it, if any. */
interface Piece {
  words: Word[];
  title?: TitleEntry;
  /** A title follows it in the same chain: "Deputy Mopti Governor" names Mopti's governor. */
  beforeTitle?: boolean;
}

export interface ChainContext {
  text: string;
  sentence: number;
  /** Sentence start offset, to read the words before a chain. */
  sentenceStart: number;
  sentenceEnd: number;
  dateline: boolean;
}

function surface(text: string, words: readonly Word[]): string {
  return text.slice(words[0]!.start, words[words.length - 1]!.end);
}

/** Known name of an exact or case-folded surface. */
export function lookupName(lex: ActorLexicon, s: string): KnownName | undefined {
  const exact = lex.exact.get(s);
  if (exact) return exact;
  // Case folding allocates; the same surfaces recur in every chain of an article, so their misses are remembered.
  if (lookupMemo.lex !== lex) lookupMemo = { lex, folded: new Map() };
  const hit = lookupMemo.folded.get(s);
  if (hit !== undefined) return hit ?? undefined;
  const k = lex.folded.get(foldKey(s)) ?? null;
  if (lookupMemo.folded.size > 20_000) lookupMemo.folded.clear();
  lookupMemo.folded.set(s, k);
  return k ?? undefined;
}
let lookupMemo: { lex: ActorLexicon | undefined; folded: Map<string, KnownName | null> } = { lex: undefined, folded: new Map() };

/** Groups the words of a sentence into chains of capitalized words. */
export function findChains(lex: ActorLexicon, text: string, words: readonly Word[]): Word[][] {
  const chains: Word[][] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const startsName =
      w.cap ||
      ((OPENING_PARTICLE.test(w.text) || ORDINAL.test(w.text)) && words[i + 1]?.cap === true && /^\s+$/.test(text.slice(w.end, words[i + 1]!.start)));
    if (!startsName) {
      i++;
      continue;
    }
    const chain: Word[] = [w];
    let j = i + 1;
    while (j < words.length) {
      const prev = chain[chain.length - 1]!;
      if (prev.compound) break;
      if (prev.possessive && !(lex.possessiveNameWords.has(foldKey(prev.text + "'s")) || lex.possessiveNameWords.has(foldKey(prev.text + "'")))) break;
      const next = words[j]!;
      // "Armed Conflict Location & Event Data Project": an ampersand joins the two halves of one name.
      if (next.cap && prev.cap && !prev.possessive && /^ +& +$/.test(text.slice(prev.end, next.start))) {
        chain.push(next);
        j++;
        continue;
      }
      // 'Jimmy "Barbecue" Chérizier': a one-word nickname in quotes between a given name and a surname.
      const close = words[j + 1];
      if (next.cap && prev.cap && close?.cap && chain.length === 1 && /^ ["“]$/.test(text.slice(prev.end, next.start)) && /^["”] $/.test(text.slice(next.end, close.start))) {
        chain.push(next, close);
        j += 2;
        continue;
      }
      if (!(prev.possessive ? /^['’]s? +$/ : /^ +$/).test(text.slice(prev.end, next.start))) break;
      if (next.prefix) break;
      // "Battalion No. 1": the number after "No." closes the unit's name.
      if (next.text === 'No.' && NUMBERED_HEAD.test(prev.text) && NUMBER.test(words[j + 1]?.text ?? '') && /^ +$/.test(text.slice(next.end, words[j + 1]!.start))) {
        chain.push(next, words[j + 1]!);
        j += 2;
        continue;
      }
      if (next.cap) {
        chain.push(next);
        j++;
        continue;
      }
      // "Barrio 18", "Detachment 88": a number closes a name the lexicon knows with it.
      if (NUMBER.test(next.text) && chain.some((c) => c.cap && lookupName(lex, text.slice(c.start, next.end)) !== undefined)) {
        chain.push(next);
        j++;
        continue;
      }
      // "Unit 8200", "Camp 15", "Battalion No. 1": a unit's or a site's head word numbered is one name.
      if (NUMBERED_HEAD.test(prev.text) && !prev.possessive && (NUMBER.test(next.text) || (next.text === 'No.' && NUMBER.test(words[j + 1]?.text ?? ''))) && !/^\s*(?:,\s*)?(?:\d|percent|per\s+cent|%|people|soldiers|troops|members|fighters|civilians|km|kilomet|miles|years|days)/.test(text.slice(next.end, next.end + 12))) {
        if (next.text === 'No.') chain.push(next, words[j + 1]!), (j += 2);
        else chain.push(next), j++;
        continue;
      }
      // "Deputy Minister of Defence and Armed Forces Logistics": after a title the words are its portfolio, not a body's name.
      const joined = next.text === 'and' && !chain.some((c) => lex.titles.has(c.text)) ? andJoinedHead(lex, text, words, j) || andAfterHeadOf(lex, text, chain, words, j) : 0;
      if (joined) {
        for (let t = j; t < joined; t++) chain.push(words[t]!);
        j = joined;
        continue;
      }
      // "the Autonomous Administration of North and East Syria": two compass words joined inside an "of" name.
      const compassAfter = words[j + 1];
      if (next.text === 'and' && COMPASS.test(prev.text) && compassAfter && COMPASS.test(compassAfter.text) && words[j + 2]?.cap && chain.some((c) => c.text === 'of') && /^ +$/.test(text.slice(next.end, compassAfter.start))) {
        chain.push(next, compassAfter);
        j += 2;
        continue;
      }
      // A particle or connector continues the name only when a capitalized word follows it.
      let k = j;
      while (k < words.length && (PARTICLE.test(words[k]!.text) || CONNECTOR.test(words[k]!.text) || words[k]!.text === 'the') && k - j < 3) k++;
      const after = words[k];
      // "the Ministry of Interior of the Tripoli-based Government": a place that modifies the next noun ends the name before it.
      // "the Islamic Resistance in Iraq": a lexicon name goes on through any connector.
      // "Peacekeepers of the UN Interim Force in Lebanon": the known name may open anywhere in the chain.
      const lexical = (): boolean => chain.some((c) => (c.cap || c === chain[0]) && !/^the$/i.test(c.text) && lookupName(lex, text.slice(c.start, after!.end)) !== undefined);
      if (k > j && after?.cap && !after.compound && /^ +$/.test(text.slice(words[k - 1]!.end, after.start)) && (connectorFits(prev, words.slice(j, k)) || lexical() || spelledOutThrough(text, chain, words, j, k))) {
        for (let t = j; t <= k; t++) chain.push(words[t]!);
        j = k + 1;
        continue;
      }
      break;
    }
    chains.push(chain);
    i = j;
  }
  return chains;
}

const NUMBER = /^\d{1,4}$/;
/** Heads of a numbered unit ("Unit 8200", "Task Force 88"). */
const NUMBERED_UNIT = /^(?:Unit|Detachment|Squadron|Force|Brigade|Battalion|Regiment|Division)$/;
/** Page-furniture words ("Watch:", "Analysis:") that also end bodies' names. */
const NAME_FURNITURE = /^(?:Watch|Analysis|Monitor)$/;
/** Words that a number closes into a unit's or a site's name ("Unit 8200", "Camp 15", "Task Force 88"). */
const NUMBERED_HEAD = /^(?:Unit|Detachment|Squadron|Group|Force|Brigade|Battalion|Regiment|Division|Company|Camp|Base|Tower|Road|Route|Highway|Sector|Zone|Block|Gate|Checkpoint|Post)$/;
const BRACKET_ACRONYM = /^\s*\(\s*([\p{Lu}][\p{L}&-]{1,11})\s*\)/u;

/** The capital letters of the capitalized words of a name ("Institute for Policy Analysis of Conflict" → "IPAC"). */
function initialsOf(words: readonly Word[]): string {
  let out = '';
  for (const w of words) if (w.cap && !/^the$/i.test(w.text)) out += w.text[0]!.toUpperCase();
  return out;
}

/**
 * "the Union for Peace in Central Africa (UPC)", "the Front for Change and Concord in Chad (FACT)": a name spelled out
 * before its bracketed acronym runs through "in" and "of the" to the bracket, even where the acronym comes from
 * another language. Only when the words before the connector do not already spell the acronym out, and the acronym
 * opens with the letter of one of the name's first two words.
 */
function spelledOutThrough(text: string, chain: readonly Word[], words: readonly Word[], j: number, k: number): boolean {
  if (!words.slice(j, k).every((w) => /^(?:in|of|for|the)$/.test(w.text))) return false;
  let e = k;
  while (e + 1 < words.length && words[e + 1]!.cap && !words[e]!.possessive && !words[e + 1]!.compound && /^ +$/.test(text.slice(words[e]!.end, words[e + 1]!.start))) e++;
  const m = BRACKET_ACRONYM.exec(text.slice(words[e]!.end, words[e]!.end + 18));
  if (!m) return false;
  const letters = m[1]!.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 3 || initialsOf(chain) === letters) return false;
  const open = chain.filter((w) => w.cap && !/^the$/i.test(w.text)).slice(0, 2);
  return open.some((w) => w.text[0]!.toUpperCase() === letters[0]);
}

/** "Institute for Policy Analysis of Conflict (IPAC)": a chain whose capitalized words spell the bracketed acronym after it. */
function spellsAcronymAfter(text: string, chain: readonly Word[]): boolean {
  if (chain.length < 3) return false;
  const m = BRACKET_ACRONYM.exec(text.slice(chain[chain.length - 1]!.end, chain[chain.length - 1]!.end + 18));
  if (!m) return false;
  const letters = m[1]!.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 3 && initialsOf(chain) === letters;
}

/** A capitalized common noun ("Support", "Reconciliation"): no person's or place's name. */
function commonNoun(lex: ActorLexicon, w: Word): boolean {
  return lex.nonPersonWords.has(foldKey(w.text)) || lex.genericWords.has(w.text.toLowerCase()) || COMMON_NOUN_SUFFIX.test(w.text);
}
const COMMON_NOUN_SUFFIX = /^\p{Lu}\p{Ll}+(?:tion|sion|ment|ity|ance|ence|ism|ship)$/u;

/**
 * "Support and Stabilization Mission", "Truth and Reconciliation Commission": "and" between two common nouns joins
 * them inside one body's name when the words after it end in an organization head. Returns the index of the first
 * word after the joined run, or 0.
 */
function andJoinedHead(lex: ActorLexicon, text: string, words: readonly Word[], and: number): number {
  const prev = words[and - 1]!;
  const first = words[and + 1];
  if (!first?.cap || !commonNoun(lex, prev) || !commonNoun(lex, first) || !/^ +$/.test(text.slice(prev.end, words[and]!.start)) || !/^ +$/.test(text.slice(words[and]!.end, first.start))) return 0;
  let k = and + 1;
  while (k + 1 < words.length && words[k + 1]!.cap && !words[k]!.possessive && !words[k]!.compound && /^ +$/.test(text.slice(words[k]!.end, words[k + 1]!.start))) k++;
  // "for Terrorism and Financial Intelligence": generic words alone are a title's portfolio, not a body's name.
  const generic = (w: Word): boolean => lex.genericWords.has(w.text.toLowerCase());
  if (generic(prev) && words.slice(and + 1, k + 1).every(generic)) return 0;
  return k > and + 1 && lex.heads.has(words[k]!.text) ? k + 1 : 0;
}

/**
 * "Center for Democracy and Human Rights", "Movement for Justice and Equality", "Group for the Support of Islam and
 * Muslims": after a body's head word and its "for"/"of", an "and" joins the last words of the name, unless what
 * follows is a body, a title or a known name of its own ("the Ministry of Defence and Hezbollah", "the Council of
 * Europe and Russia"). Returns the index of the first word after the joined run, or 0.
 */
function andAfterHeadOf(lex: ActorLexicon, text: string, chain: readonly Word[], words: readonly Word[], and: number): number {
  const prev = words[and - 1]!;
  const first = words[and + 1];
  if (!first?.cap || prev.possessive || prev.compound || !/^ +$/.test(text.slice(prev.end, words[and]!.start)) || !/^ +$/.test(text.slice(words[and]!.end, first.start))) return 0;
  let k = and + 1;
  while (k + 1 < words.length && k - and < 3 && words[k + 1]!.cap && !words[k]!.possessive && !words[k]!.compound && /^ +$/.test(text.slice(words[k]!.end, words[k + 1]!.start))) k++;
  // A lexicon name written with "and" ("Organization for Security and Co-operation in Europe") joins whatever opens it.
  // "Soldiers of the Trinidad and Tobago Defence Force": the known name may open after the chain's first words.
  for (const opens of chain) {
    if (!opens.cap || /^the$/i.test(opens.text)) continue;
    for (let e = Math.min(words.length - 1, and + 8); e > and; e--) if (words[e]!.cap && lookupName(lex, text.slice(opens.start, words[e]!.end))) return e + 1;
  }
  const headOf = chain.some((w, i) => i < chain.length - 1 && lex.heads.has(w.text) && !lex.stopHeads.has(w.text) && /^(?:for|of)$/.test(chain[i + 1]!.text));
  // "the Movement for Solidarity and Democracy (MSD)": only a capitalized word right after the run continues it.
  const continues = words[k + 1]?.cap === true && /^ +$/.test(text.slice(words[k]!.end, words[k + 1]!.start));
  if (!headOf || k - and > 2 || continues) return 0;
  const run = words.slice(and + 1, k + 1);
  if (run.some((w) => lex.heads.has(w.text) || lex.titles.has(w.text) || w.possessive || isAcronym(w.text) || lex.demonyms.has(w.text))) return 0;
  for (let i = 0; i < run.length; i++) if (knownAt(lex, text, run, i)) return 0;
  // "the Ministry of Interior and Omar Belkadi": a person's name after "and" is a second actor.
  if (run.length === 2 && !run.some((w) => lex.nonPersonWords.has(foldKey(w.text)) || lex.genericWords.has(w.text.toLowerCase()))) return 0;
  return k + 1;
}

/** "in" joins only after a head that takes a place ("Mission in Somalia", "Embassy in Baghdad"). */
function connectorFits(prev: Word, between: readonly Word[]): boolean {
  const first = between[0]!.text;
  // "Islamic State in the Greater Sahara", "al-Qaeda in the Arabian Peninsula": a jihadist franchise names its region.
  if (first === 'in') return /^(?:Mission|Embassy|Consulate|Office|Representative|Delegation|Operation|State|Qaeda|Qaida)$/.test(prev.text);
  if (PARTICLE.test(first) && first !== 'de') return true;
  if (first === 'the') return false;
  return true;
}

/** Recognizes and types the names in one sentence's chains. */
export function nameCandidates(lex: ActorLexicon, ctx: ChainContext, chains: readonly Word[][]): Candidate[] {
  const out: Candidate[] = [];
  for (const chain of chains) {
    for (const piece of splitChain(lex, ctx, chain)) classifyPiece(lex, ctx, piece, out);
  }
  return out;
}

function isStop(lex: ActorLexicon, w: Word): boolean {
  return lex.stopWords.has(w.text) || lex.stopWords.has(w.text.replace(/\.$/, ''));
}

/** Longest title starting at word i (titles may span words: "Maj. Gen.", "Under Secretary"). */
function titleAt(lex: ActorLexicon, text: string, words: readonly Word[], i: number): [TitleEntry, number] | undefined {
  for (let n = Math.min(lex.maxTitleWords, words.length - i); n >= 1; n--) {
    const s = surface(text, words.slice(i, i + n));
    const t = lex.titles.get(s);
    if (t && /^\p{Lu}/u.test(s)) return [t, n];
  }
  return undefined;
}

/** Longest known name starting at word i. */
function knownAt(lex: ActorLexicon, text: string, words: readonly Word[], i: number): [KnownName, number] | undefined {
  for (let n = Math.min(8, words.length - i); n >= 1; n--) {
    const last = words[i + n - 1]!;
    if (CONNECTOR.test(last.text) || PARTICLE.test(last.text)) continue;
    const k = lookupName(lex, surface(text, words.slice(i, i + n)));
    if (k) return [k, n];
  }
  return undefined;
}

/** Splits a chain at stop words, titles, and known names followed by a connector ("the Treasury for ..."). */
function splitChain(lex: ActorLexicon, ctx: ChainContext, chain: readonly Word[]): Piece[] {
  if (chain.length === 0) return [];
  const pieces: Piece[] = [];
  let cur: Word[] = [];
  let title: TitleEntry | undefined;
  const flush = (): void => {
    // "and" too: a stop word inside "X for War and Peace Y" leaves the joining word at a piece's edge.
    while (cur.length && (CONNECTOR.test(cur[cur.length - 1]!.text) || cur[cur.length - 1]!.text === 'the' || cur[cur.length - 1]!.text === 'and' || PARTICLE.test(cur[cur.length - 1]!.text))) cur.pop();
    while (cur.length && (CONNECTOR.test(cur[0]!.text) || cur[0]!.text === 'the' || cur[0]!.text === 'and')) cur.shift();
    if (cur.length) pieces.push(title ? { words: cur, title } : { words: cur });
    cur = [];
    title = undefined;
  };
  // "an al Qaeda Syrian affiliate": a demonym closing a chain before a common noun modifies the noun.
  const lastWord = chain[chain.length - 1]!;
  if (chain.length > 1 && lex.demonyms.has(lastWord.text) && !lookupName(lex, lastWord.text) && /^\s+\p{Ll}/u.test(ctx.text.slice(lastWord.end, lastWord.end + 3))) {
    return splitChain(lex, ctx, chain.slice(0, -1));
  }
  // A whole chain that is a known name or has an organization head stays whole.
  const whole = surface(ctx.text, chain);
  if (lookupName(lex, whole)) return [{ words: [...chain] }];
  // A name spelled out for the acronym after it is one name, whatever words inside it would otherwise split it.
  const first = chain[0]!;
  if (spellsAcronymAfter(ctx.text, chain) && !chain.some((w, i) => titleAt(lex, ctx.text, chain, i))) return [{ words: /^the$/i.test(first.text) ? chain.slice(1) : [...chain] }];
  // "Critics of the Bashir government": a capitalized common noun opening the sentence is no part of the name.
  const collectiveFirst = lex.forceNouns.includes(first.text.toLowerCase()) || lex.groupKinds.has(first.text.toLowerCase());
  if ((first.start === ctx.sentenceStart || collectiveFirst) && chain.length > 2 && CONNECTOR.test(chain[1]!.text) && !lex.heads.has(first.text) && !lex.arabicOrgWords.has(foldKey(first.text)) && !lex.titles.has(first.text)) {
    let k = 1;
    while (k < chain.length && (CONNECTOR.test(chain[k]!.text) || chain[k]!.text === 'the')) k++;
    return splitChain(lex, ctx, chain.slice(k));
  }
  for (let i = 0; i < chain.length; i++) {
    const w = chain[i]!;
    // "Deep South Watch", "Institute for Policy Analysis": a furniture word closing a longer name belongs to it.
    const inner = (i > 0 && cur.length > 0 && NAME_FURNITURE.test(w.text)) || (w.text === 'No.' && cur.length > 0 && NUMBER.test(chain[i + 1]?.text ?? ''));
    if (isStop(lex, w) && !inner && !(cur.length === 0 && lookupName(lex, surface(ctx.text, chain.slice(i))))) {
      flush();
      continue;
    }
    const t = titleAt(lex, ctx.text, chain, i);
    // "General" closes "Secretary-General" but opens "General Motors": a title only before more name words.
    // "Al-Zorin General Trading Company": a rank word inside a company's name is no title.
    const inCompany = t !== undefined && i > 0 && headClass(lex, ctx.text, chain.slice(i)) === 'Company';
    // "General Police Inspectorate", "Major Crimes Unit": a rank written in full that opens a body's name is no rank.
    const rankOpensBody = t !== undefined && t[0].kind === 'rank' && cur.length === 0 && !/\.$/.test(chain[i + t[1] - 1]!.text) && ORG_CLASSES.has(headClass(lex, ctx.text, chain.slice(i)) ?? null);
    if (t && i + t[1] < chain.length && !headAt(lex, ctx.text, chain, i) && !inCompany && !rankOpensBody) {
      if (cur.length) {
        const words = cur;
        flush();
        const last = pieces[pieces.length - 1];
        if (last && last.words === words) last.beforeTitle = true;
      }
      flush();
      title = t[0];
      i += t[1] - 1;
      continue;
    }
    if (cur.every((c) => CONNECTOR.test(c.text) || c.text === 'the')) {
      const k = knownAt(lex, ctx.text, chain, i);
      if (k) {
        const after = chain[i + k[1]];
        const rest = chain.slice(i);
        // "Darfur Coordination of Displaced Persons": a place opening an "X of Y" name is part of that name.
        const tail = chain.slice(i + k[1]);
        const placeOpensName = PLACE_CLASSES.has(k[0].cls) && tail.length >= 3 && !CONNECTOR.test(tail[0]!.text) && tail.some((t) => t.text === 'of') && !titleAt(lex, ctx.text, chain, i + k[1]) && !knownAt(lex, ctx.text, chain, i + k[1]);
        // "African Union Commission Chairperson X": the words up to a title may make a body of the known name.
        let titleAfter = -1;
        for (let x = i + k[1]; x < chain.length && titleAfter < 0; x++) if (titleAt(lex, ctx.text, chain, x)) titleAfter = x;
        const named = titleAfter > i + k[1] ? chain.slice(i, titleAfter) : rest;
        // "Defence Minister Wellington Koo": after a title, a town's name that opens a two-word name is a given name.
        const givenName = title !== undefined && (k[0].kind === 'capital' || k[0].cls === 'City') && k[1] === 1 && chain.length - i === 2 && after !== undefined && !knownAt(lex, ctx.text, chain, i + 1) && !lex.heads.has(after.text);
        if (givenName) {
          cur.push(w);
          continue;
        }
        // "the Islamic State in the Greater Sahara (ISGS)": a known group's regional franchise, spelled out for its acronym.
        // "Islamic State in the Greater Sahara": so is an armed group "in the" region that no lexicon name covers alone.
        const region = after?.text === 'in' && chain[i + k[1] + 1]?.text === 'the' && k[0].cls === 'ArmedGroup' && chain.length > i + k[1] + 2 && !lookupName(lex, surface(ctx.text, chain.slice(i + k[1] + 2)));
        const franchise = after?.text === 'in' && ORG_CLASSES.has(k[0].cls) && (region || /^\s*\(\p{Lu}{2,}/u.test(ctx.text.slice(chain[chain.length - 1]!.end, chain[chain.length - 1]!.end + 10)));
        // A known name followed by a connector or by a new title/name is a piece of its own.
        if (!placeOpensName && !franchise && (!after || CONNECTOR.test(after.text) || after.text === 'the' || !hasHead(lex, ctx.text, named))) {
          cur = chain.slice(i, i + k[1]);
          const keepTitle = title;
          flush();
          if (keepTitle && pieces.length) pieces[pieces.length - 1]!.title = keepTitle;
          i += k[1] - 1;
          continue;
        }
      }
    }
    cur.push(w);
  }
  flush();
  return pieces;
}

function headAt(lex: ActorLexicon, text: string, words: readonly Word[], i: number): boolean {
  return lex.heads.has(words[i]!.text) && i > 0;
}

/** The class given by the head word of a name, and whether the words after it are a tail ("of Aden"). */
function headClass(lex: ActorLexicon, text: string, words: readonly Word[]): EntityClass | undefined {
  const first = words[0]!;
  if (words.length > 1 && lex.arabicOrgWords.has(foldKey(first.text))) return 'ArmedGroup';
  // "Grupo Elite", "Frente Amplio", "Radio Okapi": a word that opens names in other languages types the whole name.
  const opener = words.length > 1 ? lex.openingHeads.get(first.text) : undefined;
  if (opener) return opener;
  // "Ministry of Water Resources": a head that opens the name with "of" types it, whatever ends it.
  const opening = lex.heads.get(first.text);
  if (opening && words[1]?.text === 'of' && words.length > 2 && !lex.stopHeads.has(first.text)) return opening;
  // "Armed Forces of the Democratic Republic of Congo": the head before the first "of" types the name, not "Republic".
  const of = words.findIndex((w) => w.text === 'of');
  const beforeOf = of > 1 ? words[of - 1]! : undefined;
  if (beforeOf && of < 3 && !lex.stopHeads.has(beforeOf.text) && lex.heads.get(beforeOf.text) === 'MilitaryForce') return 'MilitaryForce';
  for (let h = words.length - 1; h >= 0; h--) {
    const w = words[h]!;
    const two = h > 0 ? `${words[h - 1]!.text} ${w.text}` : '';
    // "Camp 15", "Battalion No. 1": a number after the head is no tail of the name.
    const numbered = words.slice(h + 1).every((n) => NUMBER.test(n.text) || n.text === 'No.') && h < words.length - 1 && NUMBER.test(words[words.length - 1]!.text);
    const tailOk = h === words.length - 1 || /^(?:of|in|for)$/.test(words[h + 1]!.text) || numbered;
    if (!tailOk) continue;
    const bare = w.text.replace(/[-‐]\d+$/, '');
    if (lex.stopHeads.has(bare)) return undefined;
    const cls = (two && lex.heads.get(two)) || lex.heads.get(bare);
    if (cls && (words.length > 1 || cls === 'Company')) return cls;
  }
  return undefined;
}

function hasHead(lex: ActorLexicon, text: string, words: readonly Word[]): boolean {
  return headClass(lex, text, words) !== undefined;
}

const isAcronym = (s: string): boolean =>
  /^(?:[A-Z]\.){2,6}$/.test(s) ||
  /^[A-Z]{1,3}-?\d{1,2}$/.test(s) ||
  (/^[A-Z][A-Za-z0-9&.-]{1,11}$/.test(s) && (s.match(/[A-Z]/g)?.length ?? 0) >= 2 && !/[a-z]{2}/.test(s) && !/[.-]$/.test(s));
const INITIAL = /^\p{Lu}\.$/u;

function looksLikePerson(lex: ActorLexicon, words: readonly Word[]): boolean {
  if (words.length < 2 || words.length > 5) return false;
  // "al Qaeda", "Al Shabab": an article opens a group's name, not a person's.
  if (/^(?:al|el|Al|El|Ad|As|At|An)$/.test(words[0]!.text)) return false;
  // "Los Zorros", "Las Panteras", "Os Crias": a Spanish or Portuguese plural article opens a group's name, not a person's.
  if (/^(?:Los|Las|Os)$/.test(words[0]!.text)) return false;
  // "Tehrik-e-Taliban Pakistan", "Ansar Beit al-Maqdis Egypt": a name that ends in a country's name is no person's.
  if (lex.exact.get(words[words.length - 1]!.text)?.cls === 'Country') return false;
  // "Border Troops", "Internal Troops": a name that ends in a force noun is a force's.
  if (lex.forceNouns.includes(words[words.length - 1]!.text.toLowerCase())) return false;
  let capitalized = 0;
  for (const w of words) {
    if (PARTICLE.test(w.text) || CONNECTOR.test(w.text)) {
      if (CONNECTOR.test(w.text) && !PARTICLE.test(w.text)) return false;
      continue;
    }
    if (INITIAL.test(w.text)) continue;
    if (lex.nonPersonWords.has(foldKey(w.text)) || lex.nonPersonWords.has(foldKey(w.text + "'s"))) return false;
    if (/^[\p{Lu}\d.-]+$/u.test(w.text) && w.text.length > 1) return false;
    if (/\d/.test(w.text)) return false;
    capitalized++;
  }
  return capitalized >= 2 || (capitalized >= 1 && words.length >= 2);
}

function before(ctx: ChainContext, start: number): string {
  return ctx.text.slice(Math.max(ctx.sentenceStart, start - 40), start);
}

function after(ctx: ChainContext, end: number): string {
  return ctx.text.slice(end, Math.min(ctx.sentenceEnd, end + 60));
}

function push(out: Candidate[], c: Candidate): void {
  out.push(c);
}

/** Types one piece of a chain and adds its candidates. */
function classifyPiece(lex: ActorLexicon, ctx: ChainContext, piece: Piece, out: Candidate[]): void {
  const words = piece.words;
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  const s = ctx.text.slice(start, end);
  const base = { start, end, sentence: ctx.sentence };
  const titled = piece.title ? { title: piece.title } : {};

  if (ORDINAL.test(words[0]!.text)) {
    const rest = words.slice(1);
    const unit = headClass(lex, ctx.text, words);
    // "the March 23 Movement": a date opens the name of a group founded that day.
    const month = MONTH_BEFORE.exec(before(ctx, start));
    if (month && unit) {
      push(out, { ...base, start: start - month[0].length, cls: unit, form: 'name', rule: 'name:head-word', nameable: true });
      return;
    }
    if (unit === 'MilitaryForce' || unit === 'ArmedGroup') push(out, { ...base, cls: 'MilitaryForce', form: 'name', rule: 'name:numbered-unit', nameable: true });
    else if (rest.length) classifyPiece(lex, ctx, { ...piece, words: rest }, out);
    return;
  }
  // "Unit 8200", "Task Force 88", "Battalion No. 1": a numbered unit is a force's.
  if (words.length >= 2 && NUMBER.test(words[words.length - 1]!.text) && NUMBERED_UNIT.test(words[words.length - 2]!.text === 'No.' ? words[words.length - 3]?.text ?? '' : words[words.length - 2]!.text) && !lookupName(lex, s)) {
    push(out, { ...base, cls: 'MilitaryForce', form: 'name', rule: 'name:numbered-unit', nameable: true });
    return;
  }
  const known = lookupName(lex, s);
  if (known) {
    let cls = known.cls;
    let canonical = known.canonical;
    // "Iraq's Kurdistan region": a known area with a lowercase "region" after it names the administrative region.
    if (known.kind === 'place' && /^\s+region\b/.test(after(ctx, end)) && (known.cls === 'Region' || known.cls === 'Place')) {
      const full = ctx.text.slice(start, end + after(ctx, end).indexOf('region') + 'region'.length);
      push(out, { start, end: start + full.length, sentence: ctx.sentence, cls: 'Region', form: 'name', rule: 'name:lowercase-head', nameable: true, canonical: full });
      return;
    }
    // "the bombing at Kabul airport": a known town with a facility head names the facility; the town stays a town elsewhere.
    const facility = (known.kind === 'capital' || known.cls === 'City') && !piece.title ? FACILITY_HEAD.exec(after(ctx, end)) : null;
    if (facility) {
      push(out, { start, end: end + facility[0].length, sentence: ctx.sentence, cls: 'Facility', form: 'name', rule: 'name:facility-head', nameable: true });
      return;
    }
    if (known.kind === 'capital') {
      // A capital stands for its country when it acts or is dealt with ("talks with Moscow", "anti-Pyongyang").
      const actor =
        words[0]!.prefix !== undefined ||
        (ACTOR_CAPITAL_BEFORE.test(before(ctx, start)) && !/^\s+(?:government|authorities|regime)/.test(after(ctx, end)) && !MOVED_FROM.test(before(ctx, start))) ||
        (ACTOR_CAPITAL_AFTER.test(after(ctx, end)) && !LOCATIVE_BEFORE.test(before(ctx, start))) ||
        (ACTOR_CAPITAL_OWNS.test(after(ctx, end)) && !LOCATIVE_BEFORE.test(before(ctx, start))) ||
        (ACTOR_CAPITAL_NAMER.test(after(ctx, end)) && /\b(?:the\s+name|which|that|what)\s+$/i.test(before(ctx, start)));
      if (actor && !ctx.dateline && known.country) {
        cls = 'Country';
        canonical = lex.countryName.get(known.country) ?? canonical;
        push(out, { ...base, cls, form: 'capital', rule: 'name:capital-for-country', nameable: true, canonical });
        return;
      }
    }
    // "the G7 gang alliance", "the Patriots militia": a group head after the name says what it is; a lexicon body of
    // another kind that shares the name is someone else.
    if (known.kind === 'organization' && known.cls !== 'ArmedGroup' && !piece.title && GROUP_HEAD_AFTER.test(after(ctx, end))) {
      push(out, { ...base, cls: 'ArmedGroup', form: isAcronym(s) ? 'acronym' : 'name', rule: 'name:lowercase-head', nameable: true });
      return;
    }
    const form = isAcronym(s) ? 'acronym' : 'name';
    push(out, { ...base, cls, form, rule: `name:lexicon-${known.kind}`, nameable: true, canonical, ...titled });
    return;
  }

  // "Co., Ltd.": a legal suffix alone is the tail of the company named before the comma.
  if (LEGAL_SUFFIX.test(s) && /\p{L}\.?,\s+$/u.test(before(ctx, start))) return;
  // "(Courtesy Philippine Army)": a photo credit's opening word is not part of the name.
  if (words.length > 1 && /^(?:Courtesy|Credit)$/.test(words[0]!.text)) {
    classifyPiece(lex, ctx, { ...piece, words: words.slice(1) }, out);
    return;
  }
  // "Neighboring Pakistan said": an adjective that opens a sentence is capitalized by its place, not part of the name.
  if (words.length > 1 && SENTENCE_ADJECTIVE.test(words[0]!.text) && /^[\s"“'‘]*$/.test(ctx.text.slice(ctx.sentenceStart, start))) {
    classifyPiece(lex, ctx, { ...piece, words: words.slice(1) }, out);
    return;
  }
  // "the BRP Sierra Madre", "USS Carney": a ship prefix names a vessel, a place where things happen.
  if (words.length > 1 && lex.vesselPrefixes.has(words[0]!.text)) {
    push(out, { ...base, cls: 'Facility', form: 'name', rule: 'name:vessel', nameable: true });
    return;
  }
  // "PORTO, Valdonia (XYZ) —": the agency that filed the story, in brackets before the dateline's dash.
  if (ctx.sentence <= 1 && words.length <= 3 && /\(\s*$/.test(before(ctx, start)) && /^\s*\)\s*[—–-]/.test(ctx.text.slice(end, end + 6))) {
    push(out, { ...base, cls: 'MediaOutlet', form: isAcronym(s) ? 'acronym' : 'name', rule: 'name:dateline-agency', nameable: true });
    return;
  }
  if ((words.length === 1 && lex.stopAcronyms.has(s)) || lex.stopPhrases.has(s) || lex.stopPhrases.has(s.replace(/s$/, ''))) return;
  // "the Pakistani Taliban": a demonym before a known group names a group of its own.
  if (words.length > 1 && lex.demonyms.has(words[0]!.text)) {
    const k = lookupName(lex, surface(ctx.text, words.slice(1)));
    if (k && ORG_CLASSES.has(k.cls)) {
      push(out, { ...base, cls: k.cls, form: 'name', rule: 'name:demonym-group', nameable: true });
      return;
    }
  }
  // "QAMISHLI, Syria, Jan 16 (Reuters)": a month written short before its day.
  if (words.length === 1 && MONTH_SHORT.test(s) && /^\s+\d/.test(after(ctx, end))) return;
  // "the mainly Muslim Fulani herders", "the Malian Tuareg militant": adjectives of peoples and faiths before a noun.
  if (words.length > 1 && words.every((w) => lex.demonyms.has(w.text) || lex.adjectives.has(w.text) || /^\p{Lu}\p{Ll}+[-‐]\p{Ll}+$/u.test(w.text)) && /^\s*(?:\([^)]{1,20}\)\s*)?\p{Ll}/u.test(after(ctx, end))) return;
  // A demonym alone is a modifier ("the South Korean puppet military"); collective phrases read it.
  // "Ethiopia's northern Amhara region": a people's name before a region's head names the region.
  const regionOfPeople = lex.adjectives.has(s) && !lex.demonyms.has(s) && !/(?:ish|ic|an)$/.test(s) && REGION_HEAD_AFTER.test(after(ctx, end));
  if ((lex.demonyms.has(s) || lex.demonyms.has(s.replace(/s$/, '')) || lex.adjectives.has(s)) && !regionOfPeople) return;
  // "the North African country": an adjective of origin before a common noun.
  if (words.length <= 2 && /\b(?:the|a|an)\s+$/i.test(before(ctx, start)) && /^\s+\p{Ll}/u.test(after(ctx, end)) && !/^\s+and\s/.test(after(ctx, end)) && /(?:an|ese|ish)$/.test(s) && !headClass(lex, ctx.text, words) && !LOWER_HEAD.test(after(ctx, end))) return;
  if (words.every((w) => isStop(lex, w))) return;
  // "a protester, who gave her name as Selam", "a farmer identified only as Kebede": a name given for a person.
  if (!piece.title && words.length <= 3 && NAME_GIVEN_BEFORE.test(before(ctx, start)) && !lookupName(lex, s)) {
    push(out, { ...base, cls: 'Person', form: 'name', rule: 'name:given-for-person', nameable: true });
    return;
  }
  // "Commissioner of Police Curtis Baptiste", "Deputy Prime Minister for Reintegration Sergiu Lazarescu": after a
  // title's "of" or "for", the portfolio's words come before the holder's name.
  if (piece.title && words.length >= 3 && PORTFOLIO_OPEN.test(before(ctx, start)) && !lookupName(lex, s)) {
    let p = 0;
    while (p < words.length - 2 && (portfolioWord(lex, words[p]!) || (p > 0 && /^(?:and|of|the)$/.test(words[p]!.text)))) p++;
    const holder = words.slice(p);
    if (p > 0 && holder.length <= 4 && looksLikePerson(lex, holder) && !headClass(lex, ctx.text, holder)) {
      push(out, { ...base, start: holder[0]!.start, cls: 'Person', form: 'name', rule: 'name:titled-person', nameable: true, ...titled });
      return;
    }
  }
  // "the Algerian Lokman Abu Sakhr": a demonym before a person's full name says where the person is from.
  if (!piece.title && words.length >= 3 && lex.demonyms.has(words[0]!.text) && !lookupName(lex, s) && !headClass(lex, ctx.text, words)) {
    const person = words.slice(1);
    if (looksLikePerson(lex, person) && !lookupName(lex, surface(ctx.text, person)) && !person.some((w) => lex.demonyms.has(w.text) || lex.heads.has(w.text) || lex.titles.has(w.text)) && !lex.titles.has(surface(ctx.text, person))) {
      push(out, { ...base, start: person[0]!.start, cls: 'Person', form: 'name', rule: 'name:person-shape', nameable: true });
      return;
    }
  }

  // "First Minister Michelle O'Neill of Sinn Féin", "Ali Hassan of the Popular Front": a person's name, "of" and a
  // body the lexicon or a head word knows are two names, the person and the body.
  const personOf = words.findIndex((w, i) => i >= 2 && w.text === 'of');
  if (personOf > 0 && personOf <= 4 && looksLikePerson(lex, words.slice(0, personOf)) && !headClass(lex, ctx.text, words.slice(0, personOf))) {
    const body = words.slice(words[personOf + 1]?.text === 'the' ? personOf + 2 : personOf + 1);
    const k = body.length ? lookupName(lex, surface(ctx.text, body)) : undefined;
    const bodyClass = k ? k.cls : body.length > 1 ? headClass(lex, ctx.text, body) : undefined;
    if (bodyClass && ORG_CLASSES.has(bodyClass)) {
      const person = words.slice(0, personOf);
      push(out, { ...base, end: person[person.length - 1]!.end, cls: 'Person', form: 'name', rule: piece.title ? 'name:titled-person' : 'name:person-shape', nameable: true, ...titled });
      classifyPiece(lex, ctx, { words: body }, out);
      return;
    }
  }
  const head = headClass(lex, ctx.text, words);
  // "the killing in Tarsa of Omar Belkadi": a lone name, "of" and a person's name are two names, not one body's.
  if (!head && words.length >= 4 && words[1]!.text === 'of' && !lex.heads.has(words[0]!.text) && !lex.nonPersonWords.has(foldKey(words[0]!.text)) && looksLikePerson(lex, words.slice(2))) {
    classifyPiece(lex, ctx, { words: words.slice(0, 1) }, out);
    classifyPiece(lex, ctx, { words: words.slice(2) }, out);
    return;
  }
  // "Islamic State West Africa Province", "Islamic State Sahel Province": a group's name before a place head is the group's branch.
  if (head === 'Region' || head === 'City' || head === 'Place') {
    const k = knownAt(lex, ctx.text, words, 0);
    if (k && k[1] < words.length - 1 && ORG_CLASSES.has(k[0].cls)) {
      push(out, { ...base, cls: k[0].cls, form: 'name', rule: 'name:group-branch', nameable: true });
      return;
    }
  }
  if (head) {
    const generic = words.every((w) => lex.genericWords.has(w.text.toLowerCase()) || CONNECTOR.test(w.text) || w.text === 'the');
    // "the State Department" names one body; "a Foreign Terrorist Organization" or "Private Military Company “Wagner”" name a kind.
    const namesOne = generic && /\bthe\s+$/i.test(before(ctx, start)) && !GENERIC_KIND.test(s) && !/^\s*[“"(]/.test(after(ctx, end)) && head !== 'Region' && head !== 'City';
    if (namesOne) {
      push(out, { ...base, cls: head, form: 'name', rule: 'name:head-word', nameable: true });
      return;
    }
    if (generic) {
      // "Azerbaijan's Defense Ministry": a generic name owned by a country is that country's body.
      const owner = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)['’]s\s+$/u.exec(before(ctx, start));
      const k = owner ? lookupName(lex, owner[1]!) : undefined;
      if (owner && k?.cls === 'Country' && k.country && head !== 'Region') {
        const country = lex.countryName.get(k.country)!;
        const military = head === 'MilitaryForce' && words.every((w) => MILITARY_WORD.test(w.text));
        push(out, { start: start - owner[0].length, end, sentence: ctx.sentence, cls: head, form: 'name', rule: 'name:country-owned', nameable: true, canonical: military ? `${country} ${branchOf(words)}` : `${country} ${s}` });
      }
      return;
    }
    // "the Armed Forces of the Democratic Republic of Congo" is that country's military.
    const of = words.findIndex((w) => w.text === 'of');
    if (head === 'MilitaryForce' && of > 0 && words.slice(0, of).every((w) => MILITARY_WORD.test(w.text))) {
      const k = lookupName(lex, surface(ctx.text, words.slice(words[of + 1]?.text === 'the' ? of + 2 : of + 1)));
      if (k?.cls === 'Country' && k.country) {
        push(out, { ...base, cls: head, form: 'name', rule: 'name:country-military', nameable: true, canonical: `${lex.countryName.get(k.country)!} ${branchOf(words.slice(0, of))}` });
        return;
      }
    }
    // "the Government of Valdonia" is that country's government, as "Valdonia's government" is.
    if (head === 'Government' && of === 1 && /^Government$/.test(words[0]!.text)) {
      const k = lookupName(lex, surface(ctx.text, words.slice(words[2]?.text === 'the' ? 3 : 2)));
      if (k?.cls === 'Country' && k.country) {
        push(out, { ...base, cls: head, form: 'name', rule: 'name:country-body', nameable: true, canonical: `${lex.countryName.get(k.country)!} government` });
        return;
      }
    }
    const dem = countryPrefix(lex, ctx.text, words);
    if (dem && dem[1] < words.length) {
      const country = lex.countryName.get(dem[0])!;
      const rest = words.slice(dem[1]);
      if (head === 'MilitaryForce' && rest.every((w) => MILITARY_WORD.test(w.text))) {
        push(out, { ...base, cls: head, form: 'name', rule: 'name:country-military', nameable: true, canonical: `${country} ${branchOf(rest)}` });
        return;
      }
      if (head === 'GovernmentAgency' || head === 'Government') {
        push(out, { ...base, cls: head, form: 'name', rule: 'name:country-body', nameable: true, canonical: `${country} ${surface(ctx.text, rest)}` });
        return;
      }
    }
    // "the Rasta City network", "the Barrio Sur gang": a place-like name with a group's head after it is the group's.
    if ((head === 'City' || head === 'Place' || head === 'Region') && GROUP_NOUN_AFTER.test(after(ctx, end))) {
      push(out, { ...base, cls: 'ArmedGroup', form: 'name', rule: 'name:lowercase-head', nameable: true });
      return;
    }
    // "Shenzhen Haoyun Electronics Co., Ltd.": the legal suffix after a comma still belongs to the company's name.
    const legal = head === 'Company' ? LEGAL_SUFFIX_AFTER.exec(after(ctx, end)) : null;
    // "The U.S. Embassy in Baghdad condemned the strikes": a mission that speaks is the state's body, not its building.
    const speaks = head === 'Facility' && /\b(?:Embassy|Consulate)\b/.test(s) && (SPEAKS_AFTER.test(after(ctx, end)) || ACTOR_CAPITAL_AFTER.test(after(ctx, end)));
    push(out, { ...base, ...(legal ? { end: end + legal[0].length } : {}), cls: speaks ? 'GovernmentAgency' : head, form: 'name', rule: 'name:head-word', nameable: true });
    // "the U.S. Embassy in Baghdad", "Mission in Somalia": the place after "in" is a mention of its own.
    // "the Union for Peace in Central Africa": only a head right before "in" has its seat after it.
    const inAt = words.findIndex((w, i) => i > 0 && w.text === 'in' && lex.heads.has(words[i - 1]!.text));
    if (inAt > 0 && inAt < words.length - 1) classifyPiece(lex, ctx, { words: words.slice(inAt + 1) }, out);
    return;
  }
  // "troops of Operation Hadin Kai", "the arrest was made by Operation Damai Cartenz": a named military operation that
  // acts is the force that carries it out, an actor the GUIDE counts; "launching Operation X" names a campaign only.
  if (words.length >= 2 && words.length <= 4 && words[0]!.text === 'Operation' && words.slice(1).every((w) => w.cap) && (OPERATION_ACTS_BEFORE.test(before(ctx, start)) || OPERATION_ACTS_AFTER.test(after(ctx, end)))) {
    push(out, { ...base, cls: 'MilitaryForce', form: 'name', rule: 'name:operation', nameable: true });
    return;
  }
  if (words.some((w) => lex.stopHeads.has(w.text.replace(/[-‐]\d+$/, '')))) return;

  const prev = before(ctx, start);
  const next = after(ctx, end);
  // 'which means "Living Together"': a translation in quotes names nothing.
  if (TRANSLATION_BEFORE.test(prev)) return;
  // "the Unlawful Activities (Prevention) Act": the opening words of a law's title.
  if (LAW_AFTER.test(next)) return;
  // "Acting Under Secretary", "Interim President": a word that qualifies the title is no jurisdiction.
  if (piece.beforeTitle && words.every((w) => TITLE_QUALIFIER.test(w.text))) return;
  // "Information Minister X", "Interior Minister X": a portfolio before a title is no jurisdiction.
  if (piece.beforeTitle && words.every((w) => lex.nonPersonWords.has(foldKey(w.text)) || CONNECTOR.test(w.text))) return;
  if (piece.beforeTitle && words.length <= 3 && !words.some((w) => isAcronym(w.text))) {
    push(out, { ...base, cls: 'Place', form: 'name', rule: 'name:jurisdiction', nameable: true });
    return;
  }
  let lowerHead = LOWER_HEAD.exec(next);
  // "the main Kosovo Serb party": an ethnic word after a country's name describes the party, it names nothing.
  if (lowerHead && words.length === 1 && !/^(?:provinces?|regions?|districts?|governorates?|county|counties|peninsula|departments?|oblast|city|islands?|archipelago|atoll|battalion|brigade|regiment|cell|tribes?|clans?)$/.test(lowerHead[1]!)) {
    const owner = /(\p{Lu}[\p{L}]+)\s+$/u.exec(prev);
    if (owner && lex.exact.get(owner[1]!)?.cls === 'Country') return;
  }
  // "the Maute group", "the Haqqani network": a body the lexicon knows by its name with the lower-case head.
  if (lowerHead && !piece.title) {
    const full = ctx.text.slice(start, end + lowerHead[0].length);
    const k = lex.exact.get(full) ?? lex.folded.get(foldKey(full));
    if (k?.kind === 'organization') {
      push(out, { start, end: end + lowerHead[0].length, sentence: ctx.sentence, cls: k.cls, form: 'name', rule: 'name:lexicon-organization', nameable: true, canonical: k.canonical });
      return;
    }
  }
  // "Rights group Foro Penal": a common word opening a sentence is no group's name.
  if (lowerHead && /^(?:group|faction|network|coalition|alliance)$/.test(lowerHead[1]!) && words.length === 1 && (lex.nonPersonWords.has(foldKey(s)) || lex.genericWords.has(s.toLowerCase()) || start === ctx.sentenceStart)) lowerHead = null;
  // "Torva airport": a facility named by its town and a lowercase head; the town stays a town elsewhere.
  const facility = FACILITY_HEAD.exec(next);
  if (facility && !piece.title) {
    push(out, { start, end: end + facility[0].length, sentence: ctx.sentence, cls: 'Facility', form: 'name', rule: 'name:facility-head', nameable: true });
    return;
  }
  // "Red Hand forces": a name that has forces or fighters of its own is a group's.
  if (!piece.title && words.length >= 2 && /^\s+(?:forces|fighters|militants|gunmen)\b/.test(next) && looksLikePerson(lex, words) && !/\b(?:by|of|for)\s+$/.test(prev)) {
    push(out, { ...base, cls: 'ArmedGroup', form: 'name', rule: 'name:forces-head', nameable: true });
    return;
  }
  if (STATE_HEAD.test(next) && !piece.title && !(words.length === 1 && /(?:ish|ic)$/.test(s))) {
    push(out, { ...base, cls: 'Region', form: 'name', rule: 'name:state-head', nameable: true });
    return;
  }
  // "the Aleppo and Idlib provinces": the first name shares the plural head.
  // "the Sawarka and Rumaylat tribes", "the Sinaloa and Jalisco cartels": so does the first name of two groups.
  const sharedGroup = !piece.title && words.length <= 3 ? SHARED_GROUP_HEAD.exec(next) : null;
  if (sharedGroup) {
    push(out, { ...base, cls: /^(?:tribe|clan|part|bloc)/.test(sharedGroup[1]!) ? 'Organization' : 'ArmedGroup', form: 'name', rule: 'name:shared-head', nameable: true });
    return;
  }
  const shared = /^\s+and\s+\p{Lu}[\p{L}'’-]+\s+(province|region|district|governorate|state|island)s\b/u.exec(next);
  if (shared && words.length <= 3) {
    push(out, { ...base, cls: 'Region', form: 'name', rule: 'name:shared-head', nameable: false, canonical: `${s} ${shared[1]}${shared[1] === 'island' ? 's' : ''}` });
    return;
  }

  // "three members of Dorak Velen", "designated Kalvir Sanad as a Foreign Terrorist Organization": a name that has
  // members or is listed as an organization is no person's. ("X, which" is not read: the relative often hangs on the
  // group before the person, as in "led by his brother Y, which fights alongside Z".)
  if (!piece.title && !lowerHead && words.length <= 5 && (GROUP_OF_BEFORE.test(prev) || LISTED_AS_GROUP_AFTER.test(next)) && looksLikePerson(lex, words)) {
    const armed = /\b(?:militants|fighters|operatives|cadres|gunmen|insurgents|commanders)\s+of\s+(?:the\s+)?$/i.test(prev);
    push(out, { ...base, cls: armed ? 'ArmedGroup' : 'Organization', form: 'name', rule: 'name:group-context', nameable: true });
    return;
  }
  // "X, a designated terrorist organization", "X, an armed group": the apposition types the name.
  // "Colectivos, armed pro-government groups allied with the government": a plural apposition types a group.
  if (!piece.title && !lowerHead && words.length <= 4 && APPOSITION_PERSON.test(next) && !words.some((w) => isAcronym(w.text))) {
    push(out, { ...base, cls: 'Person', form: 'name', rule: 'name:apposition-person', nameable: true });
    return;
  }
  if (!piece.title && APPOSITION_GROUPS.test(next)) {
    push(out, { ...base, cls: 'ArmedGroup', form: 'name', rule: 'name:apposition', nameable: true });
    return;
  }
  const apposition = APPOSITION_ORG.exec(next);
  if (apposition && !piece.title) {
    const noun = apposition[1]!.toLowerCase();
    const cls: EntityClass =
      /gang|cartel|clique|cell/.test(noun) || (/militia|group|faction|movement|organi[sz]ation|front|network|wing|arm|branch|offshoot|affiliate|outfit/.test(noun) && /terror|armed|militant|jihad|insurgent|rebel|militia|extremist|guerrilla|paramilitary/.test(apposition[0]))
        ? 'ArmedGroup'
        : COMPANY_NOUN.test(noun)
          ? 'Company'
          : MEDIA_NOUN.test(noun) && !/\bintelligence|security|space|refugee|aid\b/.test(apposition[0])
            ? 'MediaOutlet'
            : 'Organization';
    push(out, { ...base, cls, form: 'name', rule: 'name:apposition', nameable: true });
    return;
  }
  // "ethnic Serbs", "ethnic Uzbeks": a people named as a group is a collective actor.
  if (words.length === 1 && /\bethnic\s+$/.test(prev) && /\p{Ll}s$/u.test(s)) {
    push(out, { ...base, start: start - 'ethnic '.length, cls: 'CollectiveActor', form: 'description', rule: 'collective:kind', nameable: true, canonical: `ethnic ${s}` });
    return;
  }
  // "North Darfur", "West Kordofan", "Southern Highlands": a compass word opens a region's name, never a person's.
  if (words.length > 1 && words.length <= 3 && COMPASS.test(words[0]!.text) && !piece.title) {
    push(out, { ...base, cls: 'Region', form: 'name', rule: 'name:compass-region', nameable: true });
    return;
  }
  // "a coalition known as Nueva Generación", "its propaganda arm, Az-Zallaqa,", "one breakaway faction, BRN-Congress,":
  // a group's noun names the group after it.
  const named = !piece.title && !lowerHead && words.length <= 4 ? ORG_NOUN_NAMED_BEFORE.exec(prev) : null;
  if (named && (named[2] !== undefined || NAME_CLOSES.test(next))) {
    const noun = named[1]!.toLowerCase();
    const cls: EntityClass = /propaganda|media/.test(named[0]) ? 'MediaOutlet' : /gang|cartel|militia|clique|cell/.test(noun) || /armed|militant|military|jihad|insurgent|rebel|breakaway|splinter/.test(named[0]) ? 'ArmedGroup' : 'Organization';
    push(out, { ...base, cls, form: isAcronym(s) ? 'acronym' : 'name', rule: 'name:noun-before', nameable: true });
    return;
  }
  // "later changed its name to Comunes", "rebranded itself as X": a body's new name.
  if (!piece.title && words.length <= 5 && RENAMED_TO_BEFORE.test(prev)) {
    push(out, { ...base, cls: 'Organization', form: 'name', rule: 'name:renamed', nameable: true });
    return;
  }
  if (!piece.title && !lowerHead && words.length <= 4 && ORG_NOUN_BEFORE.test(prev) && !/\bthe\s+(?:group|party|movement|organi[sz]ation|coalition|alliance)\s+$/i.test(prev)) {
    const noun = /(\S+)\s+$/.exec(prev)![1]!.toLowerCase();
    const cls: EntityClass = /gang|cartel|militia/.test(noun) ? 'ArmedGroup' : COMPANY_NOUN.test(noun) ? 'Company' : MEDIA_NOUN.test(noun) || /newspaper|daily|weekly|station/.test(noun) ? 'MediaOutlet' : 'Organization';
    push(out, { ...base, cls, form: isAcronym(s) ? 'acronym' : 'name', rule: 'name:noun-before', nameable: true });
    return;
  }
  if (words.length > 1 && lex.placeOpeners.has(words[0]!.text) && !piece.title) {
    push(out, { ...base, cls: /\b(?:town|city|village|capital)\s+of\s+(?:the\s+)?$/i.test(prev) ? 'City' : 'Place', form: 'name', rule: 'name:place-opener', nameable: true });
    return;
  }
  // "Maguindanao del Sur", "Santander del Norte": a Spanish compass word after "del" ends a region's name.
  if (words.length >= 3 && SPANISH_COMPASS.test(s) && !piece.title) {
    push(out, { ...base, cls: 'Region', form: 'name', rule: 'name:compass-region', nameable: true });
    return;
  }
  // "Republika Srpska president Milorad Dodik": a name before a lower-case title and its holder is the office's jurisdiction.
  if (!piece.title && words.length >= 2 && lowerTitleAfter(lex, next)) {
    push(out, { ...base, cls: 'Place', form: 'name', rule: 'name:jurisdiction', nameable: true });
    return;
  }
  // "the Iraqi Prime Minister": a chain that ends in a title names an office, not its holder.
  if (words.length >= 2 && lex.titles.has(words[words.length - 1]!.text) && words.some((_, i) => i > 0 && titleAt(lex, ctx.text, words, i)?.[1] === words.length - i)) return;
  if (looksLikePerson(lex, words) && !STRONG_LOCATIVE_BEFORE.test(prev) && !PLACE_BEFORE.test(prev) && !(TOWN_APPOSITION_BEFORE.test(prev) && !SPEAKS_AFTER.test(next) && !ACTOR_CAPITAL_AFTER.test(next)) && !lowerHead) {
    push(out, { ...base, cls: 'Person', form: 'name', rule: piece.title ? 'name:titled-person' : 'name:person-shape', nameable: true, ...titled });
    return;
  }
  // "Deputy Minister of Defence": the word after a title's "of" is its portfolio, not a surname.
  if (words.length === 1 && piece.title && /\bof\s+(?:the\s+)?$/i.test(prev)) return;
  if (words.length === 1 && piece.title && !isAcronym(s) && !lowerHead) {
    push(out, { ...base, cls: 'Person', form: 'name', rule: 'name:titled-surname', nameable: true, ...titled });
    return;
  }

  // "members from Dorn's al-Harb Brigades", "the Kavari's armed wing": a name owning a unit or a wing is a body. Weak:
  // a person's surname elsewhere in the article wins ("Haftar's Brigades").
  if (!piece.title && !lowerHead && OWNS_UNIT_AFTER.test(next)) {
    push(out, { ...base, cls: 'Organization', form: 'name', rule: 'name:other', nameable: true });
    return;
  }
  // Context: the words around a name that no lexicon or head word types.
  // "a Rwandan Hutu militia": a demonym under an indefinite article describes; it does not name.
  if (lowerHead && /\ban?\s+$/i.test(prev) && lex.demonyms.has(words[0]!.text)) return;
  if (lowerHead) {
    const h = lowerHead[1]!;
    // "the force's Teknaf battalion": a unit named after its post; the head stays in the name, so the town stays a town.
    // "its Poso cell": so is a cell named after its town.
    if (/^(?:battalion|brigade|regiment|cell)$/.test(h)) {
      if (h === 'cell') {
        push(out, { start, end: end + lowerHead[0].length, sentence: ctx.sentence, cls: 'ArmedGroup', form: 'name', rule: 'name:unit-head', nameable: true });
        return;
      }
      push(out, { start, end: end + lowerHead[0].length, sentence: ctx.sentence, cls: 'MilitaryForce', form: 'name', rule: 'name:unit-head', nameable: true });
      return;
    }
    // "the Kinmen and Matsu islands": an island group is named with its plural head; the bare name joins it.
    if (/^(?:islands?|archipelago|atoll)$/.test(h)) {
      const full = ctx.text.slice(start, end + lowerHead[0].length);
      push(out, { start, end: end + lowerHead[0].length, sentence: ctx.sentence, cls: 'Region', form: 'name', rule: 'name:lowercase-head', nameable: true, canonical: full });
      return;
    }
    const cls: EntityClass = /^(?:province|region|district|governorate|count|peninsula|department|oblast)/.test(h) ? 'Region' : h === 'city' ? 'City' : h === 'news agency' || /^(?:media|propaganda) /.test(h) ? 'MediaOutlet' : /^(?:party|movement|coalition|alliance|tribes?|clans?|bloc)$/.test(h) ? 'Organization' : 'ArmedGroup';
    if (cls === 'Region' || cls === 'City') {
      // "Gedo region": the region, named with and without its head; the bare name is typed from it.
      const full = ctx.text.slice(start, end + lowerHead[0].length);
      const canonical = full.replace(/(province|region|district|governorate|department)s$/, '$1').replace(/counties$/, 'county');
      // "the Metina and Gara regions": a plural head is shared, so the name stands without it.
      const plural = canonical !== full;
      push(out, { start, end: plural ? end : end + lowerHead[0].length, sentence: ctx.sentence, cls, form: 'name', rule: 'name:lowercase-head', nameable: true, canonical });
      return;
    }
    // "the Quispe Palomino clan": a family's clan keeps its head; the family name alone is its members'.
    if (/^clans?$/.test(h) && words.length >= 2 && looksLikePerson(lex, words)) {
      push(out, { start, end: end + lowerHead[0].length, sentence: ctx.sentence, cls, form: 'name', rule: 'name:lowercase-head', nameable: true });
      return;
    }
    push(out, { ...base, cls, form: 'name', rule: 'name:lowercase-head', nameable: true });
    return;
  }
  // "in the capital, Okonkwo said": a name that then speaks or acts opens a new clause; it is no apposition.
  const townApposition = TOWN_APPOSITION_BEFORE.test(prev) && !SPEAKS_AFTER.test(next) && !ACTOR_CAPITAL_AFTER.test(next);
  const placeCue = PLACE_BEFORE.test(prev) || townApposition || ctx.dateline || /^,\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?(?:,|\s*$|\s+[—–-])/u.test(next) && countryAfter(lex, next);
  if (placeCue) {
    const city = (PLACE_BEFORE.test(prev) && /\b(?:town|city|village|capital)\s+of/i.test(prev)) || townApposition;
    push(out, { ...base, cls: city ? 'City' : 'Place', form: 'name', rule: 'name:place-context', nameable: true });
    return;
  }
  if (!(words.length === 1 && isAcronym(s)) && /\b(?:(?:known|referred\s+to|also\s+called)\s+as|,\s+which\s+(?:it|they)\s+calls?)\s+(?:the\s+)?["“‘']?$/i.test(prev) && !/\b(?:formerly|previously|now)\s+known/i.test(prev)) {
    push(out, { ...base, cls: 'Organization', form: 'alias', rule: 'name:alias-context', nameable: true });
    return;
  }
  // "told Reuters", "a Reuters reporter", "said on Facebook", "according to Yonhap": where news comes from.
  if (words.length <= 2 && !lookupName(lex, s) && (MEDIA_BEFORE.test(prev) || MEDIA_AFTER.test(next) || MEDIA_NOUN_BEFORE.test(prev))) {
    push(out, { ...base, cls: 'MediaOutlet', form: isAcronym(s) ? 'acronym' : 'name', rule: 'name:media-context', nameable: true });
    return;
  }
  // "the Pentagon press secretary": a body that has a spokesperson.
  if (/\bthe\s+$/i.test(prev) && SPOKESPERSON_AFTER.test(next)) {
    push(out, { ...base, cls: 'Organization', form: isAcronym(s) ? 'acronym' : 'name', rule: 'name:spokesperson-context', nameable: true });
    return;
  }
  if (ctx.dateline && words.length === 1 && /^\p{Lu}+$/u.test(s) && s.length > 3) {
    // "GOMA, Democratic Republic of Congo —": a dateline writes its city in capitals.
    push(out, { ...base, cls: 'City', form: 'name', rule: 'name:dateline', nameable: true });
    return;
  }
  if (words.length === 1) {
    if (isAcronym(s)) {
      // "UAVs", "IEDs": a plural acronym is a common noun.
      if (/^[A-Z]{2,}s$/.test(s)) return;
      push(out, { ...base, cls: 'Organization', form: 'acronym', rule: 'name:acronym', nameable: true });
      return;
    }
    // "The Council today adopted", "the Commission says": a body's head word alone, acting, is that body.
    const bodyHead = lex.heads.get(s);
    if (bodyHead && /\bthe\s+$/i.test(prev) && (SPEAKS_AFTER.test(next) || ACTOR_CAPITAL_AFTER.test(next) || /^\s+(?:today|also|adopted|established|listed|decided|extended)\b/.test(next)) && !lex.stopHeads.has(s)) {
      push(out, { ...base, cls: bodyHead, form: 'name', rule: 'name:head-word', nameable: true });
      return;
    }
    // "Putin said": a lone unknown name that speaks is most often a person known by surname.
    // "the Public Defender's Office said": a possessive's head noun is a body, not a person.
    // "Police said", "Residents said": a collective noun opening a sentence is no surname.
    const collectiveNoun = lex.forceNouns.includes(s.toLowerCase()) || lex.groupKinds.has(s.toLowerCase());
    if (SPEAKS_AFTER.test(next) && !collectiveNoun && !/['’]s$/.test(ctx.text.slice(end, end + 2)) && !/['’]s\s+$/.test(prev)) {
      push(out, { ...base, cls: 'Person', form: 'name', rule: 'name:speaker', nameable: true });
      return;
    }
    // "Sittwe, the capital of Rakhine State": an apposition that makes it a town.
    if (TOWN_APPOSITION_AFTER.test(next)) {
      push(out, { ...base, cls: 'City', form: 'name', rule: 'name:town-apposition', nameable: true });
      return;
    }
    // "a Tamaulipas-based distributor", "the 2008 Mumbai attacks": where things are based or happened is a place.
    if (words[0]!.compound === 'based' || PLACE_EVENT_AFTER.test(next)) {
      push(out, { ...base, cls: 'Place', form: 'name', rule: 'name:place-context', nameable: true });
      return;
    }
    // A lone capitalized word: typed later by another mention of the same name, or by its surroundings.
    const locative = LOCATIVE_BEFORE.test(prev);
    push(out, { ...base, cls: locative ? 'Place' : null, form: 'name', rule: locative ? 'name:locative' : 'name:untyped', nameable: true });
    return;
  }
  if (words.every((w) => lex.genericWords.has(w.text.toLowerCase()) || CONNECTOR.test(w.text) || w.text === 'the')) {
    // "the Movement for Justice", "the Front for Change": a head with "for" after "the" names one body, generic words and all.
    const opening = words.length >= 3 && words[1]!.text === 'for' && /\bthe\s+$/i.test(prev) ? lex.heads.get(words[0]!.text) : undefined;
    if (opening && !lex.stopHeads.has(words[0]!.text)) push(out, { ...base, cls: opening, form: 'name', rule: 'name:head-word', nameable: true });
    return;
  }
  const hasAcronymWord = words.some((w) => isAcronym(w.text));
  // "according to the X Y Z": a source that is cited, not a place one goes to.
  if (LOCATIVE_BEFORE.test(prev) && !/\baccording\s+to\s+(?:the\s+)?$/i.test(prev) && (hasAcronymWord || !words.some((w) => CONNECTOR.test(w.text)))) {
    push(out, { ...base, cls: 'Place', form: 'name', rule: 'name:locative', nameable: true });
    return;
  }
  // "Under Secretary for Terrorism and Financial Intelligence John K. Hurley": a portfolio's words, then a name with an initial.
  const initial = words.findIndex((w, i) => i >= 2 && INITIAL.test(w.text));
  if (initial > 0) {
    const person = words.slice(initial - 1);
    if (looksLikePerson(lex, person) && words.slice(0, initial - 1).every((w) => lex.nonPersonWords.has(foldKey(w.text)) || lex.genericWords.has(w.text.toLowerCase()) || CONNECTOR.test(w.text))) {
      push(out, { start: person[0]!.start, end, sentence: ctx.sentence, cls: 'Person', form: 'name', rule: 'name:titled-person', nameable: true });
      return;
    }
  }
  // "Under Secretary ... for Terrorism and Financial Intelligence Marissa Delgado": after a title's portfolio, the
  // portfolio's words are followed by the holder's name, with no initial to mark where it starts.
  if (PORTFOLIO_BEFORE.test(ctx.text.slice(Math.max(ctx.sentenceStart, start - 120), start))) {
    const first = words.findIndex((w) => !lex.nonPersonWords.has(foldKey(w.text)) && !lex.genericWords.has(w.text.toLowerCase()) && !CONNECTOR.test(w.text));
    const person = first > 0 ? words.slice(first) : [];
    if (person.length >= 2 && person.length <= 3 && looksLikePerson(lex, person)) {
      push(out, { start: person[0]!.start, end, sentence: ctx.sentence, cls: 'Person', form: 'name', rule: 'name:titled-person', nameable: true });
      return;
    }
  }
  // "Rio de Janeiro", "Complexo do Alemão": a Spanish or Portuguese name joined by "de"/"do"/"da" that no opening head
  // word types (bodies' names open with one: "Frente", "Secretaría") names a place.
  if (words.length >= 3 && words.some((w, i) => i > 0 && i < words.length - 1 && /^(?:de|do|da|dos|das|del)$/.test(w.text)) && !looksLikePerson(lex, words)) {
    push(out, { ...base, cls: 'Place', form: 'name', rule: 'name:romance-place', nameable: true });
    return;
  }
  push(out, { ...base, cls: 'Organization', form: 'name', rule: 'name:other', nameable: true });
}

/** Nouns for a group's people or parts before "of": what follows is a group ("members of X", "a splinter of X"). */
const GROUP_OF_BEFORE = /\b(?:members|militants|fighters|operatives|cadres|ranks|recruits|gunmen|insurgents|commanders|leadership|wing|branch|faction|splinter|offshoot|affiliates?|cells?)\s+of\s+(?:the\s+)?$/i;
/** "X as a Foreign Terrorist Organization", "X as a terrorist entity": listed as a body. */
const LISTED_AS_GROUP_AFTER = /^\s+(?:(?:in\s+\d{4}|on\s+\p{Lu}\p{L}+)\s+)?as\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:organi[sz]ations?|entity|entities|group|groups|FTOs?)\b/iu;
const OWNS_UNIT_AFTER = /^['’]s?\s+(?:(?:(?:al|el|ad|as|an|ar|at)[-‐])?\p{Lu}[\p{L}'’-]*\s+){0,4}(?:Brigades?|Battalions?|Front|Wing|Division|Committee|Office)\b|^['’]s\s+(?:armed|military|political|youth|women's|student|media|propaganda|militant)\s+(?:wing|arm)\b/u;
/** A group's lower-case head after a name ("the G7 gang alliance"). */
const GROUP_HEAD_AFTER = /^\s+(?:gangs?|cartels?|militias?|cliques?)\b/;
/** "the Sawarka and Rumaylat tribes": a plural group head two names share. */
const SHARED_GROUP_HEAD = /^\s+and\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(tribes|clans|gangs|cartels|militias|factions|cliques|parties|blocs)\b/u;
/**
 * A group's noun with the name after it, either introduced ("a coalition known as", "a group calling itself") or in
 * apposition after a comma ("its propaganda arm, X"); the comma form needs the name to close there (NAME_CLOSES).
 */
const ORG_NOUN_NAMED_BEFORE = /\b(?:(?:propaganda|media|armed|military|political|militant|youth|student|women's|breakaway|splinter|rival|umbrella|allied|local)\s+)?(group|coalition|alliance|party|movement|gang|militia|cartel|faction|organi[sz]ation|outfit|bloc|network|front|wing|arm|cell|clique|offshoot|affiliate|federation|union|association)(?:\s*,\s+|\s+(?:(?:now|also|later|locally|widely|commonly|simply)\s+)?((?:known|called|named|styled)\s+(?:as\s+)?|calling\s+(?:itself|themselves)\s+))(?:the\s+)?["“]?$/i;
const NAME_CLOSES = /^["”]?\s*(?:[,.;:)]|$)/;
const RENAMED_TO_BEFORE = /\b(?:changed\s+(?:its|their)\s+name\s+to|renamed\s+(?:itself|themselves)(?:\s+as)?|rebranded\s+(?:itself\s+|themselves\s+)?as|re-?formed\s+as|reconstituted\s+(?:itself\s+)?as)\s+(?:the\s+)?["“]?$/i;
const SPANISH_COMPASS = /\s(?:del|de)\s+(?:Sur|Norte|Este|Oeste|Centro)$/;
const LEGAL_SUFFIX = /^(?:Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|PLC|GmbH|S\.A\.|Co\.)$/;
const LEGAL_SUFFIX_AFTER = /^,\s+(?:Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|PLC|GmbH|S\.A\.)(?![\p{L}])/u;
const SENTENCE_ADJECTIVE = /^(?:Neighbou?ring|Nearby|Fellow|Landlocked|Rival|Impoverished|Neutral|Former|Then|Ethnic)$/;
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
const TITLE_QUALIFIER = /^(?:Acting|Interim|Outgoing|Incoming|Caretaker|Former|Then|Senior|Junior|First|Second|Third|Chief|Principal|Executive)$/;
/** A title with a portfolio still open before the piece: "Secretary of the Treasury for Terrorism and ". */
const PORTFOLIO_BEFORE = /\b(?:Secretary|Minister|Commissioner|Director|Envoy|Representative|Coordinator|Adviser|Advisor|Administrator)\b[^.;:"“”]*\b(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*(?:(?:and|&)\s+)?$/u;

/** A region's lower-case head ("Amhara region", "Somali state"). */
const REGION_HEAD_AFTER = /^\s+(?:region|province|state|zone)\b(?!\s+(?:media|television|TV|forces|security|of)\b)/;
/** Words that introduce a person's name, often a first name only ("who gave only his first name, Dawit"). */
const NAME_GIVEN_BEFORE = /\b(?:gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+|last\s+)?name\s*(?:as\s+|,\s*)|(?:identified|named|known)\s+only\s+as\s+|asked\s+to\s+be\s+identified\s+(?:only\s+)?(?:as|by)\s+(?:(?:his|her)\s+(?:first\s+)?name\s*,?\s*)?)["“]?$/i;
/** A group's lower-case head after a name ("the Rasta City network"). */
const GROUP_NOUN_AFTER = /^\s+(?:gangs?|cartels?|militias?|network|faction|clique)\b/;
const LOWER_WORDS_THEN_NAME = /^\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})\s+\p{Lu}/u;

/** Whether a lower-case title, then a capitalized name, follows ("… president Milorad Dodik"). */
function lowerTitleAfter(lex: ActorLexicon, next: string): boolean {
  const m = LOWER_WORDS_THEN_NAME.exec(next);
  if (!m) return false;
  const ws = m[1]!.split(/\s+/);
  for (let n = ws.length; n >= 1; n--) if (lex.titles.has(ws.slice(0, n).join(' ')) && n === ws.length) return true;
  return false;
}

/** A title's "of" or "for" that opens its portfolio, right before the piece. */
const PORTFOLIO_OPEN = /\b(?:of|for)\s+(?:the\s+)?$/;

/** A capitalized word of a title's portfolio ("Police", "Reintegration", "Foreign Affairs"): no part of a name. */
function portfolioWord(lex: ActorLexicon, w: Word): boolean {
  return commonNoun(lex, w) || lex.forceNouns.includes(w.text.toLowerCase());
}

/** A country's air force, navy and marines are bodies of their own; every other military name is its armed forces. */
export function branchOf(words: readonly { text: string }[]): string {
  if (words.some((w) => w.text === 'Air' || w.text === 'air')) return 'air force';
  if (words.some((w) => /^(?:Navy|Naval|navy|naval)$/.test(w.text))) return 'navy';
  if (words.some((w) => /^(?:Marines?|marines?)$/.test(w.text))) return 'marines';
  return 'military';
}

/** "Uganda People's Defence Force", "Israel Defense Forces": the words of a national army's name after its country. */
const MILITARY_WORD = /^(?:Defen[cs]e|Armed|Arab|Army|Forces|Force|Military|Navy|Air|People|Peoples)$/;

/** The country a name opens with, by demonym or name ("Kenyan Defense Forces", "Armenian Defense Ministry"), and its length in words. */
function countryPrefix(lex: ActorLexicon, text: string, words: readonly Word[]): [string, number] | undefined {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const s = surface(text, words.slice(0, n));
    const d = lex.demonyms.get(s);
    if (d) return [d, n];
    const k = lookupName(lex, s);
    if (k?.cls === 'Country' && k.country) return [k.country, n];
  }
  return undefined;
}

function countryAfter(lex: ActorLexicon, next: string): boolean {
  const m = /^,\s+([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?)/u.exec(next);
  if (!m) return false;
  const k = lookupName(lex, m[1]!) ?? lookupName(lex, m[1]!.split(' ')[0]!);
  return k?.cls === 'Country';
}

