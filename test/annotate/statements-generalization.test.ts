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
    // the opener speaks across a chain of asides
    ['The [Kestrel Brigade|ArmedGroup], a member of the [Valley Alliance|Organization] ([VA|Organization=valley-alliance]), a coalition formed in [Doma|City] by [Sami Oro|Person], said in a statement that it would hold its ground.', ['kestrel-brigade']],
    ['[Ostland|Country], whose envoy for the region, [Lena Dorr|Person], attended the talks, said it would keep up pressure.', ['ostland']],
    // a name before the speaker's comma is no co-speaker without "and"
    ['Police froze talks on joining the [Northern Union|InternationalOrganization], the [Interior Ministry|GovernmentAgency] said.', ['interior-ministry']],
    ['[Ostland|Country], [Varnia|Country] and [Tirel|Country] said they would close the border.', ['ostland', 'varnia', 'tirel']],
    // a body named by its head word alone is the latest body of that name
    ['The [Department of Foreign Affairs|GovernmentAgency] summoned the envoy over the actions of [the coast guard|GovernmentAgency=ostland-coast-guard], the department said.', ['department-of-foreign-affairs']],
    // appeals, welcomes and condemnations are said
    ['[Mira Tal|Person] welcomed the deal and urged all parties to respect it.', ['mira-tal']],
    ['The [Ostland Foreign Ministry|GovernmentAgency] expressed "deep concern" on Friday.', ['ostland-foreign-ministry']],
    ['[Lena Dorr|Person], a member of the [Doma Council|Organization], appealed for help from abroad.', ['lena-dorr']],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });

  it('gives a release announcing "today" the voice of the body that opens it', () => {
    const doc = annotatedDoc('Today, the [Ostland Treasury|GovernmentAgency] is sanctioning two firms that funded [Kestrel Brigade|ArmedGroup].', { published: '2023-05-10' });
    annotateStatements(doc);
    expect(doc.statements.map((s) => [s.speaker, s.when])).toEqual([['ostland-treasury', { value: '2023-05-10', precision: 'day' }]]);
  });

  it('gives the release voice to the one acting "today", not to the first name of the sentence', () => {
    const doc = annotatedDoc('[DOMA|City] — The [Northern Council|InternationalOrganization] today adopted measures over [Ostland|Country]’s support to [Kestrel Brigade|ArmedGroup].', { published: '2023-05-10' });
    annotateStatements(doc);
    expect(doc.statements.map((s) => s.speaker)).toEqual(['northern-council']);
  });

  it('gives a release without "today" or a first person no voice', () => {
    expect(statements('The [Ostland Treasury|GovernmentAgency] sanctioned two firms that funded [Kestrel Brigade|ArmedGroup] in 2020.')).toEqual([]);
  });

  it.each([
    ['[Oren Vask|Person] told the pro-government channel [Doma TV|MediaOutlet] on Tuesday that talks had stalled.', 'doma-tv'],
    ['[Oren Vask|Person] told the Portuguese news agency [Lusa|MediaOutlet] that talks had stalled.', 'lusa'],
    ['[Oren Vask|Person] told reporters in [Doma|City] that talks had stalled.', undefined],
    ['[Oren Vask|Person] told reporters that [Valley Herald|MediaOutlet] staff had left.', undefined],
  ])('finds the medium of %s', (marked, medium) => {
    expect(statements(marked).map((s) => s.medium)).toEqual([medium]);
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
    // a head word that names no body told before names no speaker
    ['[Ostland|Country] closed the border, the ministry said.'],
    // "urged" in an infinitive or as a noun's modifier is no act of speech
    ['[Mira Tal|Person] refused to condemn the raid.'],
    ['Fighters loyal to [Sami Oro|Person] shelled [Doma|City] on Monday.'],
  ])('%s', (marked) => {
    expect(statements(marked)).toEqual([]);
  });
});
