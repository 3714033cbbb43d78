// The clause structure of a masked sentence, computed once per view: its main clauses with their subjects and verbs,
// relative clauses with their antecedents, asides with the name they hang on, subordinate clauses and coordinated
// verb phrases, so that the argument readers look the structure up instead of rescanning the sentence.

import type { SentenceView, Slot } from './sentenceView.js';
import { matchesOf } from '../matchesOf.js';

/** A range of a view's masked text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Where a clause may start (the shared reader's own definition): after a barrier, a subordinator, a report verb, ", and". */
export const CLAUSE_START =
  /(?:[;:]|\s[—–]|\b(?:when|after|before|because|as|while|whereas|although|though|but|until|where|whereby|said|says|say|told|added|that|which|who|if|unless)\b|, and\b)/g;

/** One place a clause may start, as `CLAUSE_START` finds it: the words that open it and whether they are a barrier. */
export interface ClauseStart extends Span {
  /** ";", ":" or a dash: no subject is read across it. */
  barrier: boolean;
}

/** A stretch of words between a name and the rest of its clause, or inside a clause, that the clause reads past. */
export interface Aside extends Span {
  /**
   * "alias" a parenthesized short name after a name; "paren" any other parenthesis; "dash" a pair of dashes;
   * "relative" a comma and which/who/whose; "apposition" a comma and a description; "participle" a comma and a
   * past participle ("X, backed by Y,"); "other" a comma and an adverbial or year.
   */
  kind: 'alias' | 'paren' | 'dash' | 'relative' | 'apposition' | 'participle' | 'other';
  /** The slot of the name the aside hangs on, when one stands right before it. */
  host?: number;
  /** Whether a comma (or dash, parenthesis) closes it before its clause goes on; else it runs to the clause's end. */
  closed: boolean;
}

/** A relative clause: its pronoun opens it. */
export interface Relative extends Span {
  pronoun: string;
  /** The slots of the relative clause's subject: its own ("which X arms": X), else the antecedent's ("which arms"). */
  subjectSlots: number[];
  /** The slots of the name or list the pronoun stands for ("X, a faction that": X); [] when none is named. */
  antecedent: number[];
  /** Whether the antecedent is the name a description before the pronoun describes ("X, a group that"). */
  described: boolean;
  /** Where the relative clause's verb group starts, after its own subject when it has one ("which ⟦P⟧ founded"). */
  verb?: number;
}

/** A subordinate clause opened by a conjunction ("when X seized Y", "after the two groups merged"). */
export interface Subordinate extends Span {
  word: string;
}

/** A main clause with its subject's slots and where its verb group starts. */
export interface MainClause extends Span {
  /** The noun phrase the clause opens on (after leading adverbials and a fronted subordinate or participle clause). */
  subject?: Span;
  /** The slots of the subject's names; [] for a pronoun or a description. */
  subjectSlots: number[];
  /** Where the verb group (auxiliaries and adverbs included) starts; undefined when none was found. */
  verb?: number;
  /** A participle clause the sentence opens on, whose subject is this clause's: "Backed by X, the Y seized". */
  participle?: Span;
}

/** A verb phrase coordinated with an earlier one, sharing its subject: "X left Y and founded Z". */
export interface Coordinated {
  /** Where the conjunction stands. */
  at: number;
  /** Where the second verb group starts. */
  verb: number;
  /** The slots of the shared subject: the relative's antecedent inside a relative clause, else the main clause's. */
  subjectSlots: number[];
}

/** The clause structure of one sentence view; every offset is one of `view.masked`. */
export interface ClauseStructure {
  /** Offsets of ";" and of other clause barriers (a lone dash, a colon), in order. */
  barriers: number[];
  /** Where a clause may start, as `CLAUSE_START` finds them. */
  starts: ClauseStart[];
  mains: MainClause[];
  asides: Aside[];
  relatives: Relative[];
  subordinates: Subordinate[];
  coordinated: Coordinated[];
  /** The masked offset of each slot's mark, by slot index. */
  slotAt: number[];
}

// the words of the structure: compiled once
const SLOT = /⟦(\d+)⟧/g;
const NAME = '⟦\\d+⟧(?: \\([^()]{1,40}\\))?';
/** A modifier word of a name: no preposition, conjunction or determiner ("the attack on the ⟦X⟧" is no item). */
const MOD = "(?!(?:of|on|in|at|by|from|with|to|for|into|against|over|under|between|among|near|and|or|but|the|a|an|that|which|who)\\b)[a-z][\\w'-]*";
const ITEM = `(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]nother|[Hh]is|[Hh]er) (?:${MOD} ){0,3})?(?:[A-Z][\\w.'-]* ){0,3}(?:⟦\\d+⟧'s (?:[a-z]+ ){0,2})?${NAME}`;
const SEPARATOR = '(?:,| and|, and|,? as well as|,? along with|,? together with)';
const LIST_AT = new RegExp(`${ITEM}(?:${SEPARATOR} ${ITEM})*`, 'y');
const LIST_END = new RegExp(`(?:${NAME}(?:${SEPARATOR} (?:the )?${NAME})*)$`);
/** A pronoun or definite description that may open a clause. */
const ANAPHOR_AT =
  /(?:It|it|They|they|(?:The|the|Both|both|These|these|Those|those) (?:(?:two|three|four|five|six) )?(?:[a-z-]+ )?(?:groups?|organi[sz]ations?|movements?|militias?|factions?|networks?|compan(?:y|ies)|regimes?|governments?|juntas?|administrations?|coalitions?|alliances?|part(?:y|ies)|rebels|countries|states|brigades?|army|military|council|union|bloc|front))\b/y;
/** A description with no name that opens a clause: "A rival faction", "Several groups". */
const DESCRIPTION_AT = /(?:The|the|A|a|An|an|Several|several|Two|Three|Four|Some|some|Many|many) (?:[a-z][\w'-]* ){0,3}?[a-z][\w-]*s?\b(?= (?:has|have|had|is|are|was|were|[a-z]+ed)\b)/y;
/** Leading adverbials of a clause: "In 2019,", "According to X,", "Meanwhile,", "On Monday". */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const LEADING = new RegExp(
  String.raw`(?:\s|,)*(?:(?:(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Dd]uring|[Ss]ince|[Aa]fter|[Bb]efore|[Ff]ollowing|[Ee]arlier|[Ll]ater|[Ll]ast|[Tt]his|[Aa]ccording to|[Uu]nder|[Dd]espite|[Ff]or|[Ww]ithin|[Oo]ver|[Aa]mid) [^,;]{1,80}?|[Mm]eanwhile|[Hh]owever|[Ii]nstead|[Yy]et|[Ss]till|[Nn]ow|[Tt]hen|[Ii]n addition|[Mm]oreover|[Ss]eparately|[Tt]oday|[Yy]esterday|[Ss]ince then|[Ii]n turn)\s*,\s*|(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Dd]uring) (?:early |late |mid-?)?(?:\d{4}|${MONTH}(?: \d{4})?|${DAY})\s+)*`, 'y');
/** A conjunction that opens a subordinate clause. */
const SUBORDINATOR = /\b([Ww]hen|[Aa]fter|[Bb]efore|[Bb]ecause|[Ww]hile|[Aa]lthough|[Tt]hough|[Uu]ntil|[Ss]ince|[Aa]s|[Ii]f|[Uu]nless|[Ww]hereas|[Oo]nce)\b /g;
/** A participle that opens a sentence: "Founded in 1973 by X, the group ...". */
const PARTICIPLE_OPENING = /^\W*(?:[A-Z][a-z]+ed|Led|Set up|Built|Run|Made|Known|Held|Born|Backed)\b/;
/** Irregular past forms a clause's verb may take. */
const IRREGULAR =
  'led|took|made|went|came|won|lost|held|left|became|began|ran|set|saw|got|gave|kept|met|sent|struck|broke|drove|rose|fell|grew|built|brought|sought|stood|spent|fled|hit|shot|split|swore|wrote|told|said|fought|bought|sold|paid|put|quit|slid|beat|bore|threw|withdrew|overthrew|undertook|oversaw|remains|continues|froze|flew|drew|swept|shook|sank|stole|chose|hid|laid|lent|rode|taught|thought|understood|caught|dealt|dug|found|hung|knew|overran|overtook|rebuilt|upheld|withheld|underwent|forgot|gave|felt|spoke|wore|bound|fed|forbade|sped|spun|stuck|tore|woke|arose|bled|bred|clung|crept|fought|ground|slew|strove|struck|swung';
/** Plural nouns that end in -s and are no verb: "⟦X⟧ forces attacked". */
const PLURAL_NOUN =
  'forces|troops|fighters|units|members|militants|groups|rebels|officials|leaders|commanders|soldiers|militias|factions|movements|parties|countries|states|insurgents|authorities|sources|analysts|residents|elements|operations|ranks|remnants|allies|backers|sanctions|attacks|talks|news|weapons|years|months|weeks|days|as|its|this|is|has|was';
/** The first words of a verb group: an auxiliary, an adverb, a finite or past form. */
const VERB_GROUP = new RegExp(
  `^\\s*(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|shall|should|did|does|do|also|now|still|later|then|once|long|already|reportedly|allegedly|never|not|first|formally|officially|jointly|itself|themselves|subsequently|eventually|soon|again|${IRREGULAR})\\b|(?!(?:${PLURAL_NOUN})\\b)[a-z]+(?:ed|es|s)\\b|[a-z]+ly\\b)`,
);
/** How an aside opens after a name's comma, and the kind it is. */
const OPENER = /^, (?:(which|who|whom|whose|where)|(a|an|the|one of|its|their|his|her|both|two|three|four|five|six|[a-z]+(?:n|ese|ish|i)(?= ))|([a-z]+ed|led|run|set up|known|born|based|built|made|held|once|long|now|formerly|also|aged)|(\d{1,4}\b|according to|officials say|analysts say))(?![\w-])/;
/** What stands before a relative pronoun that is no relative but a report's "that": "said that", "claims that". */
const REPORTING_THAT = /\b(?:said|says|say|told|added|claimed|claims|reported|reports|believes?|believed|announced|denied|warned|argued|noted|insisted|stated|confirmed|alleged|acknowledged|so|such|now|given|fact|likely|clear|sure)\s*$/;
const RELATIVE_WORD = /\b(which|who|whom|whose|that)\b/g;
const COORDINATOR = /(?:,\s*)?\b(?:and|but)(?: (?:then|also|later|subsequently|eventually|soon))?\s+(?=\S)/g;
/**
 * A verb group after "and": an auxiliary or irregular form, or a word in -ed/-s with what a verb takes after it (an
 * object's determiner, a name, a preposition), so that "and armed factions", "oil and gas fields" are no verbs.
 */
const COORDINATED_VERB = new RegExp(
  `^(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|did|does|also|now|still|later|then|${IRREGULAR})\\b|(?!(?:${PLURAL_NOUN})\\b)[a-z]+(?:ed|es|s)\\b(?= (?:the|a|an|its|their|his|her|this|that|these|those|some|several|two|three|⟦|to|in|on|with|by|from|into|at|for|as|up|out|over|against|alongside|control)\\b|[ ,]*⟦))`,
);
const DASH_PAIR = /\s[—–]\s[^—–;]{1,200}?\s[—–](?=\s)|\s--\s[^;]{1,200}?\s--(?=\s)/g;
const PAREN = /\s?\([^()]{0,200}\)/g;
/** A description before a relative pronoun, after a name's comma: "X, a faction that", "X, one of the groups which". */
const DESCRIBED_BEFORE = /(⟦\d+⟧)(?: \([^()]{1,40}\))?, (?:a|an|the|one of (?:the )?|its|their)\b[^,;⟦]{0,80}$/;
const MAX_ASIDE = 240;
/**
 * A name or list said (by a copula or an apposition) to be one of a plural named next: "⟦X⟧ is one of the ", "⟦X⟧,
 * among several ", "⟦X⟧ is one of dozens of local ".
 */
const ONE_OF = `((?:${NAME}(?:,| and|, and) (?:the )?)*${NAME})(?:,| (?:is|are|was|were|remains?|remained|became|has become|have become|has been|have been|had been)(?: (?:also|still|now|long|itself))?) (?:(?:one|some|several|many|two|three|four|each|most) of|among) (?:the )?(?:(?:dozens|scores|hundreds|a number|a handful) of |${MOD} ){0,3}`;
const ONE_OF_BEFORE = new RegExp(`${ONE_OF}$`);
/** The same with the plural as plain words: "⟦X⟧ is one of the groups". */
const ONE_OF_NOUN = new RegExp(`${ONE_OF}[a-z][\\w-]*s$`);
/** A preposition right before a name: the name is its object. */
const GOVERNED = /\b(?:of|in|on|at|by|from|with|to|for|into|against|over|under|between|among|near)\s+(?:the\s+)?$/;
/** The rest of a list after its first name's comma: ", the ⟦1⟧ and the ⟦2⟧". */
const LIST_TAIL = new RegExp(`^, (?:the )?${NAME}(?:, (?:the )?${NAME})*,? (?:and|or) (?:the )?${NAME}`);
const ALIAS_IN = / \([^()]{1,40}\)/g;
const POSSESSOR_IN = /⟦\d+⟧'s (?:[a-z]+ ){0,2}(?=⟦)/g;
/** Head nouns after a name that keep it in the subject: "⟦X⟧ forces attacked". */
const HEAD_AT = /(?: (?:forces|troops|fighters|militants|units|members|soldiers|rebels|government|authorities|army|military|regime|militia|group|movement|party|officials))?/y;

const cache = new WeakMap<SentenceView, ClauseStructure>();

/** The clause structure of a view, computed on first use and kept as long as the view lives. */
export function clausesOf(view: SentenceView): ClauseStructure {
  let s = cache.get(view);
  if (!s) {
    s = structure(view);
    cache.set(view, s);
  }
  return s;
}

/** The main clause that holds masked offset `at`, if any. */
export function mainClauseAt(view: SentenceView, at: number): MainClause | undefined {
  return clausesOf(view).mains.find((m) => m.start <= at && at < m.end);
}

/** The innermost aside that holds masked offset `at`, if any. */
export function asideAt(view: SentenceView, at: number): Aside | undefined {
  let best: Aside | undefined;
  for (const a of clausesOf(view).asides) if (a.start <= at && at < a.end && (!best || a.end - a.start < best.end - best.start)) best = a;
  return best;
}

/** The relative clause whose words hold masked offset `at` (the innermost), if any. */
export function relativeAt(view: SentenceView, at: number): Relative | undefined {
  let best: Relative | undefined;
  for (const r of clausesOf(view).relatives) if (r.start <= at && at < r.end && (!best || r.start > best.start)) best = r;
  return best;
}

const COMMA_ASIDE: ReadonlySet<Aside['kind']> = new Set(['apposition', 'participle', 'other']);

/**
 * The name that the innermost comma aside (an apposition or participle, not a relative) holding masked offset `at`
 * hangs on: what a "which" after "X, a group led by P," stands for.
 */
export function commaAsideHost(view: SentenceView, at: number): Slot | undefined {
  const host = hostOf(clausesOf(view).asides, at);
  return host === undefined ? undefined : view.slots[host];
}

/** The slot the innermost comma aside (no relative) holding `at` hangs on. */
function hostOf(asides: readonly Aside[], at: number): number | undefined {
  let best: Aside | undefined;
  for (const a of asides) {
    if (a.host === undefined || a.start >= at || a.end < at || !COMMA_ASIDE.has(a.kind)) continue;
    if (!best || a.start > best.start) best = a;
  }
  return best?.host;
}

/** Only the words of a verb group between two offsets: auxiliaries, adverbs, "been", "to". */
const VERB_WORDS =
  /^(?:(?:has|have|had|is|are|was|were|been|be|being|will|would|could|can|may|might|must|shall|should|did|does|do|also|now|still|later|then|once|long|already|not|never|first|formally|officially|jointly|soon|again|since|to|[a-z]+ly)\s+){0,4}$/;
/** Words that open a clause inside the main one: a report, a subordinator. */
const INNER_CLAUSE = /\b(?:said|says|say|told|tells|added|claimed|believes?|that|when|after|before|because|while|if|as|since|until|although|though)\b/;

/**
 * The slots of the subject the clause structure gives a verb or predicate at masked offset `at`: the own subject (or
 * antecedent) of the relative clause it opens, the subject a coordinated verb shares, the host of a participle aside
 * it opens ("X, backed by"), or the subject of the main clause whose verb group it is. [] when the structure says
 * nothing: the trigger stands elsewhere in its clause.
 */
export function structureSubject(view: SentenceView, at: number): number[] {
  const s = clausesOf(view);
  const masked = view.masked;
  const opens = (from: number): boolean => from <= at && at - from <= 40 && VERB_WORDS.test(masked.slice(from, at));
  for (const r of s.relatives) {
    if (r.start >= at || at > r.end) continue;
    const own = /^\w+\s+/.exec(masked.slice(r.start))!;
    if (opens(r.verb ?? r.start + own[0].length)) return r.subjectSlots;
  }
  for (const c of s.coordinated) if (opens(c.verb)) return c.subjectSlots;
  for (const a of s.asides) if (a.kind === 'participle' && a.host !== undefined && opens(a.start + 2)) return [a.host];
  for (const m of s.mains) if (m.verb !== undefined && opens(m.verb)) return m.subjectSlots;
  // "Backed by X, the Y ...", "Founded in 2004 by P, the Y ...": an opening past participle is said of the main
  // clause's subject
  for (const m of s.mains) if (m.participle && opens(m.participle.start + /^\W*/.exec(masked.slice(m.participle.start))![0].length)) return m.subjectSlots;
  return [];
}

/** Where the clause that holds `at` starts: after the last barrier (";", ":", a lone dash) before it, else 0. */
export function barrierBefore(view: SentenceView, at: number): number {
  let from = 0;
  for (const b of clausesOf(view).barriers) {
    if (b >= at) break;
    from = b + 1;
  }
  return from;
}

/**
 * The structure of a view: the slot offsets and clause starts at once (every reader wants them), the clauses, asides
 * and relatives on first use (only sentences with a trigger want them).
 */
function structure(view: SentenceView): ClauseStructure {
  const masked = view.masked;
  const slotAt: number[] = [];
  for (const m of matchesOf(SLOT, masked)) slotAt[Number(m[1])] = m.index;
  const starts: ClauseStart[] = [];
  CLAUSE_START.lastIndex = 0;
  for (const m of matchesOf(CLAUSE_START, masked)) {
    starts.push({ start: m.index, end: m.index + m[0].length, barrier: /^[;:]|[—–]/.test(m[0]) });
  }
  let parts: Omit<ClauseStructure, 'starts' | 'slotAt'> | undefined;
  const part = (): Omit<ClauseStructure, 'starts' | 'slotAt'> => (parts ??= clauseParts(view, slotAt));
  return {
    starts,
    slotAt,
    get barriers() {
      return part().barriers;
    },
    get mains() {
      return part().mains;
    },
    get asides() {
      return part().asides;
    },
    get relatives() {
      return part().relatives;
    },
    get subordinates() {
      return part().subordinates;
    },
    get coordinated() {
      return part().coordinated;
    },
  };
}

/** The clauses, asides, relatives, subordinates and coordinated verbs of a view. */
function clauseParts(view: SentenceView, slotAt: number[]): Omit<ClauseStructure, 'starts' | 'slotAt'> {
  const masked = view.masked;
  const asides = parenAndDashAsides(masked, slotAt);
  const inside = (at: number): boolean => asides.some((a) => a.start <= at && at < a.end);
  const barriers: number[] = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i]!;
    if (inside(i)) continue;
    if (c === ';' || (c === ':' && !/\d/.test(masked[i + 1] ?? '')) || ((c === '—' || c === '–') && /\s/.test(masked[i - 1] ?? ''))) barriers.push(i);
  }
  const segments: Span[] = [];
  let from = 0;
  for (const b of [...barriers, masked.length]) {
    segments.push({ start: from, end: b });
    from = b + 1;
  }
  const segmentOf = (at: number): Span => segments.find((g) => g.start <= at && at <= g.end) ?? { start: 0, end: masked.length };
  asides.push(...commaAsides(masked, slotAt, segmentOf));
  asides.sort((a, b) => a.start - b.start || b.end - a.end);
  const relatives = relativesOf(view, asides, segmentOf);
  const subordinates = subordinatesOf(masked, segmentOf);
  const mains = segments.flatMap((g) => mainClauses(view, masked, g, asides, subordinates));
  const coordinated = coordinatedOf(masked, mains, relatives, asides);
  return { barriers, mains, asides, relatives, subordinates, coordinated };
}

/** Parenthesized asides (an alias when short and right after a name) and asides between a pair of dashes. */
function parenAndDashAsides(masked: string, slotAt: number[]): Aside[] {
  const out: Aside[] = [];
  for (const m of matchesOf(PAREN, masked)) {
    const start = m.index + (m[0].startsWith('(') ? 0 : 1);
    const end = m.index + m[0].length;
    const host = hostBefore(masked, slotAt, m.index);
    const alias = host !== undefined && end - start <= 42 && !/[,;]|\b(?:which|who|that|[a-z]+ed)\b/.test(m[0]);
    out.push({ start, end, kind: alias ? 'alias' : 'paren', ...(host !== undefined ? { host } : {}), closed: true });
  }
  for (const m of matchesOf(DASH_PAIR, masked)) {
    const host = hostBefore(masked, slotAt, m.index);
    out.push({ start: m.index + 1, end: m.index + m[0].length, kind: 'dash', ...(host !== undefined ? { host } : {}), closed: true });
  }
  return out;
}

/** The slot whose mark ends right at `at` (through a closing quote), if one does. */
function hostBefore(masked: string, slotAt: number[], at: number): number | undefined {
  const m = /⟦(\d+)⟧["']?$/.exec(masked.slice(Math.max(0, at - 8), at));
  if (!m) return undefined;
  const index = Number(m[1]);
  return slotAt[index] === undefined ? undefined : index;
}

/**
 * Asides that open on a comma after a name and close on the first comma before the clause's verb (a relative aside
 * must hold a verb of its own first: "X, whose founder, Y, was killed, is"), else run to the clause's end.
 */
function commaAsides(masked: string, slotAt: number[], segmentOf: (at: number) => Span): Aside[] {
  const out: Aside[] = [];
  let lastEnd = -1;
  for (let i = masked.indexOf(', '); i >= 0; i = masked.indexOf(', ', i + 1)) {
    // the comma that closes an aside opens no other
    if (i < lastEnd) continue;
    const host = hostBefore(masked, slotAt, i) ?? hostBefore(masked, slotAt, aliasStart(masked, i));
    if (host === undefined) continue;
    const o = OPENER.exec(masked.slice(i));
    if (!o) continue;
    // "that, according to X, emerged": the comma closes the adverbial the name stands in, and the verb is the clause's
    // "three factions, A, B and C, merged": the comma closes the list that describes a plural noun
    const lead = masked.slice(Math.max(0, i - 160), i);
    if (CLOSES_ADVERBIAL.test(lead) || CLOSES_DESCRIBED_LIST.test(lead)) continue;
    const kind: Aside['kind'] = o[1] ? 'relative' : o[2] ? 'apposition' : o[3] ? 'participle' : 'other';
    // "A, the B and the C merged": the next items of a list, no apposition
    if (kind === 'apposition' && LIST_TAIL.test(masked.slice(i))) continue;
    const seg = segmentOf(i);
    let end = seg.end;
    let closed = false;
    for (let c = masked.indexOf(',', i + o[0].length); c >= 0 && c < seg.end && c - i <= MAX_ASIDE; c = masked.indexOf(',', c + 1)) {
      if (!VERB_GROUP.test(masked.slice(c + 1))) continue;
      const body = masked.slice(i + 2, c);
      // the relative's own verb comes first; a bare comma list "A, B and C" is no closing
      if (kind === 'relative' && !hasVerb(body.replace(/^\w+\s*/, ''))) continue;
      // so does the verb of a clause the aside opens ("X, a body created when three factions, A, B and C, merged"
      // closes after "merged"; "X, which ... and whose leader, P, lives in T, joined" after "lives")
      const inner = lastSubordinate(body);
      if (inner !== undefined && !hasVerb(inner)) continue;
      end = c + 1;
      closed = true;
      break;
    }
    if (!closed && masked[end - 1] === '.') end -= 1;
    out.push({ start: i, end, kind, host, closed });
    if (closed) lastEnd = end;
  }
  return out;
}

/** A comma-opened adverbial ending on a name, whose closing comma opens no aside: ", according to the ⟦X⟧". */
const CLOSES_ADVERBIAL = /(?:^|[,;:]\s*|\b(?:that|which|who)\s*,\s*)(?:[Aa]ccording to|[Cc]iting|[Aa]s reported by)\s[^,;]{0,80}⟦\d+⟧(?: \([^()]{1,40}\))?$/;
/** The items of a list that a plural noun and its comma open: "three rival factions, the ⟦A⟧, the ⟦B⟧ and the ⟦C⟧". */
const CLOSES_DESCRIBED_LIST = new RegExp(`\\b[a-z]+s, (?:the )?${NAME}(?:, (?:the )?${NAME})*,? (?:and|or) (?:the )?${NAME}$`);
/** A conjunction inside an aside that opens a clause of its own ("a body created when three factions merged"). */
const ASIDE_SUBORDINATOR = /\b(?:when|while|because|whereas|although|which|who|whose)\s/g;

/** The words after the last clause-opening conjunction of an aside's body, if it holds one. */
function lastSubordinate(body: string): string | undefined {
  let rest: string | undefined;
  for (const m of matchesOf(ASIDE_SUBORDINATOR, body)) rest = body.slice(m.index + m[0].length);
  return rest;
}

/** Where a parenthesized alias that ends right before `at` opens, so "⟦X⟧ (XB), which" hangs on X. */
function aliasStart(masked: string, at: number): number {
  const m = / \([^()]{1,40}\)$/.exec(masked.slice(Math.max(0, at - 44), at));
  return m ? at - m[0].length : at;
}

/** Whether some words hold a finite verb or a participle (a word the verb group may start on, after the first). */
function hasVerb(words: string): boolean {
  for (const m of matchesOf(/(?:^|\s)(?=[a-z])/g, words)) if (VERB_GROUP.test(words.slice(m.index))) return true;
  return false;
}

/** The relative clauses of the sentence and the names their pronouns stand for. */
function relativesOf(view: SentenceView, asides: readonly Aside[], segmentOf: (at: number) => Span): Relative[] {
  const masked = view.masked;
  const out: Relative[] = [];
  for (const m of matchesOf(RELATIVE_WORD, masked)) {
    const pronoun = m[1]!;
    const before = masked.slice(0, m.index);
    if (pronoun === 'that' && (REPORTING_THAT.test(before) || !/(?:⟧|[a-z]) (?:[a-z]+ )?$/.test(before))) continue;
    if (/^[A-Z]/.test(pronoun)) continue;
    const seg = segmentOf(m.index);
    const aside = asides.find((a) => a.kind === 'relative' && a.start + 2 === m.index);
    const end = aside ? (aside.closed ? aside.end - 1 : aside.end) : restrictiveEnd(masked, m.index, seg.end);
    const trimmed = before.replace(/,\s(?:known as|alias|also called|nicknamed|dubbed|better known as)\s[^,;]{1,50},?["']?\s*$/, '').replace(/[\s,]+$/, '');
    const list = LIST_END.exec(trimmed);
    // "X, a group of ⟦M⟧ that", "X, led by ⟦P⟧, which": the object of a preposition is not what the pronoun stands
    // for, but the name the aside hangs on
    // ("a bodyguard of ⟦P⟧ who founded": "who" after a person governed by "of" stands for that person)
    const people = list !== null && pronoun !== 'which' && pronoun !== 'that' && slotsIn(list[0]).every((i) => view.slots[i]?.cls === 'Person');
    const governed = list !== null && !people && GOVERNED.test(trimmed.slice(Math.max(0, list.index - 20), list.index));
    const described = list ? null : DESCRIBED_BEFORE.exec(trimmed);
    // "X is one of ⟦dozens of militias⟧ that fight", "X, one of the ⟦groups⟧ which": X is one of those the clause
    // speaks of, so the clause is said of X too
    const member = list !== null && pronoun !== 'whose' ? ONE_OF_BEFORE.exec(trimmed.slice(0, list.index)) : null;
    const host = governed && !member ? hostOf(asides, m.index) : undefined;
    const memberOfNoun = list || described ? null : ONE_OF_NOUN.exec(trimmed);
    let antecedent = member ? slotsIn(member[1]!) : governed ? (host === undefined ? [] : [host]) : list ? slotsIn(list[0]) : described ? slotsIn(described[1]!) : memberOfNoun ? slotsIn(memberOfNoun[1]!) : [];
    // "which" never stands for a person: after "X, a group led by P," it stands for X
    if (pronoun === 'which' && antecedent.length > 0 && antecedent.every((i) => view.slots[i]?.cls === 'Person')) {
      const outer = hostOf(asides, m.index);
      antecedent = outer === undefined || view.slots[outer]?.cls === 'Person' ? [] : [outer];
    }
    // "who" and "whom" stand for people
    if ((pronoun === 'who' || pronoun === 'whom') && antecedent.some((i) => view.slots[i]?.cls !== 'Person')) antecedent = [];
    // "which X arms": the clause has a subject of its own, the pronoun is its object
    const from = m.index + m[0].length + 1;
    // "whose brother heads": the subject is the possessed noun, no name
    const own = pronoun === 'whose' ? undefined : nounPhraseAt(masked, from);
    const ownVerb = own ? VERB_GROUP.exec(masked.slice(own.end)) : null;
    const subjectSlots = pronoun === 'whose' ? [] : own && ownVerb ? slotsIn(masked.slice(own.start, own.end)) : antecedent;
    const verb = own && ownVerb ? own.end + ownVerb[0].length - ownVerb[0].trimStart().length : undefined;
    out.push({ start: m.index, end, pronoun, subjectSlots, antecedent, described: described !== null, ...(verb !== undefined ? { verb } : {}) });
  }
  return out;
}

/** Where a relative clause without commas ends: at the next comma, barrier or the end. */
function restrictiveEnd(masked: string, at: number, limit: number): number {
  const c = masked.slice(at, limit).search(/,\s/);
  const end = c < 0 ? limit : at + c;
  return masked[end - 1] === '.' ? end - 1 : end;
}

/** The slots of a noun phrase's names, leaving out parenthesized aliases and possessors ("⟦X⟧'s ⟦Y⟧" is Y). */
function slotsIn(text: string): number[] {
  return [...matchesOf(SLOT, text.replace(ALIAS_IN, '').replace(POSSESSOR_IN, ''))].map((m) => Number(m[1]));
}

/** Subordinate clauses: a conjunction, a noun phrase and a verb, to the next comma or the end of the clause. */
function subordinatesOf(masked: string, segmentOf: (at: number) => Span): Subordinate[] {
  const out: Subordinate[] = [];
  for (const m of matchesOf(SUBORDINATOR, masked)) {
    const from = m.index + m[0].length;
    const np = nounPhraseAt(masked, from);
    if (!np || !VERB_GROUP.test(masked.slice(np.end))) continue;
    const seg = segmentOf(m.index);
    out.push({ start: m.index, end: restrictiveEnd(masked, from, seg.end), word: m[1]!.toLowerCase() });
  }
  return out;
}

/** The noun phrase at `i`: a list of names, a pronoun or definite description, or a nameless description. */
function nounPhraseAt(masked: string, i: number): Span | undefined {
  for (const rx of [LIST_AT, ANAPHOR_AT, DESCRIPTION_AT]) {
    rx.lastIndex = i;
    const m = rx.exec(masked);
    if (!m) continue;
    HEAD_AT.lastIndex = i + m[0].length;
    return { start: i, end: i + m[0].length + (rx === LIST_AT ? HEAD_AT.exec(masked)![0].length : 0) };
  }
  return undefined;
}

/** The last items of a list, from the second on: "the ⟦1⟧ and the ⟦2⟧ merged". */
const LIST_GOES_ON = new RegExp(`^(?:the )?${NAME}(?:, (?:the )?${NAME})*,? (?:and|or) (?:the )?${NAME}`);
/** The first items of a list a leading adverbial took in: "In 2014 the ⟦0⟧, ". */
const LEAD_ITEMS = new RegExp(`\\s(?:the )?${NAME}(?:, (?:the )?${NAME})*, $`);

/**
 * The main clauses of a segment: the one it opens on (after leading adverbials, a fronted subordinate clause or
 * participle), and each one a ", and" or ", but" opens on a new subject with its own verb.
 */
function mainClauses(view: SentenceView, masked: string, seg: Span, asides: readonly Aside[], subordinates: readonly Subordinate[]): MainClause[] {
  const out: MainClause[] = [];
  let i = seg.start;
  LEADING.lastIndex = i;
  i += LEADING.exec(masked)?.[0].length ?? 0;
  // "In 2014 the A, the B and the C merged": the lead's last comma separated items of the subject's list
  if (LIST_GOES_ON.test(masked.slice(i))) {
    const items = LEAD_ITEMS.exec(masked.slice(seg.start, i));
    if (items) i = seg.start + items.index + items[0].length - items[0].trimStart().length;
  }
  // a fronted subordinate clause or participle: the main clause opens after its comma
  const participle = PARTICIPLE_OPENING.test(masked.slice(i));
  const fronted = subordinates.find((s) => s.start === i) ?? (participle ? { end: i } : undefined);
  let opening: Span | undefined;
  if (fronted) {
    for (let c = masked.indexOf(', ', fronted.end); c >= 0 && c < seg.end; c = masked.indexOf(', ', c + 2)) {
      const np = nounPhraseAt(masked, c + 2);
      if (np && verbAfter(masked, np.end, asides, seg.end) !== undefined) {
        if (participle && !subordinates.some((s) => s.start === i)) opening = { start: i, end: c };
        i = c + 2;
        break;
      }
    }
  }
  const clause = (start: number, end: number): MainClause => {
    const np = nounPhraseAt(masked, start);
    let verb = np ? verbAfter(masked, np.end, asides, end) : undefined;
    const subjectSlots = np ? slotsIn(masked.slice(np.start, np.end)).filter((s) => view.slots[s] !== undefined) : [];
    // "A, known as X, and B have waged": the aside after the first name runs into the next item of the subject
    const joined = np && verb === undefined && subjectSlots.length > 0 ? joinedAfterAside(masked, np.end, asides, end) : undefined;
    if (joined) {
      subjectSlots.push(...joined.slots.filter((s) => view.slots[s] !== undefined));
      verb = joined.verb;
    }
    return {
      start,
      end,
      ...(np ? { subject: np } : {}),
      subjectSlots,
      ...(verb !== undefined ? { verb } : {}),
    };
  };
  // ", and ⟦X⟧ verb ..." opens a second main clause
  let start = seg.start;
  let subjectAt = i;
  COORDINATOR.lastIndex = 0;
  for (const m of matchesOf(COORDINATOR, masked.slice(0, seg.end))) {
    if (m.index < i || !m[0].startsWith(',') || asides.some((a) => a.start <= m.index && m.index < a.end)) continue;
    const at = m.index + m[0].length;
    const np = nounPhraseAt(masked, at);
    if (!np || verbAfter(masked, np.end, asides, seg.end) === undefined) continue;
    // "A, known as B, and C have waged": with no verb before it, the ", and" joins the subject's names
    const first = clause(subjectAt, m.index);
    if (first.verb === undefined) continue;
    out.push({ ...first, start });
    start = m.index;
    subjectAt = at;
  }
  const last = clause(subjectAt, seg.end);
  out.push({ ...last, start, ...(opening && out.length === 0 ? { participle: opening } : {}) });
  return out;
}

const JOINED_ITEM = /,\s(?:and|as well as|along with)\s/g;

/**
 * The next item of a subject that a comma aside on its first name runs into ("⟦A⟧, known as X, and the ⟦B⟧ have"):
 * that item's slots and where the verb after it starts; undefined when no such item and verb follow.
 */
function joinedAfterAside(masked: string, at: number, asides: readonly Aside[], limit: number): { slots: number[]; verb: number } | undefined {
  const aside = asides.find((a) => a.start >= at && a.start - at <= 45 && !a.closed && (a.kind === 'participle' || a.kind === 'apposition'));
  if (!aside || !/^[\s(⟦\d⟧)A-Za-z]*$/.test(masked.slice(at, aside.start).replace(/\([^()]*\)/g, ''))) return undefined;
  const body = masked.slice(aside.start + 2, Math.min(limit, aside.start + 160));
  for (const m of matchesOf(JOINED_ITEM, body)) {
    const from = aside.start + 2 + m.index + m[0].length;
    const np = nounPhraseAt(masked, from);
    if (!np) continue;
    const slots = slotsIn(masked.slice(np.start, np.end));
    const v = VERB_GROUP.exec(masked.slice(np.end, limit));
    if (slots.length > 0 && v) return { slots, verb: np.end + v[0].length - v[0].trimStart().length };
  }
  return undefined;
}

/** Where the verb group after a subject ending at `at` starts, past its alias and closed asides. */
function verbAfter(masked: string, at: number, asides: readonly Aside[], limit: number): number | undefined {
  let i = at;
  for (;;) {
    const next = asides.find((a) => a.closed && a.start >= i && /^\s*$/.test(masked.slice(i, a.start)));
    if (!next || next.end > limit) break;
    i = next.end;
  }
  const v = VERB_GROUP.exec(masked.slice(i, limit));
  return v ? i + v[0].length - v[0].trimStart().length : undefined;
}

/**
 * Verb phrases coordinated with an earlier one: "and" (or "but") right before a verb group, not before a noun
 * phrase. Inside a relative clause they share its antecedent, else the main clause's subject.
 */
function coordinatedOf(masked: string, mains: readonly MainClause[], relatives: readonly Relative[], asides: readonly Aside[]): Coordinated[] {
  const out: Coordinated[] = [];
  COORDINATOR.lastIndex = 0;
  for (const m of matchesOf(COORDINATOR, masked)) {
    const verb = m.index + m[0].length;
    const relative = relatives.find((r) => r.start < m.index && m.index <= r.end);
    // inside a relative a verb may close the aside: "which X arms and funds, attacked"
    const closing = relative !== undefined && /^[a-z]+(?:ed|es|s),/.test(masked.slice(verb));
    if (nounPhraseAt(masked, verb) || !(COORDINATED_VERB.test(masked.slice(verb)) || closing)) continue;
    const main = mains.find((c) => c.start <= m.index && m.index < c.end);
    // a verb coordinated with the main clause's needs that clause's own verb before it
    if (!relative && (main?.verb === undefined || main.verb > m.index)) continue;
    const inAside = asides.some((a) => a.kind !== 'relative' && a.start <= m.index && m.index < a.end);
    if (inAside && !relative) continue;
    // after a report or a subordinator ("X said the militia raided farms and was"), the verb shares the inner
    // clause's subject, which the main clause does not give
    const inner = !relative && main?.verb !== undefined && INNER_CLAUSE.test(masked.slice(main.verb, m.index));
    const subjectSlots = relative ? relative.subjectSlots : inner ? [] : (main?.subjectSlots ?? []);
    out.push({ at: m.index, verb, subjectSlots });
  }
  return out;
}
