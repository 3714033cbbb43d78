// Foundings read from their trigger outward: "X, a formation set up by the Ministry of Defence in late 2023",
// "Founded in 1973 by P to fight ..., the X proclaimed", "P, who founded the ruling X party in 2013", "P broke away
// from the group in 2011 and founded X", "It was formed by P, a convert, and absorbed ...", "Together they formed X".

import type { Entity } from '../document.js';
import { candidate, deniedOrHypothetical, isBody, isOrganization, isPerson, type Candidate, type Family } from './patterns.js';
import type { RelationContext } from './relationContext.js';
import type { SentenceView } from './sentenceView.js';
import { readClauses, type ClauseRule } from './triggerClauses.js';
import { alternation, formsOf, loadVerbClass } from './verbClass.js';
import { matchesOf } from '../matchesOf.js';

/** What is founded: an organization, never a country or a government (a cabinet is formed, not founded). */
function founded(e: Entity): boolean {
  return isOrganization(e) && e.cls !== 'Government' && e.cls !== 'CollectiveActor';
}

/** Who founds: a person, or a body that sets another up ("set up by the Ministry of Defence", three states). */
function founder(e: Entity): boolean {
  return isPerson(e) || (isBody(e) && e.cls !== 'CollectiveActor');
}

/**
 * Adverbials a passive may hold before its agent, up to two, a place among them: "founded in the 1990s by", "set up
 * in late 2023 by", "founded around 2019 in Arica by".
 */
const BEFORE_BY = '(?: (?:in|on|during|around|since|after|before|at|inside) (?:(?:the )?⟦\\d+⟧|[^,;⟦]{1,25}?)| (?:jointly|together|originally|secretly|first)){0,2}';
/** The founding verbs (lexicons/relations/verbs/founding.json) as a passive or a finite past takes them. */
const FOUNDING = formsOf(loadVerbClass('founding'), 'past', 'participle');
const VERBS = alternation(FOUNDING);
/**
 * With the verbs that found only a body ("raised", "stood up", "organised"), for the passive, whose subject must be a
 * body and agent a person or a body: "X, a militia raised by P".
 */
const PASSIVE_VERBS = alternation([...FOUNDING, ...formsOf(loadVerbClass('founding-start'), 'past', 'participle')]);
/** The same, opening a sentence: "Founded in 1973 by P". */
const FRONTED = alternation(FOUNDING.map((f) => f[0]!.toUpperCase() + f.slice(1)));

/** A second verb sharing the founded body: "P, who founded and still leads X"; "P founded and ran X until 2019". */
const THEN_LED = '(?: and (?:(?:still|later|now|long|then) )?(?:led|leads|heads|headed|ran|runs|commanded|commands|chaired|chairs|controlled|controls|funded|funds|financed|built))?';

const RULES: readonly ClauseRule[] = [
  {
    rule: 'founding:clause-founded-by',
    kind: 'founding',
    trigger: new RegExp(`\\b(?:${PASSIVE_VERBS})${BEFORE_BY} by\\b`, 'g'),
    shape: 'passive',
    before: 'org',
    after: 'founder',
    acceptBefore: founded,
    acceptAfter: founder,
    confidence: 0.7,
  },
  {
    rule: 'founding:clause-fronted',
    kind: 'founding',
    trigger: new RegExp(`^\\W*(?:${FRONTED})${BEFORE_BY} by\\b`, 'g'),
    shape: 'fronted',
    before: 'org',
    after: 'founder',
    acceptBefore: founded,
    acceptAfter: founder,
    confidence: 0.65,
  },
  {
    rule: 'founding:clause-founded',
    kind: 'founding',
    trigger: new RegExp(`\\b(?:${VERBS})${THEN_LED}\\b(?! by\\b| as\\b| (?:in|on) \\d)`, 'g'),
    shape: 'active',
    before: 'founder',
    after: 'org',
    acceptBefore: founder,
    acceptAfter: founded,
    confidence: 0.65,
  },
  {
    // "P, who helped found X": a founder among others
    rule: 'founding:clause-helped-found',
    kind: 'founding',
    trigger: /\b(?:helped|helps|help|helping) (?:to )?(?:found|establish|create|set up|form|launch|start)\b(?! (?:a|an) (?:new )?(?:government|cabinet|committee)\b)/g,
    shape: 'active',
    before: 'founder',
    after: 'org',
    acceptBefore: founder,
    acceptAfter: founded,
    confidence: 0.6,
  },
];

/** The cheap test: a sentence with none of these words states no founding these triggers read. */
const GUARD = new RegExp(`${PASSIVE_VERBS}|help(?:ed|s|ing)? (?:to )?[a-z]`, 'i');

/**
 * A name right before an active founding verb that is the object of a preposition ("fighters who broke away from Y
 * formed X"): the relative clause's object, not the founder.
 */
const OBLIQUE_BEFORE = /\b(?:from|of|with|against|out of|within|inside)\s+(?:the\s+)?⟦\d+⟧(?: \([^()]{1,40}\))?\s*(?:(?:later|then|soon|had|have|has|eventually|together) )*$/;
/**
 * A second agent after the first one's apposition: "set up in 2021 by P, the son of ..., and by W". The list reader
 * stops at the apposition; "and by" names another founder of the same body.
 */
const AND_BY = /^[^;.]*?,? and (?:also )?by (?:the )?(?:(?:[a-z-]+|[A-Z][a-z]{0,4}\.) ){0,3}?⟦(\d+)⟧/;

/**
 * The body a relative clause hangs on, founded by the clause's subject: "X, a Marsa-based company that P set up in
 * 2024"; "X, which P founded in 1990"; "X, which the EU set up"; "X, which P and Q founded". The founder is named right before the verb, the body before the relative.
 */
const OBJECT_RELATIVE = new RegExp(
  `(?<org>⟦\\d+⟧)(?: \\(⟦\\d+⟧\\))?(?:, (?:a|an|the) (?:[^,;⟦]|⟦\\d+⟧-){0,60}?|,) (?:that|which) (?:the )?(?<p>⟦\\d+⟧)(?:,? and (?:the )?(?<p2>⟦\\d+⟧))? (?:(?:had|has|have|later|first|originally|jointly) )?(?:${VERBS})\\b`,
  'dg',
);

function objectRelatives(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(OBJECT_RELATIVE, view.masked)) {
    const entity = (g: string): Entity | undefined => ctx.doc.entities.get(view.slots[Number(m.groups![g]!.slice(1, -1))]?.entity ?? '');
    const org = entity('org');
    if (!org || !founded(org) || deniedOrHypothetical(view.masked, m.index + m[0].length - 1)) continue;
    for (const g of ['p', 'p2']) {
      const by = m.groups![g] === undefined ? undefined : entity(g);
      if (!by || !founder(by) || org.key === by.key) continue;
      out.push(candidate('founding', { founder: by.key, org: org.key }, m, 'founding:clause-object-relative', 0.6));
    }
  }
  return out;
}

/** Every founding a sentence states through a trigger and the clause around it. */
export const extractFoundingClauses: Family = (view: SentenceView, ctx: RelationContext): Candidate[] => {
  if (!GUARD.test(view.masked)) return [];
  const out: Candidate[] = [];
  for (const c of readClauses(view, ctx, RULES)) {
    if (c.rule === 'founding:clause-founded' && OBLIQUE_BEFORE.test(view.masked.slice(0, c.start))) continue;
    out.push(c);
    if (c.rule !== 'founding:clause-founded-by' && c.rule !== 'founding:clause-fronted') continue;
    const second = AND_BY.exec(view.masked.slice(c.end));
    const slot = second ? view.slots[Number(second[1])] : undefined;
    const e = slot ? ctx.doc.entities.get(slot.entity) : undefined;
    if (e && isPerson(e) && e.key !== c.args['founder'] && !out.some((o) => o.args['founder'] === e.key && o.args['org'] === c.args['org'])) {
      out.push({ ...c, args: { ...c.args, founder: e.key } });
    }
  }
  if (/\b(?:that|which) (?:the )?⟦/.test(view.masked)) out.push(...objectRelatives(view, ctx));
  return out;
};
