// Test helper: the relation facts the whole pipeline reads in a short invented text, as readable lines, so specs can
// state "this text gives this fact" without building RDF.

import { createPipeline } from '../../src/annotate/pipeline.js';
import { parseArticle } from '../../src/read/article.js';

const pipeline = createPipeline();

/** The relation facts of a text (roles left out), as "kind role=label ..." lines, labels from the resolved entities. */
export function relationFactsOf(text: string): string[] {
  const doc = pipeline.annotate(parseArticle(`---\ntitle: Spec\npublished: 2025-06-01\noutlet: Spec\n---\n${text}\n`, 'spec.txt'));
  const label = (k: string): string => doc.entities.get(k)?.label ?? k;
  return doc.relations
    .filter((r) => r.kind !== 'role')
    .map((r) => `${r.kind} ${Object.entries(r.args).map(([k, v]) => `${k}=${label(v)}`).join(' ')}`);
}
