// The entities stage: one entity per real-world actor or place of the article, with every name it goes by, and the
// entity each pronoun and definite description stands for.

import type { Stage } from '../stage.js';
import { actorLexicon } from '../mentions/actorLexicon.js';
import { resolveEntities } from './resolveEntities.js';
import { readReferences } from './references.js';
import { addDescriptionMentions, joinDescriptions } from './descriptionMentions.js';

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['mentions'],
  assigns: ['entities'],
  run(doc) {
    doc.entities = resolveEntities(actorLexicon(), doc);
    doc.references = readReferences(doc);
    joinDescriptions(doc);
    addDescriptionMentions(doc);
  },
};
