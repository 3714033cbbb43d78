// A small hand-built actor graph in newskg's model (entities with names, direct links, fact nodes with evidence),
// invented for the walk tests.

import { NIF, NKG, RDF, RDFS, SKOS } from '../../src/rdf/vocab.js';
import { SparqlStore } from '../../src/query/engine.js';

const ID = 'https://w3id.org/newskg/id/';

/** [key, label, aliases, class] */
const ACTORS: [string, string, string[], string][] = [
  ['north-front', 'Northern Front', ['NF'], NKG.Organization],
  ['river-brigade', 'River Brigade', [], NKG.Organization],
  ['hill-council', 'Hill Council', [], NKG.Organization],
  ['valdonia', 'Valdonia', ['Republic of Valdonia'], NKG.Country],
  ['coast-army', 'Coast Army', ['CA'], NKG.Organization],
  ['lake-union', 'Lake Union', [], NKG.Organization],
  ['ada-marsh', 'Ada Marsh', ['Marsh'], NKG.Person],
  ['ida-marsh', 'Ida Marsh', ['Marsh'], NKG.Person],
  ['island-guard', 'Island Guard', [], NKG.Organization],
  ['port-militia', 'Port Militia', [], NKG.Organization],
  ['lonely-party', 'Lonely Party', [], NKG.Organization],
];

/** [from, predicate, to, fact class, from role, to role, evidence] */
const LINKS: [string, string, string, string, string, string, string][] = [
  ['north-front', NKG.supports, 'river-brigade', NKG.Support, NKG.supporter, NKG.supported, 'the Northern Front armed the River Brigade'],
  ['hill-council', NKG.supports, 'river-brigade', NKG.Support, NKG.supporter, NKG.supported, 'the Hill Council funds the brigade'],
  ['river-brigade', NKG.alliedWith, 'valdonia', NKG.Alliance, NKG.party, NKG.party, 'the brigade and Valdonia signed a pact'],
  ['valdonia', NKG.alliedWith, 'river-brigade', '', '', '', ''], // the mutual link's other direction: one fact
  ['valdonia', NKG.sanctioned, 'coast-army', NKG.Sanction, NKG.sanctioner, NKG.sanctionTarget, 'Valdonia sanctioned the Coast Army'],
  ['north-front', NKG.affiliateOf, 'lake-union', NKG.Affiliation, NKG.member, NKG.parent, 'the front is part of the Lake Union'],
  ['lake-union', NKG.designated, 'valdonia', NKG.Designation, NKG.designator, NKG.designee, 'the Lake Union listed Valdonia'],
  ['ada-marsh', NKG.leads, 'coast-army', NKG.Leadership, NKG.leader, NKG.ledOrganization, 'Ada Marsh commands the Coast Army'],
  ['ida-marsh', NKG.holdsPositionIn, 'coast-army', NKG.RoleAssignment, NKG.person, NKG.inOrganization, 'Ida Marsh, a colonel in the Coast Army'],
  ['island-guard', NKG.attacked, 'port-militia', NKG.Attack, NKG.agent, NKG.target, 'the Island Guard shelled the Port Militia'],
];

/** The graph as Turtle. */
export function smallGraphTurtle(): string {
  const lines: string[] = [];
  const lit = (s: string): string => JSON.stringify(s);
  for (const [key, label, aliases, cls] of ACTORS) {
    lines.push(`<${ID}${key}> <${RDF.type}> <${cls}> ; <${RDFS.label}> ${lit(label)} .`);
    for (const a of aliases) lines.push(`<${ID}${key}> <${SKOS.altLabel}> ${lit(a)} .`);
  }
  LINKS.forEach(([from, p, to, cls, r1, r2, words], i) => {
    lines.push(`<${ID}${from}> <${p}> <${ID}${to}> .`);
    if (!cls) return;
    const fact = `<${ID}fact-${cls.split('#')[1]}-${from}-${to}>`;
    const span = `<${ID}span-${i}>`;
    lines.push(`${fact} <${RDF.type}> <${NKG.Fact}>, <${cls}> ; <${r1}> <${ID}${from}> ; <${r2}> <${ID}${to}> ; <${NKG.evidence}> ${span} .`);
    lines.push(`${span} <${NIF.anchorOf}> ${lit(words)} .`);
  });
  return lines.join('\n');
}

/** A store holding the small graph. */
export function smallGraphStore(): SparqlStore {
  return new SparqlStore().load(smallGraphTurtle());
}

export { ID };
