// Event coreference: one event per real-world occurrence, however many sentences, captions or headlines tell it.

import type { AnnotatedDocument, EventFact, When } from '../document.js';
import { daysOf } from '../time/calendar.js';
import { referenceDay } from '../time/timeStage.js';
import { inDateline } from '../sentences/dateline.js';
import { eventDatelines } from './eventDatelines.js';
import type { EventMention } from './findEvents.js';
import { isPlaceClass } from './actors.js';

interface Cluster {
  mentions: EventMention[];
  agents: Set<string>;
  targets: Set<string>;
  places: Set<string>;
  /** Places some telling names or inherits from its story (not from the dateline): only these can be hit. */
  toldPlaces: Set<string>;
  when?: When;
  whenInherited?: boolean;
  caption: boolean;
}

/** How long before the report an event told with no actor is the story's background rather than its news. */
const BACKGROUND_DAYS = 60;

/** Whether two entity keys name the same actor: one key, one country's bodies, or one name inside the other. */
function sameActor(doc: AnnotatedDocument, a: string, b: string): boolean {
  if (a === b) return true;
  const ea = doc.entities.get(a);
  const eb = doc.entities.get(b);
  if (!ea || !eb) return false;
  // a country, its government and its forces act as one side (gold accepts either)
  if (ea.country && ea.country === eb.country) return true;
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const na = ea.names.map(norm);
  const nb = eb.names.map(norm);
  // "Russian officials" and "Russia": a demonym-like prefix of at least five letters names the same side
  const prefix = (x: string, y: string): boolean => y.length >= 5 && x.startsWith(y);
  return na.some((x) => nb.some((y) => x.length > 2 && y.length > 2 && (` ${y} `.includes(` ${x} `) || ` ${x} `.includes(` ${y} `) || prefix(x, y) || prefix(y, x))));
}

function shares(doc: AnnotatedDocument, a: Iterable<string>, b: Iterable<string>): boolean {
  const bs = [...b];
  for (const x of a) if (bs.some((y) => sameActor(doc, x, y))) return true;
  return false;
}

function compatibleTimes(a: When | undefined, b: When | undefined): boolean {
  if (!a || !b) return true;
  const x = daysOf(a);
  const y = daysOf(b);
  return x.first <= y.last && y.first <= x.last;
}

/** The stem of a trigger's head, lowercased: "drone strikes" and "the strike" share it, as "raided" and "the raid". */
function headNoun(trigger: string): string {
  const last = trigger.toLowerCase().split(/\s+/).pop() ?? '';
  return last.replace(/(?:ings?|ed|es|s)$/, '').replace(/e$/, '');
}

/**
 * Whether an event told with a single day and a telling share that day, the telling's own or, within the next two
 * sentences, the one it inherited from the event.
 */
function sameToldDay(c: Cluster, m: EventMention): boolean {
  if (!c.when || !m.when || c.whenInherited || !('value' in c.when) || !('value' in m.when)) return false;
  if (m.inheritedWhen && m.sentence.index - c.mentions[c.mentions.length - 1]!.sentence.index > 2) return false;
  return c.when.precision === 'day' && m.when.precision === 'day' && c.when.value === m.when.value;
}

/** Whether a new telling continues an event already seen. */
function continues(doc: AnnotatedDocument, c: Cluster, m: EventMention): boolean {
  if (c.mentions[0]!.type !== m.type) return false;
  if (!c.whenInherited && !m.inheritedWhen && !compatibleTimes(c.when, m.when)) return false;
  const agentsShared = shares(doc, c.agents, m.agents);
  // A caption shows its own moment: it joins a told event only when both sides and the day agree.
  if (c.caption !== (m.sentence.furniture === 'caption')) {
    return agentsShared && shares(doc, c.targets, m.targets) && c.when !== undefined && m.when !== undefined && compatibleTimes(c.when, m.when);
  }
  const agentsFit = agentsShared || c.agents.size === 0 || m.agents.length === 0;
  const targetsShared = shares(doc, c.targets, m.targets);
  const targetsFit = targetsShared || c.targets.size === 0 || (m.targets.length === 0 && !m.objectUnknown);
  // One sentence may tell two events of a type ("the strikes followed an attack on a base"): it must not contradict
  if (c.mentions.some((x) => x.sentence.index === m.sentence.index) && agentsFit && (targetsFit || (m.targetsFromPlace && (m.agents.length === 0 || !m.objectUnknown)))) return true;
  // "both countries put their militaries on alert" is not the alert of one of them told again
  const agentsWithin = m.agents.every((a) => [...c.agents].some((b) => sameActor(doc, a, b)));
  // (two targets named apart in one sentence, "bombed X …, and it claimed the assault on Y", are two events)
  const sameSentence = c.mentions.some((x) => x.sentence.index === m.sentence.index);
  if (agentsShared && agentsWithin && (targetsFit || (!m.objectUnknown && !(sameSentence && m.targets.length > 0 && !m.targetsFromPlace) && shares(doc, c.places, m.places)))) return true;
  // "The militants … attacked the base": the same actors on the same day, at a place that stands in for the target
  if (agentsShared && agentsWithin && m.targetsFromPlace && c.when !== undefined && m.when !== undefined) return true;
  // "A and B agreed on Tuesday …. The two commissions, headed by Z and W, signed a protocol": one deal told on one day
  if (m.type === 'Agreement' && sameToldDay(c, m)) return true;
  // Talks between the same sides are one channel, whoever on each side picks up the phone.
  if (m.type === 'Communication' && targetsShared) return true;
  if (targetsShared && agentsFit && (c.agents.size === 0 || m.agents.length === 0)) return true;
  return m.definite && agentsFit && targetsFit;
}

/**
 * Places for tellings without one: an event told without a place happened where the story is, at the places of the
 * event told just before it (two blocks back at most), else at the places the dateline names.
 */
function placedFromContext(doc: AnnotatedDocument, told: readonly EventMention[]): EventMention[] {
  const dateline = placesOfDateline(doc);
  let last: EventMention | undefined;
  return told.map((m) => {
    if (m.sentence.furniture === 'caption') return m;
    if (m.places.length > 0) {
      last = m;
      return m;
    }
    if (last && m.sentence.block - last.sentence.block <= 2) return { ...m, places: last.places, inheritedPlaces: true };
    return dateline.length ? { ...m, places: dateline, inheritedPlaces: true, placesFromDateline: true } : m;
  });
}

function isSomewhere(doc: AnnotatedDocument, key: string): boolean {
  const cls = doc.entities.get(key)?.cls;
  return cls !== undefined && (cls === 'Country' || isPlaceClass(cls));
}

/** The places a dateline names ("Gedo, Somalia"): where the story is told from. */
function placesOfDateline(doc: AnnotatedDocument): string[] {
  const lines = eventDatelines(doc);
  // only somewhere: a news agency in the dateline ("PORTO, Valdonia (XYZ) —") is the outlet, not a place
  const keys = doc.mentions.filter((m) => m.entity !== undefined && inDateline(lines, m) && isSomewhere(doc, m.entity)).map((m) => m.entity!);
  return [...new Set(keys)];
}

/** Operations aimed at people, not ground: a raid, ambush, sweep or crackdown in a place did not hit the place. */
const OPERATION_HEAD = /^(?:(?:[\w-]+\s+)?(?:raids?|ambush(?:es)?|operations?|campaigns?|crackdowns?|sweeps?|manhunts?))$/i;
/**
 * A plural noun a preposition governs with no determiner, number or possessive (its adjectives aside) tells a kind of
 * event ("responsible for terrorist attacks in X"); opening its sentence ("Explosions were heard in X") it tells one.
 */
const BARE_BEFORE = /(?:\b(?:for|of|in|with|against|by|from|to|and|or|behind|about|over|after|into)\s+)(?:(?!(?:the|a|an|its|their|his|her|these|those|this|that|two|three|several|many|dozens|hundreds|recent|last|earlier)\b)[\p{Ll}-]+\s+){0,2}$/u;

/** The target of an attack on a place, or of its capture, is that place (the most specific one named). */
function placeAsTarget(doc: AnnotatedDocument, m: EventMention): EventMention {
  if ((m.targets.length > 0 && !m.casualtiesOnly) || (m.type !== 'Attack' && m.type !== 'Capture')) return m;
  // An inherited place is no evidence of what was hit: it may stand in for a target only once tellings are merged.
  if (m.inheritedPlaces || m.placesElsewhere || (m.agents.length === 0 && m.definite)) return m;
  // ("after weeks of fighting in the northeast": fighting with no side named was in a place, not against it)
  if (m.frame === 'among' && m.agents.length === 0) return m;
  // ("two of them in a raid in X", "detained in dawn raids across X", "killed in an ambush in X", "blamed for attacks in
  // X"): an operation against people, or attacks told as a kind, by nobody named happened in a place, not against it
  if (m.agents.length === 0 && (OPERATION_HEAD.test(m.triggerText) || (m.frame === 'noun' && /s$/i.test(m.triggerText) && BARE_BEFORE.test(doc.text.slice(Math.max(m.sentence.start, m.trigger.start - 40), m.trigger.start))))) return m;
  // only a place of the trigger's own clause: "the strikes on X followed …, when militants attacked a base" hit no X
  const spot = (m.clausePlaces ?? m.places).find((p) => doc.entities.get(p)?.cls !== 'Country');
  // ("an air strike on a market in X killed 21 people": the people and the place were hit)
  if (m.casualtiesOnly) return spot && !m.targets.includes(spot) ? { ...m, targets: [...m.targets, spot] } : m;
  return spot ? { ...m, targets: [spot], targetsFromPlace: true } : m;
}

/**
 * Dates for undated tellings: what the present perfect or progressive tells ("has taken control", "are deployed")
 * holds on the publication day; a past tense continues the latest dated telling of the two blocks before.
 */
function datedFromContext(doc: AnnotatedDocument, told: readonly EventMention[]): EventMention[] {
  const day = referenceDay(doc);
  const published: When | undefined = day ? { value: day, precision: 'day' } : undefined;
  const out: EventMention[] = [];
  let last: EventMention | undefined;
  for (const m of told) {
    let dated = m;
    if (!m.when) {
      // Threats and appeals are said, like statements: untold, their day is the day of the report.
      const spoken = m.type === 'Threat' || m.type === 'Appeal';
      if ((m.current || spoken) && published && m.sentence.furniture !== 'caption') dated = { ...m, when: published, inheritedWhen: true };
      else if (last?.when && m.sentence.block - last.sentence.block <= 2 && m.sentence.furniture !== 'caption') dated = { ...m, when: last.when, inheritedWhen: true };
    }
    if (dated.when && dated.sentence.furniture !== 'caption') last = dated;
    out.push(dated);
  }
  return out;
}

const AUTHORITY_CLASS = new Set(['GovernmentAgency', 'MilitaryForce', 'Government', 'Country']);
const AUTHORITY_WORD = /\b(?:police|army|military|troops|forces|soldiers|security|guards|gendarmes|gendarmerie|officers|authorities)\b/i;

/** Whether an entity is a state or one of its forces, agencies or officers: who may detain. */
function isAuthority(doc: AnnotatedDocument, key: string): boolean {
  const e = doc.entities.get(key);
  return e !== undefined && (AUTHORITY_CLASS.has(e.cls) || (e.cls === 'CollectiveActor' && e.names.some((n) => AUTHORITY_WORD.test(n))));
}

/** After a protest verb or noun, its purpose names a detention: "rallied to demand the release of", "against the detentions". */
const ABOUT_DETENTION = /^[^.;:“”"]{0,160}?\b(?:release|freeing|arrests?|detentions?|detained|detaining|jailing|imprisonment|custody)\b/i;

/**
 * A protest told without whom it addresses, about a detention the article tells, is aimed at who made that detention
 * ("Thousands rallied to protest the arrest", "Supporters protested outside the courthouse, chanting against the
 * detentions"): the arrest whose detainee the protest's sentence names, else the only detainer, else the arrest told
 * nearest to it.
 */
function aimAtDetainers(doc: AnnotatedDocument, clusters: readonly Cluster[]): void {
  // (only a state's detentions: gunmen who abducted a manager are not whom relatives rally against)
  const arrests = clusters.filter((c) => c.mentions[0]!.type === 'Arrest' && c.agents.size > 0 && !c.caption && [...c.agents].every((a) => isAuthority(doc, a)));
  if (arrests.length === 0) return;
  for (const c of clusters) {
    const first = c.mentions[0]!;
    if (first.type !== 'Protest' || c.targets.size > 0 || c.agents.size === 0) continue;
    const told = c.mentions.find((m) => ABOUT_DETENTION.test(doc.text.slice(m.trigger.end, m.sentence.end)));
    if (!told) continue;
    const s = told.sentence;
    const namedHere = (a: Cluster): boolean => [...a.targets].some((t) => doc.mentions.some((x) => x.entity === t && x.start >= told.trigger.end && x.end <= s.end));
    const detainers = new Set(arrests.flatMap((a) => [...a.agents]));
    const distance = (a: Cluster): number => Math.min(...a.mentions.map((m) => Math.abs(m.sentence.index - s.index)));
    const arrest = arrests.find(namedHere) ?? (detainers.size === 1 ? arrests[0] : [...arrests].sort((a, b) => distance(a) - distance(b))[0]);
    if (!arrest) continue;
    for (const a of arrest.agents) if (!c.agents.has(a)) c.targets.add(a);
  }
}

/**
 * Groups event mentions into events: a mention joins the latest event it continues (same type and time, and shared
 * participants, or a definite "the offensive" that does not contradict it). Events nobody acts in or is acted on,
 * nowhere, are dropped: nothing can be said of them.
 */
export function mergeEvents(doc: AnnotatedDocument, told: readonly EventMention[]): EventFact[] {
  const mentions = placedFromContext(doc, datedFromContext(doc, told)).map((m) => placeAsTarget(doc, m));
  const clusters: Cluster[] = [];
  for (const m of mentions) {
    let home: Cluster | undefined;
    const bare = m.agents.length === 0 && m.targets.length === 0;
    // "X claimed the raid": the claim names the agent of the latest raid told, not a new one
    if (m.rule === 'event:claimed' && m.definite) {
      const claimed = [...clusters].reverse().find((c) => c.mentions[0]!.type === m.type && !c.caption && m.sentence.block - c.mentions[c.mentions.length - 1]!.sentence.block <= 4);
      if (claimed) {
        claimed.mentions.push(m);
        for (const a of m.agents) claimed.agents.add(a);
        continue;
      }
    }
    // "Among those taken into custody was Z": Z joins the latest arrest told
    if (m.rule === 'event:among-those' && m.agents.length === 0) {
      const arrest = [...clusters].reverse().find((c) => c.mentions[0]!.type === m.type && !c.caption && m.sentence.block - c.mentions[c.mentions.length - 1]!.sentence.block <= 3);
      if (arrest) {
        arrest.mentions.push(m);
        for (const t of m.targets) arrest.targets.add(t);
        continue;
      }
    }
    if (bare && m.definite) {
      // "the fighting", "those attacks": an anaphor joins the latest event of its type and adds nothing to it
      // ("A drone strike … killed 18, as the war … grinds on. The strike hit …": the one told with its own head noun first)
      const near = [...clusters].reverse().filter((c) => c.mentions[0]!.type === m.type && !c.caption && m.sentence.block - c.mentions[c.mentions.length - 1]!.sentence.block <= 3);
      const head = headNoun(m.triggerText);
      const antecedent = near.find((c) => c.mentions.some((x) => headNoun(x.triggerText) === head)) ?? near[0];
      if (antecedent) {
        antecedent.mentions.push(m);
        if (m.when && !m.inheritedWhen && (!antecedent.when || antecedent.whenInherited)) {
          antecedent.when = m.when;
          antecedent.whenInherited = false;
        }
        continue;
      }
    }
    for (let i = clusters.length - 1; i >= 0; i--) {
      if (continues(doc, clusters[i]!, m)) {
        home = clusters[i];
        break;
      }
    }
    if (!home) {
      if (m.agents.length === 0 && m.targets.length === 0 && m.definite && m.places.length === 0) continue;
      home = { mentions: [], agents: new Set(), targets: new Set(), places: new Set(), toldPlaces: new Set(), caption: m.sentence.furniture === 'caption' };
      clusters.push(home);
    }
    home.mentions.push(m);
    for (const a of m.agents) home.agents.add(a);
    for (const t of m.targets) home.targets.add(t);
    // A bare "the attacks" adds no places: its sentence may be about their consequences elsewhere.
    if (m.agents.length > 0 || m.targets.length > 0 || home.mentions.length === 1) for (const p of m.places) home.places.add(p);
    if (!m.placesFromDateline && !m.placesElsewhere) for (const p of m.places) home.toldPlaces.add(p);
    if (m.when && (!home.when || (home.whenInherited && !m.inheritedWhen))) {
      home.when = m.when;
      home.whenInherited = m.inheritedWhen === true;
    }
  }
  aimAtDetainers(doc, clusters);
  const out: EventFact[] = [];
  const day = referenceDay(doc);
  const published = day ? daysOf({ value: day, precision: 'day' }).first : undefined;
  for (const c of clusters) {
    const first = c.mentions[0]!;
    const places = [...c.places];
    const targets = [...c.targets].filter((t) => !c.agents.has(t) || first.frame === 'among' || first.rule === 'event:among');
    // An attack or capture by a named actor, told without its target, hit where the story is.
    if (targets.length === 0 && c.agents.size > 0 && (first.type === 'Attack' || first.type === 'Capture')) {
      const spot = places.find((p) => doc.entities.get(p)?.cls !== 'Country' && c.toldPlaces.has(p));
      if (spot) targets.push(spot);
    }
    if (c.agents.size === 0 && targets.length === 0) continue;
    // An attack by nobody named on a place, told undated or months before the report, is the story's background
    // ("the town was shelled in 2022"), not an occurrence it reports.
    if (c.agents.size === 0 && c.mentions.every((m) => m.targetsFromPlace || m.targets.length === 0) && (!c.when || (published !== undefined && daysOf(c.when).last < published - BACKGROUND_DAYS))) continue;
    // Talks with nobody named ("officials met on Monday") say nothing about who talked to whom.
    if (first.type === 'Communication' && targets.length === 0) continue;
    // Dated after publication: a plan or a schedule, not something that happened.
    if (c.when && !c.whenInherited && published !== undefined && daysOf(c.when).first > published) continue;
    const fact: EventFact = {
      type: first.type,
      cameo: first.cameo,
      trigger: first.triggerText,
      agents: [...c.agents],
      targets,
      places,
      evidence: c.mentions.map((m) => ({ start: m.trigger.start, end: m.trigger.end, sentence: m.sentence.index })),
      rule: first.rule,
      confidence: Math.min(0.9, 0.5 + 0.1 * (c.agents.size > 0 ? 1 : 0) + 0.1 * (targets.length > 0 ? 1 : 0) + 0.1 * (c.mentions.length - 1)),
    };
    if (c.when) fact.when = c.when;
    out.push(fact);
  }
  return out;
}
