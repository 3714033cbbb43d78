// A mention candidate: what recognition proposes before the document-wide pass types the untyped ones and drops
// the rest. Kept apart from Mention so that recognizers can leave the class open.

import type { EntityClass, MentionForm } from '../document.js';
import type { TitleEntry } from './actorLexicon.js';

export interface Candidate {
  start: number;
  end: number;
  sentence: number;
  /** Null when only other mentions of the same surface can tell what it is (a lone capitalized word). */
  cls: EntityClass | null;
  form: MentionForm;
  rule: string;
  nameable: boolean;
  canonical?: string;
  /** The title or rank written before a person's name. */
  title?: TitleEntry;
}
