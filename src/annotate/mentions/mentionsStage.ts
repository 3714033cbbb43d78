// The mentions stage: every name, collective phrase and description of an actor or place, with its offsets and
// fine class; entity resolution groups them afterwards.

import type { Stage } from '../stage.js';
import { createMentionFinder, type MentionFinder } from './findMentions.js';

let finder: MentionFinder | undefined;

export const mentionsStage: Stage = {
  name: 'mentions',
  requires: ['sentences', 'tokens', 'times'],
  assigns: ['mentions'],
  run(doc) {
    // Compiled on first use, then shared by every document the pipeline annotates.
    finder ??= createMentionFinder();
    doc.mentions = finder.find(doc);
  },
};
