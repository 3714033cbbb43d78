import { describe, expect, it } from 'vitest';
import type { TimeValue, When } from '../../src/annotate/document.js';
import { createDocument } from '../../src/annotate/document.js';
import { splitSentences } from '../../src/annotate/sentences/splitSentences.js';
import { annotateTimes } from '../../src/annotate/time/timeStage.js';
import { parseArticle } from '../../src/read/article.js';

/** The times of one text published on `published` (or undated), as [surface text, when] pairs. */
function times(text: string, published?: string): [string, When][] {
  const front = published ? `---\npublished: ${published}\n---\n` : '';
  const doc = createDocument(parseArticle(front + text, 't.txt'));
  splitSentences(doc);
  annotateTimes(doc);
  return doc.times.map((t) => [t.text, t.when]);
}

const day = (value: string): When => ({ value, precision: 'day' });
const month = (value: string): When => ({ value, precision: 'month' });
const year = (value: string): TimeValue => ({ value, precision: 'year' });
const range = (from: string, to: string): When => ({ from: { value: from, precision: 'day' }, to: { value: to, precision: 'day' } });

describe('weekdays resolve to the latest such day on or before publication', () => {
  // 2023-03-01 is a Wednesday: the week before crosses the February/March boundary.
  const published = '2023-03-01';
  const cases: [string, string][] = [
    ['Monday', '2023-02-27'],
    ['Tuesday', '2023-02-28'],
    ['Wednesday', '2023-03-01'],
    ['Thursday', '2023-02-23'],
    ['Friday', '2023-02-24'],
    ['Saturday', '2023-02-25'],
    ['Sunday', '2023-02-26'],
  ];
  it.each(cases)('"The ministers met on %s."', (weekday, expected) => {
    expect(times(`The ministers met on ${weekday}.`, published)).toEqual([[weekday, day(expected)]]);
  });

  it.each([
    ['Troops withdrew late Friday.', 'late Friday', '2022-12-30'],
    ['The envoy spoke Thursday afternoon.', 'Thursday afternoon', '2022-12-29'],
    ["Sunday's vote was delayed.", "Sunday's", '2023-01-01'],
    ['The council convened last Monday.', 'last Monday', '2022-12-26'],
    ['The summit opens next Tuesday.', 'next Tuesday', '2023-01-03'],
  ])('across a year boundary: %s', (sentence, surface, expected) => {
    // 2023-01-02 is a Monday.
    expect(times(sentence, '2023-01-02')).toEqual([[surface, day(expected)]]);
  });
});

describe('dates and relative expressions', () => {
  const cases: [string, string, [string, When][]][] = [
    ['The port was shelled on October 4, 2021.', '2021-10-06', [['October 4, 2021', day('2021-10-04')]]],
    ['Talks resumed Sept. 9.', '2021-09-12', [['Sept. 9', day('2021-09-09')]]],
    ['Fighting began on Dec. 28.', '2022-01-03', [['Dec. 28', day('2021-12-28')]]],
    ['The deal was signed 14 March 2019.', '2019-04-01', [['14 March 2019', day('2019-03-14')]]],
    ['Rebels entered the town yesterday.', '2020-03-01', [['yesterday', day('2020-02-29')]]],
    ['Today, the ministry announced new measures.', '2020-03-01', [['Today', day('2020-03-01')]]],
    ['The strikes came last week.', '2024-01-03', [['last week', range('2023-12-25', '2023-12-31')]]],
    ['Officials met earlier in the week.', '2024-05-10', [['earlier in the week', range('2024-05-06', '2024-05-09')]]],
    ['Shelling continued over the last 24 hours.', '2024-01-01', [['the last 24 hours', range('2023-12-31', '2024-01-01')]]],
    ['The group was banned in 2016.', '2024-01-01', [['2016', year('2016')]]],
    ['Sanctions have applied since 2009.', '2024-01-01', [['2009', year('2009')]]],
    ['The militia arrived in late 2017.', '2024-01-01', [['late 2017', year('2017')]]],
    ['Elections were held last year.', '2021-02-02', [['last year', year('2020')]]],
    ['The rally took place last month.', '2021-01-15', [['last month', month('2020-12')]]],
    ['The mission started in May 2014.', '2021-01-15', [['May 2014', month('2014-05')]]],
    [
      'Raids hit depots in March and in November of last year.',
      '2022-06-01',
      [
        ['March', month('2021-03')],
        ['November of last year', month('2021-11')],
      ],
    ],
    ['Clashes erupted in October.', '2022-02-10', [['October', month('2021-10')]]],
    ['The rebellion of the 1990s ended.', '2022-02-10', [['1990s', { from: year('1990'), to: year('1999') }]]],
    ['Three days ago the convoy was stopped.', '2022-03-02', [['Three days ago', day('2022-02-27')]]],
    ['Rebels regrouped last weekend.', '2022-03-02', [['last weekend', range('2022-02-26', '2022-02-27')]]],
    ['Rebels regrouped over the weekend.', '2022-03-07', [['over the weekend', range('2022-03-05', '2022-03-06')]]],
  ];
  it.each(cases)('%s (published %s)', (sentence, published, expected) => {
    expect(times(sentence, published)).toEqual(expected);
  });
});

describe('numbers and words that are not times', () => {
  it.each([
    ['About 2000 troops crossed the border.'],
    ['The bill cost $2015 per unit.'],
    ['Executive Order 14024 applies.'],
    ['Officials may travel to the region.'],
    ['Protesters will march on the capital.'],
    ['Casualties rose to 1,950 according to medics.'],
    ['Resolution 2019 was adopted.'],
  ])('%s', (sentence) => {
    expect(times(sentence, '2022-01-01')).toEqual([]);
  });
});

describe('the anchor', () => {
  it('is inferred from the latest fully dated day when the article has no date, and marked', () => {
    const text = 'Talks were held in Geneva on March 3, 2021.\nThe delegations met again on Friday.';
    const front = '';
    const doc = createDocument(parseArticle(front + text, 't.txt'));
    splitSentences(doc);
    annotateTimes(doc);
    expect(doc.times.map((t) => [t.text, t.when, t.inferredAnchor ?? false])).toEqual([
      ['March 3, 2021', day('2021-03-03'), false],
      ['Friday', day('2021-02-26'), true],
    ]);
  });

  it('leaves relative expressions unresolved when nothing in the text dates it', () => {
    expect(times('The delegations met on Friday, in 2019 terms.')).toEqual([['2019', year('2019')]]);
  });
});
