import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleError, MAX_ARTICLE_BYTES, parseArticle, readArticleFile } from '../../src/read/article.js';

const dir = mkdtempSync(join(tmpdir(), 'newskg-read-'));
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('parseArticle', () => {
  it('reads front matter fields and keeps the body without it', () => {
    const a = parseArticle('---\npublished: 2023-04-05\ntitle: "A title: with colon"\nurl: https://example.org/a\noutlet: Example Wire\n---\nFirst line.\n\nSecond.\n', 'x.txt');
    expect(a).toMatchObject({
      id: 'x',
      published: '2023-04-05',
      title: 'A title: with colon',
      url: 'https://example.org/a',
      outlet: 'Example Wire',
      body: 'First line.\n\nSecond.',
    });
  });

  it('accepts an article without front matter and without a date', () => {
    const a = parseArticle('Just text.', 'plain.txt');
    expect(a.body).toBe('Just text.');
    expect(a.published).toBeUndefined();
  });

  it('normalizes Windows line ends and a byte-order mark', () => {
    expect(parseArticle('\uFEFF---\r\npublished: 2020-01-02\r\n---\r\nA.\r\nB.', 'w.txt').body).toBe('A.\nB.');
  });

  it.each([
    ['an unclosed block', '---\npublished: 2020-01-01\nText.', 'E_FRONT_MATTER'],
    ['a line that is not key: value', '---\njust words\n---\nText.', 'E_FRONT_MATTER'],
    ['an impossible date', '---\npublished: 2023-02-30\n---\nText.', 'E_DATE'],
    ['a date in another form', '---\npublished: 5 March 2023\n---\nText.', 'E_DATE'],
    ['no text after the block', '---\npublished: 2023-02-03\n---\n\n  \n', 'E_EMPTY'],
  ])('refuses %s', (_what, raw, code) => {
    expect(() => parseArticle(raw, 'bad.txt')).toThrowError(expect.objectContaining({ code, message: expect.stringMatching(/^bad\.txt: /) }));
  });

  it('gives the same hash for the same body, whatever the front matter', () => {
    const a = parseArticle('---\ntitle: A\n---\nSame body.', 'a.txt');
    const b = parseArticle('Same body.', 'b.txt');
    expect(a.hash).toBe(b.hash);
  });
});

describe('readArticleFile', () => {
  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), 'E_MISSING'],
    ['an empty file', () => file('empty.txt', ''), 'E_EMPTY'],
    ['a binary file', () => file('bin.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])), 'E_BINARY'],
    ['a Latin-1 file', () => file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x65, 0x78, 0x74])), 'E_ENCODING'],
    ['an enormous file', () => file('big.txt', 'a'.repeat(MAX_ARTICLE_BYTES + 1)), 'E_TOO_LARGE'],
    ['a folder', () => dir, 'E_MISSING'],
  ])('refuses %s with a one-line error naming it', async (_what, make, code) => {
    const path = make();
    const err = await readArticleFile(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArticleError);
    expect((err as ArticleError).code).toBe(code);
    expect((err as ArticleError).message.startsWith(`${path}: `)).toBe(true);
    expect((err as ArticleError).message).not.toContain('\n');
  });

  it('reads UTF-8 text with right-to-left script and emoji', async () => {
    const a = await readArticleFile(file('rtl.txt', 'قال المتحدث 🙂 "quoted" text.'));
    expect(a.body).toBe('قال المتحدث 🙂 "quoted" text.');
  });
});
