// PLACEHOLDER, replaced by the real relations stage: assigns an empty "relations" layer so the pipeline runs end to end.

import type { Stage } from '../stage.js';

export const relationsStage: Stage = {
  name: 'relations',
  requires: ['entities', 'times'],
  assigns: ['relations'],
  run() {},
};
