// Factors the leading characters shared by the alternatives of a regular expression ("minister|mayor" becomes
// "m(?:inister|ayor)"), so a scan tries one branch per first letter instead of every alternative at every position.

/** A piece of a regular expression source that matches as one unit; `key` is set when it is one plain character. */
interface Atom {
  src: string;
  /** The character the atom matches (a letter lower-cased: the lexicons match regardless of case). */
  key?: string;
}

const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);
const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;
const LETTER = /[A-Za-z]/;

/** The index just past the class that opens at `i`. */
function skipClass(source: string, i: number): number {
  for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
  return i + 1;
}

/** The index just past the group that opens at `i`. */
function skipGroup(source: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return i;
}

function atomsOf(alternative: string): Atom[] {
  const out: Atom[] = [];
  let i = 0;
  while (i < alternative.length) {
    const start = i;
    const c = alternative[i]!;
    let key: string | undefined;
    if (c === '\\') {
      const escaped = alternative[i + 1] ?? '';
      i += 2;
      // "\." is a plain character; "\b", "\s", "\d" are not
      if (!/[A-Za-z0-9]/.test(escaped)) key = escaped;
    } else if (c === '[') i = skipClass(alternative, i);
    else if (c === '(') i = skipGroup(alternative, i);
    else {
      i++;
      if (!SPECIAL.has(c)) key = LETTER.test(c) ? c.toLowerCase() : c;
    }
    // a quantified atom matches in more than one way, so it is never shared: "a ?b|a ?c" tries "a b" before "ac"
    const q = QUANTIFIER.exec(alternative.slice(i));
    if (q) {
      i += q[0].length;
      key = undefined;
    }
    out.push(key === undefined ? { src: alternative.slice(start, i) } : { src: alternative.slice(start, i), key });
  }
  return out;
}

/** The top-level alternatives of a source. */
function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = skipClass(source, i) - 1;
    else if (c === '(') i = skipGroup(source, i) - 1;
    else if (c === '|') {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * Alternatives opening on a plain character are grouped by it. Two groups never match at the same place, so the
 * order between them does not matter; inside a group the order is kept, and an alternative that opens otherwise (a
 * class, a group, an empty rest) stays where it was, between the runs it separates.
 */
function factorAtoms(alternatives: Atom[][]): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i < alternatives.length) {
    if (alternatives[i]![0]?.key === undefined) {
      parts.push(alternatives[i]!.map((a) => a.src).join(''));
      i++;
      continue;
    }
    const groups = new Map<string, Atom[][]>();
    for (; i < alternatives.length && alternatives[i]![0]?.key !== undefined; i++) {
      const key = alternatives[i]![0]!.key!;
      const group = groups.get(key);
      if (group) group.push(alternatives[i]!);
      else groups.set(key, [alternatives[i]!]);
    }
    for (const group of groups.values()) {
      if (group.length === 1) {
        parts.push(group[0]!.map((a) => a.src).join(''));
        continue;
      }
      const rest = factorAtoms(group.map((a) => a.slice(1)));
      const head = group[0]![0]!.src;
      parts.push(rest.length === 1 ? head + rest[0] : `${head}(?:${rest.join('|')})`);
    }
  }
  return parts;
}

/**
 * The same alternation with the leading characters its alternatives share factored out; it matches what the source
 * matches, preferring the same alternative. Letters are grouped regardless of case: for sources used caselessly.
 */
export function factored(source: string): string {
  return factorAtoms(alternativesOf(source).map(atomsOf)).join('|');
}
