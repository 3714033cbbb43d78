// The language of time expressions: each pattern recognizes one family of English date phrases and resolves a
// match against an anchor day (the publication date) into a When of the precision the text gives.

import type { When } from '../document.js';
import {
  dayNumber,
  dayRange,
  dayValue,
  isRealDate,
  latestWeekdayOnOrBefore,
  mondayOf,
  monthValue,
  nextWeekdayAfter,
  ymd,
  yearValue,
  type DayNumber,
} from './calendar.js';

/** What a pattern resolver sees: the whole text, where the match ends, and the anchor day if there is one. */
export interface TimeContext {
  text: string;
  anchor: DayNumber | undefined;
}

/** A resolved match; `relative` says the value depends on the anchor. */
export interface Resolved {
  when: When;
  relative: boolean;
}

export interface TimePattern {
  /** The rule name reported on each expression. */
  rule: string;
  /** A global regular expression; compiled once when this module loads. */
  regex: RegExp;
  resolve(m: RegExpExecArray, ctx: TimeContext): Resolved | undefined;
}

const MONTH = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const MONTH_FULL = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
const WEEKDAY = String.raw`(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const YEAR = String.raw`((?:1[89]|20)\d\d)`;
const PART_OF_DAY = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;

const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, 'twenty-four': 24, 'forty-eight': 48, 'seventy-two': 72,
};

function monthOf(word: string): number {
  return MONTH_INDEX[word.slice(0, 3).toLowerCase()] ?? 0;
}

function weekdayOf(word: string): number {
  return WEEKDAY_INDEX[word.slice(0, 3).toLowerCase()] ?? 0;
}

function numberOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
}

/** The year that puts a month/day closest to the anchor (a December date in a January article is last year's). */
function closestYear(anchor: DayNumber, month: number, day: number): number {
  const { year } = ymd(anchor);
  let best = year;
  let bestGap = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    if (!isRealDate(y, month, day)) continue;
    const gap = Math.abs(dayNumber(y, month, day) - anchor);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

/** A year named after a bare month ("June and September of last year", "June of 2015"), if the text gives one. */
function trailingYear(ctx: TimeContext, end: number): { year: number; relative: boolean } | 'none' | undefined {
  const rest = ctx.text.slice(end, end + 80);
  const m = new RegExp(String.raw`^(?:\s*(?:,|and|or|in|and in|or in)\s*${MONTH_FULL})*\s+of\s+(?:(last|this|next)\s+year|${YEAR}\b)`).exec(rest);
  if (!m) return 'none';
  if (m[3]) return { year: Number(m[3]), relative: false };
  if (ctx.anchor === undefined) return undefined;
  const shift = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
  return { year: ymd(ctx.anchor).year + shift, relative: true };
}

/** Words before a bare month that make it a date rather than a name or the modal "may". */
const MONTH_CUE = /(?:\b(?:in|since|until|till|by|during|through|from|of|before|after|and|or|to|early|late|mid|last|this|next|between)[\s-]+)$/i;

/** Numbers that are counts, codes or money, not years. */
const NOT_YEAR_BEFORE = /(?:[$£€#]|\d[,.]|\b(?:No|Nos|no|number|Number|Order|E\.O|section|Section|Resolution|resolution|Law|law|Act|Flight|flight|Route|route|Highway|Article|article|Decree|decree)\.?\s)$/;
const NOT_YEAR_AFTER =
  /^(?:[,.]\d|%|\s*(?:percent|per cent)|-\d|\s+(?:people|persons|troops|soldiers|civilians|fighters|militants|members|residents|refugees|migrants|men|women|children|dead|killed|wounded|casualties|rockets|missiles|shells|rounds|drones|homes|houses|buildings|kilometers|kilometres|miles|km|meters|metres|tons|tonnes|dollars|euros|barrels)\b)/;

function year(y: number): Resolved {
  return { when: yearValue(y), relative: false };
}

/** Every time pattern, most specific first (overlaps are resolved in favour of the longest match). */
export const TIME_PATTERNS: readonly TimePattern[] = [
  {
    rule: 'time:iso-date',
    regex: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve(m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isRealDate(y, mo, d) ? { when: dayValue(dayNumber(y, mo, d)), relative: false } : undefined;
    },
  },
  {
    rule: 'time:us-numeric-date',
    regex: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    resolve(m) {
      const [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isRealDate(y, mo, d) ? { when: dayValue(dayNumber(y, mo, d)), relative: false } : undefined;
    },
  },
  {
    // "Monday, Dec. 2, 2024", "November 29", "Apr. 20, 2019", "Sept. 3rd"
    rule: 'time:month-day',
    regex: new RegExp(String.raw`\b(?:${WEEKDAY},?\s+)?${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d|,\d|:)(?:(?:,\s*|\s+)${YEAR}(?!\d))?`, 'g'),
    resolve(m, ctx) {
      const month = monthOf(m[2]!);
      const day = Number(m[3]);
      if (m[4]) {
        const y = Number(m[4]);
        return isRealDate(y, month, day) ? { when: dayValue(dayNumber(y, month, day)), relative: false } : undefined;
      }
      if (ctx.anchor === undefined) return undefined;
      const y = closestYear(ctx.anchor, month, day);
      return isRealDate(y, month, day) ? { when: dayValue(dayNumber(y, month, day)), relative: true } : undefined;
    },
  },
  {
    // "29 November 2024", "3 Oct. 2020", "10th of August"
    rule: 'time:day-month',
    regex: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?![a-z])(?:,?\s+${YEAR}(?!\d))?`, 'g'),
    resolve(m, ctx) {
      const day = Number(m[1]);
      const month = monthOf(m[2]!);
      if (m[3]) {
        const y = Number(m[3]);
        return isRealDate(y, month, day) ? { when: dayValue(dayNumber(y, month, day)), relative: false } : undefined;
      }
      if (ctx.anchor === undefined) return undefined;
      const y = closestYear(ctx.anchor, month, day);
      return isRealDate(y, month, day) ? { when: dayValue(dayNumber(y, month, day)), relative: true } : undefined;
    },
  },
  {
    // "June 2024", "late November 2023", "June of 2015"
    rule: 'time:month-year',
    regex: new RegExp(String.raw`\b(?:(?:early|mid|late)[\s-]+)?${MONTH_FULL}(?:\s+of)?,?\s+${YEAR}(?!\d)`, 'g'),
    resolve(m) {
      return { when: monthValue(Number(m[2]), monthOf(m[1]!)), relative: false };
    },
  },
  {
    // "September of last year", "March this year"
    rule: 'time:month-relative-year',
    regex: new RegExp(String.raw`\b${MONTH_FULL}\s+(?:of\s+)?(last|this|next)\s+year\b`, 'g'),
    resolve(m, ctx) {
      if (ctx.anchor === undefined) return undefined;
      const shift = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
      return { when: monthValue(ymd(ctx.anchor).year + shift, monthOf(m[1]!)), relative: true };
    },
  },
  {
    // "in June", "last March", "in June and in September of last year" (the trailing year applies to both)
    rule: 'time:month',
    regex: new RegExp(String.raw`\b(?:(last|this|next)\s+)?${MONTH_FULL}\b(?!\s+\d)`, 'g'),
    resolve(m, ctx) {
      if (!m[1] && !MONTH_CUE.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) return undefined;
      const month = monthOf(m[2]!);
      const trailing = trailingYear(ctx, m.index + m[0].length);
      if (trailing === undefined) return undefined;
      if (trailing !== 'none') return { when: monthValue(trailing.year, month), relative: trailing.relative };
      if (ctx.anchor === undefined) return undefined;
      const a = ymd(ctx.anchor);
      let y = a.year;
      if (m[1] === 'next') y = month > a.month ? a.year : a.year + 1;
      else if (m[1] === 'last') y = month < a.month ? a.year : a.year - 1;
      else if (m[1] !== 'this' && month > a.month) y = a.year - 1; // a bare month is the latest one on or before the anchor
      return { when: monthValue(y, month), relative: true };
    },
  },
  {
    rule: 'time:decade',
    regex: /\b((?:1[89]|20)\d)0s\b/g,
    resolve(m) {
      const d = Number(m[1]) * 10;
      return { when: { from: yearValue(d), to: yearValue(d + 9) }, relative: false };
    },
  },
  {
    // "2018", "in 2018", "since 2011" (the year itself), "late 2017", "mid-2015"
    rule: 'time:year',
    regex: new RegExp(String.raw`\b(?:(?:early|mid|late|the end of|the beginning of|the start of)[\s-]+)?${YEAR}\b`, 'g'),
    resolve(m, ctx) {
      const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (NOT_YEAR_BEFORE.test(before) || NOT_YEAR_AFTER.test(after)) return undefined;
      return year(Number(m[1]));
    },
  },
  {
    // "Friday", "on Monday", "late Saturday", "later Monday", "Thursday afternoon", "Friday's", "last Tuesday"
    rule: 'time:weekday',
    regex: new RegExp(String.raw`\b(?:(?:early|late|later|earlier)\s+)?(?:(last|next|this|Last|Next|This)\s+)?${WEEKDAY}(?:'s|’s)?${PART_OF_DAY}\b`, 'g'),
    resolve(m, ctx) {
      if (ctx.anchor === undefined) return undefined;
      const wd = weekdayOf(m[2]!);
      const which = m[1]?.toLowerCase();
      let day: DayNumber;
      if (which === 'next') day = nextWeekdayAfter(ctx.anchor, wd);
      else if (which === 'last') day = latestWeekdayOnOrBefore(ctx.anchor - 1, wd);
      else day = latestWeekdayOnOrBefore(ctx.anchor, wd);
      return { when: dayValue(day), relative: true };
    },
  },
  {
    rule: 'time:deictic-day',
    regex: /\b(today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|last night|overnight)(?:'s|’s)?\b/gi,
    resolve(m, ctx) {
      if (ctx.anchor === undefined) return undefined;
      const a = ctx.anchor;
      const w = m[1]!.toLowerCase();
      if (w === 'yesterday' || w === 'last night') return { when: dayValue(a - 1), relative: true };
      if (w === 'tomorrow') return { when: dayValue(a + 1), relative: true };
      if (w === 'overnight') return { when: dayRange(a - 1, a), relative: true };
      return { when: dayValue(a), relative: true };
    },
  },
  {
    // "over the last 24 hours" is the day before and the day itself; "the past three days", "the last week"
    rule: 'time:recent-span',
    regex: /\bthe\s+(?:last|past|previous)\s+(?:(\d+|[a-z]+(?:-[a-z]+)?)\s+)?(hours?|days?|weeks?|months?|year)\b/gi,
    resolve(m, ctx) {
      if (ctx.anchor === undefined) return undefined;
      // "the previous day" counts back from another time in the sentence, not from the anchor
      if (m[1] === undefined && /previous/i.test(m[0])) return undefined;
      const n = m[1] === undefined ? 1 : numberOf(m[1]);
      if (n === undefined) return undefined;
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      const days = unit === 'hour' ? Math.ceil(n / 24) : unit === 'day' ? n : unit === 'week' ? 7 * n : unit === 'month' ? 30 * n : 365 * n;
      return { when: dayRange(ctx.anchor - Math.max(1, days), ctx.anchor), relative: true };
    },
  },
  {
    rule: 'time:ago',
    regex: /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?|years?)\s+ago\b/gi,
    resolve(m, ctx) {
      if (ctx.anchor === undefined) return undefined;
      const n = numberOf(m[1]!);
      if (n === undefined) return undefined;
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      const a = ymd(ctx.anchor);
      if (unit === 'day') return { when: dayValue(ctx.anchor - n), relative: true };
      if (unit === 'week') return { when: dayValue(ctx.anchor - 7 * n), relative: true };
      if (unit === 'month') {
        const months = a.year * 12 + (a.month - 1) - n;
        return { when: monthValue(Math.floor(months / 12), (months % 12) + 1), relative: true };
      }
      return { when: yearValue(a.year - n), relative: true };
    },
  },
  {
    // "last week" is the Monday-to-Sunday week before the publication week
    rule: 'time:relative-week',
    regex: /\b(?:(last|this|next|previous)\s+week|(earlier|later)\s+(?:in\s+the|this)\s+week)\b/gi,
    resolve(m, ctx) {
      if (ctx.anchor === undefined) return undefined;
      const monday = mondayOf(ctx.anchor);
      const which = (m[1] ?? m[2]!).toLowerCase();
      if (which === 'last' || which === 'previous') return { when: dayRange(monday - 7, monday - 1), relative: true };
      if (which === 'next') return { when: dayRange(monday + 7, monday + 13), relative: true };
      if (which === 'earlier') return { when: dayRange(monday, Math.max(monday, ctx.anchor - 1)), relative: true };
      if (which === 'later') return { when: dayRange(ctx.anchor, monday + 6), relative: true };
      return { when: dayRange(monday, ctx.anchor), relative: true };
    },
  },
  {
    // "last weekend" is the Saturday and Sunday before the publication week; "this weekend" the one of that week
    rule: 'time:weekend',
    regex: /\b(last|this|the|over\s+the|previous)\s+weekend\b/gi,
    resolve(m, ctx) {
      if (ctx.anchor === undefined) return undefined;
      const monday = mondayOf(ctx.anchor);
      const last = /last|previous/i.test(m[1]!);
      const saturday = last ? monday - 2 : monday + 5;
      if (!last && saturday > ctx.anchor) return { when: dayRange(monday - 2, monday - 1), relative: true };
      return { when: dayRange(saturday, Math.min(saturday + 1, Math.max(saturday, ctx.anchor))), relative: true };
    },
  },
  {
    rule: 'time:relative-month',
    regex: /\b(?:(last|this|next|previous)\s+month|earlier\s+this\s+(month))\b/gi,
    resolve(m, ctx) {
      if (ctx.anchor === undefined) return undefined;
      const a = ymd(ctx.anchor);
      const shift = m[1]?.toLowerCase() === 'next' ? 1 : m[1] && m[1].toLowerCase() !== 'this' ? -1 : 0;
      const months = a.year * 12 + (a.month - 1) + shift;
      return { when: monthValue(Math.floor(months / 12), (months % 12) + 1), relative: true };
    },
  },
  {
    // "last year" is the year before; "the last year" is a recent span (above)
    rule: 'time:relative-year',
    regex: /\b(?:(last|this|next|previous)\s+year|earlier\s+this\s+(year))\b/gi,
    resolve(m, ctx) {
      if (ctx.anchor === undefined) return undefined;
      if (/\bthe\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) return undefined;
      const w = m[1]?.toLowerCase();
      const shift = w === 'next' ? 1 : w === 'last' || w === 'previous' ? -1 : 0;
      return { when: yearValue(ymd(ctx.anchor).year + shift), relative: true };
    },
  },
];
