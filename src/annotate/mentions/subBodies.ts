// Parts of a named organization told by a lower-case description after its name ("the United Nations refugee
// agency", "the AU panel", "South Korea's intelligence service"): each is a body of its own, not the parent.

import type { ActorLexicon } from './actorLexicon.js';
import type { Candidate } from './candidate.js';
import { lookupName } from './nameChains.js';
import type { Word } from './words.js';

const OWNER_CLASSES = new Set(['InternationalOrganization', 'Organization', 'GovernmentAgency', 'Government']);
/** Armed groups and forces own parts only through their possessive ("Hezbollah's military wing", "the Taliban's defence ministry"). */
const ARMED_OWNERS = new Set(['ArmedGroup', 'MilitaryForce']);
/** Parts of a group rather than offices of a state: a country owns none of them ("Mali's unit" names no body). */
const PART_HEAD = /^(?:wing|cell|unit|branch|faction|division)$/;
const NAMED_AFTER = /^\s*(?:\(|,?\s+(?:the\s+|known\s+as\s+|called\s+|named\s+)?["“]?\p{Lu})/u;
/** "the Majeed Brigade, the BLA's wing", "the ADF is the AGovC's armed wing", "began as X's enforcement wing": a named part. */
const NAMED_BEFORE = /(?:\p{Lu}[\p{L}\p{N}'’-]*\s*(?:\([^)]*\)\s*)?,|\b(?:is|was|are|were|as|became|becomes|remains|remained|being)\s+(?:now\s+|once\s+|still\s+)?)\s*(?:the\s+|its\s+|their\s+)?$/u;
/** Offices of a government, whoever owns them. */
const OFFICE_HEAD = /^(?:ministry|presidency|directorate|secretariat|cabinet|council|committee|court|tribunal)$/;
const NOT_MODIFIER = /^(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|that|which|who|as|is|are|was|were|has|have|had|its|their|said|says|told|also|not|will|would)$/i;
/** Descriptive words allowed between the name and the head ("refugee", "human rights"). */
const MAX_MODIFIERS = 2;
/** Bodies of a state that a demonym or a bare country name may own ("the US embassy", "the Lebanese health ministry"). */
const STATE_BODY = /^\s+(?:[a-z]+\s+){0,2}?(?:ministry|presidency|embassy|consulate|parliament|cabinet)\b/;

/**
 * Sub-body candidates in one sentence: an organization's name (or a country's possessive) followed by at most two
 * lower-case words and a head noun for a part of an organization.
 */
export function subBodyCandidates(lex: ActorLexicon, text: string, sentence: number, words: readonly Word[], names: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const wordAfter = new Map<number, number>();
  for (let i = 0; i < words.length; i++) wordAfter.set(words[i]!.end, i + 1);
  // "the Lebanese interior ministry": a demonym owns a body as its country's possessive does.
  const owners: Candidate[] = [...names];
  for (const w of words) {
    const code = lex.demonyms.get(w.text);
    const name = code ? lex.countryName.get(code) : undefined;
    if (name && !w.possessive) owners.push({ start: w.start, end: w.end, sentence, cls: 'Country', form: 'name', rule: 'demonym', nameable: false, canonical: name });
  }
  for (const owner of owners) {
    const country = owner.cls === 'Country';
    const demonym = owner.rule === 'demonym';
    const armed = owner.cls !== null && ARMED_OWNERS.has(owner.cls);
    if (!owner.cls || (!OWNER_CLASSES.has(owner.cls) && !country && !armed)) continue;
    const next = wordAfter.get(owner.end);
    if (next === undefined) continue;
    if (armed && !words[next - 1]!.possessive) continue;
    // A country owns a body only through its possessive ("Japan's coast guard"): "Sudan office" is a place's office.
    if (country && !words[next - 1]!.possessive && !demonym && !STATE_BODY.test(text.slice(owner.end, owner.end + 40))) continue;
    for (let k = 0; k <= MAX_MODIFIERS; k++) {
      const w = words[next + k];
      if (!w || w.cap || NOT_MODIFIER.test(w.text) || /^\d/.test(w.text)) break;
      const prev = words[next + k - 1]!;
      if (!/^\s+$/.test(text.slice(prev.end, w.start)) && !(k === 0 && prev.possessive)) break;
      if (demonym && !STATE_BODY.test(text.slice(owner.end, owner.end + 40))) break;
      const head = w.text.toLowerCase();
      if (!lex.subBodyHeads.has(head) || (country && PART_HEAD.test(head))) {
        if (w.possessive) break;
        continue;
      }
      // "the PKK's armed wing, the HPG", "the Majeed Brigade, the BLA's suicide wing": a part named in apposition is
      // that name's entity, and "the Densus 88 counter-terrorism unit" is Densus 88 itself; a part is a body of its
      // own only through its owner's possessive and with no name beside it.
      if (PART_HEAD.test(head) && (!words[next - 1]!.possessive || NAMED_AFTER.test(text.slice(w.end, w.end + 40)) || NAMED_BEFORE.test(text.slice(Math.max(0, owner.start - 60), owner.start)))) break;
      // "the state news agency KCNA": the name that follows is the body's own, and name recognition has it.
      if (/^\s*(?:\(|\p{Lu})/u.test(text.slice(w.end, w.end + 3))) break;
      // "the U.N. refugee agency": a part the lexicon knows by this description is that body.
      const known = lookupName(lex, text.slice(owner.start, w.end));
      if (known && known.kind === 'organization') {
        out.push({ start: owner.start, end: w.end, sentence, cls: known.cls, form: 'name', rule: 'name:lexicon-organization', nameable: true, canonical: known.canonical });
        break;
      }
      const ownerName = owner.canonical ?? text.slice(owner.start, owner.end);
      const rest = text.slice(words[next]!.start, w.end).toLowerCase();
      out.push({
        start: owner.start,
        end: w.end,
        sentence,
        cls: country || (armed && OFFICE_HEAD.test(head)) ? 'GovernmentAgency' : owner.cls === 'InternationalOrganization' ? 'InternationalOrganization' : armed ? 'ArmedGroup' : 'Organization',
        form: 'name',
        rule: 'name:sub-body',
        nameable: true,
        canonical: `${ownerName}${country ? "'s" : ''} ${rest}`,
      });
      break;
    }
  }
  return out;
}
