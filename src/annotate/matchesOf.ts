// Every match of a global regular expression in a text, read with the expression itself. String.prototype.matchAll
// clones the expression for each call, and a clone of a large expression is compiled anew whenever V8's
// compilation cache has let it go (every few garbage collections): the families' large patterns were being
// recompiled on every document, megabytes of regex bytecode per pass over the corpus.

/**
 * The matches `text.matchAll(rx)` yields, in order, as an array: the scan starts at `rx.lastIndex` and leaves it as
 * it was, as matchAll does. `rx` must be global.
 */
export function matchesOf(rx: RegExp, text: string): RegExpExecArray[] {
  if (!rx.global) throw new TypeError(`newskg/matchesOf: ${rx} is not global`);
  const saved = rx.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = rx.exec(text); m !== null; m = rx.exec(text)) {
    out.push(m);
    // an empty match would be found again at the same place: step over it, a whole code point in unicode mode
    if (m[0] === '') rx.lastIndex += (rx.unicode || rx.flags.includes('v')) && (text.codePointAt(rx.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  rx.lastIndex = saved;
  return out;
}
