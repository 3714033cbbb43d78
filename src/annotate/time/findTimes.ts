// Finds the time expressions of a text and resolves them against an anchor day; the longest match wins overlaps.

import type { When } from '../document.js';
import { dayValue, daysOf, type DayNumber } from './calendar.js';
import { TIME_PATTERNS, type TimePattern } from './timePatterns.js';
import { matchesOf } from '../matchesOf.js';

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
  return chainDays(text, kept);
}

/** "the next day", "the day before", "two days later", "a week earlier": counted from another day, not the anchor. */
const CHAINED_DAY =
  /\b(?:the\s+(previous|next|following)\s+day|the\s+day\s+(before|after)(?=\s*[,.;)]|\s+(?:when|as|and)\b)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(later|earlier))\b/gi;
const CHAIN_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** How far back (in characters, within its paragraph) the day an expression counts from may be. */
const CHAIN_REACH = 400;

/**
 * Adds the expressions that count from the latest day told before them in the same paragraph ("Rebels attacked on
 * Monday. The army retook the town the next day."). Without such a day they name nothing and are left out.
 */
function chainDays(text: string, kept: FoundTime[]): FoundTime[] {
  const out = [...kept];
  CHAINED_DAY.lastIndex = 0;
  for (const m of matchesOf(CHAINED_DAY, text)) {
    const start = m.index;
    if (kept.some((t) => start < t.end && start + m[0].length > t.start)) continue;
    const paragraph = text.lastIndexOf('\n', start) + 1;
    const base = [...kept].reverse().find((t) => t.end <= start && t.start >= Math.max(paragraph, start - CHAIN_REACH) && 'value' in t.when && t.when.precision === 'day');
    if (!base) continue;
    const from = daysOf(base.when).first;
    let shift: number;
    if (m[1]) shift = m[1].toLowerCase() === 'previous' ? -1 : 1;
    else if (m[2]) shift = m[2].toLowerCase() === 'before' ? -1 : 1;
    else {
      const n = CHAIN_WORDS[m[3]!.toLowerCase()] ?? Number(m[3]);
      shift = n * (/^week/i.test(m[4]!) ? 7 : 1) * (m[5]!.toLowerCase() === 'earlier' ? -1 : 1);
    }
    out.push({ start, end: start + m[0].length, text: m[0], when: dayValue(from + shift), rule: 'time:chained-day', relative: true });
  }
  return out.sort((a, b) => a.start - b.start);
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
