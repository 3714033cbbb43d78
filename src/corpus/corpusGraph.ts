// One graph from many articles. Deterministic IRIs already make the same actor, fact or event one node; this
// module settles what plain union cannot: one rdfs:label per entity (the others become skos:altLabel), one
// confidence per fact grown from its independent sources, and evidence counts over all sources. Each article's own
// assertions are kept as a named graph too, which is what lets `--update` re-merge without re-extracting.

import { DataFactory, type Quad, type Quad_Object } from 'n3';
import { NKG, RDF, RDFS, SKOS, XSD } from '../rdf/vocab.js';
import { combineConfidence, type SourceConfidence } from './confidence.js';
import { lineParts, linePredicate, lineQuad, tripleLine } from './quadWire.js';

const { namedNode, literal, quad } = DataFactory;

/** The quads one article gave, with what the merge needs to know about it. */
export interface ArticleGraph {
  /** The article's IRI, also the name of its graph. */
  article: string;
  /** SHA-256 of the article text (nkg:contentHash). */
  hash: string;
  /** The outlet, when known: articles of one outlet are not independent sources. */
  outlet?: string;
  quads: readonly Quad[];
}

/** An article's graph as triple lines (see tripleLine), the form worker threads send. */
export interface ArticleLines {
  article: string;
  hash: string;
  outlet?: string;
  lines: readonly string[];
}

/** Predicates whose merged value is computed, not united. */
const COMPUTED = new Set([RDFS.label, NKG.confidence, NKG.evidenceCount]);

export interface CorpusStats {
  articles: number;
  entities: number;
  /** Fact class local name (Designation, Attack, Statement, ...) → number of fact nodes. */
  facts: Map<string, number>;
}

/** Fact classes that say nothing about the kind of a fact. */
const GENERIC_CLASSES = new Set([NKG.Fact, NKG.Event, 'http://semanticweb.cs.vu.nl/2009/11/sem/Event']);

function localName(iri: string): string {
  return iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
}

/** A graph of many articles that merges as articles are added, in any order, to the same result. */
export class CorpusGraph {
  /** The default graph less the computed predicates, as triple lines (a Set of strings fills far faster than an n3 Store). */
  private readonly triples = new Set<string>();
  /** Each article's own triples, named graph IRI → lines. */
  private readonly articles = new Map<string, readonly string[]>();
  /** entity IRI → label → how many articles chose it as their label */
  private readonly labels = new Map<string, Map<string, number>>();
  /** fact IRI → what each source said of its confidence */
  private readonly confidences = new Map<string, SourceConfidence[]>();
  /** fact IRI → its evidence spans from every source */
  private readonly evidence = new Map<string, Set<string>>();
  /** fact IRI → its classes, for the summary */
  private readonly factClasses = new Map<string, Set<string>>();
  /** content hash → article IRI */
  private readonly hashes = new Map<string, string>();

  /** Whether an article with this content hash is already in the graph. */
  has(hash: string): boolean {
    return this.hashes.has(hash);
  }

  get articleCount(): number {
    return this.hashes.size;
  }

  /** Adds one article's quads; returns false (and adds nothing) when its content hash is already present. */
  add(part: ArticleGraph): boolean {
    if (this.hashes.has(part.hash)) return false;
    const lines: ArticleLines = { article: part.article, hash: part.hash, lines: part.quads.map(tripleLine) };
    if (part.outlet) lines.outlet = part.outlet;
    return this.addLines(lines);
  }

  /** Adds one article given as triple lines; returns false when its content hash is already present. */
  addLines(part: ArticleLines): boolean {
    if (this.hashes.has(part.hash)) return false;
    this.hashes.set(part.hash, part.article);
    this.articles.set(part.article, part.lines);
    const source = part.outlet ? `outlet:${part.outlet}` : `article:${part.hash}`;
    const labelled = new Set<string>();
    for (const line of part.lines) {
      const p = linePredicate(line);
      if (!COMPUTED.has(p)) {
        this.triples.add(line);
        if (p === NKG.evidence || p === RDF.type) {
          const [s, , , o] = lineParts(line);
          if (p === NKG.evidence) addTo(this.evidence, s, o);
          else if (o === NKG.Fact) addTo(this.factClasses, s, NKG.Fact);
        }
        continue;
      }
      const [s, , , o] = lineParts(line);
      if (p === RDFS.label) {
        // one vote per article, even if an article labelled a node twice
        const key = `${s}\u0000${o}`;
        if (labelled.has(key)) continue;
        labelled.add(key);
        let counts = this.labels.get(s);
        if (!counts) this.labels.set(s, (counts = new Map()));
        counts.set(o, (counts.get(o) ?? 0) + 1);
      } else if (p === NKG.confidence) {
        let reports = this.confidences.get(s);
        if (!reports) this.confidences.set(s, (reports = []));
        reports.push({ source, value: Number(o) });
      }
    }
    return true;
  }

  /** The label an entity is known by: the one most articles chose, then the longer, then in code-point order. */
  private chosenLabel(counts: Map<string, number>): string {
    let best: [string, number] | undefined;
    for (const entry of counts) {
      if (!best || entry[1] > best[1] || (entry[1] === best[1] && (entry[0].length > best[0].length || (entry[0].length === best[0].length && entry[0] < best[0])))) {
        best = entry;
      }
    }
    return best![0];
  }

  /** The merged default graph: united quads plus the computed labels, confidences and evidence counts. */
  *mergedQuads(): Generator<Quad> {
    for (const line of this.triples) yield lineQuad(line);
    for (const [s, counts] of this.labels) {
      const subject = namedNode(s);
      const label = this.chosenLabel(counts);
      yield quad(subject, namedNode(RDFS.label), literal(label));
      const alt = namedNode(SKOS.altLabel);
      for (const other of counts.keys()) {
        if (other !== label) yield quad(subject, alt, literal(other));
      }
    }
    const decimal = namedNode(XSD.decimal);
    const count = namedNode(XSD.nonNegativeInteger);
    for (const [s, reports] of this.confidences) {
      const subject = namedNode(s);
      yield quad(subject, namedNode(NKG.confidence), literal(combineConfidence(reports).toFixed(3), decimal));
      yield quad(subject, namedNode(NKG.evidenceCount), literal(String(this.evidence.get(s)?.size ?? 0), count));
    }
  }

  /** The IRIs of the articles (their named graphs), in code-point order. */
  articleIris(): string[] {
    return [...this.articles.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** One article's own quads, in its named graph. */
  *articleQuads(article: string): Generator<Quad> {
    const graph = namedNode(article);
    for (const line of this.articles.get(article) ?? []) yield lineQuad(line, graph);
  }

  /** Each article's own quads, in its named graph. */
  *namedGraphQuads(): Generator<Quad> {
    for (const [article, lines] of this.articles) {
      const graph = namedNode(article);
      for (const line of lines) yield lineQuad(line, graph);
    }
  }

  /** Everything: the merged default graph, and the named graphs when asked for (TriG, N-Quads). */
  *quads(withNamedGraphs: boolean): Generator<Quad> {
    yield* this.mergedQuads();
    if (withNamedGraphs) yield* this.namedGraphQuads();
  }

  /** Counts for the summary: articles, entities (nodes with a label), fact nodes by class. */
  stats(): CorpusStats {
    const facts = new Map<string, number>();
    const types = new Map<string, string[]>();
    for (const line of this.triples) {
      if (linePredicate(line) !== RDF.type) continue;
      const [s, , , o] = lineParts(line);
      if (!this.factClasses.has(s) || GENERIC_CLASSES.has(o)) continue;
      let list = types.get(s);
      if (!list) types.set(s, (list = []));
      list.push(localName(o));
    }
    for (const fact of this.factClasses.keys()) {
      const kind = (types.get(fact) ?? []).sort()[0] ?? 'Fact';
      facts.set(kind, (facts.get(kind) ?? 0) + 1);
    }
    return { articles: this.hashes.size, entities: this.labels.size, facts };
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** Splits a dataset read back from TriG or N-Quads into its articles' graphs (the default graph is derived, so dropped). */
export function articleGraphsOf(quads: Iterable<Quad>): ArticleGraph[] {
  const byGraph = new Map<string, Quad[]>();
  for (const q of quads) {
    if (q.graph.termType === 'DefaultGraph') continue;
    let list = byGraph.get(q.graph.value);
    if (!list) byGraph.set(q.graph.value, (list = []));
    list.push(quad(q.subject, q.predicate, q.object as Quad_Object));
  }
  const out: ArticleGraph[] = [];
  for (const [article, list] of byGraph) {
    const hash = list.find((q) => q.subject.value === article && q.predicate.value === NKG.contentHash)?.object.value;
    if (!hash) continue;
    const outlet = list.find((q) => q.subject.value === article && q.predicate.value === NKG.outlet)?.object.value;
    out.push(outlet ? { article, hash, outlet, quads: list } : { article, hash, quads: list });
  }
  return out;
}
