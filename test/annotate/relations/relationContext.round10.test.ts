// Specification of references as sides: a definite description the entities stage resolved ("the front", "the
// cartel", "the union") is a side of every relation family like the name it stands for, and a description that
// stands for no one clearly (two candidates, a thing, another country's army) gives nothing. Invented texts.

import { describe, expect, it } from 'vitest';
import { relationFactsOf as factsOf } from '../../support/relationFacts.js';

/** [text, a fact it must give]. */
const found: [text: string, fact: string][] = [
  // succession: the front merged into a new body
  ['The Sahel Liberation Front was formed in 2012. In 2024 the front merged with the Kivu Movement to form the Union of Sahel Forces.', 'succession successor=Union of Sahel Forces predecessor=Sahel Liberation Front'],
  // sanction: the cartel as the object
  ['The Zeta Cartel has grown fast. In 2021 the US Treasury sanctioned the cartel.', 'sanction sanctioner=Department of the Treasury target=Zeta Cartel'],
  // support: the coalition as the supported side
  ['The Northern Coalition was founded in 2018. Iran has supported the coalition since 2019.', 'support supporter=Iran supported=Northern Coalition'],
  // founding and leadership: the union as the founded and the led body
  ['The Orla Union was formed in 2015. Marco Ruiz founded the union with two brothers.', 'founding founder=Marco Ruiz org=Orla Union'],
  ['The Orla Union was formed in 2015. Marco Ruiz has led the union since 2019.', 'leadership leader=Marco Ruiz org=Orla Union'],
  // a description coordinated with a thing the text names no one by
  ['The Varn Front runs a clinic. The United States sanctioned the clinic and the front in 2021.', 'sanction sanctioner=United States target=Varn Front'],
  // an apposition stays words, and the founding it tells keeps its body
  ['The Varn Front, the armed group founded in 2009 by Jon Marr, attacked the town.', 'founding founder=Jon Marr org=Varn Front'],
];

/** [text, a fact it must not give, as a prefix of its kind and sides]. */
const notFound: [text: string, fact: string][] = [
  // two fronts tie as the subject before: neither is designated
  ['The Varn Front and the Kesh Front clashed near the border. The United States designated the front a terrorist organization in 2020.', 'designation designee='],
  // two armies named, one a country's: "the army" is not the named "Varn Army"
  ['The Kenyan army and the Varn Army clashed near the border. The European Union sanctioned the army in 2020.', 'sanction sanctioner=European Union target=Varn Army'],
  // a network no one named: "the network" continues the unnamed one, not the group
  ["The Kesh Group buys arms through Omar Haddad's network. The network operates under the direction of Haddad and supplies the Varn Front.", 'support supporter=Kesh Group'],
  // a description of a level of government the article names none of
  ['The Varn Front signed a deal with the federal government and the Kesh Union in 2023.', 'alliance a=Kesh Union'],
];

describe('descriptions as relation sides', () => {
  it.each(found)('%s', (text, fact) => {
    expect(factsOf(text)).toContain(fact);
  });
  it.each(notFound)('%s — no %s', (text, fact) => {
    expect(factsOf(text).filter((f) => f.startsWith(fact))).toEqual([]);
  });
});
