// Calendar arithmetic on whole UTC days, so that relative dates never depend on the machine's clock or time zone.

import type { Precision, TimeValue, When } from '../document.js';

/** A calendar day as a count of days since 1970-01-01 (UTC). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date; month is 1-based. */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The day number of a YYYY-MM-DD string, or undefined when it is not one. */
export function parseIsoDay(iso: string): DayNumber | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Year, 1-based month and day of a day number. */
export function ymd(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(day: DayNumber): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

/** The Monday that starts the (ISO) week holding a day. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - ((weekday(day) + 6) % 7);
}

/** The latest day on or before `anchor` that falls on a weekday (0 = Sunday). */
export function latestWeekdayOnOrBefore(anchor: DayNumber, wd: number): DayNumber {
  return anchor - ((weekday(anchor) - wd + 7) % 7);
}

/** The first day after `anchor` that falls on a weekday (0 = Sunday). */
export function nextWeekdayAfter(anchor: DayNumber, wd: number): DayNumber {
  const ahead = (wd - weekday(anchor) + 7) % 7;
  return anchor + (ahead === 0 ? 7 : ahead);
}

/** Whether a year/month/day triple names a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const back = ymd(dayNumber(year, month, day));
  return back.year === year && back.month === month && back.day === day;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A day-precision value. */
export function dayValue(day: DayNumber): TimeValue {
  const d = ymd(day);
  return { value: `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`, precision: 'day' };
}

/** A month-precision value. */
export function monthValue(year: number, month: number): TimeValue {
  return { value: `${pad(year, 4)}-${pad(month)}`, precision: 'month' };
}

/** A year-precision value. */
export function yearValue(year: number): TimeValue {
  return { value: pad(year, 4), precision: 'year' };
}

/** An interval of days, collapsed to a point when both ends are the same day. */
export function dayRange(from: DayNumber, to: DayNumber): When {
  return from === to ? dayValue(from) : { from: dayValue(from), to: dayValue(to) };
}

/** The first and last day a When covers, for comparing and merging times. */
export function daysOf(when: When): { first: DayNumber; last: DayNumber } {
  if ('value' in when) return { first: firstDay(when), last: lastDay(when) };
  return { first: firstDay(when.from), last: lastDay(when.to) };
}

function parts(t: TimeValue): number[] {
  return t.value.split('-').map(Number);
}

function firstDay(t: TimeValue): DayNumber {
  const [y = 1970, m = 1, d = 1] = parts(t);
  return dayNumber(y, t.precision === 'year' ? 1 : m, t.precision === 'day' ? d : 1);
}

function lastDay(t: TimeValue): DayNumber {
  const [y = 1970, m = 1, d = 1] = parts(t);
  if (t.precision === 'year') return dayNumber(y, 12, 31);
  if (t.precision === 'month') return dayNumber(y, m + 1, 1) - 1;
  return dayNumber(y, m, d);
}

/** How precise a When is: an interval counts as its coarser end. */
export function precisionOf(when: When): Precision {
  if ('value' in when) return when.precision;
  const rank: Record<Precision, number> = { day: 0, month: 1, year: 2 };
  return rank[when.from.precision] >= rank[when.to.precision] ? when.from.precision : when.to.precision;
}
