// Affiliations: an organization that is a branch, wing, affiliate, unit, mission or member of another ("an al Qaeda
// affiliate called Jabhat al-Nusra"; "the Treasury's Office of Foreign Assets Control"; "troops working for the AU
// mission"; "two companies linked to Wagner"; "Wagner Group-linked companies, including A and B").

import { antecedent, entitiesOf, type RelationContext } from './relationContext.js';
import {
  candidate,
  groupStart,
  isBody,
  isOrganization,
  numberOf,
  pattern,
  type Candidate,
} from './patterns.js';
import { listOf, type SentenceView } from './sentenceView.js';

const UNIT = 'affiliates?|missions?|forces?|contingents?|fronts?|branch(?:es)?|wings?|offshoots?|franchises?|factions?|prox(?:y|ies)|subsidiar(?:y|ies)|arms?|divisions?|chapters?|cells?|units?|front groups?|components?';
const DENIED = /\b(?:not|never|no longer|neither|nor)\b|n't\b/;
const LINKED = 'linked|tied|connected|affiliated|associated';

/** "an al Qaeda Syrian affiliate called Jabhat al-Nusra"; "the group's Syrian branch, known as X"; "An AU force, X,". */
const CALLED = pattern(
  `{DET}?(?<p>{E})(?:'s)? (?:{W}){0,2}?(?:${UNIT})(?: in {E})?(?:,? (?:called|named|known as|dubbed) |, ){Q}(?:the )?(?<m>{E})`,
);
/** "Nusrah Front, an al Qaeda affiliate in Syria"; "X is the armed wing of Y" is ATTRIBUTE_OF below. */
const APPOSITION = pattern(
  `(?<m>{E})(?:{SEP}| (?:is|was|are|were|became|remains?) )(?:(?:formerly|previously|originally|now|once|still) )?{DET}(?<p>{E})(?:-(?:${LINKED})|'s?)? (?:{W}){0,2}?(?:${UNIT})\\b`,
);
/** "X is the armed wing of Y"; "X, a unit of Y"; "The group is part of Y". */
const UNIT_OF = pattern(
  `(?<m>{E}|{PRO})(?:{SEP}| (?:is|was|are|were|became|remains?) )(?:(?:formerly|previously|now|still) )?{DET}?(?:{W}){0,2}?(?:${UNIT}|member|part)(?: and (?:${UNIT}))? (?:of|for) (?:the )?(?<p>{E})`,
);
/** "Hamas was founded in 1987 as an offshoot of the Muslim Brotherhood". */
const FOUNDED_AS = pattern(
  `(?<m>{E}) (?:was|were) (?:founded|formed|created|established|set up|launched|born)[^⟦.;]{0,20}? as {DET}?(?:{W}){0,2}?(?:${UNIT}) of (?:the )?(?<p>{E})`,
);
/** "the Department of the Treasury's Office of Foreign Assets Control"; "the Department's Rewards for Justice program". */
const POSSESSIVE = pattern(
  `(?<p>{E})'s? (?:(?!(?:of|to|for|with|on|in|by|against|and|or|from|at|as|that|which|who|rivals?|enem(?:y|ies)|foes?|opponents?|adversar(?:y|ies)|all(?:y|ies)|partners?|backers?|patrons?|sponsors?|neighbou?rs?|targets?|victims?)\\b)[a-z][\\w-]* ){0,3}?(?<m>{E})`,
);
/** "Gazprom and its subsidiary Gazprom Neft". */
const ITS_UNIT = pattern(`(?<p>{E}) and its (?:{W}){0,1}?(?:${UNIT}),? (?<m>{E})`);
/** "claimed the raid through its Amaq news agency"; "their Red Youth wing": a named part of the body "its" stands for. */
const ITS_NAMED_UNIT = pattern(
  `\\b(?<its>[Ii]ts|[Tt]heir) (?<m>{E}) (?:news agency|media (?:arm|wing|outlet)|(?:armed |military |political |youth |media )?(?:wing|arm|branch|affiliate|subsidiary))\\b`,
);
/** "Kenyan troops working for the African Union mission". */
const WORKING_FOR = pattern(
  `(?<m>{E}) (?:working|serving|deployed|operating|fighting) (?:for|with|under|as part of) (?:the )?(?<p>{E})`,
);
/** "companies that are linked to Wagner"; "A and B, both linked to Y". */
const LINKED_TO = pattern(
  `(?<m>{L}){Q},? (?:(?:that|which|who|both|all) )?(?:(?:are|is|were|was|have been|has been) )?(?:(?:closely|reportedly|allegedly|directly) )?(?:${LINKED}) (?:to|with) (?:the )?[^⟦.;]{0,40}?(?<p>{E})`,
);
/** "two companies that are linked to the Private Military Company Wagner": the next sentence names them. */
const COUNTED_LINKED = pattern(
  `(?<n>{NUM}) (?:[a-z-]+ )?(?:companies|groups|entities|firms|individuals|organi[sz]ations|militias|persons|people|businesses) (?:(?:that|which|who) )?(?:(?:are|were) )?(?:${LINKED}) (?:to|with) (?:the )?[^⟦.;]{0,40}?(?<p>{E})`,
);
/** "Wagner Group-linked companies in CAR, including A, B and C". */
const COMPOUND_INCLUDING = pattern(
  `(?<p>{E})-(?:${LINKED}|controlled|owned|run) [^⟦.;]{0,40}?(?:{E}[^⟦.;]{0,20}?){0,2},? (?:including|such as|among them|namely) (?<m>{L})`,
);
/** "Hezbollah-affiliated Al-Qard Al-Hassan". */
const COMPOUND = pattern(`(?<p>{E})-(?:${LINKED}|controlled|owned|run) (?:[a-z-]+ ){0,2}(?<m>{L})`);

/** Unit words that make a name a part of the organization whose name it starts with ("African Union Mission"). */
const PART_NAME = /^\s+(?:mission|office|command|wing|branch|division|program|programme|bureau|directorate|secretariat|agency|brigade)\b/i;

const UNIT_AFTER = /^ (mission|office|command|wing|branch|program|programme|bureau|force|forces|contingent)\b/i;

/**
 * The organization a name stands for where a unit word follows it: "the African Union mission" is the entity named
 * "African Union Mission ...", if the document has one; with no such entity the phrase names no known organization.
 */
function headOf(ctx: RelationContext, view: SentenceView, text: string | undefined, after: number): string | undefined {
  const slot = listOf(view, text)[0];
  if (!slot || !isOrganization(slot)) return undefined;
  const unit = UNIT_AFTER.exec(view.masked.slice(after));
  if (!unit) return slot.entity;
  const phrase = `${slot.mention.text} ${unit[1]!}`.toLowerCase();
  for (const e of ctx.doc.entities.values()) {
    if (e.key !== slot.entity && isOrganization(e) && [e.label, ...e.names].some((n) => n.toLowerCase().startsWith(phrase))) return e.key;
  }
  return undefined;
}

/** Every affiliation a sentence states. */
export function extractAffiliations(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const push = (m: RegExpMatchArray, rule: string, confidence: number, member: string, parent: string): void => {
    if (member !== parent) out.push(candidate('affiliation', { member, parent }, m, rule, confidence));
  };
  const run = (rx: RegExp, rule: string, confidence: number, parentFits = isBody): void => {
    for (const m of view.masked.matchAll(rx)) {
      // "is not part of", "no longer a member of": the tie is denied or over
      if (DENIED.test(m[0])) continue;
      const g = m.groups ?? {};
      const parents = entitiesOf(ctx, view, g['p'], groupStart(m, 'p'), parentFits);
      const members = entitiesOf(ctx, view, g['m'], groupStart(m, 'm'), isOrganization);
      for (const p of parents) for (const member of members) push(m, rule, confidence, member, p);
    }
  };
  run(CALLED, 'affiliation:called', 0.8);
  run(APPOSITION, 'affiliation:apposition', 0.8);
  run(UNIT_OF, 'affiliation:unit-of', 0.8);
  run(ITS_UNIT, 'affiliation:its-unit', 0.75);
  run(FOUNDED_AS, 'affiliation:founded-as', 0.75);
  run(POSSESSIVE, 'affiliation:possessive', 0.65, isOrganization);
  for (const m of view.masked.matchAll(ITS_NAMED_UNIT)) {
    if (DENIED.test(view.masked.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) continue;
    const parent = antecedent(ctx, view, groupStart(m, 'its'), isOrganization);
    const members = entitiesOf(ctx, view, m.groups?.['m'], groupStart(m, 'm'), isOrganization);
    if (parent) for (const member of members) push(m, 'affiliation:its-named-unit', 0.65, member, parent);
  }
  for (const m of view.masked.matchAll(WORKING_FOR)) {
    // "troops working for the African Union mission": the parent is the mission, when the text names it elsewhere
    const g = m.groups ?? {};
    const parent = headOf(ctx, view, g['p'], (m.index ?? 0) + m[0].length);
    const members = entitiesOf(ctx, view, g['m'], groupStart(m, 'm'), isOrganization);
    if (parent) for (const member of members) push(m, 'affiliation:working-for', 0.6, member, parent);
  }
  run(LINKED_TO, 'affiliation:linked-to', 0.7, isOrganization);
  run(COMPOUND_INCLUDING, 'affiliation:compound-including', 0.75, isOrganization);
  run(COMPOUND, 'affiliation:compound', 0.7, isOrganization);

  for (const m of view.masked.matchAll(COUNTED_LINKED)) {
    const count = numberOf(m.groups?.['n'] ?? '');
    const parent = entitiesOf(ctx, view, m.groups?.['p'], groupStart(m, 'p'), isOrganization)[0];
    if (count === undefined || !parent) continue;
    const c = candidate('affiliation', { parent }, m, 'affiliation:counted-linked', 0.6);
    ctx.pending.push({ count, role: 'member', candidate: c, docStart: view.docOffset(c.start), docEnd: view.docOffset(c.end) });
  }

  // a name that is another organization's name followed by a unit word: "African Union Mission in Somalia"
  for (const slot of view.slots) {
    if (!isOrganization(slot)) continue;
    for (const other of ctx.doc.entities.values()) {
      if (other.key === slot.entity || !isOrganization(other)) continue;
      const text = slot.mention.text.replace(/^the\s+/i, '');
      const name = other.names.find((n) => text.startsWith(n) && PART_NAME.test(text.slice(n.length)));
      if (!name) continue;
      const at = view.masked.indexOf(`⟦${slot.index}⟧`);
      const m = Object.assign([`⟦${slot.index}⟧`], { index: at }) as unknown as RegExpMatchArray;
      push(m, 'affiliation:part-name', 0.7, slot.entity, other.key);
    }
  }
  return out;
}
