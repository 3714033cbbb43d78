// A pipeline stage: it reads the layers it requires from the shared document and adds the layers it assigns.
// Stages declare both, so that an impossible order fails when the pipeline is built, not on a document.

import type { AnnotatedDocument, Layer } from './document.js';

export interface Stage {
  /** A short name, used in errors and as the prefix of the rules it reports. */
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  /** Adds annotations to the document; must not rewrite the text or other stages' layers. */
  run(doc: AnnotatedDocument): void;
}

/** Checks that every stage's required layers are assigned by an earlier stage; throws naming the first gap. */
export function checkStageOrder(stages: readonly Stage[]): void {
  const have = new Set<Layer>();
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!have.has(layer)) {
        throw new Error(`newskg/annotate: stage "${stage.name}" requires layer "${layer}", which no earlier stage assigns`);
      }
    }
    for (const layer of stage.assigns) have.add(layer);
  }
}
