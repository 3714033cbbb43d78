// How much to believe a fact that several sources report: independent sources combine like independent
// witnesses (noisy-OR), so each new one raises the confidence and none can lower it.

/** One source's confidence in a fact, and which source it is. */
export interface SourceConfidence {
  /** Sources with the same key are not independent (the same outlet, or the same article). */
  source: string;
  value: number;
}

/**
 * The confidence of a fact given its sources: within one source the highest value counts; across independent
 * sources 1 − Π(1 − c). The values are combined in sorted order so the result never depends on arrival order.
 */
export function combineConfidence(reports: Iterable<SourceConfidence>): number {
  const best = new Map<string, number>();
  for (const { source, value } of reports) {
    const v = Math.min(1, Math.max(0, value));
    best.set(source, Math.max(best.get(source) ?? 0, v));
  }
  let doubt = 1;
  for (const v of [...best.values()].sort((a, b) => a - b)) doubt *= 1 - v;
  return 1 - doubt;
}
