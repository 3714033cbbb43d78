// Alliance facts on unseen constructions: appositions ("a TTP ally"), relative clauses of a description, "allied with
// the army", joining forces, "are allies"; and trade partners, denials and plans that state no alliance.

import { describe, expect, it } from 'vitest';
import { annotateRelations } from '../../../src/annotate/relations/relationsStage.js';
import { annotatedDoc } from '../../support/annotatedDoc.js';

/** The alliances read in a marked-up text, each pair in alphabetical order, as sorted "a + b [@date]" lines. */
function alliances(marked: string): string[] {
  const doc = annotatedDoc(marked, { published: '2024-05-06' });
  annotateRelations(doc);
  return doc.relations
    .filter((r) => r.kind === 'alliance')
    .map((r) => [r.args['a']!, r.args['b']!].sort().join(' + ') + (r.when && 'value' in r.when ? ` @${r.when.value}` : ''))
    .sort();
}

const CASES: [string, string[]][] = [
  // an apposition naming the partner before "ally"
  ['Gunmen from the [Dorn Brothers|Person] group, a [VLF|ArmedGroup] ally, raided a post.', ['dorn-brothers + vlf']],
  ['[Tarsa|Country], a key [Velmar|Country] ally, hosted the summit.', ['tarsa + velmar']],
  ['[Tarsa|Country], a major [Velmar|Country] trading partner, hosted the summit.', []],
  // a relative clause of a descriptive apposition
  [
    '[Velmar Liberation Front|ArmedGroup] ([VLF|ArmedGroup=velmar-liberation-front]), an umbrella group of fighters that is separate from but closely allied with [Tarsa|Country]\'s [Northern Army|MilitaryForce], claimed the attack.',
    ['northern-army + velmar-liberation-front'],
  ],
  [
    '[VLP|ArmedGroup], a faction of the [Dorn Front|ArmedGroup] that split from it in 2016 and is allied with the [Caliphate|ArmedGroup], claimed the raid.',
    ['caliphate + vlp'],
  ],
  // a description with a people's name before "militia"
  ['Fighting pits the army against the [FDV|ArmedGroup], a Velmari Hutu militia allied with [Tarsa|Country].', ['fdv + tarsa']],
  // "the army" stands for the army the sentence names
  ['[Velmari troops|MilitaryForce] are deployed alongside [rebel groups|CollectiveActor] allied with the army.', ['rebel-groups + velmari-troops']],
  // joining forces
  ['The [Dorn Front|ArmedGroup] joined forces with the [Red Hand|ArmedGroup] in 2019.', ['dorn-front + red-hand']],
  ['The [Dorn Front|ArmedGroup] refused to join forces with the [Red Hand|ArmedGroup].', []],
  // "are allies"
  ['[Tarsa|Country] and [Velmar|Country] are close allies.', ['tarsa + velmar']],
  ['[Tarsa|Country] and [Velmar|Country] are major trading partners.', []],
  ['[Tarsa|Country] and [Velmar|Country] would never be allies.', []],
  // lists of allies
  ['[Tarsa|Country] and [Velmar|Country] are both allies of [Ostria|Country].', ['ostria + tarsa', 'ostria + velmar']],
  ['[Tarsa|Country] and [Velmar|Country], both partners of [Ostria|Country], abstained.', ['ostria + tarsa', 'ostria + velmar']],
  // a treaty or pact dates the alliance; "since" dates a standing tie
  ['[Tarsa|Country] and [Velmar|Country] are bound by a 1951 Mutual Defense Treaty.', ['tarsa + velmar @1951']],
  ['[Tarsa|Country] and [Velmar|Country] signed a defense pact in 2019.', ['tarsa + velmar @2019']],
  ['The [Dorn Front|ArmedGroup] has been allied with [Tarsa|Country] since 2014.', ['dorn-front + tarsa @2014']],
  // a possessive ally in apposition
  ['The [Dorn Front|ArmedGroup], the [Red Hand|ArmedGroup]\'s main regional ally, withdrew.', ['dorn-front + red-hand']],
  // the members of a named alliance
  [
    '[Tarsa|Country], [Velmar|Country] and [Ostria|Country] formed the [Alliance of Lake States|InternationalOrganization] in 2023.',
    ['ostria + tarsa @2023', 'ostria + velmar @2023', 'tarsa + velmar @2023'],
  ],
  ['[Tarsa|Country] and [Velmar|Country] formed [Lake Shipping Company|Company] in 2023.', []],
  // in alliance with
  ['The [Dorn Front|ArmedGroup] operates in alliance with the [Red Hand|ArmedGroup].', ['dorn-front + red-hand']],
  // a demonym side, when the article names its country
  ['[Iranian-aligned militias|CollectiveActor] fired rockets. [Iran|Country] denied it.', ['iran + iranian-aligned-militias']],
  ['The Russian-allied [Dorn Front|ArmedGroup] withdrew from the town held by [Russia|Country].', ['dorn-front + russia']],
  ['The Russian-allied [Dorn Front|ArmedGroup] withdrew.', []],
  // negation
  ['[Tarsa|Country], a militia never allied with [Velmar|Country], withdrew.', []],
];

describe('alliances on unseen constructions', () => {
  it.each(CASES)('%s', (marked, expected) => {
    expect(alliances(marked)).toEqual([...expected].sort());
  });
});
