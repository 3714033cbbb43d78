// PLACEHOLDER, replaced by the real time stage: assigns an empty "times" layer so the pipeline runs end to end.

import type { Stage } from '../stage.js';

export const timeStage: Stage = {
  name: 'time',
  requires: ['sentences', 'tokens'],
  assigns: ['times'],
  run() {},
};
