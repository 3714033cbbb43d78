// Page furniture: marks the sentences that are not body prose. Captions carry real, dated facts; related-article
// lines and the headline after them belong to other articles; bylines and lone datelines carry no facts.

import type { AnnotatedDocument, Furniture, Sentence } from '../document.js';
import type { Stage } from '../stage.js';
import { findTimes } from '../time/findTimes.js';

/** A line announcing another article; when it stands alone, the next line is that article's headline. */
const RELATED_MARKER = /^\s*(?:related(?:\s+(?:article|articles|story|stories|content|coverage|news))?|read\s+more|see\s+also|also\s+read|more\s+on\s+this(?:\s+story)?|recommended|you\s+may\s+also\s+like)\s*[:\-–—]?\s*(.*)$/i;

const BYLINE = [
  /\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\b/i,
  /^\s*(?:[Bb]y|[Ww]ritten\s+by)\s+[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}(?:\s*(?:and|,)\s*[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3})*\s*$/u,
  /^\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b/i,
  /^\s*(?:photo|image|video)\s*(?:credit)?\s*:/i,
];

/** Present-tense picture descriptions ("are seen", "look out from", "fire towards") that open or carry a caption. */
const CAPTION_CUE =
  /\b(?:is|are)\s+(?:seen|pictured|shown|displayed)\b|\b(?:pictured|in\s+this\s+(?:photo|picture|image))\b|\b(?:looks?|stands?|walks?|fires?|billows?|rises?|burns?|gathers?|holds?|carries?|sits?|rides?|waits?|poses?|reacts?|attends?|inspects?|patrols?|mourns?|wave|waves|flee|flees|march|marches|chant|chants|celebrate|celebrates|search|searches|stand|sit|gather)\s+(?:out|up|on|at|in|from|towards?|near|over|outside|inside|during|next|beside|along|amid|as|after|with)\b|\(?(?:AP|AFP|Reuters|Getty|EPA)\s*(?:Photo|Images)?\s*\/|\bPhoto\s*:/;

/** A lone "City, Country" or "CITY —" line before the story. */
const DATELINE = /^\s*[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}(?:,\s*[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}){0,2}\s*(?:[—–-]+\s*)?(?:\([A-Z][\w\s]*\)\s*)?$/u;

function blocksOf(doc: AnnotatedDocument): Sentence[][] {
  const blocks: Sentence[][] = [];
  for (const s of doc.sentences) (blocks[s.block] ??= []).push(s);
  return blocks.filter((b) => b.length > 0);
}

function textOf(doc: AnnotatedDocument, block: Sentence[]): string {
  const first = block[0]!;
  const last = block[block.length - 1]!;
  return doc.text.slice(first.start, last.end);
}

/** A caption: a short block describing a picture, usually ending on the day it was taken. */
function isCaption(text: string): boolean {
  if (!CAPTION_CUE.test(text)) return false;
  if (/\b(?:said|says|told|according to)\b/.test(text)) return false;
  const trimmed = text.replace(/[.\s)]+$/, '');
  const times = findTimes(trimmed, undefined);
  const last = times[times.length - 1];
  const endsOnDate = last !== undefined && last.end >= trimmed.length - 1;
  const endsOnDayWithoutYear = /\b(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$/.test(trimmed);
  return endsOnDate || endsOnDayWithoutYear || /\((?:AP|AFP|Reuters|Getty|EPA)|\bPhoto\s*:/.test(text);
}

function mark(block: Sentence[], furniture: Furniture): void {
  for (const s of block) s.furniture = furniture;
}

/** Sets `furniture` on the sentences of captions, related-article lines, bylines, datelines and a leading headline. */
export function markFurniture(doc: AnnotatedDocument): void {
  const blocks = blocksOf(doc);
  const title = doc.article.title?.trim().toLowerCase();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = textOf(doc, block).trim();
    const related = RELATED_MARKER.exec(text);
    if (related && text.split(/\s+/).length <= 12) {
      mark(block, 'related');
      const next = blocks[i + 1];
      // A bare marker line is followed by the other article's headline on a line of its own.
      if (!related[1]?.trim() && next && next.length <= 2) {
        mark(next, 'related');
        i++;
      }
      continue;
    }
    if (BYLINE.some((re) => re.test(text)) && block.length <= 2) {
      mark(block, 'byline');
      continue;
    }
    if (i === 0 && title !== undefined && text.toLowerCase() === title) {
      mark(block, 'headline');
      continue;
    }
    if (i <= 1 && block.length === 1 && text.split(/\s+/).length <= 6 && DATELINE.test(text)) {
      mark(block, 'dateline');
      continue;
    }
    if (block.length === 1 && isCaption(text)) mark(block, 'caption');
  }
}

export const furnitureStage: Stage = {
  name: 'furniture',
  requires: ['sentences', 'tokens'],
  assigns: [],
  run: markFurniture,
};
