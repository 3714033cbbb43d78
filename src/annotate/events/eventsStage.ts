// PLACEHOLDER, replaced by the real events stage: assigns an empty "events" layer so the pipeline runs end to end.

import type { Stage } from '../stage.js';

export const eventsStage: Stage = {
  name: 'events',
  requires: ['entities', 'times'],
  assigns: ['events'],
  run() {},
};
