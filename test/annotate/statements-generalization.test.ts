import { describe, expect, it } from 'vitest';
import type { StatementFact } from '../../src/annotate/document.js';
import { annotateStatements } from '../../src/annotate/statements/statementsStage.js';
import { annotatedDoc } from '../support/annotatedDoc.js';

function statements(marked: string): StatementFact[] {
  const doc = annotatedDoc(marked, { published: '2023-05-10' });
  annotateStatements(doc);
  return doc.statements;
}

const speakers = (marked: string): string[] => [...new Set(statements(marked).map((s) => s.speaker))];

describe('speakers of held-out shapes', () => {
  const cases: [string, string[]][] = [
    // "told" an outlet: the outlet hears, the subject before the apposition speaks
    ['[Oren Vask|Person], a spokesman for the [Doma Council|Organization], told the [Valley Herald|MediaOutlet] that the roads were open.', ['oren-vask']],
    ['The [Kestrel Brigade|ArmedGroup]’s envoy, [Sami Oro|Person], told [Radio Tirel|MediaOutlet] that the group would lay down arms.', ['sami-oro']],
    // inverted verb, a title that names its body
    ['"The funds are frozen," said Under Secretary of the [Ostland Treasury|GovernmentAgency] [Mira Tal|Person].', ['mira-tal']],
    ['"We are ready," said Deputy Spokesperson [Lena Dorr|Person].', ['lena-dorr']],
    // "according to" a titled person, the title naming a place
    ['The bridge was destroyed, according to [Upper Valmora|Region] Governor [Oren Vask|Person].', ['oren-vask']],
    ['The bridge was destroyed, according to the [Doma Relief Agency|Organization].', ['doma-relief-agency']],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });

  it('keeps the outlet as the medium of "told"', () => {
    const found = statements('[Oren Vask|Person], a former rebel, told the [Valley Herald|MediaOutlet] that talks had stalled.');
    expect(found.map((s) => [s.speaker, s.medium])).toEqual([['oren-vask', 'valley-herald']]);
  });
});

describe('not speakers', () => {
  it.each([
    // unnamed groups of people are anonymous sources
    ['Four people died, [local medics|CollectiveActor] said.'],
    ['[Residents|CollectiveActor] said the market burned.'],
    ['The town was shelled, according to [witnesses|CollectiveActor].'],
    // "state" after a name is the name's head word
    ['[Kestrel Brigade|ArmedGroup] shelled a town in [Upper Valmora|Region] state on Monday.'],
  ])('%s', (marked) => {
    expect(statements(marked)).toEqual([]);
  });
});
