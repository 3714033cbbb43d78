// Nouns of what someone suffered ("the killing of Z", "Z's assassination", "his arrest"): the "of" phrase or the
// possessive is the target, a "by" phrase or a possessive before "of" the agent; a gerund with an object is no noun.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('nouns of suffering', () => {
  const cases: [string, Expected][] = [
    // the "of" phrase, with a place between the noun and "of"
    ['In March, the killing in [Doma|City] of [Arno Velt|Person], a militia commander, set off a week of reprisals.', { type: 'Attack', agents: [], targets: ['arno-velt'] }],
    // a possessive victim with the date inside the phrase
    ['Prosecutors reopened the case of [Ilse Marr|Person] a year after [Ilse Marr|Person]\'s assassination in [Tirel|City] in May 2021.', { type: 'Attack', agents: [], targets: ['ilse-marr'] }],
    // a "by" phrase names who did it
    ['The assassination of [Piet Lorn|Person] by the [Kestrel Front|ArmedGroup] in 2019 shocked the country.', { type: 'Attack', agents: ['kestrel-front'], targets: ['piet-lorn'] }],
    // a possessive before an "of" phrase is the actor
    ['The [Varnian Army|MilitaryForce]\'s arrest of [Tomas Heil|Person] last week drew protests in [Doma|City].', { type: 'Arrest', agents: ['varnian-army'], targets: ['tomas-heil'] }],
    // a possessive pronoun stands for the one arrested
    ['[Juna Ferro|Person] led the party until his arrest in [Tirel|City] in 2020.', { type: 'Arrest', agents: [], targets: ['juna-ferro'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });
});

describe('no noun of suffering', () => {
  it.each([
    // a gerund with its object is a verb, told (or not) by its clause
    ['Rights groups accused the [Varnian Army|MilitaryForce] of killing civilians during operations in [Doma|City].'],
    // no determiner: a bare plural names a kind, not one event
    ['Killings of civilians have fallen in [Tirel|Region] since the truce, officials said.'],
  ])('%s', (marked) => {
    expect(events(marked).filter((e) => /^killings?$/i.test(e.trigger))).toEqual([]);
  });

  it('does not make the one arrested the actor of the arrest', () => {
    expect(found('[Juna Ferro|Person] was freed a year after his arrest in [Tirel|City].', 'Arrest').flatMap((e) => e.agents)).not.toContain('juna-ferro');
  });
});
