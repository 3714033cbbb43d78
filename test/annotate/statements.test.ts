import { describe, expect, it } from 'vitest';
import type { StatementFact, TimeValue } from '../../src/annotate/document.js';
import { quoteSpans } from '../../src/annotate/sentences/quoteSpans.js';
import { annotateStatements } from '../../src/annotate/statements/statementsStage.js';
import { annotatedDoc } from '../support/annotatedDoc.js';

// 2023-05-10 is a Wednesday.
const PUBLISHED = '2023-05-10';

function statements(marked: string, published: string | null = PUBLISHED): StatementFact[] {
  const doc = annotatedDoc(marked, published ? { published } : {});
  annotateStatements(doc);
  return doc.statements;
}

const day = (value: string): TimeValue => ({ value, precision: 'day' });

describe('speakers', () => {
  const cases: [string, string[]][] = [
    ['[Mira Tal|Person] said on Monday that talks would resume.', ['mira-tal']],
    ['"We will not retreat," said [Oren Vask|Person].', ['oren-vask']],
    ['"We will not retreat," said Deputy Minister [Oren Vask|Person].', ['oren-vask']],
    ['[Oren Vask|Person], an aide to the governor, said Saturday on [Valley News|MediaOutlet] that the road was open.', ['oren-vask']],
    ['[Oren Vask|Person] arrived in [Doma|City]. "We will not retreat," he said.', ['oren-vask']],
    ['According to [Valley News|MediaOutlet], the bridge collapsed.', ['valley-news']],
    ['[Oren Vask|Person], a spokesperson for [Varnia|Country], said the border was closed.', ['oren-vask']],
    ['[Mira Tal|Person] denied the report and said the troops stayed.', ['mira-tal']],
    ['Prime Minister [Mira Tal|Person] met with security chiefs on Saturday morning and said the border would stay closed.', ['mira-tal']],
    ['[The Defense Ministry|GovernmentAgency] said in a statement that the base was hit. The statement said two soldiers died.', ['the-defense-ministry']],
    ['A [Valley News|MediaOutlet] reporter and other [residents|CollectiveActor] said they heard explosions.', ['valley-news']],
    ['[Doma Radio|MediaOutlet] reported the fire. "The city is burning," it added.', ['doma-radio']],
    ['[Ostland|Country] condemned the raid in a statement, saying, "This will not stand."', ['ostland']],
    ['The [Aid Office|GovernmentAgency] today is announcing new grants.', ['aid-office']],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect([...new Set(statements(marked).map((s) => s.speaker))]).toEqual(expected);
  });
});

describe('not statements', () => {
  it.each([
    ['[Oren Vask|Person] did not say when talks would resume.'],
    ['[Ostland|Country] is a leading state sponsor of terrorism.'],
    ['The claims by [Ostland|Country] were false.'],
    ['No damage was reported in [Doma|City].'],
    ['[Ostland|Country] will protect its interests and deny funding to [Kestrel Brigade|ArmedGroup].'],
    ['The [Aid Office|GovernmentAgency] was told to wait.'],
    ['[Egypt|Country] has moved troops to the border, a military source told reporters.'],
    ['[Mira Tal|Person] met [Oren Vask|Person] on Tuesday, his office said.'],
    ['Police detained [Oren Vask|Person] during the raid, officials said.'],
  ])('%s', (marked) => {
    expect(statements(marked)).toEqual([]);
  });
});

describe('outlet and date', () => {
  it.each([
    ['[Mira Tal|Person] told [Valley News|MediaOutlet] on Sunday that the siege was over.', 'valley-news', day('2023-05-07')],
    ['[Oren Vask|Person] said Saturday on [Facebook|MediaOutlet] that the road was open.', 'facebook', day('2023-05-06')],
    ['[Oren Vask|Person] said later Tuesday that the road was open.', undefined, day('2023-05-09')],
    ['[Mira Tal|Person] told [residents|CollectiveActor] on Sunday to leave.', undefined, day('2023-05-07')],
    ['And on Friday, [Oren Vask|Person] said, the road reopened.', undefined, day('2023-05-05')],
    ['[Oren Vask|Person] said the road was open.', undefined, day(PUBLISHED)],
    ['"We stay," [Oren Vask|Person] told reporters in [Doma|City] on Monday.', undefined, day('2023-05-08')],
  ])('%s', (marked, medium, when) => {
    const [s] = statements(marked);
    expect(s?.medium).toEqual(medium);
    expect(s?.when).toEqual(when);
  });

  it('leaves the date out when the article has none and the text gives none', () => {
    expect(statements('[Oren Vask|Person] said the road was open.', null)[0]?.when).toBeUndefined();
  });

  it('falls back on the anchor inferred from the text when the article is undated', () => {
    const [s] = statements('Talks were held on March 3, 2021. [Oren Vask|Person] said the road was open.', null);
    expect(s?.when).toEqual(day('2021-03-03'));
  });

  it('keeps the quoted words', () => {
    expect(statements('"The city is burning," said [Oren Vask|Person].')[0]?.quote).toBe('The city is burning,');
  });
});

describe('quote spans', () => {
  it.each([
    ['He said “we stay” and left.', ['we stay']],
    ['"One," she said, "two."', ['One,', 'two.']],
    ['An open “quote runs to the end of the line\nnext line', ['quote runs to the end of the line']],
    ['No quotes here.', []],
  ])('%s', (text, expected) => {
    expect(quoteSpans(text).map((q) => text.slice(q.start, q.end))).toEqual(expected);
  });
});
