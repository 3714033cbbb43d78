import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { EXAMPLE_ARTICLE } from '../../src/paths.js';
import { captureIo } from '../support/captureIo.js';
import { hasRapper, hasRdflib, rapperTripleCount, rdflibTripleCount } from '../support/externalTools.js';

const dir = mkdtempSync(join(tmpdir(), 'newskg-cli-'));
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, ...io };
}

const TRICKY = `---
published: 2024-03-08
title: "Quotes \\"inside\\", a backslash \\\\ and emoji 🚀"
---
"We will not stop," said Ahmad al-Ḥasan, a spokesman for the Free Example Front 🙂.
Officials in القاهرة said the convoy left at dawn. A line with a tab\there and a backslash \\ too.
`;

describe('newskg build', () => {
  it('writes Turtle that n3, rapper and rdflib all parse, even with quotes, emoji and right-to-left script', async () => {
    const input = file('tricky.txt', TRICKY);
    const out = join(dir, 'tricky.ttl');
    const res = await run('build', input, '-o', out, '-q');
    expect(res.code).toBe(0);
    const turtle = readFileSync(out, 'utf8');
    const quads = new Parser().parse(turtle);
    expect(quads.length).toBeGreaterThan(0);
    const text = quads.find((q) => q.predicate.value.endsWith('#isString'));
    expect(text?.object.value).toContain('القاهرة');
    expect(text?.object.value).toContain('🙂');
    if (hasRapper) expect(rapperTripleCount(out)).toBe(quads.length);
    if (hasRdflib) expect(rdflibTripleCount(out)).toBe(quads.length);
  });

  it('gives byte-identical output when built twice', async () => {
    const a = await run('build', EXAMPLE_ARTICLE);
    const b = await run('build', EXAMPLE_ARTICLE);
    expect(a.code).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(a.stdout).toBe(b.stdout);
  });

  it.each(['trig', 'nquads', 'jsonld'])('writes %s that parses back to the same number of triples', async (format) => {
    const turtle = new Parser().parse((await run('build', EXAMPLE_ARTICLE)).stdout);
    const res = await run('build', EXAMPLE_ARTICLE, '--format', format);
    expect(res.code).toBe(0);
    if (format === 'jsonld') {
      const nquads = (await jsonld.toRDF(JSON.parse(res.stdout) as object, { format: 'application/n-quads' })) as unknown as string;
      expect(new Parser({ format: 'N-Quads' }).parse(nquads).length).toBe(turtle.length);
    } else {
      // TriG and N-Quads also keep each article's own assertions in a named graph: the default graph is the merge
      const quads = new Parser({ format: format === 'trig' ? 'TriG' : 'N-Quads' }).parse(res.stdout);
      expect(quads.filter((q) => q.graph.termType === 'DefaultGraph').length).toBe(turtle.length);
      expect(quads.filter((q) => q.graph.termType === 'NamedNode').length).toBe(turtle.length);
    }
  });

  it('uses --published for articles without a date and refuses a bad one', async () => {
    const input = file('undated.txt', 'Rebels attacked the town on Monday.');
    const ok = await run('build', input, '--published', '2024-01-10');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('"2024-01-10"^^xsd:date');
    const bad = await run('build', input, '--published', '2024-13-01');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--published "2024-13-01" is not a valid/);
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), /missing\.txt: no such file/],
    ['an empty file', () => file('empty.txt', ''), /empty\.txt: the file is empty/],
    ['a binary file', () => file('b.bin', new Uint8Array([1, 0, 2, 0, 3])), /b\.bin: the file is binary/],
    ['non-UTF-8 text', () => file('l1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9])), /l1\.txt: the file is not valid UTF-8/],
    ['malformed front matter', () => file('fm.txt', '---\ntitle: x\nno colon here\n---\nText.'), /fm\.txt: front matter line 3/],
  ])('fails on %s with one line naming the file, exit 1 and no output file', async (_what, make, message) => {
    const input = make();
    const out = join(dir, `never-${Math.random().toString(36).slice(2)}.ttl`);
    const res = await run('build', input, '-o', out);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(message);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('still builds the good inputs when one of several fails, and says so in the exit code', async () => {
    const out = join(dir, 'partial.ttl');
    const res = await run('build', EXAMPLE_ARTICLE, join(dir, 'missing.txt'), '-o', out, '-q');
    expect(res.code).toBe(1);
    expect(existsSync(out)).toBe(true);
  });

  it('refuses an unknown format with the list of formats', async () => {
    const res = await run('build', EXAMPLE_ARTICLE, '--format', 'rdfxml');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('turtle, trig, nquads, jsonld');
  });
});

describe('newskg', () => {
  it('lists its commands and refuses an unknown one', async () => {
    expect((await run('--help')).stdout).toMatch(/build\s+build a knowledge graph/);
    const res = await run('frobnicate');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('E_UNKNOWN_COMMAND');
  });
});
