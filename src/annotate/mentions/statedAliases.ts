// Names an article states to be one actor's ("X, also known as Y", "Y, or Z", "who goes by the name W"): the alias
// takes its actor's class and canonical name, here and at every later mention, so that resolution keeps one entity.

import { ORGANIZATION_CLASSES, PLACE_CLASSES, type EntityClass } from '../document.js';
import type { Candidate } from './candidate.js';

/**
 * The words between a name and its alias: "X, also known as Y", "X, known in the camps as "Y"", "X, better known by
 * his nom de guerre Y", "X, which also calls itself Y", "X, a.k.a. Y", "X, nicknamed Y", "X (also known as Y)".
 */
const ALIAS_GAP = new RegExp(
  String.raw`^\s*(?:\(|,)\s*(?:` +
    [
      String.raw`(?:(?:also|better|commonly|widely|popularly|locally|simply|otherwise|often|sometimes)\s+)?known\s+(?:(?:in|among|to|inside|within|on|across|throughout)\s+[^,.;:"“”()]{1,40}?\s+)?as`,
      String.raw`(?:(?:also|better|commonly|widely|popularly|locally)\s+)?known\s+by\s+(?:his|her|its|their|the)\s+(?:nom\s+de\s+guerre|nickname|alias|moniker|(?:[\p{Ll}-]+\s+)?name)`,
      String.raw`(?:who|which)\s+(?:also\s+)?(?:goes|go)\s+by\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:(?:nom\s+de\s+guerre|name|alias|nickname|moniker)\s+)?`,
      String.raw`(?:which|who)\s+(?:also\s+)?calls?\s+(?:itself|himself|herself|themselves)`,
      String.raw`(?:also\s+)?(?:called|nicknamed|dubbed|alias|a\.k\.a\.?|aka)`,
    ].join('|') +
    String.raw`)\s+(?:the\s+)?["“‘']?$`,
  'iu',
);
/** "X, or Y": a second name in apposition, when the pair stands alone (not in a list "A, B, or C"). */
const OR_GAP = /^,\s+or\s+(?:the\s+)?["“‘']?$/;
/** "formerly known as", "once called": an earlier name is another entity's (a succession), not an alias. */
const EARLIER = /\b(?:formerly|previously|once|originally|later|now|until|before)\b/i;
const CLOSES = /^["”’']?\s*(?:[,.;:)]|$)/;
/** The alias phrase ends where its name opens ("who goes by the nom de guerre "), looked up in the last words before it. */
const DISTANT_GAP = /(?:who|which)\s+(?:also\s+)?(?:goes|go)\s+by\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:(?:nom\s+de\s+guerre|name|alias|nickname|moniker)\s+)?["“‘']?$/iu;
/** Rules that type a name only by its shape or a word nearby: an alias statement is stronger evidence. */
const SHAPE_RULES = new Set(['name:person-shape', 'name:other', 'name:alias-context', 'name:untyped', 'name:locative', 'name:speaker', 'name:same-surface', 'name:group-context', 'name:listed-with-actors']);

const isOrg = (cls: EntityClass | null): boolean => cls !== null && ORGANIZATION_CLASSES.has(cls);

/**
 * Joins each stated alias to its actor: the alias takes the actor's class and canonical name (or the actor takes the
 * alias's, when only the alias is a lexicon name), and so does every later mention with the alias's surface.
 */
export function joinStatedAliases(text: string, cands: Candidate[]): void {
  const names = cands.filter((c) => c.form !== 'description' && c.cls !== null).sort((a, b) => a.start - b.start || b.end - a.end);
  const bySurface = new Map<string, { cls: EntityClass; canonical: string; from: number }>();
  for (let i = 1; i < names.length; i++) {
    const b = names[i]!;
    if (!CLOSES.test(text.slice(b.end, b.end + 3))) continue;
    const pair = statedPair(text, names, i);
    if (!pair) continue;
    let [actor, alias] = pair;
    if (actor.canonical === undefined && alias.canonical !== undefined && alias.rule.startsWith('name:lexicon')) [actor, alias] = [alias, actor];
    // Two lexicon names of two bodies are two actors, whatever the words between them say.
    if (alias.canonical !== undefined && alias.rule.startsWith('name:lexicon')) continue;
    const canonical = actor.canonical ?? text.slice(actor.start, actor.end);
    Object.assign(alias, { cls: actor.cls, canonical, rule: 'name:stated-alias' });
    bySurface.set(text.slice(alias.start, alias.end), { cls: actor.cls!, canonical, from: alias.end });
  }
  if (bySurface.size === 0) return;
  // "Hasm … Hasm has claimed": the alias means its actor wherever the article uses it again.
  for (const c of cands) {
    if (c.form === 'description' || c.rule === 'name:stated-alias') continue;
    const known = bySurface.get(text.slice(c.start, c.end));
    if (known && c.start >= known.from && (c.canonical === undefined || !c.rule.startsWith('name:lexicon'))) Object.assign(c, { cls: known.cls, canonical: known.canonical, rule: 'name:stated-alias' });
  }
}

/** The [actor, alias] pair that the words before names[i] state, if any. */
function statedPair(text: string, names: readonly Candidate[], i: number): [Candidate, Candidate] | undefined {
  const b = names[i]!;
  const a = names[i - 1]!;
  if (a.sentence !== b.sentence || a.end > b.start) return undefined;
  const gap = text.slice(a.end, b.start);
  if (ALIAS_GAP.test(gap) && !EARLIER.test(gap)) {
    if (PLACE_CLASSES.has(a.cls!) || a.cls === 'Country') return undefined;
    return [a, b];
  }
  if (OR_GAP.test(gap)) {
    // "Obnovlenie, or Renewal,": two bodies' names, at least one typed as a body, in a pair of their own.
    if (!isOrg(a.cls) && !isOrg(b.cls)) return undefined;
    if (!((isOrg(a.cls) || SHAPE_RULES.has(a.rule)) && (isOrg(b.cls) || SHAPE_RULES.has(b.rule)))) return undefined;
    const prior = names[i - 2];
    if (prior && prior.sentence === a.sentence && /^,\s+(?:the\s+)?$|^\s+and\s+(?:the\s+)?$/.test(text.slice(prior.end, a.start))) return undefined;
    if (/^["”’']?\s*,?\s+(?:and|or)\s/.test(text.slice(b.end, b.end + 8))) return undefined;
    // "Kalvar Holdings, or Brenta, a rival firm": a second name that an indefinite apposition introduces is an
    // alternative; companies named in pairs are mostly two firms.
    if (/^["”’']?\s*,\s+(?:an?|another|one)\s/.test(text.slice(b.end, b.end + 12)) || a.cls === 'Company' || b.cls === 'Company') return undefined;
    // The better-typed name is the actor: "Harakah al-Yaqin, or the Faith Movement" is the movement's.
    return isOrg(b.cls) && !SHAPE_RULES.has(b.rule) && !(isOrg(a.cls) && !SHAPE_RULES.has(a.rule)) ? [b, a] : [a, b];
  }
  // "Denis Kapustin, a far-right activist from Moscow who goes by the nom de guerre "White Rex"": the person before the clause.
  const before = text.slice(Math.max(0, b.start - 60), b.start);
  if (DISTANT_GAP.test(before)) {
    const who = /\bwho\s+(?:also\s+)?(?:goes|go)\b/i.test(before);
    for (let j = i - 1; j >= 0 && names[j]!.sentence === b.sentence; j--) {
      const o = names[j]!;
      if (who ? o.cls === 'Person' : isOrg(o.cls)) return [o, b];
    }
  }
  return undefined;
}
