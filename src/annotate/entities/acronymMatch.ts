// Does an acronym abbreviate a name? Each word of the name may give a prefix of its letters ("AMISOM" from
// "African Union Mission in Somalia"); small words may give none. Used only within one article's names.

const SMALL = /^(?:of|in|for|the|and|on|to|al|el|de|la|du|des|le)$/i;

function stripParticle(w: string): string {
  return w.replace(/^(?:al|el|ad|as|ash|at|az|an|ar|wal|wa|bil|fil|lil)[-‐]/i, '');
}

/** True when `acronym` can be read off the initial letters of `name`'s words. */
export function acronymMatches(acronym: string, name: string): boolean {
  // "M23" from "March 23 Movement": the number is a word of the name, the letters the initials of the words before it.
  const numbered = /^([A-Z]{1,3})-?(\d{1,3})$/.exec(acronym);
  if (numbered) {
    const words = name.split(/\s+/);
    const at = words.indexOf(numbered[2]!);
    return at > 0 && words.slice(0, at).map((w) => w[0]).join('').toUpperCase() === numbered[1];
  }
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (letters.length < 2) return false;
  const words = name
    .split(/[\s-‐]+/)
    .map(stripParticle)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w.length > 0);
  if (words.length < 2) return false;
  const content = words.filter((w) => !SMALL.test(w)).length;
  // Memoized search over (word, letter) positions.
  const memo = new Map<number, boolean>();
  const go = (wi: number, li: number, used: number): boolean => {
    if (li === letters.length) return wi === words.length || words.slice(wi).every((w) => SMALL.test(w)) ? used * 2 >= content : false;
    if (wi === words.length) return false;
    const key = wi * 1000 + li * 10 + Math.min(used, 9);
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const w = words[wi]!.toUpperCase();
    const small = SMALL.test(words[wi]!);
    let ok = false;
    // The first word must give its initial; others may give a prefix or nothing.
    for (let n = Math.min(w.length, letters.length - li); n >= 1 && !ok; n--) {
      if (letters.slice(li, li + n) === w.slice(0, n)) ok = go(wi + 1, li + n, used + (small ? 0 : 1));
    }
    if (!ok && wi > 0) ok = go(wi + 1, li, used);
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0, 0);
}
