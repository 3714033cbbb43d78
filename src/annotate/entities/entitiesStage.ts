// The entities stage: one entity per real-world actor or place of the article, with every name it goes by.

import type { Stage } from '../stage.js';
import { actorLexicon } from '../mentions/actorLexicon.js';
import { resolveEntities } from './resolveEntities.js';

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['mentions'],
  assigns: ['entities'],
  run(doc) {
    doc.entities = resolveEntities(actorLexicon(), doc);
  },
};
