// The newskg library API: read articles, annotate them, map them to RDF, write and query the graph.

export { parseArticle, readArticleFile, ArticleError, type Article, type ArticleMeta } from './read/article.js';
export {
  createDocument,
  coarseTypeOf,
  type AnnotatedDocument,
  type Entity,
  type EntityClass,
  type EventFact,
  type Mention,
  type RelationFact,
  type StatementFact,
  type When,
} from './annotate/document.js';
export { createPipeline, DEFAULT_STAGES, type Pipeline } from './annotate/pipeline.js';
export type { Stage } from './annotate/stage.js';
export { buildArticle, buildGraph, type BuiltGraph } from './buildGraph.js';
export { documentToQuads } from './rdf/toRdf.js';
export { PREFIXES, NKG, ACTOR_LINKS } from './rdf/vocab.js';
export { serialize, FORMATS, type OutputFormat } from './write/serialize.js';
export { SparqlStore, type Row } from './query/engine.js';
export { runEval, formatScores } from './eval/runEval.js';
