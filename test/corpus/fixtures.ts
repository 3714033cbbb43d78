// Test support: small article graphs built from marked-up text with hand-given facts, through the real RDF
// mapping, so merge and push tests do not depend on what the extractors find today.

import type { EventFact, RelationFact, StatementFact } from '../../src/annotate/document.js';
import type { ArticleGraph } from '../../src/corpus/corpusGraph.js';
import type { ArticleMeta } from '../../src/read/article.js';
import { articleIri } from '../../src/rdf/iris.js';
import { documentToQuads } from '../../src/rdf/toRdf.js';
import { annotatedDoc } from '../support/annotatedDoc.js';

type WithoutEvidence<T> = Omit<T, 'evidence' | 'rule' | 'confidence'> & { confidence?: number };

export interface Facts {
  relations?: WithoutEvidence<RelationFact>[];
  events?: WithoutEvidence<EventFact>[];
  statements?: WithoutEvidence<StatementFact>[];
}

/** An article graph from marked text (see annotatedDoc) and facts whose evidence is the first sentence. */
export function articleGraph(marked: string, meta: ArticleMeta & { id: string }, facts: Facts = {}): ArticleGraph {
  const doc = annotatedDoc(marked, meta);
  const first = doc.sentences[0]!;
  const evidence = [{ start: first.start, end: first.end, sentence: 0 }];
  const withEvidence = <T extends { confidence?: number }>(f: T) => ({ ...f, evidence, rule: 'test:given', confidence: f.confidence ?? 0.6 });
  doc.relations.push(...(facts.relations ?? []).map(withEvidence));
  doc.events.push(...(facts.events ?? []).map(withEvidence));
  doc.statements.push(...(facts.statements ?? []).map(withEvidence));
  const graph: ArticleGraph = { article: articleIri(doc.article.id, doc.article.hash), hash: doc.article.hash, quads: documentToQuads(doc) };
  if (doc.article.outlet) graph.outlet = doc.article.outlet;
  return graph;
}

/** Three invented articles: two outlets report that Velaria backs the Northern Front, a third names it differently. */
export function sampleCorpus(): ArticleGraph[] {
  const day = { type: 'Attack' as const, cameo: '190', trigger: 'shelled', agents: ['northern-front'], targets: [], places: ['port-amel'], when: { value: '2021-03-04', precision: 'day' as const } };
  return [
    articleGraph(
      '[Velaria|Country] armed the [Northern Front|ArmedGroup], which shelled [Port Amel|City] on 4 March 2021.',
      { id: 'wire-one', outlet: 'Example Wire', published: '2021-03-05' },
      { relations: [{ kind: 'support', args: { supporter: 'velaria', supported: 'northern-front' }, confidence: 0.6 }], events: [day] },
    ),
    articleGraph(
      '[The Republic of Velaria|Country=velaria] backs the [Northern Front|ArmedGroup] and its fighters in [Port Amel|City].',
      { id: 'daily-two', outlet: 'Daily Example', published: '2021-03-06' },
      { relations: [{ kind: 'support', args: { supporter: 'velaria', supported: 'northern-front' }, confidence: 0.5 }], events: [day] },
    ),
    articleGraph(
      '[Velaria|Country] denied that [NF|ArmedGroup=northern-front] fighters crossed into [Ostland|Country], said [Mira Tal|Person].',
      { id: 'wire-three', outlet: 'Example Wire', published: '2021-03-07' },
      { statements: [{ speaker: 'mira-tal', quote: 'We did not cross.' }] },
    ),
  ];
}
