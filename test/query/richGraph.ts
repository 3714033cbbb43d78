// A graph with a fact of every kind, made by the real mapping from a hand-built annotated document (invented
// actors and text), so the competency questions have rows to return in the engine comparison tests.

import type { AnnotatedDocument, EntityClass, Evidence, TimeValue } from '../../src/annotate/document.js';
import { createDocument } from '../../src/annotate/document.js';
import { documentToQuads } from '../../src/rdf/toRdf.js';
import { parseArticle } from '../../src/read/article.js';
import { serialize } from '../../src/write/serialize.js';

const TEXT = [
  'The Valdonian government listed the Ash Brigade as a terrorist group on 3 March 2031.',
  'The Ash Brigade, also called AB, is backed by the Grey League and allied with the Salt Front.',
  'Mara Voss leads the Ash Brigade; Teo Lind is its spokesman.',
  'The Salt Front succeeded the Old Salt Movement, founded by Ina Roe.',
  'The Ash Brigade is a branch of the Grey League. Valdonia sanctioned the Salt Front in 2030.',
  'On 4 March the Ash Brigade shelled Port Kell, and Valdonian troops deployed to Kell Province.',
  '"We will not yield," Teo Lind told Radio Kell.',
].join('\n');

const ENTITIES: [key: string, label: string, names: string[], cls: EntityClass][] = [
  ['valdonia', 'Valdonia', ['Valdonia', 'Valdonian government'], 'Country'],
  ['ash-brigade', 'Ash Brigade', ['Ash Brigade', 'AB'], 'ArmedGroup'],
  ['grey-league', 'Grey League', ['Grey League'], 'Organization'],
  ['salt-front', 'Salt Front', ['Salt Front'], 'ArmedGroup'],
  ['old-salt', 'Old Salt Movement', ['Old Salt Movement'], 'Organization'],
  ['mara-voss', 'Mara Voss', ['Mara Voss'], 'Person'],
  ['teo-lind', 'Teo Lind', ['Teo Lind'], 'Person'],
  ['ina-roe', 'Ina Roe', ['Ina Roe'], 'Person'],
  ['port-kell', 'Port Kell', ['Port Kell'], 'City'],
  ['kell-province', 'Kell Province', ['Kell Province'], 'Region'],
  ['radio-kell', 'Radio Kell', ['Radio Kell'], 'MediaOutlet'],
];

const day = (value: string): TimeValue => ({ value, precision: 'day' });
const year = (value: string): TimeValue => ({ value, precision: 'year' });

/** The annotated document, facts filled in by hand. */
export function richDocument(): AnnotatedDocument {
  const article = parseArticle(`---\npublished: 2031-03-05\n---\n${TEXT}\n`, 'rich-graph.txt');
  const doc = createDocument(article);
  let start = 0;
  for (const line of doc.text.split('\n')) {
    const index = doc.sentences.length;
    if (line) doc.sentences.push({ start, end: start + line.length, index, block: index });
    start += line.length + 1;
  }
  const ev = (words: string): Evidence[] => {
    const at = doc.text.indexOf(words);
    const sentence = doc.sentences.findIndex((s) => s.start <= at && at < s.end);
    return [{ start: at, end: at + words.length, sentence }];
  };
  for (const [key, label, names, cls] of ENTITIES) doc.entities.set(key, { key, label, names, cls, mentions: [] });
  const base = { rule: 'hand', confidence: 0.9 };
  doc.relations.push(
    { kind: 'designation', args: { designee: 'ash-brigade', designator: 'valdonia' }, category: 'terrorist group', when: day('2031-03-03'), evidence: ev('listed the Ash Brigade'), ...base },
    { kind: 'support', args: { supporter: 'grey-league', supported: 'ash-brigade' }, evidence: ev('backed by the Grey League'), ...base },
    { kind: 'alliance', args: { a: 'ash-brigade', b: 'salt-front' }, when: { from: year('2029'), to: year('2031') }, evidence: ev('allied with the Salt Front'), ...base },
    { kind: 'affiliation', args: { member: 'ash-brigade', parent: 'grey-league' }, evidence: ev('a branch of the Grey League'), ...base },
    { kind: 'succession', args: { successor: 'salt-front', predecessor: 'old-salt' }, evidence: ev('succeeded the Old Salt Movement'), ...base },
    { kind: 'founding', args: { founder: 'ina-roe', org: 'old-salt' }, evidence: ev('founded by Ina Roe'), ...base },
    { kind: 'leadership', args: { leader: 'mara-voss', org: 'ash-brigade' }, evidence: ev('Mara Voss leads'), ...base },
    { kind: 'role', args: { person: 'teo-lind', org: 'ash-brigade' }, title: 'spokesman', evidence: ev('Teo Lind is its spokesman'), ...base },
    { kind: 'sanction', args: { sanctioner: 'valdonia', target: 'salt-front' }, when: year('2030'), evidence: ev('sanctioned the Salt Front'), ...base },
    { kind: 'sanction', args: { sanctioner: 'grey-league', target: 'valdonia' }, lifted: true, evidence: ev('Valdonia sanctioned'), ...base },
  );
  doc.events.push(
    { type: 'Attack', cameo: '195', trigger: 'shelled', agents: ['ash-brigade'], targets: [], places: ['port-kell'], when: day('2031-03-04'), evidence: ev('shelled Port Kell'), ...base },
    { type: 'Deployment', cameo: '150', trigger: 'deployed', agents: ['valdonia'], targets: [], places: ['kell-province'], evidence: ev('deployed to Kell Province'), ...base },
  );
  doc.statements.push({ speaker: 'teo-lind', quote: 'We will not yield,', medium: 'radio-kell', when: day('2031-03-05'), evidence: ev('"We will not yield," Teo Lind told Radio Kell'), ...base });
  return doc;
}

/** The document's graph as Turtle, written like `newskg build` writes it. */
export function richTurtle(): Promise<string> {
  return serialize(documentToQuads(richDocument()), 'turtle');
}
