// PLACEHOLDER, replaced by the real entities stage: assigns an empty "entities" layer so the pipeline runs end to end.

import type { Stage } from '../stage.js';

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['mentions'],
  assigns: ['entities'],
  run() {},
};
