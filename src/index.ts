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

// The query layer and graph walks.
export { QuerySyntaxError, type EngineResultFormat, type RdfFormat, type StoreOptions } from './query/engine.js';
export { QueryWorker, QueryTimeoutError, type QueryWorkerOptions } from './query/queryWorker.js';
export { answerQuery, type Answer } from './query/answerQuery.js';
export { queryForm, parseJsonResults, type Binding, type QueryForm, type QueryResult } from './query/results.js';
export { RESULT_FORMATS, parseResultFormat, resultTable, ResultFormatError, type ResultFormat } from './query/writeResult.js';
export { readSources, type GraphSource } from './query/sources.js';
export { actorGraph, type ActorGraph, type ActorLink, type ActorNode } from './walk/actorGraph.js';
export { findActor, ActorNameError } from './walk/findActor.js';
export { shortestPaths, factsBetween, type ActorPath, type Hop, type HopFact } from './walk/shortestPaths.js';
export { neighbors, type Neighbor } from './walk/neighbors.js';
export { centrality, CENTRALITY_MEASURES, type CentralityMeasure, type Ranked } from './walk/centrality.js';
export { communities, type Community } from './walk/communities.js';
export { openGraph } from './walk/openGraph.js';

// Validation against the SHACL shapes of ontology/shapes.ttl.
export { validateGraph, GraphValidator, type Violation, type ValidationOutcome } from './validate/validateGraph.js';
