// One query, answered in the worker thread and written in the asked format; the readable view shows labels.

import type { QueryWorker } from './queryWorker.js';
import { parseJsonResults, parseNTriples, queryForm, type QueryForm, type QueryResult } from './results.js';
import { engineFormatFor, iriTerms, labelQuery, quadsToTurtle, resultTable, type ResultFormat } from './writeResult.js';

/** A written answer: text in a W3C or RDF format, or a table of labelled cells. */
export interface Answer {
  form: QueryForm;
  text?: string;
  table?: { columns: string[]; rows: Record<string, string>[] };
}

/** Runs a query on a worker and writes its result; a syntax error, a misfit format or a timeout rejects. */
export async function answerQuery(worker: QueryWorker, query: string, format: ResultFormat, timeoutMs?: number): Promise<Answer> {
  const form = queryForm(query) ?? 'select';
  const raw = await worker.run(query, engineFormatFor(form, format), timeoutMs);
  if (format === 'table') {
    const result: QueryResult = form === 'construct' || form === 'describe' ? { form, quads: parseNTriples(raw) } : parseJsonResults(raw);
    const iris = iriTerms(result);
    const labels = new Map<string, string>();
    if (iris.length) {
      const found = parseJsonResults(await worker.run(labelQuery(iris), 'json', timeoutMs));
      if (found.form === 'select') {
        for (const b of found.bindings) {
          const s = b.get('s');
          const l = b.get('label');
          if (s && l && !labels.has(s.value)) labels.set(s.value, l.value);
        }
      }
    }
    return { form, table: resultTable(result, labels) };
  }
  if (format === 'turtle') return { form, text: await quadsToTurtle(parseNTriples(raw)) };
  return { form, text: raw };
}
