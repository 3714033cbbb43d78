// Roles and the leaderships that titles imply: "the Pentagon press secretary" after a name, "State Department
// spokesperson Matthew Miller", "Deputy Gedo Governor X", "Under Secretary of the Treasury", "the leader of the
// militant group known as the LNA"; an office that heads an organization ("commander of") is a leadership too.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../../paths.js';
import { antecedent, type RelationContext } from './relationContext.js';
import { alsoWithoutAsides, previousOrganization } from './affiliations.js';
import { enumerated } from './enumerated.js';
import { bodyOnlyModifies } from './leadershipClauses.js';
import { personAntecedent } from './personAntecedent.js';
import { referenceAt } from '../entities/references.js';
import { previousSubject } from './clauseSubject.js';
import { relationLexicon } from './relationLexicon.js';
import { alternation, formsOf, loadVerbClass } from './verbClass.js';
import {
  candidate,
  deniedOrHypothetical,
  groupStart,
  isBody,
  isOrganization,
  isPerson,
  pattern,
  type Candidate,
} from './patterns.js';
import { bodyOfHead, codeOf, countryEntity, demonymCode, GENERIC_HEAD, storyOwners } from './roleOwners.js';
import { listOf, type SentenceView, type Slot } from './sentenceView.js';
import { PLACE_CLASSES, type AnnotatedDocument, type Entity, type EntityClass } from '../document.js';
import { matchesOf } from '../matchesOf.js';

/** Where a title belongs: an entity, seen through a slot or found by name. */
interface Owner {
  entity: string;
  cls: EntityClass;
  label?: string;
}

/** The entity a word before a title names: an entity's own name ("U.S."), or a demonym of a country entity. */
function ownerNamed(doc: AnnotatedDocument, words: string): Owner | undefined {
  const names = [words, ...(relationLexicon.countryNames(words) ?? [])];
  for (const e of doc.entities.values()) {
    if (names.some((n) => e.label === n || e.names.includes(n))) return { entity: e.key, cls: e.cls };
  }
  return asOwner(countryEntity(doc, demonymCode(words)));
}

function asOwner(e: Entity | undefined): Owner | undefined {
  return e ? { entity: e.key, cls: e.cls, label: e.label } : undefined;
}

/**
 * The owner a description slot stands for by the salience reading (doc.references), which may differ from the
 * mention stage's guess ("the group's finance chief" after an agency named in an aside); none where it reads none.
 */
function readOwner(doc: AnnotatedDocument, owner: Owner | undefined): Owner | undefined {
  const mention = (owner as Slot | undefined)?.mention;
  if (!owner || !mention || mention.form !== 'description') return owner;
  const ref = referenceAt(doc, mention.start);
  if (!ref || ref.start !== mention.start) return owner;
  if (!ref.entity) return undefined;
  return ref.entity === owner.entity ? owner : asOwner(doc.entities.get(ref.entity));
}

interface PortfolioFile {
  portfolios: string[];
}
/** Remits that make a title a government office ("Home Affairs Adviser"), from lexicons/relations/roleTitles.json. */
const PORTFOLIO = new RegExp(
  `^(?:${(JSON.parse(readFileSync(join(LEXICON_DIR, 'relations', 'roleTitles.json'), 'utf8')) as PortfolioFile).portfolios.join('|')})$`,
  'i',
);
/** A generic body noun right after a place's name: "the director of the ⟦Republika Srpska⟧ police". */
const PLACE_BODY = /^ (police|army|military|armed forces|navy|air force|coast guard|government|cabinet|ministry|department)\b/;

const TITLE = relationLexicon.title;
/** Verbs of leading a body (lexicons/relations/verbs/leadership.json): "leads", "headed", "run by". */
const LEAD = loadVerbClass('leadership');
/** "X leads Y", "X ran Y". */
const LEADS_VERB = alternation(formsOf(LEAD, 'third', 'past'));
/** "X has run Y": participles only a perfect's auxiliary makes active (LEADS admits them after has/have/had). */
const PERFECT_VERB = alternation(formsOf(LEAD, 'participle').filter((w) => !formsOf(LEAD, 'past').includes(w)));
/** "Y, led by X", "Y is run by X". */
const LED_VERB = alternation(formsOf(LEAD, 'participle'));
/** "which he still heads", "which she leads". */
const LEAD_PRESENT = alternation(formsOf(LEAD, 'base', 'third'));
/** What may follow a title: a preposition, punctuation or the end, so "chief" in "chief executive" is no title. */
/** Words after a possessive and before a title: "the group's top commander", never a preposition ("its sanctions on"). */
const POSS = `(?:(?!(?:on|of|in|against|to|for|with|by|from|at|and|or)\\b)[a-z]+ ){0,2}?`;
/** A definite description that stands for a body named before: "the country's", "a spokesman for the group". */
/** The head noun a name may carry outside its mention: "the ⟦Victory⟧ bloc's", "the ⟦Shor⟧ party's". */
const BODY_NOUN = `(?:bloc|party|group|movement|alliance|coalition|fund|foundation|front|council|committee|commission)`;
const PRO_HEAD = `(?:country|nation|group|organi[sz]ation|movement|militia|party|government|regime|junta|army|military|ministry|department|agency|mission|council|alliance|coalition|rebels|faction|network|cartel|gang|company|firm|association|federation|brigade|front|bloc|commission|committee|institute|union)`;
/** Plain words before a title in an apposition: "the army chief", "the main opposition leader". */
const HEAD_WORDS = `(?:(?!(?:of|for|in|on|and|who|said|deputy|vice|acting|interim|assistant|principal|senior|chief)\\b)[A-Za-z-]+ ){1,2}?`;
const AFTER_TITLE = `(?=\\s(?:of|for|at|to|with|in|on|and|who|whom|which|said|says|told|added|last|this|since|after|until|earlier|later|although|though|while|whereas|because|despite|but|when)\\b|[,.;:)"']|$)`;
/**
 * The organization after a title: "of the Treasury", "of the militant group known as the LNA"; or the rest of a
 * ministry's name the title began ("Deputy Minister of Defence and ⟦Armed Forces Logistics⟧ (⟦MODAFL⟧)").
 */
const ORG_AFTER = `(?: (?:of|for|at|to|with|in) (?:(?<pro2>the (?:[a-z-]+ )?${PRO_HEAD})\\b(?!'s|,? (?:known as|called|named|dubbed)\\b)|(?:the )?(?:[A-Z][a-z]+ (?=[a-z]))?(?:[a-z-]+(?:'s)? ){0,3}?(?:known as |called |named )?(?:the )?(?:⟦\\d+⟧(?:'s|-[a-z]+) (?:[a-z-]+ ){0,2}(?=⟦))?(?<o2>{E}))| (?:and|&) (?:the )?(?<o3>{E}))?`;

/** An indefinite article opening the title's phrase: "X, a senior commander of Y" (one of several). */
const INDEFINITE = /^(?:, | (?:is|was|remains|remained|became) |.*? as )an? /;
/** Adjectives of standing before the owner of a title: "a senior ⟦Y⟧ commander", "a top ⟦Y⟧ official". */
const RANK_ADJ = '(?:senior|top|former|local|regional|veteran|prominent|leading|high-ranking|mid-level|key)';
/** A speaker's description of a person as the holder of a title: "⟦X⟧, whom it described as a commander in ⟦Y⟧". */
const DESCRIBED_AS = ', whom (?:it|they|he|she|the [a-z]+|[a-z]+s|⟦\\d+⟧) (?:has |had )?(?:described|describes|describe|identified|identifies|identify|named|called|call) as (?=(?:the|an?|its|their) )';
/** An office held over time, told by a relative: "X, who has served as the", "X is a businessman who has served as the". */
const SERVED_AS = `(?:,? who| (?:is|was) (?:a|an) [^,;.⟦"]{1,60}? who) (?:has |had )?(?:(?:long|also) )?(?:serves|served|acts|acted) as (?=(?:the|an?|its|their) |⟦)`;
/** "Maj. Gen. Pat Ryder, the Pentagon press secretary"; "Brian E. Nelson, Under Secretary of the Treasury for ...". */
const POSTMODIFIER = pattern(
  `(?<p>{E})(?:{SEP}(?:(?:now|currently|also) )?|${DESCRIBED_AS}|, who (?:is|was) (?:(?:also|now|currently) )?|${SERVED_AS}| (?:is|was|remains|remained|became|serves as|served as|acts as|acted as) (?:(?:also|now|currently|still) )?(?=(?:the|an?|its|their) |⟦))(?:(?<its>[Ii]ts|[Tt]heir) |{DET})?(?<former>(?:former|then|ex-) ?)?(?:(?:${RANK_ADJ} )?(?:(?:⟦\\d+⟧|[A-Z][\\w]*)-[a-z]+ )?(?<o1>{E})(?: \\(⟦\\d+⟧\\))?(?: ${BODY_NOUN})?(?:'s? ${POSS}| (?:(?!(?:of|for|in|on|and|who|said)\\b)[a-z-]+ ){0,2}?)|(?<pro>the ${PRO_HEAD})'s ${POSS}|(?<dem>[A-Z][a-z]+) |${HEAD_WORDS})??(?<t>${TITLE})${AFTER_TITLE}${ORG_AFTER}`,
);
/** A description of the person before the name: "its chairman, the Nigerien businessman X", "the Malian militant X". */
const DESCRIBED_NAME = `(?:(?:the|a|an) (?:(?:[A-Z][a-z]+|(?!(?:said|says|told|who|which|whose|and|or|but|was|is|has|had)\\b)[a-z-]+) ){1,4}?|[A-Z][a-z]+ (?:[a-z-]+ ){1,2}?(?=⟦))`;
/** "Kim Jong-un issued an order of the supreme commander of the Korean People's Army". */
const ORDER_AS = pattern(
  `(?<p>{E}) (?:issued|signed|gave) (?:an? )?(?:order|decree|directive|command)s? (?:of|as) (?:the )?(?<t>${TITLE}) of (?:the )?(?<o2>{E})`,
);
/**
 * A title with a remit between it and the name: "the EU's special envoy for the Belgrade-Pristina dialogue, X";
 * "The United States, whose special envoy for the Horn of Africa, X,"; "led by its High Representative for ..., X".
 */
const REMIT_TITLE = pattern(
  `(?:(?<o>{E})'s?|\\b(?<its>[Ii]ts|[Tt]heir)|(?<pro>\\b[Tt]he ${PRO_HEAD})'s|(?<wo>{E}), whose) ${POSS}(?<t>${TITLE})(?: (?:for|on|to|(?<in>in)) [^,;"]{1,50}?)?, (?:(?:former|then|now) )?(?:${DESCRIBED_NAME})?(?<p>{E})`,
);
/** "X was appointed head of Y", "X, who was named the Y's new commander", "X took over as leader of Y". */
const APPOINTED = pattern(
  `(?<p>{E})(?:,? who)? (?:(?:was|has been|had been|is|were) (?:(?:recently|later|formally|also|then) )?(?<v>appointed|named|elected|re-elected|sworn in|installed|chosen|promoted)|(?<v2>took over|took charge|took office|succeeded {E}))(?: as)? (?:the )?(?:(?<o1>{E})'s )?(?:(?:new|first|interim|next) )?(?<t>${TITLE})${AFTER_TITLE}${ORG_AFTER}`,
);
/** "The Y appointed X as its new leader"; "Parliament elected X president". */
const APPOINTS = pattern(
  `(?<o>{E}) (?:has |had |on \\w+ )?(?<v>appointed|named|elected|re-elected|installed|chose|promoted) (?<p>{E})(?: as)? (?:(?<its>its|their)|the)? ?(?:(?:new|first|interim|next) )?(?<t>${TITLE})${AFTER_TITLE}${ORG_AFTER}`,
);
interface TitlesFile {
  titles: { kind: string; forms: string[] }[];
}
/** Military and police ranks spelled out or abbreviated, from lexicons/titles.json ("Rear Admiral", "Lt. Col."). */
const RANK_FORMS = (JSON.parse(readFileSync(join(LEXICON_DIR, 'titles.json'), 'utf8')) as TitlesFile).titles
  .filter((t) => t.kind === 'rank')
  .flatMap((t) => t.forms)
  .filter((f) => /^[A-Z]/.test(f))
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const RANK_WORD = `(?:${RANK_FORMS.join('|')}|[A-Z][a-z]{0,4}\\.)`;
/** "The Free Army, whose leader X fled": the title and its owner without a comma before the name. */
const WHOSE_TITLE = pattern(`(?<wo>{E}), whose (?<t>${TITLE}) (?:${RANK_WORD} )*(?<p>{E})`);
/** The end of a title before a name, past a military rank ("army spokesman Lt. Col. X", "Rear Admiral X"). */
const RANK = `,?(?:\\s+${RANK_WORD})*\\s*$`;
/** A title just before a name: "State Department spokesperson ", "Deputy ⟦Gedo⟧ Governor ", "Hamas's leader, ". */
const PREMODIFIER = pattern(
  `(?:\\(?(?<o>{E})\\)?(?:'s? (?:(?!(?:on|of|in|against|to|for|with|by|from|at|and|or)\\b)[a-z]+ ){0,2}?| )|(?<its>[Ii]ts|[Tt]heir) (?:(?!(?:on|of|in|against|to|for|with|by|from|at|and|or)\\b)[a-z]+ ){0,2}?|(?<q>(?:[Dd]eputy|[Vv]ice|[Aa]cting|[Aa]ssistant)) (?<oq>{E}) |(?!(?:Deputy|Vice|Acting|Assistant|Chief|Senior|Interim|Principal|Former|Then)\\b)(?<dem>[A-Z][a-z]+) )?(?<t>${TITLE})${RANK}`,
  'd',
);
/** The same without a country adjective, for when the capitalized word before a title is part of it ("Prime"). */
const PREMODIFIER_PLAIN = pattern(
  `(?:\\(?(?<o>{E})\\)?(?:'s? (?:(?!(?:on|of|in|against|to|for|with|by|from|at|and|or)\\b)[a-z]+ ){0,2}?| )|(?<its>[Ii]ts|[Tt]heir) (?:(?!(?:on|of|in|against|to|for|with|by|from|at|and|or)\\b)[a-z]+ ){0,2}?|(?<q>(?:[Dd]eputy|[Vv]ice|[Aa]cting|[Aa]ssistant)) (?<oq>{E}) )?(?<t>${TITLE})${RANK}`,
  'd',
);
/** A capitalized name or remit of a few words: "Terrorism and Financial Intelligence". */
const CAPS = `[A-Z][\\w&]*(?: (?:and |of |for |the )?[A-Z][\\w&]*){0,5}`;
/** A title with its organization before the name: "Deputy Secretary of the Treasury Wally Adeyemo", "Under Secretary
 * of the Treasury for Terrorism and Financial Intelligence X". */
const PREMODIFIER_OF = pattern(
  `(?<t>${TITLE}) (?:of|for) (?:the )?(?:(?<o>{E})(?: (?:for|on) ${CAPS})?|${CAPS})${RANK}`,
  'd',
);
/** How far before a name a title may start: "Acting Under Secretary of the Treasury for Terrorism and Financial ...". */
const PROBE = 130;
const LEADING_TITLE = new RegExp(`^((?:[A-Z][\\w.'-]*\\s+){0,2}?)(${TITLE})\\s+(?=[A-Z])`);
/** Titles that speak for the organization the sentence is about, when the text names none beside them. */
const SPEAKS_FOR = /(?:^|\s)(?:spokesperson|press secretary)$/;
/** Offices of a place: the place named before them is their owner ("fighting in Kharkiv, governor X said"). */
const PLACE_OFFICE = /(?:^|\s)(?:governor|mayor)$/;
/** Offices with a remit ("special envoy for the Horn of Africa", "ambassador to Ukraine"). */
const REMIT_OFFICE = /(?:envoy|representative|coordinator|ambassador)$/;

/** Words between "led by" and the name: "former police officer", "Gen.", "its", a rank. */
const BY_WORDS = `(?:(?:a|an) (?:[A-Za-z-]+ ){0,2}?[A-Za-z-]+, )?(?:its |their )?(?:(?:[a-z-]+|${RANK_WORD}|[A-Z][a-z]+(?:an|ian|ese|ish|i)) ){0,3}?`;
/** Adverbials between a passive participle and its agent: "led for decades by", "headed since 2016 by". */
const BY_ADV = `(?: (?:for|since|until|from|in|during) [^,;⟦]{1,25}?| (?:jointly|briefly|effectively|nominally))?`;
/** A hedged copula the gold keeps as the fact it reports: "is believed to be commanded by". */
const HEDGED = `(?:is|was|are|were) (?:believed|thought|said|reported|understood) to (?:be|have been) `;
/** A body that qualifies the title before the name ("run by ⟦CJNG⟧ operative X"); not "led by X in ⟦Y⟧". */
const BY_QUALIFIER = `(?:⟦\\d+⟧ (?!(?:in|of|and|on|at|for|from|to|with|since|until|or|as|after|before)\\b)[a-z][a-z-]* (?=⟦))?`;
/** A title with a remit before the name: "its High Representative for the Horn of Africa, former Nigerian President". */
const BY_TITLE = `(?:(?<t>${TITLE})(?: (?:for|on) [^,;"]{1,50}?,)? )?(?:(?:former|then) )?(?:(?:[A-Z][a-z]+ )?${TITLE} )?(?:${RANK_WORD} )*`;

/** "X, who leads Y"; "X heads Y"; "X, a senior ⟦Y⟧ figure who commands the cartel's armed wing, known as Z". */
const LEADS = pattern(
  `(?<p>{E})(?:, who|, (?:a|an|the) [^,;]{0,50}? who)? (?:(?:now|currently|also|has|have|had) )?(?:(?:long|also) )?(?<v>${LEADS_VERB}|${PERFECT_VERB}) (?:(?<pro>it|the ${PRO_HEAD})(?= since| for| until|[,.;])|(?:the )?(?:(?:{E}|the [a-z]+)'s )?(?:(?!(?:on|of|in|against|to|for|with|by|from|at|and|or|fight|war|campaign|offensive|attack|assault|effort|push|charge|way|team|delegation|talks)\\b)[a-z-]+ )?(?:(?<kn>(?:[a-z-]+ ){1,3}?(?:[a-z-]+),? (?:known as|called|named)) (?:the )?)?(?<o2>{E})(?!'s?\\s))`,
);
/** "The Red Hand split in 2019 and is now led by X": the sentence's subject, past a first predicate. */
const SUBJECT_LED = pattern(
  `^\\W*(?:(?:[Tt]he )?(?<o2>{E})|(?<pro>It)(?= (?:is|was|has|had)\\b)|(?<d>[Tt]he (?:[a-z-]+ )?${PRO_HEAD}))(?: \\([^)]*\\))?,? [^.;]{0,150}? (?:and|but) (?:is|was|has been|had been|remains|remained) (?:(?:now|currently|still|since \\w+) )?(?<v>${LED_VERB})${BY_ADV} by ${BY_WORDS}${BY_TITLE}(?<p>{E})(?!-[a-z]|'s?\\s)`,
);
/** "the LNA, led by Khalifa Haftar"; "Y is headed by X"; "Y, a gang based in Z and led by X"; "Y, a distributor run by X". */
const LED_BY = pattern(
  `(?<o2>{E})(?<rule>'s (?:junta|regime|military government|ruling council))?(?:{SEP}(?:(?:which|that|who) (?:is|was|are|were|has been|had been) )?|(?<desc>, (?:a|an|the) [^.;]{0,60}? (?:and )?)| (?:is|was|are|were|has been|being|remains|remained) | ${HEDGED})(?:(?:now|currently|also|still) )?(?<v>${LED_VERB})${BY_ADV} by ${BY_WORDS}${BY_QUALIFIER}${BY_TITLE}(?<p>{E})(?!-[a-z]|'s?\\s)`,
);

/** "the bloc, which he continues to lead from Russia"; "the Front, which Y launched in 2019 and which she still heads". */
const RELATIVE_LEADS = pattern(
  `(?<o2>{E})(?<noun> ${BODY_NOUN})?,? which (?:[^.;]{0,80}? and which )?(?:(?<p>{E})|(?<he>he|she)) (?:(?:still|now|also|currently) )?(?:(?:continues|continued|has continued) to )?(?<v>${LEAD_PRESENT})\\b(?: as (?:its|their) "?(?<t>${TITLE})\\b)?`,
);
/**
 * A title in a second predicate of the person's clause: "P founded the company in 2019 and remains its managing
 * director"; "P, who co-founded the group and now serves as its chief spokesman".
 */
const COORDINATED_TITLE = pattern(
  `(?<p>{E})(?:, who|, (?:a|an|the) [^,;⟦]{0,50}? who)? (?<mid>[a-z][^.;:"]{0,120}?) (?:and|but) (?:who )?(?:(?:now|still|also|currently|later) )?(?:remains|remained|is|was|serves as|served as|has served as|became|has become|acts as) (?:(?<its>its|their)|(?:the )?(?<o>{E})'s?|the (?<pro>${PRO_HEAD})'s) (?:(?:new|first|current|de facto|longtime|chief|top|senior|ideological|spiritual|military|political|nominal|undisputed|self-styled) )?(?<t>${TITLE})${AFTER_TITLE}`,
);
/** "X, a businessman who also serves on the board of the Y Fund": a board member of Y. */
const SERVES_ON_BOARD = pattern(
  `(?<p>{E})(?:, (?:a|an|the) [^,;.]{0,50}?)?,? who (?:(?:also|now|still) )?(?<v>serves|served|sits|sat|is|was) on (?:the|its) (?:[a-z]+ )?board(?: of directors)? of (?:the )?(?<o2>{E})`,
);
/** "the LNA, under the command of Gen. X"; "forces under the leadership of X". */
const UNDER_COMMAND = pattern(
  `(?<o2>{E}),? (?:(?:is|was|are|were|remains|operates|operating|fighting|fight|serves|serving) )?under the (?<v>command|leadership) of ${BY_WORDS}${BY_TITLE}(?<p>{E})(?!-[a-z]|'s?\\s)`,
);
/** The words by which a body may lead another, for sentences that name no person. */
const BODY_LED = new RegExp(`\\b(?:${LED_VERB}) by\\b|\\bunder the (?:command|leadership) of\\b`);
/** "The paramilitary group, led by Gen. X"; "The army is commanded by Y": a description of an organization named before. */
const DESCRIBED_LED_BY = pattern(
  `\\b(?<d>[Tt]he (?:[a-z-]+ ){0,2}?(?:group|army|military|armed forces|militia|movement|organi[sz]ation|faction|alliance|coalition|gang|federation|panel|mission|delegation|force|junta|regime|government|party|council)|\\b[Ii]t(?= (?:is|was|has been)))(?:, | (?:is|was|are|were|has been|remains|remained) | ${HEDGED})(?:(?:now|currently|also|still) )?(?<v>${LED_VERB})${BY_ADV} by ${BY_WORDS}${BY_TITLE}(?<p>{E})(?!-[a-z]|'s?\\s)`,
);

/** "the Chadian-led mission", "the ⟦US⟧-led coalition": a country or body leads it. */
const LED_COMPOUND = pattern(`(?:(?<p>{E})|\\b(?<dem>[A-Z][a-z]+))-led {DESC}(?:{E} )?(?<o2>{L})`);
/** "detaining one of its leaders, X"; "Hamas's top commanders, A and B". */
/** A verb of acting on others before "its leaders": its subject is not the leaders' organization. */
const ACTED_ON = /\b(?:impos(?:ed|es|ing)|sanction(?:ed|s|ing)|designat(?:ed|es|ing)|blacklist(?:ed|s|ing)|list(?:ed|s|ing)|target(?:ed|s|ing)|arrest(?:ed|s|ing)|kill(?:ed|s|ing)|captur(?:ed|es|ing)|charg(?:ed|es|ing)|indict(?:ed|s|ing)|extradit(?:ed|es|ing))\b[^.;]*$/;
const ONE_OF_LEADERS = pattern(
  `(?:(?<its>[Ii]ts|[Tt]heir)|(?<pro>the ${PRO_HEAD})'s|(?<o2>{E})(?:'s?)?) (?:(?:top|senior|military|political|key) )?(?<t>leaders|commanders|chiefs),? (?<p>{L})(?<rest>, (?:also known as|alias|a\\.k\\.a\\.)\\b[^;.]*?(?=,? as\\b|[;.]|$))?`,
);
/** A hostile verb between a body and "its": the "its" is the target's. */
const HOSTILE_BEFORE = /^ (?:[a-z]+ )?(?:killed|assassinated|targeted|arrested|captured|detained|struck|eliminated|attacked|abducted)\s*$/;
/** A possessive the title follows, whose owner no slot stands for ("the government's acting foreign minister"). */
const OWNED_BEFORE = /[\w-]'s? (?:(?:top|senior|new|chief|military|political) )?$/;
/** A demonym opening the noun phrase that ends in a title: "Ukrainian air force spokesman", "Chinese embassy spokesman". */
const NP_DEMONYM = /\b([A-Z][a-z]+)(?: [a-z-]+){0,3} $/;
/** A person's own government after the name: "President ⟦Bashar al-Assad⟧'s ⟦regime⟧". */
const OWN_GOVERNMENT = /^'s? ⟦(\d+)⟧/;

// Cheap keyword tests: a sentence runs a pattern only when the words it cannot match without are there, since most
// sentences hold none of them and an unanchored pattern over every position is what costs.
/** Every title of office in a sentence, found in one pass. */
const TITLES = new RegExp(TITLE, 'g');
const HAS_LED_COMPOUND = /-led\b/;
const HAS_APPOINT = /\b(?:appointed|named|elected|re-elected|sworn in|installed|chosen|chose|promoted|took (?:over|charge|office)|succeeded)\b/;
const HAS_ORDER = /\b(?:order|decree|directive|command)s? (?:of|as)\b/;
const HAS_WHOSE = /, whose\b/;
const HAS_LEADERS = /\b(?:leaders|commanders|chiefs)\b/;
const HAS_LEADS = new RegExp(`\\b(?:${LEADS_VERB})\\b`);
const HAS_LED_BY = new RegExp(`\\b(?:${LED_VERB})(?: [^ .;⟦]+){0,3} by\\b`);
const HAS_RELATIVE_LEAD = new RegExp(`\\bwhich\\b[^.;]*\\b(?:${alternation(formsOf(LEAD, 'base'))})`);
const HAS_BOARD = /\bboard\b/;
const HAS_COORDINATED = /\b(?:and|but) (?:who )?(?:(?:now|still|also|currently|later) )?(?:remains|remained|is|was|serves as|served as|has served as|became|has become|acts as) (?:its|their|the|⟦)/;
const HAS_POSSESSIVE = /⟧'s? ⟦|⟧'s? [a-z]+ ⟦|⟧ of |⟧, whose ⟦/;
const HAS_UNDER_COMMAND = /\bunder the (?:command|leadership) of\b/;
/** Offices that head a country's armed forces, whose holder leads its military when the text names the country. */
const MILITARY_HEAD = /^chief of defen[cs]e (?:forces|staff)$/;
/**
 * "Armenian Deputy Prime Minister A and his Azerbaijani counterpart B": B holds the same office as the one named before,
 * in the country of the demonym.
 */
const COUNTERPART = pattern(`\\b(?:his|her|their) (?<dem>[A-Z][a-z]+) counterparts?,? (?:${RANK_WORD} )*(?<p>{E})`);
/** A person's own body before or after the person's name: "President ⟦Y⟧'s ⟦X⟧", "the ⟦X⟧ of Parliament Speaker ⟦Y⟧". */
const OWN_BODY = pattern(`(?<p>{E})'s? (?:(?:ruling|own|new|armed|political) )?(?<o>{E})(?!'s?\\s|-[a-z])|(?<o2>{E}) of (?:(?:[A-Z][\\w-]* ){0,2}?(?:${TITLE}) )?(?:${RANK_WORD} )*(?<p2>{E})(?!'s?\\s|-[a-z])|(?<p3>{E}), whose (?<o3>{E})(?!'s?\\s|-[a-z])`);
/** Bodies a person's possessive names as the person's own: parties, movements, armed groups; no state, army or firm. */
const OWNED_CLASSES: ReadonlySet<EntityClass> = new Set(['Organization', 'ArmedGroup']);

/** Ranks, and nothing else, between a title and the name after it. */
const RANKS_ONLY = new RegExp(`^${RANK}`);

/**
 * The owner a description found, when its name holds the description's head noun ("The military" → "Myanmar
 * military"): a description opening a sentence may point past the bodies named last, so a mere class match is not
 * enough.
 */
function namedAs(owner: Owner | undefined, words: string): Owner | undefined {
  const head = /(\w+)$/.exec(words)?.[1]?.toLowerCase();
  return owner && head && owner.label?.toLowerCase().includes(head) ? owner : undefined;
}

/**
 * Words that narrow a head's office to a part of the body: "Amnesty's regional director", "a TBZ field commander", "its
 * Middle East director", "the party's youth leader" head a branch, a region or a unit, not the body they are named with.
 */
const SCOPED =
  /\b(?:regional|country|area|field|local|provincial|district|zonal|sector|state|municipal|program(?:me)?|communications|media|press|youth|women's|student|community|tribal|Africa|Asia|Europe|Americas|Middle East|Latin America|Pacific|Sahel|Gulf|[A-Z][a-z]+ (?:East|Africa|Asia|America)) $/;
/** Nouns for a part of a body whose head a title may name ("brigade commander", "the unit's chief"); no "bureau", whose chief may lead the whole movement. */
const PART_OF_BODY = '(?:units?|wings?|branch(?:es)?|cells?|delegations?|departments?|divisions?|brigades?|battalions?|regiments?|sections?|teams?|directorates?|squads?|detachments?|office)';
/** A part noun right before a title: "⟦Y⟧'s intelligence unit chief". */
const PART_BEFORE = new RegExp(`\\b${PART_OF_BODY} $`);
/** A part noun after the owner that closes a title's phrase: "of the ⟦Y⟧'s 5th brigade", "of a ⟦Y⟧ unit". */
const PART_AFTER = new RegExp(
  `^(?:'s? (?:[\\w-]+ ){0,3}?| (?:(?!(?:that|which|who|whom|whose|and|or|but|to|in|on|at|as|after|before|when|while|if|said|says)\\b)[a-z-]+ )?)${PART_OF_BODY}\\b`,
  // a named part is capitalized: "head of the ⟦PSNI⟧'s Terrorism Investigation Unit"
  'i',
);
/** Bodies a president heads as their leader: no state, government or international body, whose president holds a role. */
const NON_STATE_BODY: ReadonlySet<EntityClass> = new Set(['Organization', 'ArmedGroup', 'Company', 'MediaOutlet']);
/** A body named as a state or its administration ("the Sahrawi Republic"), whose president holds a role. */
const STATE_NAME = /\b(?:republic|state|kingdom|emirate|caliphate|authority|government|administration|federation of)\b/i;
/** Offices that head some bodies only: an army's chief of staff, a committee's secretary. */
function headsToo(title: string, body: Owner | undefined, name: string | undefined): boolean {
  if (!body) return false;
  // "the association's president", "president of the party": a national office elsewhere, the head of a body that is no state
  if (title === 'president' || title === 'chairman') return NON_STATE_BODY.has(body.cls) && !STATE_NAME.test(name ?? '');
  if (/^chief of (?:general )?staff$/.test(title)) return body.cls === 'MilitaryForce';
  return title === 'secretary' && name !== undefined && /\b(?:committee|politburo|bureau)\b/i.test(name);
}

function slotOf(view: SentenceView, text: string | undefined): Slot | undefined {
  const m = text === undefined ? null : /⟦(\d+)⟧/.exec(text);
  return m ? view.slots[Number(m[1])] : undefined;
}

/** Offsets of the masked text that lie inside double quotes: a name quoted there is not what the sentence is about. */
function quoted(masked: string): (at: number) => boolean {
  const marks: number[] = [];
  for (let i = masked.indexOf('"'); i >= 0; i = masked.indexOf('"', i + 1)) marks.push(i);
  return (at) => marks.filter((m) => m < at).length % 2 === 1;
}

/** The slots before `at` that stand outside quotes, nearest first. */
function slotsBefore(view: SentenceView, at: number): Slot[] {
  const inQuote = quoted(view.masked);
  return view.slots
    .map((s) => ({ s, pos: view.masked.indexOf(`⟦${s.index}⟧`) }))
    .filter(({ pos }) => pos < at && !inQuote(pos))
    .sort((a, b) => b.pos - a.pos)
    .map(({ s }) => s);
}

/** The first organization or country named before `at` (outside quotes), for titles that speak for it. */
function subjectBefore(view: SentenceView, at: number, person: Slot): Slot | undefined {
  return slotsBefore(view, at)
    .reverse()
    .find((s) => s !== person && isBody(s));
}

/**
 * The country nearest before a title in its sentence, named or as a demonym ("entry bans on 11 Georgian officials,
 * including Interior Minister X"; "the Kremlin's spokesman said President X"), outside quotes.
 */
/** The words after a name that describe it: "⟦Los Cuervos⟧, a faction of ...", "⟦X⟧ (XC), a jihadist group". */
const DESCRIBED_AFTER = /^(?: \([^()]{1,40}\))?, (?:a|an|the) (?:[\w-]+ ){0,3}?([a-z]+)\b/;

/**
 * The body a description before a title stands for when the text called a body by that noun before ("⟦Los Cuervos⟧,
 * a faction of ⟦Tren del Sur⟧ ... the faction's treasurer"): the latest one, else none (the resolver decides).
 */
function calledSo(doc: AnnotatedDocument, end: number, words: string): string | undefined {
  const noun = /([a-z]+)$/.exec(words.toLowerCase())?.[1];
  if (!noun || /^(?:group|government|country|nation|army|military)$/.test(noun)) return undefined;
  let found: string | undefined;
  for (const m of doc.mentions) {
    if (m.start >= end || m.entity === undefined) continue;
    const d = DESCRIBED_AFTER.exec(doc.text.slice(m.end, m.end + 80));
    const e = doc.entities.get(m.entity);
    if (d && d[1] === noun && e && isOrganization(e)) found = e.key;
  }
  return found;
}

/** How far before a national title (in masked characters) a country still reads as the office's owner. */
const NEAR_COUNTRY = 40;

function countryBefore(view: SentenceView, doc: AnnotatedDocument, at: number, within?: number): Entity | undefined {
  const inQuote = quoted(view.masked);
  let best: Entity | undefined;
  let bestAt = -1;
  for (const s of slotsBefore(view, at)) {
    const e = doc.entities.get(s.entity);
    if (!e || e.cls === 'Person') continue;
    const country = e.cls === 'Country' ? e : countryEntity(doc, codeOf(e));
    if (country) {
      best = country;
      bestAt = view.masked.indexOf(`⟦${s.index}⟧`);
      break;
    }
  }
  for (const d of matchesOf(/\b[A-Z][a-z]+\b/g, view.masked.slice(0, at))) {
    if ((d.index ?? 0) <= bestAt || inQuote(d.index ?? 0)) continue;
    const country = countryEntity(doc, demonymCode(d[0]));
    if (country) {
      best = country;
      bestAt = d.index ?? 0;
    }
  }
  return within !== undefined && bestAt >= 0 && at - bestAt > within ? undefined : best;
}

/** A designator's or sanctioner's verb between a body and "its": "designated the network and named its leader". */
const DESIGNATOR_BEFORE = /^⟦\d+⟧ (?:(?:has|have|had|also|on \w+) )*(?:designat|sanction|blacklist|list)(?:ed|es|ing|s)?\b[^⟦.;]*$/;

/** The organization "its" before `at` stands for: the nearest body that is not a possessor ("⟦Iran⟧'s programme"). */
function itsOwner(ctx: RelationContext, view: SentenceView, at: number): Owner | undefined {
  // "Its general manager, X" opening a sentence: the subject of the sentence before, not the last body it named
  // ("A has shipped parts to B. Its general manager ..." is A's)
  const subject = /^\W*$/.test(view.masked.slice(0, at)) ? previousOrganization(ctx, view) : undefined;
  if (subject) return asOwner(ctx.doc.entities.get(subject));
  const own = slotsBefore(view, at).find((s) => {
    const end = view.masked.indexOf(`⟦${s.index}⟧`) + `⟦${s.index}⟧`.length;
    // "⟦Israel⟧ killed its longtime leader": the one a hostile act strikes is another body's
    return isBody(s) && !view.masked.startsWith("'", end) && !HOSTILE_BEFORE.test(view.masked.slice(end, at));
  });
  // "the Bureau designated the network and named its leader, X": "its" is the body acted on, which no name stands for
  if (own && DESIGNATOR_BEFORE.test(view.masked.slice(view.masked.indexOf(`⟦${own.index}⟧`), at))) return undefined;
  if (own) return own;
  const key = antecedent(ctx, view, at, isBody);
  const e = key ? ctx.doc.entities.get(key) : undefined;
  return asOwner(e);
}

/** Every role and leadership of a sentence; leaderships are read also across the asides between the two sides. */
export function extractRoles(view: SentenceView, ctx: RelationContext): Candidate[] {
  return alsoWithoutAsides(rolesIn, ['leadership'], view, ctx);
}

/** Every role, and the leaderships that titles of heads imply, in a sentence. */
function rolesIn(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const doc = ctx.doc;
  const masked = view.masked;
  for (const m of HAS_LED_COMPOUND.test(masked) ? matchesOf(LED_COMPOUND, masked) : []) {
    const g = m.groups ?? {};
    const leader = g['dem'] ? ownerNamed(doc, g['dem']) : slotOf(view, g['p']);
    for (const org of listOf(view, g['o2'])) {
      if (leader && isBody(leader) && isOrganization(org) && leader.entity !== org.entity) {
        out.push(candidate('leadership', { leader: leader.entity, org: org.entity }, m, 'leadership:led-compound', 0.7));
      }
    }
  }
  // every other pattern needs a person, but for a body that leads another ("a coalition led by ⟦Saudi Arabia⟧")
  if (!view.slots.some(isPerson) && !BODY_LED.test(masked)) return out;
  /** [start, end) of each title in the sentence. */
  const titles = [...matchesOf(TITLES, masked)].map((t) => [t.index, t.index + t[0].length] as const);
  const owners = storyOwners(doc);
  // roles whose owner the text leaves unsaid, by index into `out`: a telling that names it wins over them
  const fallback = new Set<number>();
  const add = (
    m: RegExpMatchArray,
    rule: string,
    confidence: number,
    person: Slot | undefined,
    titleText: string,
    org: Owner | undefined,
    titleAt: number = groupStart(m, 't'),
    unresolved = false,
    former = false,
  ): void => {
    if (!person || !isPerson(person)) return;
    org = readOwner(doc, org);
    // "Home Affairs Adviser X", "the Minister of ⟦Public Safety⟧": a remit the mention stage took for a body is part of
    // the office, a government's, whose owner the story gives
    const remit = org ? (org.label ?? doc.entities.get(org.entity)?.label ?? '') : '';
    const portfolio = PORTFOLIO.test(remit);
    const office = portfolio
      ? (relationLexicon.titleOf(`${remit} ${titleText}`) ?? relationLexicon.titleOf(`${titleText} of ${remit}`) ?? relationLexicon.titleOf(titleText))
      : relationLexicon.titleOf(titleText);
    if (!office) return;
    if (portfolio) org = undefined;
    // "envoy for the Horn of Africa": a place after an envoy's title is the remit, not the owner
    const local = PLACE_OFFICE.test(office.title);
    const body = org && !isPerson(org) && org.entity !== person.entity && !(REMIT_OFFICE.test(office.title) && PLACE_CLASSES.has(org.cls)) ? org : undefined;
    // "former Nigerian President X" where no Nigeria is named: the owner is said, only not resolvable
    const where = body ?? (unresolved ? undefined : unsaid(office.title, office.national || portfolio, local, person, titleAt, office.country));
    if (!body) fallback.add(out.length);
    const args: Record<string, string> = { person: person.entity };
    if (where) args['org'] = where.entity;
    out.push(candidate('role', args, m, rule, confidence, { title: office.title }));
    // a former head held the office once; the leadership is no longer a fact
    const lead = view.masked.slice(Math.max(0, titleAt - 40), titleAt);
    // "Former ⟦X⟧ leader P", "the ex-⟦X⟧ commander": the adjective stands before the owner
    if (/\b(?:[Ff]ormer|[Ee]x-) ?(?:⟦\d+⟧(?:'s)? )?(?:[a-z-]+ )?$/.test(lead)) former = true;
    // "its ⟦Middle East⟧ director": a place before the title is the part of the world the office covers
    const place = /⟦(\d+)⟧ $/.exec(lead);
    // "commander of the ⟦Y⟧'s 5th brigade", "the commander of a ⟦Y⟧ unit", "⟦Y⟧'s intelligence unit chief": the head of
    // a part of Y, which is no leader of Y
    const end = (m.index ?? 0) + m[0].length;
    const tail = /⟦(\d+)⟧$/.exec(m[0]);
    const partAfter = tail !== null && view.slots[Number(tail[1])]?.entity === body?.entity && PART_AFTER.test(view.masked.slice(end, end + 50));
    const scoped = SCOPED.test(lead) || PART_BEFORE.test(lead) || partAfter || (place !== null && PLACE_CLASSES.has(view.slots[Number(place[1])]?.cls ?? 'Person'));
    if ((office.leads || headsToo(office.title, body, body && doc.entities.get(body.entity)?.label)) && !former && !scoped && body && isOrganization(body)) {
      out.push(candidate('leadership', { leader: person.entity, org: body.entity }, m, `${rule}:leads`, confidence));
    }
    // "Uganda's Chief of Defence Forces, General X": the office of a country that heads its armed forces
    const state = body?.cls === 'Country' ? doc.entities.get(body.entity) : undefined;
    const once = former || /\b(?:former|then|ex-|late)\s*$/.test(lead);
    const forces = state && MILITARY_HEAD.test(office.title) && !once && !scoped ? bodyOfHead(doc, 'armed forces', codeOf(state)) : undefined;
    if (forces) out.push(candidate('leadership', { leader: person.entity, org: forces.key }, m, `${rule}:leads-forces`, confidence));
  };
  /** The owner of a title the text does not qualify, from the words around it and from the story. */
  const unsaid = (title: string, national: boolean, local: boolean, person: Slot, titleAt: number, officeCountry?: string): Owner | undefined => {
    const head = GENERIC_HEAD.exec(view.masked.slice(Math.max(0, titleAt - 24), titleAt));
    // a demonym in the title's own noun phrase ("Ukrainian air force spokesman") says whose the office is
    const np = NP_DEMONYM.exec(view.masked.slice(Math.max(0, titleAt - 40), titleAt));
    const npCountry = np ? countryEntity(doc, demonymCode(np[1]!)) : undefined;
    // "Secretary of State X" in a story about Pakistan: the office's name says whose it is, not the story
    if (officeCountry !== undefined && !npCountry) {
      const named = countryEntity(doc, officeCountry);
      if (named) return asOwner(named);
      return owners.voice && codeOf(owners.voice) === officeCountry ? asOwner(owners.voice) : undefined;
    }
    // a national office's country named far back in the sentence is some other country ("talks in ⟦Moscow⟧ with
    // the government of President X"); the story's own country owns it then
    const near = countryBefore(view, doc, titleAt, national && owners.home ? NEAR_COUNTRY : undefined);
    const country = npCountry ?? near ?? owners.home;
    if (head) {
      const body = bodyOfHead(doc, head[1]!, country && codeOf(country), owners.voice);
      if (body) return asOwner(body);
      // "government spokeswoman X" where no government is named apart from its country: the country
      if (/^(?:government|cabinet)/i.test(head[1]!) && country) return asOwner(country);
    }
    if (npCountry) return asOwner(npCountry);
    if (SPEAKS_FOR.test(title)) return subjectBefore(view, titleAt, person) ?? asOwner(owners.voice);
    if (local) return slotsBefore(view, titleAt).find((s) => PLACE_CLASSES.has(s.cls) && s.cls !== 'Facility');
    if (!national) return undefined;
    // "President ⟦X⟧'s ⟦regime⟧": the person's own government
    const after = view.masked.indexOf(`⟦${person.index}⟧`) + `⟦${person.index}⟧`.length;
    const own = OWN_GOVERNMENT.exec(view.masked.slice(after));
    const ownSlot = own ? view.slots[Number(own[1])] : undefined;
    if (ownSlot && (ownSlot.cls === 'Government' || ownSlot.cls === 'Country')) return ownSlot;
    return asOwner(country);
  };

  /** The body a description or "its" before a title stands for ("the country's", "a spokesman for the group"). */
  const described = (m: RegExpMatchArray, words: string | undefined, its?: string): Owner | undefined => {
    if (its) return itsOwner(ctx, view, m.index ?? 0);
    if (!words) return undefined;
    const at = m.index ?? 0;
    if (/\b(?:country|nation)$/.test(words)) return asOwner(countryBefore(view, doc, at) ?? owners.home);
    const key = calledSo(doc, view.docOffset(at), words) ?? antecedent(ctx, view, at, isBody, words);
    return asOwner(key ? doc.entities.get(key) : undefined);
  };
  for (const m of titles.length > 0 ? matchesOf(POSTMODIFIER, masked) : []) {
    const g = m.groups ?? {};
    // "Deputy Minister of Defence and ⟦Armed Forces Logistics⟧": the office is a minister's of that whole ministry
    const title = g['o3'] ? g['t']!.replace(/\s+of\s.*$/i, '') : g['t']!;
    // "a ⟦Hamas⟧ official in ⟦Beirut⟧": the body before the title owns it, the place after is where
    const after = slotOf(view, g['o2'] ?? g['o3']);
    const afterEnd = (m.index ?? 0) + m[0].length;
    // "the director of the ⟦Republika Srpska⟧ police": the place's police, named or (when no entity is) left unsaid
    const placeBody = after && !g['o1'] ? PLACE_BODY.exec(masked.slice(afterEnd, afterEnd + 20)) : null;
    if (placeBody && after) {
      const place = doc.entities.get(after.entity);
      const code = place ? codeOf(place) : undefined;
      const found = code ? bodyOfHead(doc, placeBody[1]!, code) : undefined;
      const body = found && codeOf(found) === code ? found : undefined;
      add(m, 'role:postmodifier', 0.8, slotOf(view, g['p']), title, asOwner(body), groupStart(m, 't'), body === undefined, true);
      continue;
    }
    // "a ⟦CV⟧ commander in ⟦Rio⟧'s ⟦Complexo⟧": after an owner before the title, an "in" phrase says where
    const inAfter = g['o1'] !== undefined && /^ in\b/.test(masked.slice(groupStart(m, 't') + g['t']!.length));
    const owner =
      (after && !(g['o1'] && (inAfter || isPerson(after) || PLACE_CLASSES.has(after.cls) || after.cls === 'Country')) ? after : slotOf(view, g['o1'])) ??
      (g['dem'] ? ownerNamed(doc, g['dem']) : undefined) ??
      described(m, g['pro2'] ?? g['pro'], g['its']);
    // "a senior ⟦X⟧ commander" is one of its commanders, not its head: no leadership from that shape
    // "a commander of the ⟦Y⟧" is one of Y's commanders; "a commander of ⟦X⟧'s elite ⟦Y⟧" heads that unit Y
    const ownedUnit = g['o2'] !== undefined && /⟦\d+⟧'s? (?:[a-z-]+ ){0,2}$/.test(masked.slice(m.index ?? 0, groupStart(m, 'o2')));
    const indefinite = (g['o1'] !== undefined || (g['o2'] !== undefined && !ownedUnit)) && !/leader/.test(title) && INDEFINITE.test(m[0].slice((g['p'] ?? '').length, groupStart(m, 't') - (m.index ?? 0)));
    add(m, 'role:postmodifier', 0.8, slotOf(view, g['p']), title, owner, groupStart(m, 't'), false, g['former'] !== undefined || indefinite);
  }
  for (const [rx, rule] of HAS_APPOINT.test(masked) && titles.length > 0 ? ([[APPOINTED, 'role:appointed'], [APPOINTS, 'role:appoints']] as const) : []) {
    for (const m of matchesOf(rx, masked)) {
      if (deniedOrHypothetical(view.masked, groupStart(m, m.groups?.['v'] !== undefined ? 'v' : 'v2'))) continue;
      const g = m.groups ?? {};
      const office = relationLexicon.titleOf(g['t']!);
      // "the Council elected X president": an electing body is not the office's owner unless it says "its"
      const electorOwns = g['its'] !== undefined || (office !== undefined && !office.national);
      const owner = slotOf(view, g['o2'] ?? g['o1']) ?? described(m, g['pro2']) ?? (electorOwns ? slotOf(view, g['o']) : undefined);
      add(m, rule, 0.75, slotOf(view, g['p']), g['t']!, owner);
    }
  }
  for (const m of titles.length > 0 && HAS_ORDER.test(masked) ? matchesOf(ORDER_AS, masked) : []) {
    const g = m.groups ?? {};
    add(m, 'role:order-as', 0.7, slotOf(view, g['p']), g['t']!, slotOf(view, g['o2']));
  }
  for (const m of titles.length > 0 && HAS_WHOSE.test(masked) ? matchesOf(WHOSE_TITLE, masked) : []) {
    add(m, 'role:whose', 0.7, slotOf(view, m.groups?.['p']), m.groups!['t']!, slotOf(view, m.groups?.['wo']));
  }
  for (const m of titles.length > 0 ? matchesOf(REMIT_TITLE, masked) : []) {
    const g = m.groups ?? {};
    const owner =
      slotOf(view, g['o'] ?? g['wo']) ??
      (g['its'] ? itsOwner(ctx, view, m.index ?? 0) : undefined) ??
      (g['pro'] ? described(m, g['pro'].toLowerCase()) : undefined);
    // "UNHCR's representative in Mauritania": the office covers a place, so its holder heads no whole body
    if (owner) add(m, 'role:remit', 0.7, slotOf(view, g['p']), g['t']!, owner, groupStart(m, 't'), false, g['in'] !== undefined);
  }
  for (const person of view.slots) {
    if (!isPerson(person)) continue;
    const at = view.masked.indexOf(`⟦${person.index}⟧`);
    const inner = LEADING_TITLE.exec(person.mention.text);
    if (inner) {
      // the mention carries its title; words before the title name its owner
      const span = Object.assign([`⟦${person.index}⟧`], { index: at }) as unknown as RegExpMatchArray;
      const before = inner[1]!.trim();
      const owner = before ? ownerNamed(doc, before) : undefined;
      const outside = PREMODIFIER.exec(view.masked.slice(Math.max(0, at - PROBE), at) + (before ? '' : inner[2]!));
      const slotOwner = before ? undefined : slotOf(view, outside?.groups?.['o']);
      add(span, 'role:in-name', 0.75, person, inner[2]!, owner ?? slotOwner, at, before !== '' && !owner && demonymCode(before) !== undefined);
      continue;
    }
    // a title within reach before the name, or no premodifier can match; one right before it (past ranks) for the
    // patterns that end in a title
    const near = titles.filter(([s, e]) => e <= at && s >= at - PROBE);
    if (near.length === 0) continue;
    const adjacent = near.some(([, e]) => RANKS_ONLY.test(masked.slice(e, at)));
    const probe = masked.slice(Math.max(0, at - PROBE), at);
    let m = adjacent ? PREMODIFIER.exec(probe) : null;
    if (adjacent && m?.groups?.['dem']) {
      // the capitalized word may be the title's own ("Prime Minister", "Home Secretary"), not a country's
      const plain = PREMODIFIER_PLAIN.exec(probe);
      if (!ownerNamed(doc, m.groups['dem']) || (plain && plain.groups!['t']!.length > m.groups['t']!.length)) m = plain;
    }
    m ??= PREMODIFIER_OF.exec(probe);
    if (!m) continue;
    const g = m.groups ?? {};
    const title = g['q'] ? `${g['q']} ${g['t']!}` : g['t']!;
    // the probe's offsets count from its start; the evidence runs from the title through the name
    const start = Math.min(at, Math.max(0, at - PROBE) + m.index);
    const end = at + `⟦${person.index}⟧`.length;
    const span = Object.assign([view.masked.slice(start, end)], { index: start }) as unknown as RegExpMatchArray;
    const owner =
      slotOf(view, g['o'] ?? g['oq']) ??
      (g['dem'] ? ownerNamed(doc, g['dem']) : undefined) ??
      (g['its'] ? itsOwner(ctx, view, start) : undefined);
    const titleAt = m.index + (g['t'] ? m[0].indexOf(g['t']) : 0);
    const before = probe.slice(0, titleAt);
    const dem = /\b([A-Z][a-z]+) $/.exec(before);
    // "former Nigerian President X" with no Nigeria named; "the Taliban-led government's acting foreign minister, X"
    const unresolved = !owner && ((dem !== null && demonymCode(dem[1]!) !== undefined) || OWNED_BEFORE.test(before));
    add(span, 'role:premodifier', 0.8, person, title, owner, Math.max(0, at - PROBE) + titleAt, unresolved);
  }
  for (const m of HAS_LEADERS.test(masked) ? matchesOf(ONE_OF_LEADERS, masked) : []) {
    const g = m.groups ?? {};
    let org = g['its'] || g['pro'] ? antecedent(ctx, view, m.index ?? 0, isOrganization, g['pro'] ?? '') : slotOf(view, g['o2'])?.entity;
    // "the Council imposed a travel ban on two of its commanders": who acts on the members leads none of them, and
    // the group they do lead is too far back to tell safely
    if (g['its'] && org && ACTED_ON.test(masked.slice(0, m.index ?? 0)) && view.slots.some((s) => s.entity === org)) {
      org = undefined;
    }
    const orgEntity = org ? doc.entities.get(org) : undefined;
    if (!orgEntity || !isOrganization(orgEntity)) continue;
    // "two of its leaders, A, also known as "B," and C, as ...": the names that open the items
    const items = g['rest'] ? enumerated(`${g['p']!}${g['rest']}`) : g['p'];
    for (const leader of listOf(view, items)) {
      if (isPerson(leader)) out.push(candidate('leadership', { leader: leader.entity, org: orgEntity.key }, m, 'leadership:one-of-leaders', 0.65));
    }
  }
  const ledBy = HAS_LED_BY.test(masked);
  for (const m of ledBy ? matchesOf(DESCRIBED_LED_BY, masked) : []) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
    const g = m.groups ?? {};
    const leader = slotOf(view, g['p']);
    const at = groupStart(m, 'd');
    // "It is led by X" opening a sentence: the subject of the sentence before ("The FLA was formed when A, among them B,
    // dissolved ..."), not the body named last in it; a subject that names no body leaves it unread
    const opening = /^[Ii]t$/.test(g['d'] ?? '') && /^\W*$/.test(masked.slice(0, at));
    const topic = opening ? previousSubject(ctx, view) : undefined;
    if (topic === null) continue;
    const org = topic ?? (opening ? previousOrganization(ctx, view) : undefined) ?? antecedent(ctx, view, at, isOrganization, g['d']);
    const orgEntity = org ? doc.entities.get(org) : undefined;
    if (!leader || !isPerson(leader) || !orgEntity || !isOrganization(orgEntity)) continue;
    out.push(candidate('leadership', { leader: leader.entity, org: orgEntity.key }, m, 'leadership:described-led-by', 0.65));
    if (g['t']) add(m, 'role:led-by', 0.6, leader, g['t'], { entity: orgEntity.key, cls: orgEntity.cls });
  }
  const leading = [
    [LEADS, 'leadership:leads', HAS_LEADS.test(masked)],
    [LED_BY, 'leadership:led-by', ledBy],
    [UNDER_COMMAND, 'leadership:under-command', HAS_UNDER_COMMAND.test(masked)],
    [SUBJECT_LED, 'leadership:subject-led', ledBy],
  ] as const;
  for (const [rx, rule, present] of leading) {
    if (!present) continue;
    for (const m of matchesOf(rx, masked)) {
      if (deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
      const g = m.groups ?? {};
      const leader = slotOf(view, g['p']);
      // "It was founded by X ... and is now led by Y" opening a sentence: "It" is the subject of the sentence before
      const subject = g['pro'] === 'It' && rx === SUBJECT_LED ? previousOrganization(ctx, view) : undefined;
      const org =
        readOwner(doc, slotOf(view, g['o2'])) ??
        (subject ? asOwner(doc.entities.get(subject)) : undefined) ??
        (g['pro'] ? described(m, /^it$/i.test(g['pro']) ? 'the group' : g['pro']) : undefined) ??
        (g['d'] ? namedAs(described(m, g['d']), g['d']) : undefined);
      if (!leader || !org || org.entity === leader.entity || PLACE_CLASSES.has(org.cls)) continue;
      // "a coalition led by ⟦Saudi Arabia⟧": a country or body leads as a person does, though it holds no title
      if (!isPerson(leader) && !(rule !== 'leadership:leads' && isBody(leader) && isOrganization(org))) continue;
      // "the force run by the ⟦Ministry of Defence⟧": a body that runs another owns it (an affiliation,
      // affiliationClauses.ts), it does not lead it as a commander does
      if (!isPerson(leader) && (/^run$/.test(g['v'] ?? '') || rule === 'leadership:under-command')) continue;
      // a name the text itself describes as a body ("⟦X⟧, a gang based in ...", "the armed wing, known as ⟦X⟧")
      // is one, whatever class an earlier stage gave it
      if (!isOrganization(org) && !(org.cls === 'Person' && (g['desc'] || g['kn'])) && !(org.cls === 'Country' && g['rule'])) continue;
      // "It was founded by X, a former commander, and is now led by Y": ", and" closes X's apposition, so the one led
      // is the sentence's subject (read by SUBJECT_LED), not X
      if (g['desc']?.includes(', and ') && org.cls === 'Person') continue;
      // "X, a unit of Y, the largest of the groups, which is commanded by P": a relative after a second description
      // hangs on the nearer name (the clause readers take it), not on the first
      if (g['desc'] !== undefined && /⟦\d+⟧[^⟦]*, (?:which|who|that) /.test(g['desc'])) continue;
      if (bodyOnlyModifies(view, org.entity, groupStart(m, 'v'), (m.index ?? 0) + m[0].length)) continue;
      out.push(candidate('leadership', { leader: leader.entity, org: org.entity }, m, rule, 0.75));
      // "the GNA, which is headed by Prime Minister X": the title is X's office in that body; one who chairs it is its chairman
      const title = g['t'] ?? (/^chair/.test(g['v'] ?? '') ? 'chairman' : undefined);
      if (title) add(m, 'role:led-by', 0.7, leader, title, org);
    }
  }
  for (const m of HAS_RELATIVE_LEAD.test(masked) ? matchesOf(RELATIVE_LEADS, masked) : []) {
    if (deniedOrHypothetical(masked, groupStart(m, 'v'))) continue;
    const g = m.groups ?? {};
    const org = slotOf(view, g['o2']);
    const key = g['he'] ? personAntecedent(ctx, view, groupStart(m, 'he')) : slotOf(view, g['p'])?.entity;
    const leader = key ? doc.entities.get(key) : undefined;
    if (!org || !(isOrganization(org) || (g['noun'] && !isPerson(org))) || !leader || !isPerson(leader)) continue;
    out.push(candidate('leadership', { leader: leader.key, org: org.entity }, m, 'leadership:relative', 0.7));
    if (/^chair/.test(g['v'] ?? '')) out.push(candidate('role', { person: leader.key, org: org.entity }, m, 'role:relative-chair', 0.7, { title: 'chairman' }));
    // "which P still heads as its \"prime minister\"": the office the relative names is held in that body
    const office = g['t'] ? relationLexicon.titleOf(g['t']) : undefined;
    if (office) out.push(candidate('role', { person: leader.key, org: org.entity }, m, 'role:relative-as', 0.7, { title: office.title }));
  }
  for (const m of titles.length > 0 && HAS_COORDINATED.test(masked) ? matchesOf(COORDINATED_TITLE, masked) : []) {
    const g = m.groups ?? {};
    // the second predicate is the first name's only when no other name comes between them
    const others = [...(g['mid'] ?? '').matchAll(/⟦(\d+)⟧/g)].some((x) => isPerson(view.slots[Number(x[1])] ?? { cls: 'Place' }));
    if (others || deniedOrHypothetical(masked, groupStart(m, 't'))) continue;
    const owner = slotOf(view, g['o']) ?? (g['its'] ? itsOwner(ctx, view, groupStart(m, 'its')) : undefined) ?? (g['pro'] ? described(m, `the ${g['pro']}`) : undefined);
    add(m, 'role:coordinated', 0.7, slotOf(view, g['p']), g['t']!, owner);
  }
  for (const m of HAS_BOARD.test(masked) ? matchesOf(SERVES_ON_BOARD, masked) : []) {
    if (deniedOrHypothetical(masked, groupStart(m, 'v'))) continue;
    const g = m.groups ?? {};
    const org = slotOf(view, g['o2']);
    if (org && isBody(org)) add(m, 'role:board', 0.7, slotOf(view, g['p']), 'board member', org, groupStart(m, 'v'));
  }
  for (const m of masked.includes('counterpart') ? matchesOf(COUNTERPART, masked) : []) {
    const g = m.groups ?? {};
    const person = slotOf(view, g['p']);
    const country = ownerNamed(doc, g['dem']!);
    // the office of the nearest person named before with a title
    const before = out.filter((c) => c.kind === 'role' && c.start < (m.index ?? 0) && c.args['person'] !== person?.entity).at(-1);
    if (!person || !before?.title || !country || country.cls !== 'Country') continue;
    out.push(candidate('role', { person: person.entity, org: country.entity }, m, 'role:counterpart', 0.7, { title: before.title }));
  }
  const ownable = view.slots.some((s) => OWNED_CLASSES.has(s.cls)) && HAS_POSSESSIVE.test(masked);
  for (const m of ownable ? matchesOf(OWN_BODY, masked) : []) {
    const g = m.groups ?? {};
    const leader = slotOf(view, g['p'] ?? g['p2'] ?? g['p3']);
    const body = slotOf(view, g['o'] ?? g['o2'] ?? g['o3']);
    if (!leader || !isPerson(leader) || !body || !OWNED_CLASSES.has(body.cls)) continue;
    if (deniedOrHypothetical(masked, m.index ?? 0)) continue;
    out.push(candidate('leadership', { leader: leader.entity, org: body.entity }, m, 'leadership:own-body', 0.6));
  }
  const said = new Set(out.filter((c, i) => c.kind === 'role' && !fallback.has(i)).map((c) => `${c.args['person']}|${c.title}`));
  return out.filter((c, i) => !fallback.has(i) || !said.has(`${c.args['person']}|${c.title}`));
}
