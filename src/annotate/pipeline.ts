// The extraction pipeline: the stages in the order data flows through them, checked once when built.

import { createDocument, type AnnotatedDocument } from './document.js';
import type { Article } from '../read/article.js';
import { checkStageOrder, type Stage } from './stage.js';
import { sentenceStage } from './sentences/splitSentences.js';
import { furnitureStage } from './sentences/furnitureStage.js';
import { timeStage } from './time/timeStage.js';
import { mentionsStage } from './mentions/mentionsStage.js';
import { entitiesStage } from './entities/entitiesStage.js';
import { relationsStage } from './relations/relationsStage.js';
import { eventsStage } from './events/eventsStage.js';
import { statementsStage } from './statements/statementsStage.js';

/** The default stages, in order. */
export const DEFAULT_STAGES: readonly Stage[] = [
  sentenceStage,
  furnitureStage,
  timeStage,
  mentionsStage,
  entitiesStage,
  relationsStage,
  eventsStage,
  statementsStage,
];

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage over one article and returns its annotated document. */
  annotate(article: Article): AnnotatedDocument;
}

/** Builds a pipeline; lexicons and patterns are prepared here once, never per document. */
export function createPipeline(stages: readonly Stage[] = DEFAULT_STAGES): Pipeline {
  checkStageOrder(stages);
  return {
    stages,
    annotate(article) {
      const doc = createDocument(article);
      for (const stage of stages) stage.run(doc);
      return doc;
    },
  };
}
