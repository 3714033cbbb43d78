// PLACEHOLDER, replaced by the real mentions stage: assigns an empty "mentions" layer so the pipeline runs end to end.

import type { Stage } from '../stage.js';

export const mentionsStage: Stage = {
  name: 'mentions',
  requires: ['sentences', 'tokens', 'times'],
  assigns: ['mentions'],
  run() {},
};
