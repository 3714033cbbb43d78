// Roles and the leaderships that titles imply: "the Pentagon press secretary" after a name, "State Department
// spokesperson Matthew Miller", "Deputy Gedo Governor X", "Under Secretary of the Treasury", "the leader of the
// militant group known as the LNA"; an office that heads an organization ("commander of") is a leadership too.

import { outletEntity } from './mergeFacts.js';
import { antecedent, type RelationContext } from './relationContext.js';
import { relationLexicon } from './relationLexicon.js';
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
import { listOf, type SentenceView, type Slot } from './sentenceView.js';
import type { AnnotatedDocument, EntityClass } from '../document.js';

/** Where a title belongs: an entity, seen through a slot or found by name. */
interface Owner {
  entity: string;
  cls: EntityClass;
}

/** The entity a word before a title names: an entity's own name ("U.S."), or a demonym of a country entity. */
function ownerNamed(doc: AnnotatedDocument, words: string): Owner | undefined {
  const names = [words, ...(relationLexicon.countryNames(words) ?? [])];
  for (const e of doc.entities.values()) {
    if (names.some((n) => e.label === n || e.names.includes(n))) return { entity: e.key, cls: e.cls };
  }
  return undefined;
}

const TITLE = relationLexicon.title;
/** What may follow a title: a preposition, punctuation or the end, so "chief" in "chief executive" is no title. */
const AFTER_TITLE = `(?=\\s(?:of|for|at|to|with|in|on|and|who|said|says|told|added)\\b|[,.;:)"']|$)`;
const ORG_AFTER = `(?: (?:of|for|at|to|with|in) (?:the )?(?:[a-z-]+ ){0,3}?(?:known as |called |named )?(?:the )?(?<o2>{E}))?`;

/** "Maj. Gen. Pat Ryder, the Pentagon press secretary"; "Brian E. Nelson, Under Secretary of the Treasury for ...". */
const POSTMODIFIER = pattern(
  `(?<p>{E})(?:{SEP}|, who (?:is|was) )(?:{DET})?(?:(?<o1>{E})(?:'s?)? )?(?<t>${TITLE})${AFTER_TITLE}${ORG_AFTER}`,
);
/** "Kim Jong-un issued an order of the supreme commander of the Korean People's Army". */
const ORDER_AS = pattern(
  `(?<p>{E}) (?:issued|signed|gave) (?:an? )?(?:order|decree|directive|command)s? (?:of|as) (?:the )?(?<t>${TITLE}) of (?:the )?(?<o2>{E})`,
);
/** The end of a title before a name, past a military rank ("army spokesman Lt. Col. X"). */
const RANK = `,?(?:\\s+[A-Z][a-z]{0,4}\\.)*\\s*$`;
/** A title just before a name: "State Department spokesperson ", "Deputy ⟦Gedo⟧ Governor ", "Hamas's leader, ". */
const PREMODIFIER = pattern(
  `(?:\\(?(?<o>{E})\\)?(?:'s? (?:[a-z]+ ){0,2}?| )|(?<its>[Ii]ts|[Tt]heir) (?:[a-z]+ ){0,2}?|(?<q>(?:[Dd]eputy|[Vv]ice|[Aa]cting|[Aa]ssistant)) (?<oq>{E}) |(?!(?:Deputy|Vice|Acting|Assistant|Chief|Senior|Interim|Principal|Former|Then)\\b)(?<dem>[A-Z][a-z]+) )?(?<t>${TITLE})${RANK}`,
  'd',
);
/** A title inside a person's mention: "President Bashar al-Assad", "Azerbaijani President Ilham Aliyev". */
/** The same without a country adjective, for when the capitalized word before a title is part of it ("Prime"). */
const PREMODIFIER_PLAIN = pattern(
  `(?:\\(?(?<o>{E})\\)?(?:'s? (?:[a-z]+ ){0,2}?| )|(?<its>[Ii]ts|[Tt]heir) (?:[a-z]+ ){0,2}?|(?<q>(?:[Dd]eputy|[Vv]ice|[Aa]cting|[Aa]ssistant)) (?<oq>{E}) )?(?<t>${TITLE})${RANK}`,
  'd',
);
/** A title with its organization before the name: "Deputy Secretary of the Treasury Wally Adeyemo". */
const PREMODIFIER_OF = pattern(
  `(?<t>${TITLE}) (?:of|for) (?:the )?(?:(?<o>{E})|[A-Z][\\w&]*(?: (?:and |of |for |the )?[A-Z][\\w&]*){0,5})${RANK}`,
  'd',
);
const LEADING_TITLE = new RegExp(`^((?:[A-Z][\\w.'-]*\\s+){0,2}?)(${TITLE})\\s+(?=[A-Z])`);
/** Titles that speak for the organization the sentence is about, when the text names none beside them. */
const SPEAKS_FOR = /(?:^|\s)(?:spokesperson|press secretary)$/;

/** "X, who leads Y"; "X heads Y"; "X, who also heads the country's Sovereignty Council". */
const LEADS = pattern(`(?<p>{E})(?:, who)? (?:(?:now|currently|also) )?(?<v>leads|led|heads|headed|commands|commanded|runs|ran) (?:the )?(?:(?:{E}|the [a-z]+)'s )?(?<o2>{E})`);
/** "the LNA, led by Khalifa Haftar"; "Y is headed by X". */
const LED_BY = pattern(
  `(?<o2>{E})(?:{SEP}(?:(?:which|that|who) (?:is|was|are|were|has been|had been) )?|, (?:a|an|the) [^.;]{0,60}? and | (?:is|was|are|were|has been|being) )(?:(?:now|currently|also) )?(?<v>led|headed|commanded|run) by (?:its )?(?:(?:[a-z-]+|[A-Z][a-z]{0,4}\\.) ){0,3}?(?:(?<t>${TITLE}) )?(?<p>{E})`,
);

/** "The paramilitary group, led by Gen. X"; "The army is commanded by Y": a description of an organization named before. */
const DESCRIBED_LED_BY = pattern(
  `\\b(?<d>[Tt]he (?:[a-z-]+ ){0,2}?(?:group|army|military|armed forces|militia|movement|organi[sz]ation|faction|alliance|coalition|gang|federation))(?:, | (?:is|was|are|were|has been) )(?:(?:now|currently|also) )?(?<v>led|headed|commanded|run) by (?:its )?(?:(?:[a-z-]+|[A-Z][a-z]{0,4}\\.) ){0,3}?(?:(?<t>${TITLE}) )?(?<p>{E})`,
);

/** "the Chadian-led mission": a country or body leads it. */
const LED_COMPOUND = pattern(`(?<p>{E})-led {DESC}(?:{E} )?(?<o2>{L})`);
/** "detaining one of its leaders, X"; "Hamas's top commanders, A and B". */
const ONE_OF_LEADERS = pattern(
  `(?:(?<its>[Ii]ts|[Tt]heir)|(?<o2>{E})'s?) (?:(?:top|senior|former|military|political|key) )?(?<t>leaders|commanders|chiefs),? (?<p>{L})`,
);

function slotOf(view: SentenceView, text: string | undefined): Slot | undefined {
  const m = text === undefined ? null : /⟦(\d+)⟧/.exec(text);
  return m ? view.slots[Number(m[1])] : undefined;
}

/** The first organization or country named before `at`, for titles that speak for it. */
function subjectBefore(view: SentenceView, at: number, person: Slot): Slot | undefined {
  return view.slots.find((s) => s !== person && isBody(s) && view.masked.indexOf(`⟦${s.index}⟧`) < at);
}

/** Every role, and the leaderships that titles of heads imply, in a sentence. */
export function extractRoles(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const doc = ctx.doc;
  const speaker = outletEntity(doc);
  const outlet: Owner | undefined = speaker && speaker.cls !== 'Person' ? { entity: speaker.key, cls: speaker.cls } : undefined;
  // a government body's release names its own country's officers without the country ("President X")
  const government = speaker && (speaker.cls === 'GovernmentAgency' || speaker.cls === 'Government') ? speaker.country : undefined;
  const home = government === undefined ? undefined : [...doc.entities.values()].find((e) => e.cls === 'Country' && e.country === government);
  const homeOwner: Owner | undefined = home ? { entity: home.key, cls: home.cls } : undefined;
  const add = (
    m: RegExpMatchArray,
    rule: string,
    confidence: number,
    person: Slot | undefined,
    titleText: string,
    org: Owner | undefined,
    titleAt: number = groupStart(m, 't'),
  ): void => {
    if (!person || !isPerson(person)) return;
    const office = relationLexicon.titleOf(titleText);
    if (!office) return;
    // governors and mayors belong to places ("Deputy Gedo Governor"), so any named non-person may be the org
    const body = org && !isPerson(org) && org.entity !== person.entity ? org : undefined;
    // a spokesperson speaks for the body the sentence is about, or for the body whose release the article is
    const where =
      body ??
      (SPEAKS_FOR.test(office.title) ? (subjectBefore(view, titleAt, person) ?? outlet) : office.national ? homeOwner : undefined);
    const args: Record<string, string> = { person: person.entity };
    if (where) args['org'] = where.entity;
    out.push(candidate('role', args, m, rule, confidence, { title: office.title }));
    if (office.leads && body && isOrganization(body)) {
      out.push(candidate('leadership', { leader: person.entity, org: body.entity }, m, `${rule}:leads`, confidence));
    }
  };

  for (const m of view.masked.matchAll(POSTMODIFIER)) {
    const g = m.groups ?? {};
    add(m, 'role:postmodifier', 0.8, slotOf(view, g['p']), g['t']!, slotOf(view, g['o2'] ?? g['o1']));
  }
  for (const m of view.masked.matchAll(ORDER_AS)) {
    const g = m.groups ?? {};
    add(m, 'role:order-as', 0.7, slotOf(view, g['p']), g['t']!, slotOf(view, g['o2']));
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
      const outside = PREMODIFIER.exec(view.masked.slice(Math.max(0, at - 80), at) + (before ? '' : inner[2]!));
      const slotOwner = before ? undefined : slotOf(view, outside?.groups?.['o']);
      add(span, 'role:in-name', 0.75, person, inner[2]!, owner ?? slotOwner, at);
      continue;
    }
    const probe = view.masked.slice(Math.max(0, at - 80), at);
    let m = PREMODIFIER.exec(probe);
    if (m?.groups?.['dem']) {
      // the capitalized word may be the title's own ("Prime Minister", "Home Secretary"), not a country's
      const plain = PREMODIFIER_PLAIN.exec(probe);
      if (!ownerNamed(doc, m.groups['dem']) || (plain && plain.groups!['t']!.length > m.groups['t']!.length)) m = plain;
    }
    m ??= PREMODIFIER_OF.exec(probe);
    if (!m) continue;
    const g = m.groups ?? {};
    const title = g['q'] ? `${g['q']} ${g['t']!}` : g['t']!;
    // the probe's offsets count from its start; the evidence runs from the title through the name
    const start = Math.min(at, Math.max(0, at - 80) + m.index);
    const end = at + `⟦${person.index}⟧`.length;
    const span = Object.assign([view.masked.slice(start, end)], { index: start }) as unknown as RegExpMatchArray;
    const its = g['its'] ? antecedent(ctx, view, at, isBody) : undefined;
    const itsOwner = its ? doc.entities.get(its) : undefined;
    const owner =
      slotOf(view, g['o'] ?? g['oq']) ??
      (g['dem'] ? ownerNamed(doc, g['dem']) : undefined) ??
      (itsOwner ? { entity: itsOwner.key, cls: itsOwner.cls } : undefined);
    add(span, 'role:premodifier', 0.8, person, title, owner, start);
  }
  for (const m of view.masked.matchAll(LED_COMPOUND)) {
    const leader = slotOf(view, m.groups?.['p']);
    for (const org of listOf(view, m.groups?.['o2'])) {
      if (leader && isBody(leader) && isOrganization(org) && leader.entity !== org.entity) {
        out.push(candidate('leadership', { leader: leader.entity, org: org.entity }, m, 'leadership:led-compound', 0.7));
      }
    }
  }
  for (const m of view.masked.matchAll(ONE_OF_LEADERS)) {
    const g = m.groups ?? {};
    const org = g['its'] ? antecedent(ctx, view, m.index ?? 0, isOrganization) : slotOf(view, g['o2'])?.entity;
    const orgEntity = org ? doc.entities.get(org) : undefined;
    if (!orgEntity || !isOrganization(orgEntity)) continue;
    for (const leader of listOf(view, g['p'])) {
      if (isPerson(leader)) out.push(candidate('leadership', { leader: leader.entity, org: orgEntity.key }, m, 'leadership:one-of-leaders', 0.65));
    }
  }
  for (const m of view.masked.matchAll(DESCRIBED_LED_BY)) {
    if (deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
    const g = m.groups ?? {};
    const leader = slotOf(view, g['p']);
    const org = antecedent(ctx, view, groupStart(m, 'd'), isOrganization, g['d']);
    const orgEntity = org ? doc.entities.get(org) : undefined;
    if (!leader || !isPerson(leader) || !orgEntity || !isOrganization(orgEntity)) continue;
    out.push(candidate('leadership', { leader: leader.entity, org: orgEntity.key }, m, 'leadership:described-led-by', 0.65));
    if (g['t']) add(m, 'role:led-by', 0.6, leader, g['t'], { entity: orgEntity.key, cls: orgEntity.cls });
  }
  for (const [rx, rule] of [[LEADS, 'leadership:leads'], [LED_BY, 'leadership:led-by']] as const) {
    for (const m of view.masked.matchAll(rx)) {
      if (deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
      const g = m.groups ?? {};
      const leader = slotOf(view, g['p']);
      const org = slotOf(view, g['o2']);
      if (leader && org && isPerson(leader) && isOrganization(org)) {
        out.push(candidate('leadership', { leader: leader.entity, org: org.entity }, m, rule, 0.75));
        // "the GNA, which is headed by Prime Minister X": the title is X's office in that body
        if (g['t']) add(m, 'role:led-by', 0.7, leader, g['t'], org);
      }
    }
  }
  return out;
}
