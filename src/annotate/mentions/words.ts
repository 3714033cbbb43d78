// Word scanning for name recognition: one compiled regex splits a sentence into words with offsets, keeping dotted
// acronyms ("U.S."), abbreviations ("Maj."), apostrophes inside names ("Kata'ib") and hyphenated names whole.

/** A word of a sentence, as name recognition sees it. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital (or is a name particle such as "al-Sham" glued to a capitalized stem). */
  cap: boolean;
  /** Ended in "'s" / "’s" (stripped from text) or a bare plural apostrophe. */
  possessive: boolean;
  /** The lower-case participle of a compound modifier it opened ("Iran-aligned" → "aligned"). */
  compound?: string;
  /** The prefix of a compound it closed ("anti-ISIS" → "anti"). */
  prefix?: string;
}

const WORD = /(?:[A-Z]\.){2,}(?:-[\p{L}]+)?|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+|[-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Participles that turn "X-" into a modifier: the name X stands on its own. */
const COMPOUND_SUFFIX =
  /^(?:aligned|backed|linked|led|supported|controlled|based|allied|affiliated|owned|sponsored|funded|flagged|run|held|style|bound|born|made|armed|trained|brokered|proposed|designated|friendly|leaning|oriented|occupied|administered|registered|listed|related|dominated|allied|inspired|approved)$/;
const PREFIX = /^(?:anti|pro|ex|non|pan|post|pre)$/i;
const HYPHEN_SUFFIX = /^(.+?)[-‐](\p{Ll}+)$/u;
const HYPHEN_PREFIX = /^(\p{L}+)[-‐](.+)$/u;
const CAPITAL = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/;

/** Words that may stand lower-case inside a name: Arabic articles and family particles. */
export const PARTICLE = /^(?:al|el|ul|bin|ibn|bint|abu|de|del|della|di|da|van|von|der|den|la|le|los|las|du|dos|das|bou|ben)$/;
/** Particles that may open a name ("al Qaeda"); the rest only continue one. */
export const OPENING_PARTICLE = /^(?:al|el)$/;
const PARTICLE_STEM = /^(?:al|el|ad|as|ash|at|az|an|ar|ul|ud|ur|us|wal|wa|bil|fil|lil|bin|ibn)[-‐]\p{Lu}/u;

/** Abbreviations whose period belongs to the word. */
const ABBREV = new Set([
  'Maj', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Adm', 'Brig', 'Cmdr', 'Gov', 'Sen', 'Rep', 'Amb', 'Mr', 'Mrs', 'Ms', 'Dr', 'Jr',
  'Sr', 'St', 'Mt', 'Ft', 'Co', 'Corp', 'Inc', 'Ltd', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Vice', 'No',
]);

/** Splits text[from, to) into words. */
export function scanWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = WORD;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    let start = m.index;
    let w = m[0];
    let end = start + w.length;
    let possessive = false;
    let compound: string | undefined;
    let prefix: string | undefined;
    if (POSSESSIVE.test(w)) {
      w = w.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (/s$/.test(w) && /^['’](?:\s|$)/.test(text.slice(end, end + 2)) && /^\p{Lu}/u.test(w)) {
      possessive = true;
    }
    const hyphen = w.includes('-') || w.includes('‐');
    const hy = hyphen ? HYPHEN_SUFFIX.exec(w) : null;
    if (hy && COMPOUND_SUFFIX.test(hy[2]!)) {
      compound = hy[2]!;
      w = hy[1]!;
      end = start + w.length;
    }
    const pre = hyphen ? HYPHEN_PREFIX.exec(w) : null;
    if (pre && PREFIX.test(pre[1]!)) {
      prefix = pre[1]!.toLowerCase();
      start += pre[1]!.length + 1;
      w = pre[2]!;
    }
    if (end > to) break;
    if (text[end] === '.' && (ABBREV.has(w) || /^\p{Lu}$/u.test(w))) {
      w += '.';
      end += 1;
    }
    const cap = CAPITAL.test(w) || PARTICLE_STEM.test(w);
    const word: Word = { start, end, text: w, cap, possessive };
    if (compound) word.compound = compound;
    if (prefix) word.prefix = prefix;
    out.push(word);
  }
  return out;
}
