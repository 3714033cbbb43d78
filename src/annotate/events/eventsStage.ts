// The events stage: event mentions from trigger words (findEvents), merged into one event per occurrence (mergeEvents).

import type { AnnotatedDocument } from '../document.js';
import type { Stage } from '../stage.js';
import { findEventMentions } from './findEvents.js';
import { mergeEvents } from './mergeEvents.js';

/** Adds `doc.events`. */
export function annotateEvents(doc: AnnotatedDocument): void {
  doc.events.push(...mergeEvents(doc, findEventMentions(doc)));
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['entities', 'times'],
  assigns: ['events'],
  run: annotateEvents,
};
