// Second opinions from tools that are not ours: rdflib (Python) and rapper (raptor2). Tests skip when absent.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PYTHON = '/usr/bin/python3';

export const hasRdflib: boolean =
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import rdflib'], { stdio: 'ignore' }).status === 0;

export const hasRapper: boolean = spawnSync('rapper', ['--version'], { stdio: 'ignore' }).status === 0;

/** The shared folder beside the repo (dev corpus, reference scorer, W3C tests), when present. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const hasShared: boolean = existsSync(`${SHARED_DIR}eval/score.py`);

/** Number of triples rdflib parses from a file (throws when it cannot parse). */
export function rdflibTripleCount(path: string, format = 'turtle'): number {
  const out = execFileSync(PYTHON, ['-c', `import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format=sys.argv[2]); print(len(g))`, path, format], {
    encoding: 'utf8',
  });
  return Number(out.trim());
}

/** Number of triples rapper parses from a Turtle file (throws when it reports an error). */
export function rapperTripleCount(path: string): number {
  const res = spawnSync('rapper', ['-i', 'turtle', '-c', path], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`rapper failed: ${res.stderr}`);
  const m = /returned (\d+) triples/.exec(res.stderr);
  if (!m) throw new Error(`rapper said: ${res.stderr}`);
  return Number(m[1]);
}
