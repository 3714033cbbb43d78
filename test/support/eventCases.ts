// Shared fixtures of the event specifications: the publication day, the expected shape, and running the stage.

import type { EventFact, EventType, TimeValue, When } from '../../src/annotate/document.js';
import { annotateEvents } from '../../src/annotate/events/eventsStage.js';
import { annotatedDoc } from './annotatedDoc.js';

/** 2023-05-10 is a Wednesday. */
export const PUBLISHED = '2023-05-10';

export interface Expected {
  type: EventType;
  agents: string[];
  targets: string[];
  places?: string[];
  when?: When;
}

/** The events the stage finds in a marked sentence published on PUBLISHED. */
export function events(marked: string): EventFact[] {
  const doc = annotatedDoc(marked, { published: PUBLISHED });
  annotateEvents(doc);
  return doc.events;
}

/** An event's type and sorted participants, to compare with an Expected. */
export const summary = (e: EventFact): Expected => ({ type: e.type, agents: [...e.agents].sort(), targets: [...e.targets].sort() });

export const day = (value: string): TimeValue => ({ value, precision: 'day' });
