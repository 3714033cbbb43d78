// Times that count from another day of the text ("the next day", "two days later"), across month and year ends,
// and the ones that must stay unresolved when nothing before them gives a day.

import { describe, expect, it } from 'vitest';
import type { When } from '../../src/annotate/document.js';
import { findTimes } from '../../src/annotate/time/findTimes.js';
import { parseIsoDay } from '../../src/annotate/time/calendar.js';

/** The times of a text as [surface, value] pairs, anchored on a Thursday, 2025-01-02. */
function times(text: string, published = '2025-01-02'): [string, string][] {
  const show = (w: When): string => ('value' in w ? w.value : `${w.from.value}..${w.to.value}`);
  return findTimes(text, parseIsoDay(published)).map((t) => [t.text, show(t.when)]);
}

describe('days counted from the day told before', () => {
  const cases: [string, [string, string][]][] = [
    ['Rebels attacked the town on Monday. The army retook it the next day.', [['Monday', '2024-12-30'], ['the next day', '2024-12-31']]],
    ['The deal was signed on Dec. 30. Two days later, fighting resumed.', [['Dec. 30', '2024-12-30'], ['Two days later', '2025-01-01']]],
    ['Talks collapsed on 3 March 2024; the envoy had arrived the previous day.', [['3 March 2024', '2024-03-03'], ['the previous day', '2024-03-02']]],
    ['Talks collapsed on 1 March 2024, a week earlier than planned.', [['1 March 2024', '2024-03-01'], ['a week earlier', '2024-02-23']]],
    ['Voting ended on Sunday and results came the following day.', [['Sunday', '2024-12-29'], ['the following day', '2024-12-30']]],
    ['Police arrested him on Feb. 28, 2024 and charged him the day after.', [['Feb. 28, 2024', '2024-02-28'], ['the day after', '2024-02-29']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });

  it.each([
    // nothing dated before: no day to count from
    ['The army retook the town the next day.'],
    // a day before "the day before the vote" is counted from the vote, which has no date here
    ['Talks began on Monday.\nHe returned the day before the vote.'],
    // a month is no day to count from
    ['Fighting began in March 2024. Two days later, the town fell.'],
  ])('leaves %s without a chained day', (text) => {
    expect(times(text).filter(([surface]) => /later|earlier|next|previous|following|day (?:before|after)/i.test(surface))).toEqual([]);
  });
});

describe('relative expressions across month and year ends', () => {
  const cases: [string, string, [string, string][]][] = [
    ['Shelling resumed last month.', '2025-01-02', [['last month', '2024-12']]],
    ['The group was banned earlier this year.', '2025-01-02', [['earlier this year', '2025']]],
    ['The group was banned last year.', '2025-01-02', [['last year', '2024']]],
    ['The group has fought the army since 2011.', '2025-01-02', [['2011', '2011']]],
    ['Five people were killed over the last 24 hours.', '2025-03-01', [['the last 24 hours', '2025-02-28..2025-03-01']]],
    ['Talks resumed last week.', '2025-01-02', [['last week', '2024-12-23..2024-12-29']]],
    ['Ministers met on Saturday.', '2024-03-04', [['Saturday', '2024-03-02']]],
    ['Ministers met on Dec. 31.', '2025-01-02', [['Dec. 31', '2024-12-31']]],
  ];
  it.each(cases)('%s (published %s)', (text, published, expected) => {
    expect(times(text, published)).toEqual(expected);
  });
});
