// Foundings: who founded which organization ("the founder of HTS, X"; "X, founder of Y"; "Wagner founder X";
// "X previously started a different group, an al Qaeda affiliate called Jabhat al-Nusra").

import { previousOrganization } from './affiliations.js';
import { antecedent, entitiesOf, isPronoun, type RelationContext } from './relationContext.js';
import {
  anyClass,
  candidate,
  deniedOrHypothetical,
  groupStart,
  isActor,
  isOrganization,
  isPerson,
  pattern,
  type Candidate,
} from './patterns.js';
import type { SentenceView } from './sentenceView.js';
import { matchesOf } from '../matchesOf.js';
import { alternation, formsOf, loadVerbClass } from './verbClass.js';

/** The founding verbs in the past (lexicons/relations/verbs/founding.json). */
const FOUNDING_CLASS = loadVerbClass('founding');
const FOUNDED = alternation(formsOf(FOUNDING_CLASS, 'past', 'participle'));
/** With the verbs that found only where a body is their object ("started a new group"): patterns that require one. */
const FOUNDED_OR_STARTED = alternation([...formsOf(FOUNDING_CLASS, 'past', 'participle'), ...formsOf(loadVerbClass('founding-start'), 'past', 'participle')]);

/** "founder", "co-founder and leader", "founding leader" (a founding member of a coalition is no founder of it). */
const FOUNDER =
  '(?:(?:co-?)?founders?(?: and (?:leader|chief|commander|head|chairman|president|emir|spiritual leader))?|founding (?:leader|father|chairman|president|commander|emir|head))';
const GROUP_NOUN =
  '(?:group|organi[sz]ation|movement|party|militia|faction|company|firm|network|front|outfit|coalition|alliance|brigade|army)';

/**
 * Nouns of the one who brought a body into being that found only with "of" naming it ("the architect of X", "the
 * father of the X movement"; never "X's father"): founding.json's agent nouns without "found".
 */
const MAKER_NOUNS = FOUNDING_CLASS.agentNouns.filter((n) => !n.includes('found'));
const FOUNDER_OF = `(?:${FOUNDER}|(?:${alternation(MAKER_NOUNS.flatMap((n) => [n, `${n}s`]))}))`;
/** "X, the brainchild of P"; "X was the creation of P": founding.json's action nouns of a thing made. */
const BRAINCHILD = pattern(
  `(?<o>{E})(?:{SEP}| (?:is|was|became) (?:also )?){DET}?(?:[a-z-]+ ){0,2}?(?<v>${alternation(FOUNDING_CLASS.actionNouns.filter((n) => !n.includes('found')))}) of (?:the )?(?:(?:[a-z-]+|[A-Z][a-z]{0,4}\\.) ){0,3}?(?<f>{E})`,
);
const MAKER_WORD = new RegExp(`founder|founding |${alternation([...MAKER_NOUNS, ...FOUNDING_CLASS.actionNouns])}`);

/** "The founder of HTS, Abu Mohammad al-Jolani". */
const FOUNDER_OF_FIRST = pattern(`{DET}?${FOUNDER_OF} of (?:the )?(?<o>{E}){SEP}(?<f>{E})`);
/** "Abu Mohammad al-Jolani, the founder of HTS"; "X is a co-founder of Y" (not "a founder of the gang's X clique": the clique). */
const FOUNDER_OF_AFTER = pattern(
  `(?<f>{E})(?:{SEP}| (?:is|was) (?:also )?)(?:one of )?{DET}?(?:{W}|\\d[\\w-]* ){0,2}?${FOUNDER_OF} of (?:the )?(?<o>{E})(?!'s?\\b)`,
);
/** "Wagner founder Yevgeny Prigozhin"; "HTS's founder, X". */
const PREMODIFIER = pattern(`(?<o>{E})(?:'s?)? ${FOUNDER},? (?:(?:including|among them|notably) )?(?<f>{E})`);
/**
 * "Its founder, P"; "the Maoist group's founder, P": the body an anaphor stands for, the previous sentence's subject
 * where it opens the sentence, else the nearest organization before it.
 */
const ANAPHOR_FOUNDER = pattern(
  `(?<a>\\b[Ii]ts|\\b[Tt]heir|\\b[Tt]he (?:[A-Za-z-]+ ){0,2}(?:group|movement|organi[sz]ation|party|militia|network|gang|faction|outfit|company|firm)'s?) (?:(?:late|slain|jailed|exiled|former) )?${FOUNDER},? (?:(?:including|among them) )?(?<f>{E})`,
);
/**
 * "X's top leader, P, also known as "Q," who founded the gang inside T": a founding told of a definite description,
 * which stands for the body whose leader the person is named as.
 */
const LEADER_WHO_FOUNDED = pattern(
  `(?:^|[,;:] )\\W*(?:[Tt]he )?(?<o>⟦\\d+⟧)'s? (?:[a-z-]+ ){0,3}?(?:leader|chief|head|commander|boss|emir|chairman|president)s?, (?<f>{E})(?:, (?:also )?known as ["“']?⟦\\d+⟧,?["”']?)?,? who (?:(?:had|has|later|first|then|also) )*(?<v>${FOUNDED}) the (?:[a-z-]+ )?(?:group|gang|movement|organi[sz]ation|militia|network|party|faction|outfit|cartel)\\b`,
);
/** "the Wagner Group, whose founder Yevgeny Prigozhin died"; "X, whose late co-founder, P,". */
const WHOSE_FOUNDER = pattern(`(?<o>{E}),? whose (?:(?:late|former|slain|jailed|exiled|imprisoned) )?${FOUNDER},? (?<f>{E})`);
/** "Omar Bello, the Front's founding leader"; "X, Y's co-founder,". */
const POSSESSED_FOUNDER = pattern(`(?<f>{E}){SEP}(?:the )?(?<o>{E})'s? (?:{W}){0,1}?${FOUNDER}\\b`);
/** "Ansar Dine was founded by Iyad Ag Ghaly in 2012". */
/** A second founder: "together with W", "and by former rebel commander W", "and W". */
const SECOND_FOUNDER = `(?:(?:, (?:who|whom) [^,;⟦]{0,60}(?:⟦\\d+⟧[^,;⟦]{0,40})?(?=, and))?,? (?:(?:together with|along with|alongside|and(?: by)?) (?:the )?(?:(?:[a-z-]+|[A-Z][a-z]+|[A-Z][a-z]{0,4}\\.) ){0,4}?|with )(?<f2>{E}))?`;
/**
 * Words between a founder's name and the "by" before it that the founder's own description holds: "by New York-based
 * lawyer P" (the place is no founder), "by former police officers P and Q" (a description slot, then the names).
 */
const BY_DESCRIPTION = '(?:⟦\\d+⟧-[a-z]+ (?:[a-z-]+ ){0,2}|(?<bydesc>⟦\\d+⟧) (?=⟦))?';
/** The auxiliary of a founding passive, hedged as the usual view: "is widely regarded as having been founded by P". */
const PASSIVE_AUX =
  '(?:was|were|had been|has been|(?:is|are|was|were) (?:(?:widely|generally|often|commonly|also) )?(?:regarded|seen|believed|thought|considered|known|said|reported|understood) (?:as having been|to have been))';
const FOUNDED_BY = pattern(
  `(?<o>{E}|{PRO}){APPOS},? (?:which |that )?${PASSIVE_AUX} (?:(?:also|originally|first|jointly) )?(?<v>${FOUNDED_OR_STARTED}) (?:[^⟦.;]{0,20}? )?by (?:the )?(?:(?:[a-z-]+|[A-Z][a-z]{0,4}\\.) ){0,2}?${BY_DESCRIPTION}(?<f>{E})(?!-)${SECOND_FOUNDER}`,
);
/**
 * "The Wagner Group, a private military company founded by Yevgeny Prigozhin"; "a coalition launched in Nairobi in
 * December by former election commission chief X"; "a firm founded by Lagos accountant X".
 */
const DESCRIBED_FOUNDED_BY = pattern(
  `(?<o>{E}){SEP}(?:(?<dslot>⟦\\d+⟧) |(?<d>{DET}?(?:[\\w-]+ ){0,4}?))(?<v>${FOUNDED_OR_STARTED}) (?:[^.;]{0,40}? )?by (?:the )?(?:(?:[a-z-]+|[A-Z][a-z]+|[A-Z][a-z]{0,4}\\.) ){0,4}?${BY_DESCRIPTION}(?<f>{E})(?!-)${SECOND_FOUNDER}`,
);
const GROUP_HEAD = new RegExp(`\\b${GROUP_NOUN}\\b`);
/** A founding told as what came next: "P ... went on to found a new party, X"; "later left to form X". */
const WENT_ON_TO = `(?:went on|go(?:es)? on|left|quit|resigned|broke away) to (?:${alternation(formsOf(FOUNDING_CLASS, 'base'))})`;
/** "X founded Y"; "X previously started a different group, an al Qaeda affiliate called Jabhat al-Nusra". */
const VERB = pattern(
  `(?<f>{E}){DAPPOS}[^⟦.;]{0,40}?\\b(?<v>${FOUNDED_OR_STARTED}|${WENT_ON_TO}) (?:(?:a|an|the|his|her|their|its) )?(?:(?:(?<direct>{E})|(?<pro>{PRO}))${SECOND_FOUNDER}|(?:[a-z-]+ ){0,2}${GROUP_NOUN}(?:[^.;]{0,60}? (?:called|named|known as) {Q}(?:the )?(?<called>{E})|,? (?:the )?(?<appos>{E})))`,
);

/**
 * "X, a preacher from M who spent years in prison before he founded Y": a relative clause on the person's own
 * description carries the founding; a person named inside it would be the one it tells of, so none may be (checked after).
 */
const DESCRIBED_WHO_FOUNDED = pattern(
  `(?<f>{E}), (?:a|an|the) (?<between>[^;.]{0,140}?)\\b(?:who|before|after|when|until) (?:(?:he|she|had|has|later|first|then|also|went on to) )*(?<v>${FOUNDED}) (?:the |a )?(?<direct>{E})`,
);
/** "the Victory bloc, which Shor launched in Moscow"; "the CPP, which Sison had founded a few months earlier"; "X, which P and Q founded". */
const WHICH_FOUNDED = pattern(
  `(?<o>{E})(?<u> (?:bloc|party|group|movement|alliance|coalition|front|militia|network|company|firm|foundation|fund))?,? (?:which|that) (?<f>{E})(?:,? and (?<f2>{E}))? (?:(?:had|has|later|first|then|also|personally|jointly) )*(?<v>${FOUNDED_OR_STARTED})\\b`,
);
/** "X, the militia P founded in 2012": a contact relative (no "which") on a description of the body. */
const CONTACT_FOUNDED = pattern(
  `(?<o>{E}){SEP}{DET}(?:[a-z-]+ ){0,2}?(?<u>${GROUP_NOUN}) (?<f>{E}) (?:(?:had|has|later|first|then|also|personally|jointly) )*(?<v>${FOUNDED_OR_STARTED})\\b`,
);
/** The words CONTACT_FOUNDED cannot match without: a noun of a group right before a name. */
const CONTACT_WORDS = new RegExp(`\\b${GROUP_NOUN} ⟦`);
/** The nouns of "the group", "the movement": a description the paragraph's subject answers to. */
const GROUP_DESCRIPTION = /^the (?:[a-z-]+ )?(?:group|organi[sz]ation|movement|militia|faction|network|outfit|gang|party)$/i;
/** Bodies no "group" description stands for. */
const NOT_A_GROUP = new Set(['Government', 'GovernmentAgency', 'InternationalOrganization', 'MediaOutlet', 'Country']);

/**
 * A description of a group ("The group was founded by X"; "X founded the group") stands for the subject of the sentence
 * before when that is a group: the paragraph's topic, not the last group it happened to name.
 */
function topicOf(ctx: RelationContext, view: SentenceView, text: string | undefined): string | undefined {
  const one = text === undefined ? null : /^⟦(\d+)⟧$/.exec(text);
  const slot = one ? view.slots[Number(one[1])] : undefined;
  if (!slot || !GROUP_DESCRIPTION.test(slot.mention.text)) return undefined;
  const subject = previousOrganization(ctx, view);
  const e = subject === undefined ? undefined : ctx.doc.entities.get(subject);
  return e && isOrganization(e) && !NOT_A_GROUP.has(e.cls) ? e.key : undefined;
}

function isPersonSlot(view: SentenceView, index: string | undefined): boolean {
  const slot = view.slots[Number(index)];
  return slot !== undefined && isPerson(slot);
}

// Every pattern needs one of these words: a sentence with none is skipped before the costlier patterns run.
const FOUNDING_WORD = new RegExp(`found|${FOUNDED_OR_STARTED}|${alternation([...MAKER_NOUNS, ...FOUNDING_CLASS.actionNouns])}`, 'i');

/** People who left the body named after them: "founded by defectors from Y" tells a split, not Y's founding. */
const DEFECTORS = /\bby (?:[a-z-]+ )*?(?:defectors|dissidents|deserters|renegades|breakaway|splinter|former members|ex-members)\b[^⟦]*$/;

/** The words FOUNDED_BY and DESCRIBED_FOUNDED_BY cannot match without: a founding verb, then its agent. */
const PASSIVE_WORDS = new RegExp(`(?:${FOUNDED_OR_STARTED}) [^.;]*?by `);

/** The words LEADER_WHO_FOUNDED cannot match without. */
const LEADER_WORDS = new RegExp(`'s? [^;]*? who [^;]*?(?:${FOUNDED}) the `);

/** Every founding a sentence states. */
export function extractFoundings(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  if (!FOUNDING_WORD.test(view.masked)) return out;
  const run = (rx: RegExp, rule: string, confidence: number): void => {
    for (const m of matchesOf(rx, view.masked)) {
      if (m.groups?.['v'] && deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
      const g = m.groups ?? {};
      // "X, a rival of Y who founded Z": Y is the founder, so a person named in the description voids the match
      if (g['between'] !== undefined && [...matchesOf(/⟦(\d+)⟧/g, g['between'])].some((s) => isPersonSlot(view, s[1]))) continue;
      // "Ansar Dine, the movement founded by X" where an earlier stage made "the movement" a mention of its own: only
      // a description of the same name, never a second name ("X, Y founded by Z")
      if (g['dslot'] !== undefined) {
        const d = view.slots[Number(g['dslot'].slice(1, -1))];
        const o = g['o']?.startsWith('⟦') ? view.slots[Number(/\d+/.exec(g['o'])![0])] : undefined;
        if (!d || d.mention.form !== 'description' || !o || d.entity !== o.entity) continue;
      }
      // "formed by defectors from Y": a split (lineage.ts), and Y founded nothing
      if (m.groups?.['f'] !== undefined && DEFECTORS.test(view.masked.slice(m.index ?? 0, groupStart(m, 'f')))) continue;
      // "by former police officers P and Q": the words before the names must be a description, not a name of their own
      if (g['bydesc'] !== undefined && view.slots[Number(g['bydesc'].slice(1, -1))]?.mention.form !== 'description') continue;
      const founders = [...entitiesOf(ctx, view, g['f'], groupStart(m, 'f'), isPerson), ...entitiesOf(ctx, view, g['f2'], groupStart(m, 'f2'), isPerson)];
      const org = g['o'] ?? g['direct'] ?? g['called'] ?? g['appos'] ?? g['pro'];
      const orgAt = groupStart(m, ['o', 'direct', 'called', 'appos', 'pro'].find((k) => g[k] !== undefined) ?? 'o');
      // described as a group or firm, the name is an organization whatever class an earlier stage gave it
      const described = (g['d'] !== undefined && GROUP_HEAD.test(g['d'])) || g['u'] !== undefined;
      // "It was founded by X" opening a sentence: the subject of the sentence before, not the last name it gave
      const subject = g['pro'] === undefined && isPronoun(org) && /^\W*$/.test(view.masked.slice(0, orgAt)) ? previousOrganization(ctx, view) : undefined;
      const topic = subject ?? topicOf(ctx, view, org);
      const orgs = topic ? [topic] : entitiesOf(ctx, view, org, orgAt, g['u'] !== undefined ? anyClass : described ? isActor : isOrganization);
      for (const founder of founders) for (const o of orgs) out.push(candidate('founding', { founder, org: o }, m, rule, confidence));
    }
  };
  // each pattern behind the words it cannot match without, so most sentences that pass the family's guard skip it
  const masked = view.masked;
  if (MAKER_WORD.test(masked)) {
    run(FOUNDER_OF_FIRST, 'founding:founder-of', 0.85);
    run(FOUNDER_OF_AFTER, 'founding:founder-of', 0.85);
    run(PREMODIFIER, 'founding:premodifier', 0.8);
    run(POSSESSED_FOUNDER, 'founding:premodifier', 0.8);
    run(BRAINCHILD, 'founding:brainchild', 0.75);
    if (masked.includes('whose')) run(WHOSE_FOUNDER, 'founding:whose-founder', 0.8);
    for (const m of matchesOf(ANAPHOR_FOUNDER, masked)) {
      const at = m.index ?? 0;
      const org = (/^\W*$/.test(masked.slice(0, at)) && previousOrganization(ctx, view)) || antecedent(ctx, view, at, isOrganization);
      const e = org === undefined ? undefined : ctx.doc.entities.get(org);
      if (!e || !isOrganization(e) || e.cls === 'CollectiveActor') continue;
      for (const founder of entitiesOf(ctx, view, m.groups?.['f'], groupStart(m, 'f'), isPerson)) out.push(candidate('founding', { founder, org: e.key }, m, 'founding:anaphor-founder', 0.7));
    }
  }
  run(VERB, 'founding:verb', 0.7);
  if (PASSIVE_WORDS.test(masked)) {
    run(FOUNDED_BY, 'founding:founded-by', 0.8);
    run(DESCRIBED_FOUNDED_BY, 'founding:founded-by', 0.8);
  }
  if (/\b(?:which|that) /.test(masked)) run(WHICH_FOUNDED, 'founding:which-founded', 0.75);
  if (CONTACT_WORDS.test(masked)) run(CONTACT_FOUNDED, 'founding:which-founded', 0.7);
  if (/\b(?:who|before|after|when|until) /.test(masked)) run(DESCRIBED_WHO_FOUNDED, 'founding:verb', 0.7);
  if (LEADER_WORDS.test(masked)) run(LEADER_WHO_FOUNDED, 'founding:leader-who-founded', 0.7);
  return out;
}
