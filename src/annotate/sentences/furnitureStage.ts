// Page furniture: marks the sentences that are not body prose. Captions carry real, dated facts; related-article
// lines and the headline after them belong to other articles; bylines and lone datelines carry no facts.

import type { AnnotatedDocument, Furniture, Sentence } from '../document.js';
import type { Stage } from '../stage.js';
import { findTimes } from '../time/findTimes.js';

/** A line announcing another article; when it stands alone, the next line is that article's headline. */
const RELATED_MARKER =
  /^\s*(?:related(?:\s+(?:article|articles|story|stories|content|coverage|news|reading|links|topics))?|read\s+more|read\s+next|see\s+also|also\s+read|more\s+on\s+this(?:\s+story)?|more\s+(?:stories|news|coverage)(?:\s+from\s+[\p{L}\s]{1,30})?|recommended(?:\s+(?:stories|articles|reading|for\s+you))?|top\s+stories|most\s+(?:read|popular|viewed)|latest\s+(?:stories|news)|what\s+to\s+read\s+next|you\s+may\s+also\s+like|you\s+might\s+also\s+like)\s*[:\-–—]?\s*(.*)$/iu;
/** A list wrapper of a page ("list of 3 items", "end of list") or a headline line: short and without a final stop. */
const LIST_LINE = /^\s*(?:list\s+of\s+\d+\s+items?|end\s+of\s+list)\s*$/i;
const HEADLINE_LINE = /^[^.!?]{3,140}[^.!?"”:\s]\s*$/;
/** Page boilerplate that states nothing: advertising, calls to follow, subscribe or share. */
const BOILERPLATE =
  /^\s*(?:advertisement|sponsored(?:\s+content)?|(?:follow|like)\s+us\s+on\b.*|sign\s+up\s+(?:for|to)\b.*|subscribe\s+(?:to|now|for)\b.*|share\s+(?:this|on)\b.*|click\s+here\b.*|download\s+(?:our|the)\s+app\b.*)\s*$/i;

const BYLINE = [
  /\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\b/i,
  /^\s*(?:[Bb]y|[Ww]ritten\s+by)\s+[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}(?:\s*(?:and|,)\s*[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3})*\s*$/u,
  /^\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b/i,
  /^\s*(?:photo|image|video)\s*(?:credit)?\s*:/i,
];

/** Present-tense picture descriptions ("are seen", "look out from", "fire towards") that open or carry a caption. */
const CAPTION_CUE =
  /\b(?:is|are)\s+(?:seen|pictured|shown|displayed)\b|\b(?:pictured|in\s+this\s+(?:photo|picture|image))\b|\b(?:looks?|stands?|walks?|fires?|billows?|rises?|burns?|gathers?|holds?|carries?|sits?|rides?|waits?|poses?|reacts?|attends?|inspects?|patrols?|mourns?|wave|waves|flee|flees|march|marches|chant|chants|celebrate|celebrates|search|searches|stand|sit|gather)\s+(?:out|up|on|at|in|from|towards?|near|over|outside|inside|during|next|beside|along|amid|as|after|with)\b|\(?(?:AP|AFP|Reuters|Getty|EPA)\s*(?:Photo|Images)?\s*\/|\bPhoto\s*:/;

/** A photo credit on its own: "REUTERS/Jane Doe", "AFP via Getty Images", "(AP Photo/John Roe)". */
const PHOTO_CREDIT = /^\s*\(?(?:\p{Lu}{2,}(?:\s+\p{Lu}{2,})?(?:\s+Photo)?\s*\/\s*\p{Lu}[\p{L}.'’ -]{1,40}|\p{Lu}{2,}\s+via\s+Getty\s+Images|Getty\s+Images)\)?\s*\.?\s*$/u;
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
      // A bare marker line is followed by the other article's headline on a line of its own, or by a list of them.
      if (!related[1]?.trim() && next && next.length <= 2) {
        mark(next, 'related');
        i++;
        for (let n = 0; n < 10; n++) {
          const more = blocks[i + 1];
          const line = more ? textOf(doc, more).trim() : '';
          if (!more || !(LIST_LINE.test(line) || (more.length === 1 && HEADLINE_LINE.test(line) && !RELATED_MARKER.test(line)))) break;
          mark(more, 'related');
          i++;
        }
      }
      continue;
    }
    if (BOILERPLATE.test(text) && block.length <= 2) {
      mark(block, 'byline');
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
    else if (block.length === 2) {
      // "Smoke rises over X, June 12, 2025. REUTERS/Jane Doe": a caption followed by its photo credit
      const [picture, credit] = [doc.text.slice(block[0]!.start, block[0]!.end), doc.text.slice(block[1]!.start, block[1]!.end)];
      if (PHOTO_CREDIT.test(credit) && (isCaption(picture) || CAPTION_CUE.test(picture))) mark(block, 'caption');
    }
  }
}

export const furnitureStage: Stage = {
  name: 'furniture',
  requires: ['sentences', 'tokens'],
  assigns: [],
  run: markFurniture,
};
