// Alliance, founding and leadership constructions of round 4: an apposition between a list of founders and its
// verb, a possessive ally with an adjective, a second founder after a relative clause, and "It ..., and is now led by".

import { describe, expect, it } from 'vitest';
import { annotateRelations } from '../../../src/annotate/relations/relationsStage.js';
import { annotatedDoc } from '../../support/annotatedDoc.js';

/** The facts of the given kinds read in a marked-up text, as sorted "kind a b" lines. */
function facts(marked: string, kinds: readonly string[]): string[] {
  const doc = annotatedDoc(marked, { published: '2024-05-06' });
  annotateRelations(doc);
  return doc.relations
    .filter((r) => kinds.includes(r.kind))
    .map((r) => `${r.kind} ${Object.values(r.args).join(' ')}`)
    .sort();
}

const ALLIANCES: [string, string[]][] = [
  // members of a named alliance, with an apposition between them and "formed"
  [
    '[Valdonia|Country], [Kestria|Country] and [Morland|Country], all run by military governments, formed the [Alliance of Northern States|InternationalOrganization] in 2023.',
    ['alliance kestria morland', 'alliance valdonia kestria', 'alliance valdonia morland'],
  ],
  // no alliance in the name: forming a company allies no one
  ['[Valdonia|Country] and [Kestria|Country], both oil producers, formed the [Northern Shipping Company|Organization] in 2023.', []],
  // a possessive ally with a group noun after the name and an adjective of faith or region before "ally"
  ['He heads the [Blue|Organization] movement, [Red Hand|ArmedGroup]\'s main Shiite ally.', ['alliance red-hand blue']],
  ['He heads the [Blue|Organization] movement, [Red Hand|ArmedGroup]\'s main Western partner.', ['alliance red-hand blue']],
  // a possessive that names no ally
  ['He heads the [Blue|Organization] movement, [Red Hand|ArmedGroup]\'s main Shiite rival.', []],
];

const FOUNDINGS: [string, string[]][] = [
  // a second founder after the first one's relative clause
  [
    'The [Red Hand|ArmedGroup] was formed in March 1969 by [Ibo Kalan|Person], who had founded the [Dorn Front|ArmedGroup] a few months earlier, and by former rebel commander [Sami Dor|Person].',
    ['founding ibo-kalan dorn-front', 'founding ibo-kalan red-hand', 'founding sami-dor red-hand'],
  ],
  // an earlier stage made the description a mention of the same group
  [
    'Groups merged, among them [Ansar Kel|ArmedGroup], [the movement|ArmedGroup=ansar-kel] founded by desert militant [Ibo Kalan|Person].',
    ['founding ibo-kalan ansar-kel'],
  ],
  // a description an earlier stage resolved to another group is no apposition of the first
  ['The [Dorn Front|ArmedGroup] grew. Groups merged, among them [Ansar Kel|ArmedGroup], [the movement|ArmedGroup=dorn-front] founded by [Ibo Kalan|Person].', []],
  // a named group founded together with a second founder
  [
    '[Ibo Kalan|Person] founded the [Red Hand|ArmedGroup] together with [Sami Dor|Person], who was killed in 2022.',
    ['founding ibo-kalan red-hand', 'founding sami-dor red-hand'],
  ],
  // a partner in something else is no founder
  ['[Ibo Kalan|Person] founded the [Red Hand|ArmedGroup] in 2010 and later met [Sami Dor|Person].', ['founding ibo-kalan red-hand']],
  // the relative clause ends the sentence: no second founder
  ['The [Red Hand|ArmedGroup] was formed in 1969 by [Ibo Kalan|Person], who later met [Sami Dor|Person].', ['founding ibo-kalan red-hand']],
  // denied
  ['The [Red Hand|ArmedGroup] was not founded by [Ibo Kalan|Person], who met [Sami Dor|Person], and by [Lia Varn|Person].', []],
];

const LEADERSHIPS: [string, string[]][] = [
  // "It was founded by X, a former commander ..., and is now led by Y": Y leads the subject, not X
  [
    'The [Red Hand|ArmedGroup] emerged in 2015. It was founded by [Ibo Kalan|Person], a former commander killed in 2016, and is now led by [Sami Dor|Person], who goes by the name Abu Dor.',
    ['founding ibo-kalan red-hand', 'leadership sami-dor red-hand'],
  ],
  // "It" opening a sentence is the previous sentence's subject, not the last organization it named
  [
    'The [Red Hand|ArmedGroup] emerged in 2015 when fighters of the [Dorn Front|ArmedGroup] pledged allegiance to the [Blue Order|ArmedGroup]. It was founded by [Ibo Kalan|Person], a former commander killed in 2016, and is now led by [Sami Dor|Person].',
    ['founding ibo-kalan red-hand', 'leadership sami-dor red-hand'],
  ],
  // "It" with no organization in the sentence before: nothing to found
  ['Talks ended in [Varna|City] in 2015. It was founded by [Ibo Kalan|Person], a former commander.', []],
  // "Its general manager, X" opening a sentence: the previous sentence's subject, not the last body it named
  [
    '[Zorin Electronics|Organization] has shipped parts to [Kelda Trading|Organization] since 2024. Its general manager, [Ibo Kalan|Person], negotiated the contracts.',
    ['leadership ibo-kalan zorin-electronics'],
  ],
  // "its" inside the sentence keeps the nearest body before it
  [
    '[Zorin Electronics|Organization] has shipped parts to [Kelda Trading|Organization] since 2024. Talks were held with [Kelda Trading|Organization] and its general manager, [Ibo Kalan|Person].',
    ['leadership ibo-kalan kelda-trading'],
  ],
  // a described name still leads when "and" continues its own description
  ['[Dorn|Person], a gang based in the port and led by [Sami Dor|Person], grew.', ['leadership sami-dor dorn']],
];

const SUPPORTS: [string, string[]][] = [
  // "His position is backed by X" opening a sentence: X backs the person the sentence before is about
  [
    'Red Hand chief [Ibo Kalan|Person] has rejected calls to disarm. His position is backed by Speaker [Sami Dor|Person].',
    ['support sami-dor ibo-kalan'],
  ],
  // a position only hoped to be backed is no support
  ['Red Hand chief [Ibo Kalan|Person] has rejected calls to disarm. His position could be backed by Speaker [Sami Dor|Person].', []],
  // an earlier stage resolved "the group" to the supplier itself: the group is the sentence's subject
  [
    'The [Red Hand|ArmedGroup] smuggles fuel for the [Dorn Cartel|ArmedGroup], which supplies [the group|ArmedGroup=dorn-cartel] with weapons and money.',
    ['support dorn-cartel red-hand'],
  ],
  ['The [Red Hand|ArmedGroup] smuggles fuel for the [Dorn Cartel|ArmedGroup], which never supplies [the group|ArmedGroup=dorn-cartel] with weapons.', []],
  // a list of parts shipped to a firm, the goods word last
  [
    '[Zorin Electronics|Organization] has shipped servo motors, navigation modules, and small engines to [Kelda Trading|Organization] since 2024.',
    ['support zorin-electronics kelda-trading'],
  ],
  ['[Zorin Electronics|Organization] has not shipped servo motors, navigation modules, and small engines to [Kelda Trading|Organization].', []],
  // no person before: nothing to back
  ['Talks stalled in [Varna|City]. His position is backed by Speaker [Sami Dor|Person].', []],
];

describe('round 4 relations', () => {
  it.each(SUPPORTS)('supports: %s', (text, expected) => expect(facts(text, ['support'])).toEqual(expected));
  it.each(ALLIANCES)('alliances: %s', (text, expected) => expect(facts(text, ['alliance'])).toEqual(expected));
  it.each(FOUNDINGS)('foundings: %s', (text, expected) => expect(facts(text, ['founding'])).toEqual(expected));
  it.each(LEADERSHIPS)('leaderships: %s', (text, expected) => expect(facts(text, ['founding', 'leadership'])).toEqual(expected));
});
