// Each fact once: facts told in several sentences become one RelationFact with every evidence span and a higher
// confidence; designations and sanctions whose sentence leaves the acting body implicit get it from the document.

import { RELATION_ROLES, type AnnotatedDocument, type Entity, type RelationFact } from '../document.js';

function normalize(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’"]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The outlet's entity already found, by document, with the number of entities the document had then. */
const outlets = new WeakMap<AnnotatedDocument, { size: number; entity: Entity | undefined }>();

/** The entity that speaks as the article's outlet ("U.S. Department of State" publishing its own designation). */
export function outletEntity(doc: AnnotatedDocument): Entity | undefined {
  // asked by the role owners and again by the merge: every name of every entity is normalized to answer
  const known = outlets.get(doc);
  if (known && known.size === doc.entities.size) return known.entity;
  const entity = findOutlet(doc);
  outlets.set(doc, { size: doc.entities.size, entity });
  return entity;
}

function findOutlet(doc: AnnotatedDocument): Entity | undefined {
  const outlet = doc.article.outlet;
  if (!outlet) return undefined;
  const bare = normalize(outlet).replace(/^(?:u s|us|united states|american) /, '');
  // "Department of State" is also written "State Department"
  const turned = bare.replace(/^(department|ministry) of (?:the )?(\S+)$/, '$2 $1');
  const wanted = new Set([normalize(outlet), bare, turned]);
  for (const e of doc.entities.values()) {
    if (e.cls === 'Person' || e.cls === 'MediaOutlet') continue;
    // the text may drop the country the outlet's name starts with ("Ruritanian Ministry of Defence")
    const fits = (n: string): boolean => wanted.has(n) || (n.includes(' ') && [...wanted].some((w) => w.endsWith(` ${n}`)));
    if (e.names.some((n) => fits(normalize(n)))) return e;
  }
  return undefined;
}

function mostFrequent(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Fills the designator of designations and the sanctioner of sanctions that the sentence leaves implicit: from the
 * same designation told elsewhere with its designator, from a sanction or designation of the same target, from the
 * document's other designations, and last from the government body whose release the article is.
 */
function fillActors(doc: AnnotatedDocument, facts: RelationFact[], sanctioningBody: string | undefined): void {
  const designations = facts.filter((f) => f.kind === 'designation');
  const sanctions = facts.filter((f) => f.kind === 'sanction');
  const outlet = outletEntity(doc)?.key;
  const published = doc.article.published;
  const today = (f: RelationFact): boolean => published !== undefined && f.when !== undefined && 'value' in f.when && f.when.value === published;
  // the release's voice: the body that acts today in it ("Today, OFAC is sanctioning ..."), else the one it shows
  // sanctioning; never merely the first department it names
  const voice = mostFrequent(facts.filter(today).map((f) => f.args['designator'] ?? f.args['sanctioner'])) ?? sanctioningBody;
  for (const f of designations) {
    if (f.args['designator']) continue;
    const designee = f.args['designee'];
    const releases = today(f) || LISTING.test(f.category ?? '');
    const by =
      mostFrequent(designations.filter((d) => d.args['designee'] === designee && d.category === f.category).map((d) => d.args['designator'])) ??
      // today's act or a listing under an order: the release's own, not another body's that lists the same name
      (releases ? voice : undefined) ??
      mostFrequent(sanctions.filter((s) => s.args['target'] === designee).map((s) => s.args['sanctioner'])) ??
      // sanctioned here by no one named: by the body the article shows sanctioning
      (sanctions.some((s) => s.args['target'] === designee) ? sanctioningBody : undefined) ??
      mostFrequent(designations.map((d) => d.args['designator'])) ??
      outlet;
    if (by && by !== designee) f.args['designator'] = by;
  }
  for (const f of sanctions) {
    if (f.args['sanctioner']) continue;
    const target = f.args['target'];
    const by =
      mostFrequent(designations.filter((d) => d.args['designee'] === target).map((d) => d.args['designator'])) ??
      mostFrequent(sanctions.map((s) => s.args['sanctioner'])) ??
      sanctioningBody ??
      outlet;
    if (by && by !== target) f.args['sanctioner'] = by;
  }
}

/** Categories of a sanctions listing (under an order, on a sanctions list), as opposed to a terrorist designation or a bare "designated". */
const LISTING = /^(?:designated under executive order|sanctioned under|sanctions list|specially designated national)/;

/**
 * A listing under a sanctions order blocks the designee's property: it is a sanction by the same body on the same
 * day, told or not. Added only where no sanction of the document names the designee with the same sanctioner.
 */
function listingSanctions(facts: RelationFact[]): RelationFact[] {
  // by target and sanctioner: another body's sanction on the same name ("the UN Security Council added him to its
  // list") does not tell this body's
  const told = new Set(facts.filter((f) => f.kind === 'sanction').map((f) => `${f.args['target']}\u0000${f.args['sanctioner'] ?? ''}`));
  const out: RelationFact[] = [];
  for (const f of facts) {
    const designee = f.args['designee'];
    if (f.kind !== 'designation' || !designee || !LISTING.test(f.category ?? '') || told.has(`${designee}\u0000${f.args['designator'] ?? ''}`)) continue;
    const args: Record<string, string> = { target: designee };
    if (f.args['designator']) args['sanctioner'] = f.args['designator'];
    const sanction: RelationFact = { kind: 'sanction', args, evidence: f.evidence, rule: `${f.rule}:listing`, confidence: f.confidence * 0.9 };
    if (f.when) sanction.when = f.when;
    out.push(sanction);
  }
  return out;
}

/** The fact's identity: its arguments read in the kind's role order, whichever order a family wrote them in. */
function keyOf(f: RelationFact): string {
  const args = RELATION_ROLES[f.kind]
    .filter((role) => f.args[role] !== undefined && !(f.kind === 'role' && role === 'org'))
    .map((role) => f.args[role]!);
  if (f.kind === 'alliance') args.sort();
  return [f.kind, ...args, f.category ?? '', f.title ?? '', f.lifted ? 'lifted' : ''].join('\u0000');
}

/**
 * Merges facts with the same kind, arguments, category, title and polarity; keeps text order. `sanctioningBody` is
 * the body the article shows imposing sanctions, for sanctions whose sentence names no sanctioner.
 */
export function mergeFacts(doc: AnnotatedDocument, facts: RelationFact[], sanctioningBody?: string): RelationFact[] {
  fillActors(doc, facts, sanctioningBody);
  facts.push(...listingSanctions(facts));
  const groups = new Map<string, RelationFact[]>();
  for (const f of facts) {
    const key = keyOf(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const merged: RelationFact[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const fact: RelationFact = { ...first, args: { ...first.args }, evidence: [] };
    const seen = new Set<string>();
    for (const f of group) {
      for (const e of f.evidence) {
        const k = `${e.start}:${e.end}`;
        if (!seen.has(k)) {
          seen.add(k);
          fact.evidence.push(e);
        }
      }
    }
    fact.evidence.sort((a, b) => a.start - b.start);
    const when = group.find((f) => f.when !== undefined)?.when;
    if (when) fact.when = when;
    if (fact.kind === 'role') {
      const org = mostFrequent(group.map((f) => f.args['org']));
      if (org) fact.args['org'] = org;
    }
    fact.confidence = Math.round((1 - group.reduce((p, f) => p * (1 - f.confidence), 1)) * 1000) / 1000;
    if (group.length > 1) fact.rule = [...new Set(group.map((f) => f.rule))].join('+');
    merged.push(fact);
  }
  return consistent(merged).sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

/**
 * Leaves out facts that another fact of the document contradicts: an organization does not grow out of its own
 * affiliate (a misread pronoun, not a succession).
 */
function consistent(facts: RelationFact[]): RelationFact[] {
  const partOf = new Set(facts.filter((f) => f.kind === 'affiliation').map((f) => `${f.args['member']}>${f.args['parent']}`));
  return facts.filter((f) => !(f.kind === 'succession' && partOf.has(`${f.args['predecessor']}>${f.args['successor']}`)));
}
