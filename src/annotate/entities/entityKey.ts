// Entity keys: a lower-case ASCII slug of the canonical name, so that one actor gets one key in every article.

/** The key of a canonical name: "United States" → "united-states", "Kata’ib al-Imam Ali" → "kataib-al-imam-ali". */
export function entityKey(name: string): string {
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`"“”.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = (s.length > 80 ? s.slice(0, 80).replace(/-+$/, '') : s) || 'x';
  // Names recur across mentions and articles; the memo is bounded so that a long run cannot grow it without end.
  if (memo.size > 50_000) memo.clear();
  memo.set(name, cut);
  return cut;
}

const memo = new Map<string, string>();
