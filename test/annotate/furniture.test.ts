import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/annotate/document.js';
import { markFurniture } from '../../src/annotate/sentences/furnitureStage.js';
import { splitSentences } from '../../src/annotate/sentences/splitSentences.js';
import { parseArticle } from '../../src/read/article.js';

/** Each line of an article with the furniture mark of its first sentence ('' for body prose). */
function marks(lines: string[], title?: string): [string, string][] {
  const front = `---\npublished: 2022-05-06\n${title ? `title: ${title}\n` : ''}---\n`;
  const doc = createDocument(parseArticle(front + lines.join('\n\n'), 't.txt'));
  splitSentences(doc);
  markFurniture(doc);
  const byBlock = new Map<number, string>();
  for (const s of doc.sentences) if (!byBlock.has(s.block)) byBlock.set(s.block, s.furniture ?? '');
  return lines.map((line, i) => [line, byBlock.get(i) ?? '']);
}

describe('page furniture', () => {
  it('marks a related-article line and the headline after it, not the body around them', () => {
    expect(
      marks([
        'Border guards detained two smugglers on Tuesday.',
        'Related article',
        'Drought pushes herders across the frontier',
        'The ministry said more patrols would follow.',
      ]),
    ).toEqual([
      ['Border guards detained two smugglers on Tuesday.', ''],
      ['Related article', 'related'],
      ['Drought pushes herders across the frontier', 'related'],
      ['The ministry said more patrols would follow.', ''],
    ]);
  });

  it('marks a related line that carries its own headline without swallowing the next paragraph', () => {
    expect(marks(['READ MORE: Port strike enters second week', 'Dock workers walked out on Monday.'])).toEqual([
      ['READ MORE: Port strike enters second week', 'related'],
      ['Dock workers walked out on Monday.', ''],
    ]);
  });

  it.each([
    ['Protesters gather outside the parliament building in Valmora, Ostland, May 4, 2022.', 'caption'],
    ['Smoke rises over the harbour after a drone strike on May 3.', 'caption'],
    ['A damaged truck is seen at a checkpoint near the river on May 2, 2022.', 'caption'],
    ['The army said it shelled the harbour on May 3, 2022.', ''],
    ['Talks between the two sides collapsed on May 3.', ''],
    ['Smoke rises over the harbour, residents said.', ''],
  ])('caption or prose: %s', (line, expected) => {
    expect(marks([line])[0]![1]).toBe(expected);
  });

  it.each([
    ['Reuters staff contributed to this report.', 'byline'],
    ['By Anna Marsh and Tomas Keller', 'byline'],
    ['Additional reporting by Lee Park; editing by Sam Ode', 'byline'],
    ['By nightfall the rebels had withdrawn from the ridge.', ''],
  ])('byline or prose: %s', (line, expected) => {
    expect(marks(['Border guards detained two smugglers on Tuesday.', line])[1]![1]).toBe(expected);
  });

  it('marks a lone place line before the story as a dateline, but not a short first sentence', () => {
    expect(marks(['Valmora, Ostland', 'Rebels shelled the city on Friday.'])[0]![1]).toBe('dateline');
    expect(marks(['Rebels shelled Valmora.', 'The army withdrew.'])[0]![1]).toBe('');
  });

  it('marks the headline when the body repeats the title', () => {
    expect(marks(['Rebels Shell Valmora', 'Rebels shelled the city on Friday.'], 'Rebels Shell Valmora')[0]![1]).toBe('headline');
  });
});

describe('page furniture: lists of other articles, credits and boilerplate', () => {
  it('marks a headline list after a bare marker, up to the next prose paragraph', () => {
    expect(
      marks([
        'Rebels shelled the port on Monday.',
        'Recommended Stories',
        'list of 2 items',
        'Navy seizes tanker off the coast',
        'Talks on grain corridor stall again',
        'end of list',
        'The navy said three sailors were hurt.',
      ]),
    ).toEqual([
      ['Rebels shelled the port on Monday.', ''],
      ['Recommended Stories', 'related'],
      ['list of 2 items', 'related'],
      ['Navy seizes tanker off the coast', 'related'],
      ['Talks on grain corridor stall again', 'related'],
      ['end of list', 'related'],
      ['The navy said three sailors were hurt.', ''],
    ]);
  });

  it.each([['More stories from the region'], ['Most read'], ['Top stories'], ['Related coverage']])('reads "%s" as a marker', (marker) => {
    expect(marks([marker, 'Floods cut off northern towns', 'Rescuers reached the towns on Friday.']).map(([, m]) => m)).toEqual(['related', 'related', '']);
  });

  it('keeps a caption with its photo credit as one dated caption', () => {
    expect(marks(['Smoke rises over the harbour after shelling, May 4, 2022. REUTERS/Jane Roe', 'The harbour was shelled again.']).map(([, m]) => m)).toEqual(['caption', '']);
  });

  it.each([['Advertisement'], ['Follow us on Telegram for live updates.'], ['Sign up for our daily briefing.']])('marks boilerplate "%s" as stating nothing', (line) => {
    expect(marks(['The ministry said patrols would follow.', line]).map(([, m]) => m)).toEqual(['', 'byline']);
  });

  it('does not mark a prose paragraph that follows a marker with its own headline', () => {
    expect(marks(['Read more: Port strike ends', 'Dock workers returned on Monday', 'Officials said the port reopened.']).map(([, m]) => m)).toEqual(['related', '', '']);
  });
});
