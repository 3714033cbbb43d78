// output/ holds the committed graph of the bundled example; it must be what the code builds now (run `npm start`).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildExample, EXAMPLE_OUTPUT } from '../../src/cli/commands/example.js';

describe('output/aleppo-2024-12-02.ttl', () => {
  it('is what the current code builds from examples/aleppo-2024-12-02.txt (if not, run npm start and commit)', async () => {
    const { turtle } = await buildExample();
    expect(readFileSync(EXAMPLE_OUTPUT, 'utf8') === turtle, 'output/ is stale: run `npm start` and commit output/').toBe(true);
  });
});
