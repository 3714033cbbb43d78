// PLACEHOLDER, replaced by the real statements stage: assigns an empty "statements" layer so the pipeline runs end to end.

import type { Stage } from '../stage.js';

export const statementsStage: Stage = {
  name: 'statements',
  requires: ['entities', 'times'],
  assigns: ['statements'],
  run() {},
};
