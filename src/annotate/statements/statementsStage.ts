// The statements stage: who said what, when and to which outlet (see findStatements).

import type { AnnotatedDocument } from '../document.js';
import type { Stage } from '../stage.js';
import { findStatements } from './findStatements.js';

/** Adds `doc.statements`. */
export function annotateStatements(doc: AnnotatedDocument): void {
  doc.statements.push(...findStatements(doc));
}

export const statementsStage: Stage = {
  name: 'statements',
  requires: ['entities', 'times'],
  assigns: ['statements'],
  run: annotateStatements,
};
