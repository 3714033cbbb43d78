// The relation lexicons (lexicons/relations/*.json): designation categories and titles of office, compiled into
// regular expressions once per process, with the canonical label each surface form maps to.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../../paths.js';
import { factored } from './factored.js';

interface CategoryFile {
  categories: { label: string; forms: string[] }[];
}

interface TitleFile {
  qualifiers: string[];
  titles: { title: string; forms: string[]; leads?: boolean; national?: boolean; country?: string }[];
}

/** An office as the lexicon knows it. */
export interface Office {
  title: string;
  /** It heads the organization it belongs to. */
  leads: boolean;
  /** It is an office of a country's government. */
  national: boolean;
  /** The ISO code of the one country whose office it is, where its name says so ("Secretary of State": US). */
  country?: string;
}

export interface RelationLexicon {
  /** Source of a regular expression for any designation category (no groups). */
  category: string;
  /** Source of a regular expression for any title of office, with its qualifiers (no groups). */
  title: string;
  /**
   * The same two expressions for the `i` flag, for a scan of their own: matching alike, several times faster than
   * the caseless sources, which exist to sit inside case-sensitive patterns.
   */
  categoryI: string;
  titleI: string;
  /** The canonical category label of a matched category phrase. */
  categoryLabel(text: string): string | undefined;
  /** The canonical title of a matched title phrase ("Deputy Governor" → "deputy governor"). */
  titleOf(text: string): Office | undefined;
  /** The names of the country a demonym stands for ("Azerbaijani" → ["Azerbaijan", ...]), from lexicons/countries.json. */
  countryNames(demonym: string): readonly string[] | undefined;
}

interface CountryFile {
  countries: { name: string; names: string[]; demonyms: string[] }[];
}

const byLength = (a: string, b: string): number => b.length - a.length;

/**
 * A regular expression source that matches letters in either case, so it can sit inside case-sensitive patterns
 * (JavaScript on Node 20 has no inline (?i) groups): "ab[sz]" becomes "[aA][bB][szSZ]".
 */
export function caseless(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += /[a-z]/i.test(c) ? (c === ']' ? c : c.toLowerCase() + c.toUpperCase()) : c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
  }
  return out;
}

function read<T>(name: string): T {
  return JSON.parse(readFileSync(join(LEXICON_DIR, 'relations', name), 'utf8')) as T;
}

function compile(): RelationLexicon {
  const categories = read<CategoryFile>('designationCategories.json').categories;
  const titles = read<TitleFile>('roleTitles.json');
  const categoryForms = categories.map((c) => ({ label: c.label, rx: new RegExp(`^(?:${c.forms.join('|')})$`, 'i') }));
  const titleForms = titles.titles.map((t) => ({ ...t, rx: new RegExp(`^(?:${t.forms.join('|')})$`, 'i') }));
  // the lexicons' alternatives are many and share their first letters: factored, a scan tries far fewer of them
  const qualifier = `(?:${factored([...titles.qualifiers].sort(byLength).join('|'))})`;
  const qualifierRx = new RegExp(`^(${qualifier})[\\s-]+`, 'i');
  const anyTitle = factored(titles.titles.flatMap((t) => t.forms).sort(byLength).join('|'));
  const anyCategory = factored(categories.flatMap((c) => c.forms).sort(byLength).join('|'));
  const category = `\\b(?:${anyCategory})`;
  const title = `\\b(?:(?:${qualifier})[\\s-]+)?(?:${anyTitle})\\b`;
  const demonyms = new Map<string, string[]>();
  const countries = JSON.parse(readFileSync(join(LEXICON_DIR, 'countries.json'), 'utf8')) as CountryFile;
  for (const c of countries.countries) for (const d of c.demonyms) demonyms.set(d, [c.name, ...c.names]);
  return {
    category: caseless(category),
    title: caseless(title),
    categoryI: category,
    titleI: title,
    countryNames(demonym) {
      return demonyms.get(demonym);
    },
    categoryLabel(text) {
      const t = text.trim().replace(/\s+/g, ' ');
      return categoryForms.find((c) => c.rx.test(t))?.label;
    },
    titleOf(text) {
      const whole = text.trim().replace(/\s+/g, ' ');
      const plain = titleForms.find((f) => f.rx.test(whole));
      if (plain) return { title: plain.title, leads: plain.leads === true, national: plain.national === true, ...(plain.country ? { country: plain.country } : {}) };
      const q = qualifierRx.exec(whole);
      if (!q) return undefined;
      const rest = whole.slice(q[0].length);
      const found = titleForms.find((f) => f.rx.test(rest));
      if (!found) return undefined;
      // a deputy or acting head does not lead the organization
      return { title: `${q[1]!.toLowerCase()} ${found.title}`, leads: false, national: found.national === true, ...(found.country ? { country: found.country } : {}) };
    },
  };
}

/** The compiled relation lexicon, built when this module is first imported. */
export const relationLexicon: RelationLexicon = compile();
