// Alliances told as coalitions and joint action: members who formed or joined a coalition, front or pact together,
// "the coalition of A, B and C", "joined forces with", "A and B are (closely) allied", an X-led coalition's members
// with its leader, fighting alongside "the army" of the story's country. Members are allied pairwise; the pair is unordered.

import type { AnnotatedDocument, Entity, When } from '../document.js';
import { entitiesOf, type RelationContext } from './relationContext.js';
import {
  candidate,
  deniedOrHypothetical,
  groupStart,
  isBody,
  pattern,
  sinceTime,
  timeOfClause,
  type Candidate,
  type Classed,
  type Family,
} from './patterns.js';
import type { SentenceView } from './sentenceView.js';
import { acrossAsides } from './asides.js';
import { countryOf, withoutPlaceModifiers } from './supports.js';
import { namedBefore } from './clauseSubject.js';
import { codeOf, storyOwners } from './roleOwners.js';
import { matchesOf } from '../matchesOf.js';
import { alternation, formsOf, loadVerbClass } from './verbClass.js';

/** "fought", "works", "operating": acting, which "alongside" makes an alliance (lexicons/relations/verbs/alliance-alongside.json). */
const ACTING = alternation(formsOf(loadVerbClass('alliance-alongside'), 'base', 'third', 'past', 'ing'));

/** The names of a country's armed forces ("Malian army", "the Armed Forces of X", "Somali National Army"). */
const ARMY_NAME = /\b(?:army|military|armed forces|defen[cs]e forces|national army)\b/i;
/** The nouns that call a body an alliance of its members. */
const COALITION_NOUN = `(?:alliance|coalition|front(?! lines?\\b)|bloc|pact|axis|confederation|federation|league|umbrella(?: group| organi[sz]ation| body)?)`;
/** The same nouns where "of" follows, leaving out "in front of", "a league of its own". */
const COALITION_OF_NOUN = `(?:alliance|coalition|bloc|axis|confederation|federation|pact|umbrella(?: group| organi[sz]ation| body)?)`;
/** A name that calls its body an alliance. */
const COALITION_NAME = /\b(?:alliance|coalition|front|bloc|pact|axis|confederation|league|entente|platform)\b/i;
/** "the Saudi-led coalition": the country that leads it is one of its members. */
const LED = /^(?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'-]*)?)-led (?:military |international |Arab |Western |regional )?(?:coalition|alliance|force|forces|bloc|mission)\b/i;

/** Where a side can begin: a name, or a capitalized word of a name no earlier stage found (a cheap first test). */
const START_AT = '(?=⟦|[A-Z]|(?:all|these|those|the|both) )';
/** A list of sides, or "the two groups" the text just listed. */
const SIDES = `(?:{L}|{ANA})`;
/**
 * "A and B formed the X alliance in 2018"; "the two groups came together to form a coalition"; "A, B and C set up the
 * Y Front": the members of a body the words call an alliance.
 */
const FORMED = pattern(
  `${START_AT}(?<a>${SIDES}){APPOS} (?:(?:have|has|had|jointly|later|then|also|together|formally|officially|recently) ){0,2}(?<v>formed|founded|created|launched|established|set up|forged|built|announced|unveiled|agreed to form|(?:came|come|banded|band|joined|united|unite|teamed up) together (?:to form|as|in|under)|joined (?:hands )?to form|united (?:to form|in|under)) (?:the |a |an |their |its )?(?:new |joint |loose |military |political |armed |electoral |opposition |rebel |jihadist |broad |umbrella )*(?:(?<n>{E}) ?)?(?<noun>${COALITION_NOUN}\\b)?`,
);
/** "the coalition of A, B and C"; "an alliance between A and B"; "a coalition of armed groups including A and B". */
const COALITION_OF = pattern(
  `\\b${COALITION_OF_NOUN} (?:(?:of|comprising|made up of|consisting of|grouping|uniting|bringing together|that (?:includes|included|groups|unites|brings together)|which (?:includes|included|groups|unites|brings together))(?: (?:[a-z-]+ ){0,2}(?:groups|militias|factions|parties|forces|movements|organi[sz]ations|countries|nations|states),?(?: (?:including|such as|namely|among them|like))?)?|between(?: (?:⟦\\d+⟧'s? )?(?:[a-z-]+ ){0,6}?(?:groups|militias|factions|parties|movements|organi[sz]ations|federations|gangs|cartels|rivals|armies),)?) (?:the )?(?<a>{L})`,
);
/**
 * "A joined the X coalition (alongside B)"; "A and B are members of the Saudi-led coalition"; "A and B, both members
 * of the X alliance": members of one coalition are allied with each other and with the country that leads it.
 */
const JOINED = pattern(
  `${START_AT}(?<a>{L}){APPOS}(?: (?:(?:has|have|had|also|later|then|formally|officially|quickly) ){0,2}(?<v>joined|entered|signed up to|signed on to|rejoined)|,? (?:both |all |each |also |fellow )?(?:founding )?(?:members|parts|part|components|partners) of|(?:,? (?:which|who|that))? (?<v2>is|are|was|were|has been|have been|remains?|became|become) (?:(?:also|now|still|both|all|each|founding) ){0,2}(?:a )?(?:(?:founding )?members?|part|a component|components|partners) of) (?:the )?(?:(?:(?<l>{E})-led |(?<owner>{E})'s (?:(?:own|regional) )?)?(?:(?:so-called|self-described|self-styled|self-proclaimed) )?{Q}(?<n>{E}){Q}(?: (?<noun>${COALITION_NOUN}))?|(?:[\\w-]+ ){0,3}?(?<noun2>${COALITION_NOUN}))(?!\\w)(?: led by (?:the )?(?<l2>{E}))?(?:[^⟦.;]{0,20}?,? (?:alongside|along with|together with) (?:the )?(?<b>{L}))?`,
);
/**
 * "an alliance between A, led by X, and its longtime rival, the B federation": two sides of "between", each with an
 * aside, the second possibly introduced by what it was to the first.
 */
const BETWEEN = pattern(
  `\\b(?:alliance|coalition|pact|partnership|axis) between (?:the )?(?<a>{E})(?: [a-z]+)?(?:, [^,;⟦]{0,40}(?:⟦\\d+⟧[^,;⟦]{0,30})?,)? and (?:(?:its|their|the) (?:[\\w-]+ ){0,2}?(?:rivals?|enem(?:y|ies)|foes?|partners?|allies|ally|counterparts?|neighbou?rs?),? )?(?:the )?(?<b>{E})`,
);
/**
 * "Some Rohingya have taken up arms against the X, fighting alongside the military": a participle after the main
 * clause tells of the sentence's subject, not of the name just before it.
 */
const SUBJECT_ALONGSIDE = pattern(
  `^\\W*(?:(?:[Ss]ome|[Mm]any|[Tt]he|[Aa]rmed|[Hh]undreds of|[Tt]housands of|[Ss]everal|[Ll]ocal) ){0,2}(?<a>{E})(?:[^⟦,;]|⟦\\d+⟧){1,80}?, (?<v>fighting|operating|working|serving|battling) (?:(?:side by side|shoulder to shoulder) )?alongside (?:the )?(?:(?<army>army|military|armed forces|government forces|government troops|security forces)\\b(?! of\\b)|(?<b>{L}))`,
  'gd',
);
/** "the Saudi-led coalition, which includes A and B"; "the coalition led by X, made up of A and B": X is one of them. */
const LED_MEMBERS = pattern(
  `(?:(?<l>{E})-led (?<n>{E})|\\b(?:coalition|alliance|bloc) led by (?:the )?(?<l2>{E})){Q}(?:,? (?:which|that) (?:also |now )?(?:includes|included|comprises|comprised|groups|grouped|brings together|brought together|unites|united)|,? (?:including|comprising|made up of|consisting of|grouping|bringing together|uniting)| of) (?:the )?(?<a>{L})`,
);
/** "A joined B in the fight against C"; "A joined B in a coalition"; "A sided with the army against C". */
const JOINED_IN = pattern(
  `${START_AT}(?<a>{L}){APPOS},? (?:(?:has|have|had|also|later|then|openly|reportedly) ){0,2}(?<v>joined|sided with|fought with) (?:the )?(?:(?<army>army|military|armed forces|government forces|government troops)|(?<b>{L})) (?:in (?:the |a |an |its |their )?(?:[\\w-]+ ){0,2}?)?(?:[\\w-]+ ){0,2}?(?:coalition|alliance|fight against|war against|campaign against|offensive against|battle against|struggle against|operations? against|against)\\b`,
);
/** "A joined forces with B"; "A teamed up with B"; "A allied itself with B" (any name the words say is a party). */
const JOINED_FORCES = pattern(
  `${START_AT}(?<a>{L}){APPOS} (?:(?:have|has|had|later|then|also|reportedly|recently|quickly|eventually) ){0,2}(?<v>joined forces|teamed up|joined hands|linked up|allied (?:itself|themselves)|aligned (?:itself|themselves)|formed an alliance|forged an alliance|struck an alliance|entered (?:into )?an alliance) with (?:the )?(?<b>{L})`,
);
/** "A and B joined forces"; "A and B teamed up against C" (the parties of one list, allied pairwise). */
const JOINED_LIST = pattern(
  `${START_AT}(?<a>{L}) (?:(?:have|has|had|later|then|also|reportedly|recently|quickly|eventually) ){0,2}(?<v>joined forces|teamed up|joined hands|allied|formed an alliance|forged an alliance|struck an alliance|entered (?:into )?an alliance)\\b(?! with\\b| to\\b)`,
);
/**
 * "X, a militia made up of Y, is loosely allied with Z"; "X, which has been allied with Y since 2014"; "X remains
 * tacitly aligned with Y": an adverb or an appositive the plain forms do not allow.
 */
const ALLIED = pattern(
  `${START_AT}(?<a>{L}){Q}{APPOS}(?:,? (?:which|who|that) (?:is|are|was|were|has been|have been|remains?|has remained|has long been|have long been) | (?:is|are|was|were|has been|have been|remains?|remained|became|become|has long been|have long been|is also|are also|is now|are now) )(?:(?:also|now|still|long|reportedly|widely|openly) ){0,2}(?<adv>(?:loosely|closely|tightly|formally|informally|nominally|tacitly|firmly|politically|militarily|strategically|largely|broadly|partly|increasingly|openly|ideologically|loosely but) )?(?<v>allied|aligned) (?:itself |themselves )?(?:with|to) (?:the )?(?<b>{L})`,
);
/** "A and B have long been closely allied"; "A and B are allied" (no partner named after: the list's own members). */
const LIST_ALLIED = pattern(
  `${START_AT}(?<a>{L}) (?<v>are|were|have been|have long been|remain|remained|became|become) (?:(?:long|also|still|now|closely|loosely|tightly|formally|informally|firmly|politically|militarily|tacitly|ideologically) ){0,3}(?:allied|aligned)\\b(?! (?:with|to)\\b)`,
);
/** "Hezbollah and Iran have long been close allies"; "A and B, once bitter enemies, became allies in 2018". */
const LIST_ALLIES = pattern(
  `${START_AT}(?<a>{L}){APPOS} (?<v>are|were|have (?:long |also |since |now )?been|has (?:long )?been|remain|remained|became|become|are now|are still) (?:(?:close|closer|longtime|long-time|staunch|strategic|traditional|military|key|firm|old|treaty|security|defen[cs]e|natural|regional|firm|steadfast|loyal|sworn|formal|de facto|tactical) ){0,3}(?:allies|(?:strategic|military|security|defen[cs]e|coalition|treaty) partners)\\b(?! of\\b)`,
);
/** "A and B launched a joint offensive"; "A and B run a joint operations room": joint armed action of a list's parties. */
const JOINT_ACTION = pattern(
  `${START_AT}(?<a>{L}) (?:(?:have|has|had|also|later|then|recently) ){0,2}(?<v>launched|began|started|mounted|staged|carried out|conducted|announced|run|runs|ran|operate|operated|set up|established|formed) (?:a |an |their |the )?(?:new |major |large-scale |first |coordinated )?joint (?:military )?(?:offensive|operation|operations room|attack|assault|raid|command|campaign|force)s?\\b`,
);
/** "A and B signed a mutual defence treaty"; "A and B concluded a military pact"; not a ceasefire or trade pact. */
const PACT = pattern(
  `${START_AT}(?<a>{L}){APPOS} (?:(?:have|has|had|also|later|then|jointly|formally) ){0,2}(?<v>signed|concluded|sealed|agreed|struck|inked|entered into|renewed|ratified) (?:a |an |the |their )?(?:(?:new|historic|landmark|formal|\\d{4}|bilateral|trilateral|mutual|joint|secret|strategic|comprehensive|partnership|cooperation) ){0,3}(?:alliance|(?:(?:military|defen[cs]e|security|alliance|mutual) )*pact|(?:military|defen[cs]e|mutual defen[cs]e|mutual assistance|mutual security|alliance|security) (?:treaty|accord|agreement|deal)|(?:treaty|agreement|accord) of (?:alliance|mutual defen[cs]e|mutual assistance|friendship and (?:military )?cooperation))(?: with (?:the )?(?<b>{L}))?`,
);
/** "Iran's coalition partners Hezbollah and Hamas"; "Russia's junior partner Belarus". */
const POSSESSIVE_PARTNERS = pattern(
  `${START_AT}(?<a>{E})(?:'s|’s) (?:(?:coalition|alliance|military|junior|senior|security|defen[cs]e|treaty|fellow|longtime|long-time|traditional) ){1,2}(?<v>partners?|allies|ally),? (?:(?:including|such as|notably|among them|namely) )?(?:the )?(?<b>{L})`,
);
/** "X fought alongside the army": a bare army is the armed forces of the country the story is about. */
const ALONGSIDE_ARMY = pattern(
  `${START_AT}(?<a>{E}){APPOS},? {GAP}(?<v>${ACTING}|battled|battling|deployed) (?:(?:side by side|shoulder to shoulder) )?(?:alongside|beside) (?:the )?(?<army>army|military|armed forces|national army|government forces|government troops|government soldiers|security forces|soldiers|troops)\\b(?! (?:of|from)\\b)`,
);

interface CoalitionRule {
  rx: RegExp;
  rule: string;
  confidence: number;
  guard: RegExp;
}

const RULES: readonly CoalitionRule[] = [
  { rx: FORMED, rule: 'alliance:formed-coalition', confidence: 0.7, guard: /(?:formed|founded|created|launched|established|set up|forged|built|announced|unveiled|together|to form|united|under) (?:(?:the|a|an|their|its|[a-z-]+) ){0,4}(?:⟦|alliance|coalition|front|bloc|pact|axis|confederation|federation|league|platform|umbrella)/ },
  { rx: COALITION_OF, rule: 'alliance:coalition-of', confidence: 0.7, guard: /(?:alliance|coalition|bloc|axis|federation|pact|umbrella)[ \w]* (?:of|between|compris|made|consist|group|unit|bring|that|which)/ },
  { rx: JOINED, rule: 'alliance:joined-coalition', confidence: 0.65, guard: /joined|entered|signed|(?:members?|parts?|components?|partners) of/ },
  { rx: JOINED_IN, rule: 'alliance:joined-in', confidence: 0.6, guard: /(?:joined|sided with|fought with) (?:the )?(?:⟦|army|military|armed|government)/ },
  { rx: JOINED_FORCES, rule: 'alliance:joined-forces', confidence: 0.7, guard: /joined|teamed|linked up|allied|aligned|alliance/ },
  { rx: JOINED_LIST, rule: 'alliance:joined-list', confidence: 0.65, guard: /joined|teamed|allied|aligned|alliance/ },
  { rx: ALLIED, rule: 'alliance:allied-adverb', confidence: 0.75, guard: /(?:allied|aligned) (?:itself |themselves )?(?:with|to)/ },
  { rx: LIST_ALLIED, rule: 'alliance:list-allied', confidence: 0.7, guard: /allied|aligned/ },
  { rx: LIST_ALLIES, rule: 'alliance:list-allies', confidence: 0.7, guard: /allies|partners/ },
  { rx: JOINT_ACTION, rule: 'alliance:joint-action', confidence: 0.6, guard: /joint / },
  { rx: PACT, rule: 'alliance:pact-signed', confidence: 0.7, guard: /alliance|pact|treaty|agreement|accord|deal/ },
  { rx: POSSESSIVE_PARTNERS, rule: 'alliance:possessive-partners', confidence: 0.7, guard: /(?:'s|’s) (?:[a-z-]+ ){1,2}(?:partners?|allies|ally)\b/ },
  { rx: LED_MEMBERS, rule: 'alliance:led-coalition', confidence: 0.65, guard: /-led ⟦|led by/ },
  { rx: BETWEEN, rule: 'alliance:between', confidence: 0.7, guard: / between / },
  { rx: SUBJECT_ALONGSIDE, rule: 'alliance:subject-alongside', confidence: 0.6, guard: /, (?:fighting|operating|working|serving|battling) / },
  { rx: ALONGSIDE_ARMY, rule: 'alliance:alongside-army', confidence: 0.65, guard: /(?:alongside|beside) (?:the )?(?:army|military|armed|national|government|security|soldiers|troops)/ },
];

/** Patterns whose words tell when the alliance was made ("formed ... in 2018", "signed ... in 1999"). */
const DATED: ReadonlySet<RegExp> = new Set([FORMED, PACT, JOINED, LIST_ALLIES]);
/** Patterns that name a list of members only: every two of them are allied. */
const LISTED: ReadonlySet<RegExp> = new Set([FORMED, COALITION_OF, LIST_ALLIED, JOINED_LIST, LIST_ALLIES, JOINT_ACTION]);

/** An aside that names the side: "armed groups in Darfur, known as the ⟦Joint Forces⟧,". */
const KNOWN_AS = /^[^,]*, (?:known as|called|dubbed|named|calling themselves) (?:the )?(⟦\d+⟧),/;
/** Words before an alliance that make it a wish, a rumour or a thing of the past. */
const NOT_AN_ALLIANCE =
  /\b(?:possible|proposed|potential|planned|would-be|prospective|rumou?red|mooted|hypothetical|rejected|rejects|refused|refuses|talks? (?:on|about|over)|negotiations? (?:on|over|for)|ended|ending|end|broke|breaking|break-?up|collapse|collapsed|former|defunct|dissolved|abandoned|left|quit|withdrew from|pulled out of|exit(?:ed)? from|once|formerly|previously|accused|accuses|alleged|allegedly|denies|denied)\b\W*(?:\w+\W+){0,3}$/i;
/** An alliance the words after it deny, end or doubt: "..., which it denies"; "collapsed in 2019"; "is unlikely". */
/**
 * A pact whose purpose, told right after it, is to end the parties' own fight: a peace deal between enemies, not an
 * alliance ("signed a pact to end the conflict", "a pact in Beijing, ending months of fighting").
 */
export const PEACE_AFTER =
  /^[^.;]{0,50}?\b(?:to (?:end|halt|stop|cease|freeze|settle|resolve) (?:the |their |a |all |its |(?:months|years|decades|weeks) of )?(?:[a-z-]+ )?(?:fighting|conflict|war|hostilities|violence|clashes|insurgency|dispute|feud|rivalry|rebellion)|ending (?:[a-z-]+ ){0,3}(?:fighting|conflict|war|hostilities|violence|clashes|insurgency)|on (?:a )?(?:ceasefire|truce|peace)\b)/;
const UNDONE_AFTER =
  /^[^.;]{0,30}?\b(?:which (?:it|they|both|the \w+) (?:den(?:y|ies|ied)|rejects?|rejected)|collapsed|ended|broke (?:down|up)|dissolved|fell apart|was dissolved|(?:is|was|remains|seems|looks) (?:(?:still|now|highly|very) )?(?:unlikely|impossible|a myth|a fiction|off the table)|does not exist|never materiali[sz]ed)\b/;
/** Pacts that ally no one: a truce, a trade or arms-control deal. */
const NOT_A_PACT = /\b(?:non-aggression|ceasefire|cease-fire|truce|peace|trade|free-trade|nuclear|arms control|border|extradition|investment|economic|grain|gas|oil|energy|prisoner|swap)\b/i;

/** A name's last word that calls a body a party of armed or political action ("the River Legion", "Los Zetas"). */
const PARTY_NAME =
  /(?:\b(?:Army|Front|Legion|Brigades?|Battalions?|Cartel|Movement|Forces?|Militias?|Group|Party|Alliance|Coalition|Council|Union|League|Guards?|Corps|Fighters|Mujahideen|Rebels|Command|Organi[sz]ation|Network|Bloc|Federation|Gangs?|Clan|Tigers|Lions|Hawks|Eagles|Wolves|Falcons|Sons|Soldiers|Defenders|Martyrs|Squad)\b|^(?:Los|Las|Al|al|Ansar|Jama'at|Jamaat|Harakat|Kata'ib|Liwa|Hizb|Tehrik|Lashkar|Jaish)\b)/;

/**
 * Which entities may be a party of a coalition: organizations and countries, and any name whose words call it a party
 * (an earlier stage may have typed "the River Legion" a person or "the Northern Tigers" a region), never a capital city.
 */
function party(x: Classed): boolean {
  if (isBody(x)) return true;
  const name = x.label ?? x.mention?.text ?? '';
  return x.cls !== 'City' && PARTY_NAME.test(name);
}

/** The country that leads an "X-led coalition" the entity names, if the document knows it. */
function leaderOf(ctx: RelationContext, key: string | undefined): string | undefined {
  const e = key === undefined ? undefined : ctx.doc.entities.get(key);
  if (!e) return undefined;
  for (const n of [e.label, ...e.names]) {
    const m = LED.exec(n);
    const country = m ? countryOf(ctx, m[1]!) : undefined;
    if (country) return country;
  }
  return undefined;
}

/**
 * The armed forces a bare "the army" or "the military" stands for: those of the country the story is about (the
 * one force of that country the document names), else that country itself. Undefined when the story has no country.
 */
export function storyForce(doc: AnnotatedDocument): string | undefined {
  const home = storyOwners(doc).home;
  if (!home) return undefined;
  const code = codeOf(home);
  let best: Entity | undefined;
  for (const e of doc.entities.values()) {
    if (e.cls === 'Country' || !isBody(e) || code === undefined || codeOf(e) !== code) continue;
    if (!e.names.some((n) => ARMY_NAME.test(n))) continue;
    if (!best || e.mentions.length > best.mentions.length) best = e;
  }
  return best?.key ?? home.key;
}

/** The pairs of a list of members, each two once. */
function pairwise(keys: readonly string[], pair: (a: string, b: string) => void): void {
  const all = [...new Set(keys)];
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) pair(all[i]!, all[j]!);
}

/** A list that runs into the attribution after it ("with A and B, the UN said") ends before the speaker. */
const SPEAKER = /, (?:the |a )?⟦\d+⟧$/;
const SAID = /^ (?:said|says|told|reported|added|announced)\b/;
export function unsaid(view: SentenceView, m: RegExpMatchArray, name: string): string | undefined {
  const list = m.groups?.[name];
  const end = m.indices?.groups?.[name]?.[1];
  if (list === undefined || end === undefined || !SAID.test(view.masked.slice(end))) return list;
  return list.replace(SPEAKER, '');
}

function coalitionsIn(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const { rx, rule, confidence, guard } of RULES) {
    if (!guard.test(view.masked)) continue;
    for (const m of matchesOf(rx, view.masked)) {
      const g = m.groups ?? {};
      const v = g['v'] !== undefined ? groupStart(m, 'v') : g['v2'] !== undefined ? groupStart(m, 'v2') : (m.index ?? 0);
      const start = m.index ?? 0;
      if (deniedOrHypothetical(view.masked, v) || deniedOrHypothetical(view.masked, start)) continue;
      if (NOT_AN_ALLIANCE.test(view.masked.slice(Math.max(0, start - 60), rx === COALITION_OF ? groupStart(m, 'a') : start))) continue;
      if (UNDONE_AFTER.test(view.masked.slice(start + m[0].length))) continue;
      if ((rx === PACT || rx === COALITION_OF) && PEACE_AFTER.test(view.masked.slice(start + m[0].length))) continue;
      if (rx === PACT && NOT_A_PACT.test(m[0])) continue;
      const when: When | undefined = sinceTime(ctx.doc, view, m) ?? (DATED.has(rx) ? timeOfClause(ctx.doc, view, v) : undefined);
      const pair = (a: string, b: string): void => {
        if (a !== b) out.push(candidate('alliance', { a, b }, m, rule, confidence, when ? { when } : {}));
      };
      let as = entitiesOf(ctx, view, g['a'], groupStart(m, 'a'), party);
      // "armed groups in ⟦Darfur⟧, known as the ⟦Joint Forces⟧, have sided with": the name the aside gives is the side
      const known = as.length === 0 ? KNOWN_AS.exec(m[0].slice(groupStart(m, 'a') - start)) : null;
      if (known) as = entitiesOf(ctx, view, known[1], start + (known.index ?? 0), party);
      const named = g['n'] !== undefined ? entitiesOf(ctx, view, g['n'], groupStart(m, 'n'), party)[0] : undefined;
      const label = named === undefined ? '' : ctx.doc.entities.get(named)?.label ?? '';
      // the country that leads the coalition: "the ⟦Saudi⟧-led ⟦coalition⟧", "the coalition led by ⟦X⟧", or its name
      const ledBy = g['l'] ?? g['l2'];
      const owner = g['owner'] !== undefined ? entitiesOf(ctx, view, g['owner'], groupStart(m, 'owner'), (x) => x.cls === 'Country')[0] : undefined;
      const leader = owner ?? (ledBy !== undefined ? entitiesOf(ctx, view, ledBy, groupStart(m, g['l'] !== undefined ? 'l' : 'l2'), isBody)[0] : leaderOf(ctx, named));
      const members = as.filter((k) => k !== named);

      if (rx === SUBJECT_ALONGSIDE) {
        // the name the participle follows is the main clause's object; the subject's ally is the army a name before
        // holds the word of, else the story country's
        if (m.groups?.['a'] === undefined) continue;
        const army = g['army'] === undefined ? undefined : namedBefore(ctx, view.docOffset(groupStart(m, 'army')), g['army']) ?? storyForce(ctx.doc);
        const bs = army ? [army] : entitiesOf(ctx, view, unsaid(view, m, 'b'), groupStart(m, 'b'), party);
        for (const a of as) for (const b of bs) pair(a, b);
        continue;
      }
      if (rx === ALONGSIDE_ARMY) {
        // an army a name before holds is the alliance's own pattern's; only the bare army of the story is read here
        if (namedBefore(ctx, view.docOffset(groupStart(m, 'army')), g['army']!) !== undefined) continue;
        if (/\b(?:against|with|from|by|of|to|on|at|in|into|over|for)\s+(?:the\s+)?$/.test(view.masked.slice(0, groupStart(m, 'a')))) continue;
        const army = storyForce(ctx.doc);
        if (army) for (const a of as) pair(a, army);
        continue;
      }
      if (rx === FORMED || rx === JOINED) {
        // a body the words call an alliance: "the X alliance", "the Y Front", "the Saudi-led coalition"
        const isCoalition = g['noun'] !== undefined || g['noun2'] !== undefined || COALITION_NAME.test(label) || leader !== undefined;
        if (!isCoalition) continue;
        if (rx === FORMED && named === undefined && g['noun'] === undefined) continue;
        const bs = entitiesOf(ctx, view, unsaid(view, m, 'b'), groupStart(m, 'b'), party).filter((k) => k !== named);
        pairwise([...members, ...bs, ...(leader ? [leader] : [])], pair);
        continue;
      }
      if (rx === LED_MEMBERS) {
        pairwise([...members, ...(leader ? [leader] : [])], pair);
        continue;
      }
      if (LISTED.has(rx)) {
        pairwise(members, pair);
        continue;
      }
      // "joined the army in the fight against X": the army a name before holds the word of, else the story country's
      const army = g['army'] === undefined ? undefined : namedBefore(ctx, view.docOffset(groupStart(m, 'army')), g['army']) ?? storyForce(ctx.doc);
      const bs = army !== undefined ? [army] : entitiesOf(ctx, view, unsaid(view, m, 'b'), groupStart(m, 'b'), party);
      for (const a of members) for (const b of bs) pair(a, b);
      if (rx === PACT && bs.length === 0) pairwise(members, pair);
    }
  }
  return out;
}

/** A law-enforcement or border body: what it does jointly with others is policing, not an alliance. */
const POLICING = /\b(?:police|policemen|gendarmer\w*|border guards?|border police|border force|coast ?guards?|customs|constabulary)\b/i;
/** The classes of a state's own organs; a collective of its soldiers or officers is one too. */
const STATE_ORGANS = new Set<string>(['Government', 'GovernmentAgency', 'MilitaryForce']);
const ORGAN_WORDS = /\b(?:soldiers|troops|forces|army|police|policemen|officers|guards?|gendarmes?|personnel|units)\b/i;

function stateOrgan(e: Entity): boolean {
  return STATE_ORGANS.has(e.cls) || (e.cls === 'CollectiveActor' && ORGAN_WORDS.test(e.label));
}

/**
 * Whether two parties are organs of one state, or one is a police or border force beside another state organ: "the
 * army, the police and the border guards launched a joint operation" tells co-agents, not allies. Two states' armies
 * in a joint offensive stay allies.
 */
export function oneStateOrgans(ctx: RelationContext, a: string, b: string): boolean {
  const ea = ctx.doc.entities.get(a);
  const eb = ctx.doc.entities.get(b);
  if (!ea || !eb || !stateOrgan(ea) || !stateOrgan(eb)) return false;
  if (POLICING.test(ea.label) || POLICING.test(eb.label)) return true;
  const ca = codeOf(ea);
  return ca !== undefined && ca === codeOf(eb);
}

/** A charge the alliance is the object of: "accused X of fighting alongside Y" is the accuser's claim, not a tie. */
const CHARGED_ALLIANCE =
  /\b(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|suspect(?:s|ed)?|denie[sd]|deny(?:ing)?)\b(?:(?!\b(?:said|says|but|while)\b)[^;.]){0,60}?\b(?:of|for|that)? ?(?:[a-z]+ )?(?:fighting|operating|working|serving|collaborating|cooperating|colluding|siding|allying|being allied|joining forces|teaming up|partnering)\b/;

/**
 * The checks every alliance family shares: no pair of one state's organs, no alliance a charge or denial carries, no
 * side that is only a place modifier ("the Rosario-based gang").
 */
export function withAllianceChecks(family: Family): Family {
  const inner = withoutPlaceModifiers(family);
  return (view: SentenceView, ctx: RelationContext): Candidate[] => {
    const out = inner(view, ctx);
    if (out.length === 0) return out;
    return out.filter((c) => {
      if (c.kind !== 'alliance') return true;
      if (oneStateOrgans(ctx, c.args['a'] ?? '', c.args['b'] ?? '')) return false;
      return !CHARGED_ALLIANCE.test(view.masked.slice(Math.max(0, c.start - 100), c.end));
    });
  };
}

/** Every alliance a sentence tells as a coalition or as joint action, read also with each aside cut out. */
export const extractCoalitions: Family = withAllianceChecks(acrossAsides(coalitionsIn));
