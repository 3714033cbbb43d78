import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ArticleError, type Article } from '../../src/read/article.js';
import { parseHtmlArticle } from '../../src/read/htmlArticle.js';
import { parseJsonLines } from '../../src/read/jsonLines.js';
import { expandInputs, readInputs, sniffKind } from '../../src/read/readInputs.js';

const dir = mkdtempSync(join(tmpdir(), 'newskg-inputs-'));
function file(rel: string, content: string | Uint8Array): string {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

async function collect(specs: string[], stdin?: string) {
  const got: (Article | ArticleError)[] = [];
  const options = stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) };
  for await (const x of readInputs(specs, options)) got.push(x);
  return {
    ids: got.filter((x): x is Article => !(x instanceof ArticleError)).map((a) => a.id),
    articles: got.filter((x): x is Article => !(x instanceof ArticleError)),
    errors: got.filter((x): x is ArticleError => x instanceof ArticleError).map((e) => [e.code, e.source]),
  };
}

const PAGE = `<!doctype html><html><head><title>Ministers meet in Lisbon | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2023-06-14T08:30:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers meet in Lisbon</h1>
<p>The foreign ministers of Portugal and Chile met in Lisbon on Tuesday to discuss trade. They signed a joint declaration on fisheries and promised to meet again within a year.</p>
<p>The talks lasted four hours, officials said, and ended without a press conference in the old palace.</p></article>
<footer>All rights reserved</footer></body></html>`;

describe('HTML pages', () => {
  it('takes the body, title, outlet and date from the page and keeps paragraphs apart', () => {
    const a = parseHtmlArticle(PAGE, 'page.html');
    expect(a.body).toContain('The foreign ministers of Portugal and Chile met in Lisbon');
    expect(a.body).toMatch(/within a year\.\n\nThe talks lasted/);
    expect(a.body).not.toContain('Home');
    expect(a.body).not.toContain('All rights reserved');
    expect(a.published).toBe('2023-06-14');
    expect(a.outlet).toBe('The Daily Example');
    expect(a.title).toContain('Ministers meet in Lisbon');
  });

  it.each([
    ['an empty body', '<html><body></body></html>'],
    ['only a script', '<html><head><script>var x = 1;</script></head><body>  </body></html>'],
    ['no markup at all', ''],
  ])('refuses a page with %s', (_, html) => {
    expect(() => parseHtmlArticle(html, 'bad.html')).toThrow(ArticleError);
  });
});

describe('JSON Lines', () => {
  it.each([
    ['{"id": "a1", "text": "Rain fell in Oslo.", "published": "2022-01-05"}', { id: 'a1', published: '2022-01-05' }],
    ['{"text": "Rain fell in Oslo.", "title": "Weather"}', { id: 'feed-1', title: 'Weather' }],
    ['{"id": 42, "text": "Rain fell.", "outlet": "Example Wire", "url": "https://example.org/x"}', { id: '42', outlet: 'Example Wire' }],
  ])('reads %s', (line, expected) => {
    const [a] = [...parseJsonLines(line, 'feed.jsonl')];
    expect(a).not.toBeInstanceOf(ArticleError);
    expect(a).toMatchObject(expected);
  });

  it.each([
    ['not JSON', '{"text": "unclosed', 'E_JSON'],
    ['no text', '{"id": "x"}', 'E_JSON'],
    ['an array', '[1, 2]', 'E_JSON'],
    ['empty text', '{"text": "   "}', 'E_EMPTY'],
    ['a bad date', '{"text": "Rain.", "published": "2022-13-40"}', 'E_DATE'],
  ])('reports a line with %s by file and line number, and goes on', (_, bad, code) => {
    const got = [...parseJsonLines(`{"text": "First."}\n\n${bad}\n{"text": "Last."}`, 'feed.jsonl')];
    expect(got).toHaveLength(3);
    const err = got[1] as ArticleError;
    expect(err).toBeInstanceOf(ArticleError);
    expect([err.code, err.source]).toEqual([code, 'feed.jsonl:3']);
    expect((got[2] as Article).id).toBe('feed-4');
  });
});

describe('readInputs', () => {
  const corpus = join(dir, 'corpus');
  file('corpus/b.txt', 'Rain fell in Oslo on Monday.');
  file('corpus/a.txt', 'Snow fell in Bergen on Sunday.');
  file('corpus/notes.json', '{"not": "an article"}');
  file('corpus/.hidden.txt', 'hidden');
  file('corpus/deep/er/c.html', PAGE);
  file('corpus/deep/feed.jsonl', '{"id": "j1", "text": "Wind in Tromsø."}\nnot json\n{"id": "j2", "text": "Fog in Lima."}\n');
  file('corpus/empty.txt', '');
  file('corpus/latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e]));

  it('walks folders recursively in sorted order, taking article files only', async () => {
    const files = (await expandInputs([corpus])).map((f) => ('path' in f ? f.path.slice(corpus.length + 1) : f.error.code));
    expect(files).toEqual(['a.txt', 'b.txt', 'deep/er/c.html', 'deep/feed.jsonl', 'empty.txt', 'latin1.txt']);
  });

  it('reads every kind, reports the bad ones by name, and goes on', async () => {
    const { ids, errors } = await collect([corpus]);
    expect(ids).toEqual(['a', 'b', 'c', 'j1', 'j2']);
    expect(errors).toEqual([
      ['E_JSON', join(corpus, 'deep/feed.jsonl:2')],
      ['E_EMPTY', join(corpus, 'empty.txt')],
      ['E_ENCODING', join(corpus, 'latin1.txt')],
    ]);
  });

  it('matches glob patterns, lists each file once, and names what matched nothing', async () => {
    const { ids, errors } = await collect([`${corpus}/*.txt`, join(corpus, 'a.txt'), `${corpus}/*.nothing`, join(dir, 'missing.txt')]);
    expect(ids).toEqual(['a', 'b']);
    expect(errors.map(([code]) => code)).toEqual(['E_EMPTY', 'E_ENCODING', 'E_MISSING', 'E_MISSING']);
  });

  it.each([
    ['plain text', 'Rain fell in Oslo.', ['stdin']],
    ['JSON Lines', '{"id": "s1", "text": "Rain."}\n{"id": "s2", "text": "Snow."}\n', ['s1', 's2']],
    ['an HTML page', PAGE, ['stdin']],
  ])('reads %s from standard input as -', async (_, input, expected) => {
    expect((await collect(['-'], input)).ids).toEqual(expected);
  });

  it.each([
    ['{"text": "x"}', 'jsonl'],
    ['<!DOCTYPE html><html></html>', 'html'],
    ['  <html><body>x</body></html>', 'html'],
    ['The <b>tag</b> is inside text.', 'text'],
    ['Plain words.', 'text'],
  ])('sniffs %s as %s', (text, kind) => {
    expect(sniffKind(text)).toBe(kind);
  });
});
