// Specification of a sentence-opening description ("The group", "The movement") read by the entities stage alone: it
// continues the previous sentence's subject when that subject is a group, and keeps its own body when the subject
// before is an international body; not the last group an aside named. The relation readers take this tie as given
// (they keep no copy of the rule). Invented texts, through the whole pipeline.

import { describe, expect, it } from 'vitest';
import { relationFactsOf } from '../../support/relationFacts.js';

/** [text, a fact it must give, a fact it must not give]. */
const rows: [text: string, fact: string, notFact: string][] = [
  ['Kastel Front operates as an affiliate of Ansar Nur. The group was founded by Omar Bello, a preacher.', 'founding founder=Omar Bello org=Kastel Front', 'founding founder=Omar Bello org=Ansar Nur'],
  ['Red Vanguard, a faction allied with Blue Legion, claimed the raid. The group, which was designated a terrorist organization by Estmark in 2010, said its fighters took the weapons.', 'designation designee=Red Vanguard', 'designation designee=Blue Legion'],
  ['The Grey Wolves took Tarvo. The group has been led since 2018 by Ivo Brandt.', 'leadership leader=Ivo Brandt org=Grey Wolves', 'leadership leader=Ivo Brandt org=Tarvo'],
  ['The Blue Front took Tarvo. The Red Front voted on Friday. The movement has been led since 2016 by Ivo Brandt.', 'leadership leader=Ivo Brandt org=Red Front', 'leadership leader=Ivo Brandt org=Blue Front'],
  ['The Red Front took Tarvo. The Global Council voted on Friday. The movement has been led since 2016 by Ivo Brandt.', 'leadership leader=Ivo Brandt org=Red Front', 'leadership leader=Ivo Brandt org=Global Council'],
];

describe('a sentence-opening description is the topic the entities stage reads', () => {
  it.each(rows)('%s', (text, fact, notFact) => {
    const facts = relationFactsOf(text);
    expect(facts.some((f) => f.startsWith(fact))).toBe(true);
    expect(facts.some((f) => f.startsWith(notFact))).toBe(false);
  });
});
