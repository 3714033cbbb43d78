// Quoted speech: the spans between opening and closing quotation marks, so that later stages can tell the words
// of a speaker from what the article itself asserts.

import type { Span } from '../document.js';

const OPEN = new Set(['“', '«', '„']);
const CLOSE: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

/**
 * The quoted spans of a text (inner text, without the marks), in order. Curly quotes pair open with close; straight
 * double quotes pair in turn. A quote left open runs to the end of its paragraph, as news copy continues quotes
 * across sentences.
 */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (OPEN.has(ch) || ch === '"') {
      const close = ch === '"' ? '"' : CLOSE[ch]!;
      const lineEnd = text.indexOf('\n', i + 1);
      const limit = lineEnd < 0 ? text.length : lineEnd;
      const end = text.indexOf(close, i + 1);
      const stop = end < 0 || end > limit ? limit : end;
      if (stop > i + 1) spans.push({ start: i + 1, end: stop });
      i = stop + 1;
      continue;
    }
    i++;
  }
  return spans;
}

/** Whether a span lies inside one of the quoted spans (sorted, as quoteSpans returns them). */
export function isQuoted(quotes: readonly Span[], span: Span): boolean {
  return quotes.some((q) => span.start >= q.start && span.end <= q.end);
}
