// A side that names a body's members ("Its fighters fought alongside Y", "the group's militants", "X's gunmen") stands
// for that body in a support or alliance: the members act for the group, and the gold keeps the group.

import type { Candidate, Family } from './patterns.js';
import { isBody } from './patterns.js';
import type { RelationContext } from './relationContext.js';
import { previousSubject, sentenceSubject } from './clauseSubject.js';
import type { SentenceView, Slot } from './sentenceView.js';
import { referenceAt } from '../entities/references.js';

/** Head nouns of a description that names members, not a body of its own. */
const MEMBERS = /^(?:[a-z-]+ ){0,2}(?:fighters|militants|gunmen|militiamen|combatants|cadres|members|loyalists|recruits|men|operatives|forces|troops|soldiers|units)$/i;
/** Heads that a country or a government owns as its own force ("Mali's troops" is Mali's army, kept as read). */
const STATE_MEMBERS = /\b(?:forces|troops|soldiers|units)$/i;
/** The possessor right before a slot: a name ("⟦3⟧'s ") or a possessive pronoun ("its", "their"). */
const NAMED_OWNER = /(⟦(\d+)⟧)(?: \([^()]{1,40}\))?'s? (?:[a-z-]+ ){0,2}$/;
const PRONOUN_OWNER = /(?:^|\W)([Ii]ts|[Tt]heir) (?:[a-z-]+ ){0,2}$/;
/** The classes a body owning fighters may have: not a state, whose forces are an entity of their own. */
const STATES = new Set<string>(['Country', 'Government', 'GovernmentAgency', 'MilitaryForce']);

/** The owner's key for a member slot, or undefined when the words name no owner the reader can tell. */
function ownerOf(view: SentenceView, ctx: RelationContext, slot: Slot): string | undefined {
  const text = slot.mention.text;
  if (slot.mention.form !== 'description' || !MEMBERS.test(text)) return undefined;
  const at = view.masked.indexOf(`⟦${slot.index}⟧`);
  const before = view.masked.slice(0, at);
  const named = NAMED_OWNER.exec(before);
  let owner: string | undefined;
  if (named) {
    const o = view.slots[Number(named[2])];
    owner = o && isBody(o) ? o.entity : undefined;
  } else {
    const p = PRONOUN_OWNER.exec(before);
    if (!p) return undefined;
    const pos = p.index + p[0].indexOf(p[1]!);
    // the entities stage's reading of the pronoun by salience; one it read and left open stays open
    const read = referenceAt(ctx.doc, view.docOffset(pos));
    if (read) owner = read.entity;
    else {
      // "Its fighters" opening a sentence: the body the sentence before is about; within one, the body it opens on
      const opening = /^\W*$/.test(view.masked.slice(0, pos));
      owner = opening ? (previousSubject(ctx, view) ?? undefined) : sentenceSubject(ctx, view);
    }
  }
  const e = owner === undefined ? undefined : ctx.doc.entities.get(owner);
  if (!e || !isBody(e)) return undefined;
  // a state's troops are its forces, which the text names as such; only a group's members are the group
  if (STATES.has(e.cls) && STATE_MEMBERS.test(text)) return undefined;
  return owner;
}

/**
 * A family whose support and alliance sides that name a body's members are read as that body. A side that is both
 * a member description and named elsewhere in the sentence as a body stays as read.
 */
export function withMemberOwners(family: Family): Family {
  return (view: SentenceView, ctx: RelationContext): Candidate[] => {
    const out = family(view, ctx);
    if (out.length === 0) return out;
    const owners = new Map<string, string>();
    for (const slot of view.slots) {
      if (owners.has(slot.entity) || view.slots.some((s) => s.entity === slot.entity && s.mention.form !== 'description')) continue;
      const o = ownerOf(view, ctx, slot);
      if (o !== undefined) owners.set(slot.entity, o);
    }
    if (owners.size === 0) return out;
    const kept: Candidate[] = [];
    for (const c of out) {
      if (c.kind !== 'support' && c.kind !== 'alliance') {
        kept.push(c);
        continue;
      }
      const args = Object.fromEntries(Object.entries(c.args).map(([k, v]) => [k, owners.get(v) ?? v]));
      if (new Set(Object.values(args)).size < Object.keys(args).length) continue;
      kept.push({ ...c, args });
    }
    return kept;
  };
}

/** "the ⟦X⟧ militia that fights alongside": a relative on a name with its group noun after it. */
const NAMED_HEAD_RELATIVE =
  /(⟦(\d+)⟧)(?: \([^()]{1,40}\))? (?:[a-z-]+ )?(?:militias?|groups?|factions?|movements?|gangs?|networks?|brigades?|battalions?|forces?|part(?:y|ies)|organi[sz]ations?|fronts?|cartels?) (?:that|which|who) (?:(?:now|also|still|has|have|had|long|reportedly|often|is|are|was|were) )*$/;

/**
 * The body a relative clause's verb at masked offset `v` belongs to when the relative follows a name and its group
 * noun ("a commander of the ⟦X⟧ militia that fights alongside Y": X, not the commander), else undefined.
 */
export function namedHeadSubject(view: SentenceView, v: number): string | undefined {
  // the relative and its name stand within a few words of the verb: only the tail is read
  const m = NAMED_HEAD_RELATIVE.exec(view.masked.slice(Math.max(0, v - 120), v));
  const slot = m ? view.slots[Number(m[2])] : undefined;
  return slot && isBody(slot) ? slot.entity : undefined;
}
