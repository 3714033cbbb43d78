import { describe, expect, it } from 'vitest';
import { hasRdflib, hasShared } from '../support/externalTools.js';
import { devParity } from './devParity.js';

describe.skipIf(!hasShared || !hasRdflib)('the dev set as one corpus', () => {
  it("makes each actor several articles share one node with one label, and keeps every article's scores", async () => {
    const { shared, single, merged } = await devParity();
    for (const [entity, labels] of shared) expect(labels, entity).toBe(1);
    for (const [article, kinds] of Object.entries(single)) {
      for (const [kind, f1] of Object.entries(kinds)) {
        expect(merged[article]![kind]!, `${article} ${kind}`).toBeGreaterThanOrEqual(f1 - 1e-9);
      }
    }
  }, 120_000);
});
