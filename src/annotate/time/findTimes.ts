// Finds the time expressions of a text and resolves them against an anchor day; the longest match wins overlaps.

import type { When } from '../document.js';
import { daysOf, type DayNumber } from './calendar.js';
import { TIME_PATTERNS, type TimePattern } from './timePatterns.js';

/** One recognized time expression, before it is attached to a sentence. */
export interface FoundTime {
  start: number;
  end: number;
  text: string;
  when: When;
  rule: string;
  /** The value depends on the anchor (a weekday, "last week", a date without a year). */
  relative: boolean;
}

/** Every time expression in `text`; relative ones only when an anchor day is given. */
export function findTimes(text: string, anchor: DayNumber | undefined, patterns: readonly TimePattern[] = TIME_PATTERNS): FoundTime[] {
  const found: FoundTime[] = [];
  const ctx = { text, anchor };
  for (const p of patterns) {
    p.regex.lastIndex = 0;
    for (let m = p.regex.exec(text); m; m = p.regex.exec(text)) {
      if (m[0].length === 0) {
        p.regex.lastIndex++;
        continue;
      }
      const r = p.resolve(m, ctx);
      if (!r) continue;
      const start = m.index;
      const end = start + m[0].replace(/[\s,]+$/, '').length;
      found.push({ start, end, text: text.slice(start, end), when: r.when, rule: p.rule, relative: r.relative });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: FoundTime[] = [];
  for (const t of found) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) {
      if (t.end - t.start > last.end - last.start) kept[kept.length - 1] = t;
      continue;
    }
    kept.push(t);
  }
  return kept;
}

/**
 * An anchor for an article without a publication date: the latest fully dated day the text gives
 * (captions and datelines usually carry the day of publication). Undefined when the text dates nothing to the day.
 */
export function inferAnchor(text: string): DayNumber | undefined {
  let best: DayNumber | undefined;
  for (const t of findTimes(text, undefined)) {
    if (t.relative || !('value' in t.when) || t.when.precision !== 'day') continue;
    const d = daysOf(t.when).first;
    if (best === undefined || d > best) best = d;
  }
  return best;
}
