// `newskg validate` in process: what it prints for conforming and violating inputs, and its exit codes.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { EXAMPLE_ARTICLE } from '../../src/paths.js';
import { entityIri } from '../../src/rdf/iris.js';
import { NKG, RDF, RDFS } from '../../src/rdf/vocab.js';
import { captureIo } from '../support/captureIo.js';

let dir: string;
let good: string;
let bad: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-validate-'));
  const e = entityIri('invented-front');
  good = join(dir, 'good.ttl');
  writeFileSync(good, `<${e}> <${RDF.type}> <${NKG.Organization}> ; <${RDFS.label}> "Invented Front" .\n`);
  bad = join(dir, 'bad.ttl');
  writeFileSync(bad, `<${e}> <${RDF.type}> <${NKG.Organization}> ; <${RDFS.label}> "Invented Front", "The Front" .\n`);
  writeFileSync(join(dir, 'broken.ttl'), `<${e}> <${RDFS.label}> .\n`);
});

async function run(...args: string[]) {
  const io = captureIo();
  const code = await validateCommand.run(args, io);
  return { code, ...io };
}

describe('newskg validate', () => {
  it('says a conforming graph conforms and exits 0', async () => {
    const r = await run(good);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${good}: conforms\n`);
  });

  it('prints each violation with focus node, path and message, and exits 1', async () => {
    const r = await run(bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${bad}: 1 violation\n`);
    expect(r.stdout).toContain(`<${entityIri('invented-front')}>  rdfs:label`);
    expect(r.stdout).toContain('an entity has exactly one rdfs:label');
  });

  it('builds an article and validates its graph', async () => {
    const r = await run(EXAMPLE_ARTICLE);
    expect(r.stdout).toBe(`${EXAMPLE_ARTICLE}: conforms\n`);
    expect(r.code).toBe(0);
  }, 60_000);

  it('reads a folder, reports unreadable inputs and counts what conforms', async () => {
    const r = await run(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.ttl: .*line 1/);
    expect(r.stderr).toContain('1 of 3 input(s) conform');
  });

  it('prints one JSON object per input with --json', async () => {
    const r = await run('--json', good, bad);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; conforms: boolean; violations: { path?: string }[] });
    expect(lines.map((l) => [l.source, l.conforms])).toEqual([
      [good, true],
      [bad, false],
    ]);
    expect(lines[1]!.violations[0]!.path).toBe('rdfs:label');
  });

  it.each([
    [[], /no input/],
    [['--limit', 'x', 'any.ttl'], /--limit/],
    [['--published', '2024-13-01', 'any.ttl'], /--published/],
  ])('refuses %j', async (args, message) => {
    await expect(run(...args)).rejects.toThrow(message);
  });

  it('refuses an input of unknown type', async () => {
    const r = await run(join(dir, 'notes.docx'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown input type "\.docx"/);
  });
});

describe('newskg validate on TriG', () => {
  it('checks the default (merged) graph of a file that has one, and the named graphs of a file that has not', async () => {
    const e = entityIri('invented-front');
    const label = `<${RDFS.label}>`;
    const type = `<${RDF.type}> <${NKG.Organization}>`;
    const own = mkdtempSync(join(tmpdir(), 'newskg-validate-trig-'));
    const merged = join(own, 'merged.trig');
    // the article graph's second label is the kind of part the merged graph settles
    writeFileSync(merged, `<${e}> ${type} ; ${label} "Invented Front" .\n<urn:article:1> { <${e}> ${type} ; ${label} "The Front" . }\n`);
    const parts = join(own, 'parts.trig');
    writeFileSync(parts, `<urn:article:1> { <${e}> ${type} ; ${label} "Invented Front" . }\n<urn:article:2> { <${e}> ${label} "The Front" . }\n`);
    const r = await run(merged, parts);
    expect(r.stdout).toContain(`${merged}: conforms\n`);
    expect(r.stdout).toContain(`${parts}: 1 violation\n`);
  });
});
