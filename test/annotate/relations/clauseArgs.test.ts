// The clause reader's specification: the subject and the object a trigger takes by clause structure, in short and
// long sentences, across asides, lists, relative pronouns, pronouns and coordinated verbs. Invented names throughout.

import { describe, expect, it } from 'vitest';
import { clauseArgsOf, type SubjectReader } from '../../support/clauseArgsOf.js';

/** The subject and object labels of the first `trigger` in the text's last sentence (see clauseArgsOf). */
function argsOf(marked: string, trigger: string, accept: 'body' | 'actor' = 'body'): [string[], string[]] {
  return clauseArgsOf(marked, trigger, accept);
}

/** [sentence(s), trigger, subject labels, object labels, what the arguments may be (bodies unless said)] */
type Row = [string, string, string[], string[], ('body' | 'actor')?];

const G = 'ArmedGroup';

const ADJACENT: Row[] = [
  [`The [Red Hand|${G}] founded the [Iron Column|${G}] in 2012.`, 'founded', ['Red Hand'], ['Iron Column']],
  [`The [Red Hand|${G}] has since 2015 formally backed the [Iron Column|${G}].`, 'backed', ['Red Hand'], ['Iron Column']],
  [`The [Iron Column|${G}] was founded in 2012 by the [Red Hand|${G}].`, 'founded', ['Iron Column'], ['Red Hand']],
  [`[Dorland|Country] and [Vesmark|Country] backed the rebel [Iron Column|${G}] ([IC|${G}=iron-column]).`, 'backed', ['Dorland', 'Vesmark'], ['Iron Column']],
  [`The [Iron Column|${G}] ([IC|${G}=iron-column]) backed the [Grey Wolves|${G}], the [Sand Brigade|${G}] and the [Blue Front|${G}].`, 'backed', ['Iron Column'], ['Grey Wolves', 'Sand Brigade', 'Blue Front']],
];

const ASIDES: Row[] = [
  [`The [Sand Brigade|${G}] ([SB|${G}=sand-brigade]), on the other hand, split from the [Iron Column|${G}] in 2016.`, 'split', ['Sand Brigade'], []],
  [`The [Sand Brigade|${G}], based in the hills north of [Tarvo|City], broke away from the [Iron Column|${G}].`, 'broke', ['Sand Brigade'], []],
  [`The [Sand Brigade|${G}], led by former colonel [Ivo Brandt|Person], who trained in [Dorland|Country], absorbed the [Blue Front|${G}] in 2019.`, 'absorbed', ['Sand Brigade'], ['Blue Front']],
  [`The [Sand Brigade|${G}], which according to officials in [Tarvo|City] was formed when the [Blue Front|${G}] collapsed, later joined the [Northern Shield|${G}].`, 'joined', ['Sand Brigade'], ['Northern Shield']],
  [`According to the [Halden Institute|Organization], the [Sand Brigade|${G}] absorbed the [Blue Front|${G}].`, 'absorbed', ['Sand Brigade'], ['Blue Front']],
  [`The [Sand Brigade|${G}], an offshoot of the [Iron Column|${G}], claimed the attack.`, 'an offshoot', ['Sand Brigade'], []],
];

const RELATIVES: Row[] = [
  [`Officials blamed the [Sand Brigade|${G}], a faction that split from the [Iron Column|${G}] in 2016.`, 'split', ['Sand Brigade'], []],
  [`The [Sand Brigade|${G}] ([SB|${G}=sand-brigade]), on the other hand, is an umbrella of factions that grew out of the rebel [Iron Column|${G}] and was reorganised in 2017.`, 'grew', ['Sand Brigade'], []],
  [`The [Sand Brigade|${G}] is one of the groups that merged into the [Northern Shield|${G}] last year.`, 'merged into', ['Sand Brigade'], ['Northern Shield']],
  [`The [Sand Brigade|${G}], which the [Iron Column|${G}] armed in 2014, joined the [Northern Shield|${G}].`, 'joined', ['Sand Brigade'], ['Northern Shield']],
  [`The [Sand Brigade|${G}], which split from the [Iron Column|${G}] in 2016, is now the largest armed group in [Tarvo|City].`, 'split from', ['Sand Brigade'], ['Iron Column']],
  [`Witnesses named [Ivo Brandt|Person], who left the [Iron Column|${G}] in 2011.`, 'left', ['Ivo Brandt'], ['Iron Column'], 'actor'],
  [`The [Northern Shield|${G}] is an alliance of factions that, according to the [Halden Institute|Organization], emerged from the [Iron Column|${G}].`, 'emerged from', ['Northern Shield'], ['Iron Column']],
];

const LISTS: Row[] = [
  [`The [Northern Shield|${G}] ([NS|${G}=northern-shield]), an umbrella body created in 2014 when three rival factions, the [Grey Wolves|${G}] ([GW|${G}=grey-wolves]), the [Sand Brigade|${G}] ([SB|${G}=sand-brigade]) and the [Blue Front|${G}] ([BF|${G}=blue-front]), merged into one organisation.`, 'merged', ['Grey Wolves', 'Sand Brigade', 'Blue Front'], []],
  [`The [Northern Shield|${G}], active in [Tarvo|City], was formed a year earlier when four groups joined forces: the [Grey Wolves|${G}], the [Sand Brigade|${G}], the [Blue Front|${G}] and the [Iron Column|${G}].`, 'joined', ['Grey Wolves', 'Sand Brigade', 'Blue Front', 'Iron Column'], ['Grey Wolves', 'Sand Brigade', 'Blue Front', 'Iron Column']],
  [`In 2014 the [Grey Wolves|${G}], the [Sand Brigade|${G}] and the [Blue Front|${G}] merged to form the [Northern Shield|${G}].`, 'merged', ['Grey Wolves', 'Sand Brigade', 'Blue Front'], []],
  [`Their successor, the [Northern Shield|${G}], was formed by the [Grey Wolves|${G}] and the [Sand Brigade|${G}].`, 'formed', ['Northern Shield'], ['Grey Wolves', 'Sand Brigade']],
];

const ACROSS: Row[] = [
  [`The [Sand Brigade|${G}] was founded in 2010 by exiles. It absorbed the remnants of another rebel movement, the [Blue Front|${G}] ([BF|${G}=blue-front]).`, 'absorbed', ['Sand Brigade'], ['Blue Front']],
  [`In 2010, the [Sand Brigade|${G}] was founded in [Tarvo|City]. It was formed by [Ivo Brandt|Person], a former teacher, and absorbed the remnants of another rebel movement, the [Blue Front|${G}].`, 'absorbed', ['Sand Brigade'], ['Blue Front']],
  [`The [Grey Wolves|${G}] and the [Sand Brigade|${G}] fought the army for a decade. They merged into the [Northern Shield|${G}] in 2019.`, 'merged into', ['Grey Wolves', 'Sand Brigade'], ['Northern Shield']],
  [`The [Grey Wolves|${G}] emerged in 2010. The [Sand Brigade|${G}] was set up two years later. In April, the two groups merged into a single structure, the [Northern Shield|${G}] ([NS|${G}=northern-shield]), led by [Ivo Brandt|Person].`, 'merged into', ['Grey Wolves', 'Sand Brigade'], ['Northern Shield']],
  [`The [Sand Brigade|${G}] claimed the attack on [Tarvo|City]. The group, which has about 900 fighters, split from the [Iron Column|${G}] in 2016.`, 'split from', ['Sand Brigade'], ['Iron Column']],
  [`The [Sand Brigade|${G}] claimed the attack on [Tarvo|City]. The movement later joined the [Northern Shield|${G}].`, 'joined', ['Sand Brigade'], ['Northern Shield']],
  // "the three countries" and then "they" count the countries the text listed
  [`[Dorland|Country], [Vesmark|Country] and [Ostria|Country] are run by soldiers. The three countries, all under sanctions, expelled the envoys. Together they formed the [Northern Shield|${G}] in 2023.`, 'formed', ['Dorland', 'Vesmark', 'Ostria'], ['Northern Shield']],
  // a description names a body by the head noun of its name
  [`The [Tarvo Brigade|${G}] was raised in 2016. Led by [Ivo Brandt|Person], whom the council appointed in August, the brigade has grown.`, 'Led by', ['Tarvo Brigade'], ['Ivo Brandt'], 'actor'],
  [`The [Sand Brigade|${G}] took the port. The group's operations in [Tarvo|City] were later folded into the [Northern Shield|${G}].`, 'folded into', ['Sand Brigade'], ['Northern Shield']],
];

const COORDINATED: Row[] = [
  [`[Ivo Brandt|Person] broke away from the [Iron Column|${G}] in 2011 and founded the [Sand Brigade|${G}] ([SB|${G}=sand-brigade]).`, 'founded', ['Ivo Brandt'], ['Sand Brigade'], 'actor'],
  [`The [Sand Brigade|${G}] split from the [Iron Column|${G}] in 2016, and later joined the [Northern Shield|${G}].`, 'joined', ['Sand Brigade'], ['Northern Shield']],
];

const SHAPES: Row[] = [
  // a participle that opens the sentence takes the main clause's subject
  [`Founded in 2009 by [Ivo Brandt|Person], a former teacher, the [Sand Brigade|${G}] now controls the valley.`, 'Founded', ['Sand Brigade'], ['Ivo Brandt'], 'actor'],
  [`Led by [Ivo Brandt|Person], the [Sand Brigade|${G}] ([SB|${G}=sand-brigade]) took the town.`, 'Led by', ['Sand Brigade'], ['Ivo Brandt'], 'actor'],
  // a participle after a description in apposition
  [`The raid was blamed on the [Sand Brigade|${G}] ([SB|${G}=sand-brigade]), an armed group affiliated with the [Iron Column|${G}].`, 'affiliated with', ['Sand Brigade'], ['Iron Column']],
  [`The [Sand Brigade|${G}] is a Salafist armed group aligned with the [Iron Column|${G}].`, 'aligned with', ['Sand Brigade'], ['Iron Column']],
  // a relative clause with a report inside it
  [`The [Sand Brigade|${G}], a faction that [Dorland|Country] officials say is linked to the [Iron Column|${G}], denied it.`, 'linked to', ['Sand Brigade'], ['Iron Column']],
  // titles before a person, head nouns after a name, people acting for a body
  [`The [Sand Brigade|${G}], which is overseen by Deputy Minister of Defence [Ivo Brandt|Person], grew.`, 'overseen by', ['Sand Brigade'], ['Ivo Brandt'], 'actor'],
  [`Some [Sand Brigade|${G}] units have fought alongside the [Iron Column|${G}] party.`, 'fought alongside', ['Sand Brigade'], ['Iron Column']],
  [`In 2018 instructors from the [Sand Brigade|${G}] began training the [Iron Column|${G}].`, 'training', ['Sand Brigade'], ['Iron Column']],
  [`The [Sand Brigade|${G}] and the [Iron Column|${G}] fought the army. Together they formed the [Northern Shield|${G}] in 2019.`, 'formed', ['Sand Brigade', 'Iron Column'], ['Northern Shield']],
  // an apposition after a name is no second item of a list
  [`The raid was claimed by [Ivo Brandt|Person], the [Sand Brigade|${G}] commander.`, 'claimed by', [], ['Ivo Brandt'], 'actor'],
  // a nickname aside before a relative pronoun; a description holding a place name
  [`Police named [Ivo Brandt|Person], known as "the Teacher," who heads the [Sand Brigade|${G}].`, 'heads', ['Ivo Brandt'], ['Sand Brigade'], 'actor'],
  [`The brigade is led by [Ivo Brandt|Person], the [Tarvo|City] commander who had chaired the [Iron Column|${G}].`, 'chaired', ['Ivo Brandt'], ['Iron Column'], 'actor'],
  // a passive's agent after a time phrase, and after a description
  [`The [Sand Brigade|${G}] has been led since his death by his younger brother, [Ivo Brandt|Person].`, 'led', ['Sand Brigade'], ['Ivo Brandt'], 'actor'],
  [`The [Sand Brigade|${G}], founded in the late 1990s by [Ivo Brandt|Person], grew.`, 'founded', ['Sand Brigade'], ['Ivo Brandt'], 'actor'],
  // "the two groups" counts the bodies the sentence before named, not those inside its relative clauses
  [`Last year, officers in [Tarvo|City] formed the [Grey Wolves|${G}], while [Ivo Brandt|Person], who once led the [Iron Column|${G}], set up a rival umbrella, the [Sand Brigade|${G}]. In April, the two groups merged into a single structure, the [Northern Shield|${G}].`, 'merged into', ['Grey Wolves', 'Sand Brigade'], ['Northern Shield']],
];

const NEGATIVE: Row[] = [
  // across a semicolon
  [`The [Iron Column|${G}] lost the town; later absorbed the [Blue Front|${G}].`, 'absorbed', [], ['Blue Front']],
  // a new main clause with its own subject the reader cannot name
  [`The [Iron Column|${G}] lost the town, and the army later absorbed the [Blue Front|${G}].`, 'absorbed', [], ['Blue Front']],
  // an oblique name is no subject
  [`The attack on the [Iron Column|${G}] killed the [Blue Front|${G}] commander.`, 'killed', [], []],
  // a name inside an aside about another noun is not that noun's stand-in
  [`The attack, which the [Sand Brigade|${G}] claimed, killed the [Iron Column|${G}] envoy.`, 'killed', [], []],
  // a report's object is not the subject of a verb coordinated after it
  [`Officials in [Tarvo|City] said the talks with the [Sand Brigade|${G}] had failed and merged two files.`, 'merged', [], []],
  // "while" opens a new clause with its own subject
  [`The [Sand Brigade|${G}] attacked [Tarvo|City], while the [Iron Column|${G}] joined the [Northern Shield|${G}].`, 'joined', ['Iron Column'], ['Northern Shield']],
  // a place where bodies are wanted
  [`The [Iron Column|${G}] moved into [Tarvo|City] in 2016.`, 'moved into', ['Iron Column'], []],
  // a restrictive "the group that" names no one
  [`Officials said the group that split from the [Iron Column|${G}] is small.`, 'split', [], []],
  // an owner is not the thing owned
  [`The [Iron Column|${G}] founded the [Blue Front|${G}]'s armed wing.`, 'founded', ['Iron Column'], []],
  // a description with no name
  [`The [Iron Column|${G}] merged into one organisation in 2016.`, 'merged into', ['Iron Column'], []],
];

describe('clauseArgs: subjectOf and objectOf', () => {
  for (const [name, rows] of Object.entries({ ADJACENT, ASIDES, RELATIVES, LISTS, ACROSS, COORDINATED, SHAPES, NEGATIVE })) {
    describe(name, () => {
      it.each(rows)('%s [%s]', (marked, trigger, subject, object, accept) => {
        expect(argsOf(marked, trigger, accept)).toEqual([subject, object]);
      });
    });
  }

  it('keeps persons only when accept does', () => {
    const marked = `[Ivo Brandt|Person] broke away from the [Iron Column|${G}] in 2011 and founded the [Sand Brigade|${G}].`;
    expect(argsOf(marked, 'founded', 'actor')[0]).toEqual(['Ivo Brandt']);
    expect(argsOf(`The [Sand Brigade|${G}] was formed by [Ivo Brandt|Person].`, 'formed', 'body')).toEqual([['Sand Brigade'], []]);
    expect(argsOf(`The [Sand Brigade|${G}] was formed by [Ivo Brandt|Person].`, 'formed', 'actor')).toEqual([['Sand Brigade'], ['Ivo Brandt']]);
  });
});
