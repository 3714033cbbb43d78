// Affiliation facts on unseen constructions: parts named through a possessive description ("its armed wing", "the
// cartel's armed wing"), splinters, coalitions and their members; and the denials and non-coalitions that state none.

import { describe, expect, it } from 'vitest';
import { annotateRelations } from '../../../src/annotate/relations/relationsStage.js';
import { annotatedDoc } from '../../support/annotatedDoc.js';

/** The affiliations read in a marked-up text, as sorted "member < parent" lines. */
function affiliations(marked: string): string[] {
  const doc = annotatedDoc(marked, { published: '2024-05-06' });
  annotateRelations(doc);
  return doc.relations
    .filter((r) => r.kind === 'affiliation')
    .map((r) => `${r.args['member']} < ${r.args['parent']}`)
    .sort();
}

const CASES: [string, string[]][] = [
  // "its" opening a sentence is the subject of the sentence before, not the last name it gave
  [
    'The [Dorn Front|ArmedGroup] is listed as a terrorist group by [Tarsa|Country] and the [Ostrian Union|InternationalOrganization]. Its armed wing, the [Free Guard|MilitaryForce] ([FG|Organization=free-guard]), denied the raid.',
    ['free-guard < dorn-front'],
  ],
  // a possessive description whose head the parent's name holds; the member typed as a person is a unit all the same
  [
    'The [Cartel del Sur|Organization] smuggles fuel. [Ana Ruiz|Person] commands the cartel\'s armed wing, known as [Grupo Rayo|Person], in the south.',
    ['grupo-rayo < cartel-del-sur'],
  ],
  [
    'The [Velmari military|MilitaryForce] said so, according to the [Public Relations Office|Organization] ([PRO|Organization=public-relations-office]), the military\'s media wing.',
    ['public-relations-office < velmari-military'],
  ],
  // no military named: the description stands for no one
  ['Three militants died, according to the [Public Relations Office|Organization], the military\'s media wing.', []],
  // splinters: a bare split is a succession (lineage.ts), a faction that split stays a part
  ['The [Dorn Front|ArmedGroup] split from the [Red Hand|ArmedGroup] in 2016.', []],
  ['[VLP|ArmedGroup], a faction of the [Dorn Front|ArmedGroup] that broke away from it in 2016, claimed the raid.', ['vlp < dorn-front']],
  ['The [Dorn Front|ArmedGroup] never split from the [Red Hand|ArmedGroup].', []],
  // a coalition and its members
  [
    'The [Northern Pact|Organization], a coalition of the [Dorn Front|ArmedGroup], the [Red Hand|ArmedGroup] and [VLP|ArmedGroup], took the town.',
    ['dorn-front < northern-pact', 'red-hand < northern-pact', 'vlp < northern-pact'],
  ],
  [
    '[Viv Unity|Organization] was formed in 2023 as an alliance between the [Dorn Front|ArmedGroup] and the [Red Hand|ArmedGroup].',
    ['dorn-front < viv-unity', 'red-hand < viv-unity'],
  ],
  ['The [Northern Alliance|Organization], which includes the [Dorn Front|ArmedGroup] and [VLP|ArmedGroup], rejected the deal.', ['dorn-front < northern-alliance', 'vlp < northern-alliance']],
  ['The [Dorn Front|ArmedGroup] and [VLP|ArmedGroup] formed the [Northern Alliance|Organization] in 2019.', ['dorn-front < northern-alliance', 'vlp < northern-alliance']],
  ['The [Dorn Front|ArmedGroup] joined the [Red|Organization] coalition last year.', ['dorn-front < red']],
  // a possessive affiliate with no determiner
  ['[Nasr Front|ArmedGroup], [Red Hand|ArmedGroup]\'s affiliate in the south, was listed.', ['nasr-front < red-hand']],
  // collective members linked to a body
  ['Police killed six [extremists|CollectiveActor] linked to the [Red Hand|ArmedGroup].', ['extremists < red-hand']],
  // "its X news agency" opening a sentence: the body the sentence before was about
  [
    'The [Red Hand|ArmedGroup] raided a base near [Tarsa|City]. A statement posted by its [Dawn Voice|MediaOutlet] news agency claimed ten dead.',
    ['dawn-voice < red-hand'],
  ],
  // a force answering to a body
  ['The [Volk Corps|MilitaryForce], a force that answers to [Tarsa|Country]\'s [Defense Ministry|GovernmentAgency], deployed.', ['volk-corps < defense-ministry']],
  ['The [Volk Corps|MilitaryForce] is under the command of the [Defense Ministry|GovernmentAgency].', ['volk-corps < defense-ministry']],
  // "the group's regional branch": the group named before, never the branch itself
  ['The [Red Hand|ArmedGroup] is active in the east. [Nasr Front|ArmedGroup], the group\'s regional branch, claimed the raid.', ['nasr-front < red-hand']],
  // a body that leads or serves as a wing
  ['The [Unity Party|Organization], which leads the [Free Guard|ArmedGroup] as its armed wing, denied it.', ['free-guard < unity-party']],
  ['The [Free Guard|ArmedGroup] serves as the [Unity Party|Organization]\'s armed wing.', ['free-guard < unity-party']],
  // belonging, and one of the groups of a coalition
  ['The [Dorn Front|ArmedGroup] belongs to the [Northern Alliance|Organization].', ['dorn-front < northern-alliance']],
  ['The [Dorn Front|ArmedGroup], one of the armed groups in the [Northern Alliance|Organization], withdrew.', ['dorn-front < northern-alliance']],
  ['The [Dorn Front|ArmedGroup] does not belong to the [Northern Alliance|Organization].', []],
  // joining or founding something that is no coalition is no membership
  ['The [Dorn Front|ArmedGroup] joined [Velmar Airways|Company] in a deal.', []],
  ['The [Dorn Front|ArmedGroup] would join the [Northern Alliance|Organization] if asked.', []],
];

describe('affiliations on unseen constructions', () => {
  it.each(CASES)('%s', (marked, expected) => {
    expect(affiliations(marked)).toEqual([...expected].sort());
  });
});
