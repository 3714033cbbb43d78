// Specification of findStatements for reporting verbs read by class (round 8): every verb of a class in its shapes,
// the frames with a document or a charge as object, and the words' other senses, negations and hypotheticals that say
// nothing.

import { describe, expect, it } from 'vitest';
import type { StatementFact } from '../../../src/annotate/document.js';
import { annotateStatements } from '../../../src/annotate/statements/statementsStage.js';
import { annotatedDoc } from '../../support/annotatedDoc.js';

const PUBLISHED = '2025-06-04';

function run(marked: string): StatementFact[] {
  const doc = annotatedDoc(marked, { published: PUBLISHED });
  annotateStatements(doc);
  return doc.statements;
}

const speakers = (marked: string): string[] => [...new Set(run(marked).map((s) => s.speaker))].sort();

describe('verbs of each class report speech', () => {
  const cases: [string, string[]][] = [
    ['[Oren Vask|Person] denounced the raid as a crime.', ['oren-vask']],
    ['[Oren Vask|Person] decried the killings of civilians.', ['oren-vask']],
    ['[The Doma Council|Organization] commended the mediators.', ['the-doma-council']],
    ['[Oren Vask|Person] slammed the decision of the court.', ['oren-vask']],
    ['[Oren Vask|Person] pledged to rebuild the town.', ['oren-vask']],
    ['[Oren Vask|Person] refuted the claims.', ['oren-vask']],
    ['[Oren Vask|Person] briefed reporters after the vote.', ['oren-vask']],
    ['[Oren Vask|Person] underscored the need for talks.', ['oren-vask']],
    ['[Oren Vask|Person] recalled that the treaty had been signed in 1990.', ['oren-vask']],
    ['[Oren Vask|Person] appealed for calm.', ['oren-vask']],
    ['[Oren Vask|Person] spoke to reporters in [Porto|City].', ['oren-vask']],
    ['[Oren Vask|Person] spoke on condition of anonymity.', ['oren-vask']],
    ['[Oren Vask|Person] posted on Facebook that the election was rigged.', ['oren-vask']],
    // a frame: a verb of publishing with a document, a verb of rejecting with a charge
    ['[The Kestrel Brigade|ArmedGroup] released a video showing the captured soldiers.', ['the-kestrel-brigade']],
    ['[The Kestrel Brigade|ArmedGroup] issued a brief statement.', ['the-kestrel-brigade']],
    ['[The Doma Council|Organization] rejected [Varnia|Country]\'s accusations.', ['the-doma-council']],
    // a person noun before the name of an inverted speaker
    ['“We are still in tents,” said protester [Mara Lenk|Person], 52.', ['mara-lenk']],
    ['“The fighting is over,” said rights lawyer [Mara Lenk|Person].', ['mara-lenk']],
    // one who speaks for a body, after an inverted verb
    ['“The town has fallen,” said a spokesman for the [Kestrel Brigade|ArmedGroup].', ['kestrel-brigade']],
    ['“The town has fallen,” said a senior official at the [Doma Council|Organization].', ['doma-council']],
    // a body named by its head word, after its name
    ['The [Doma Supreme Court|Organization] ruled on Monday. The court said the law was void.', ['doma-supreme-court']],
    ['The [Kestrel Southern Command|MilitaryForce] reported clashes. The command said two soldiers were killed.', ['kestrel-southern-command']],
    // the charge before its speaker
    ['[Varnia|Country] accused [Ostland|Country] of arming the rebels, a charge [Ostland|Country] denied.', ['ostland', 'varnia']],
    ['[Varnia|Country] accuses the [Kestrel Brigade|ArmedGroup] of smuggling arms, a charge [the group|ArmedGroup=kestrel-brigade] rejects.', ['kestrel-brigade', 'varnia']],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('other senses, negations and hypotheticals say nothing', () => {
  const cases: string[] = [
    'The truck slammed into a wall near the [Kestrel Brigade|ArmedGroup] base.',
    '[Oren Vask|Person] pledged $50 million to the fund.',
    '[Oren Vask|Person] hails from the northern hills.',
    '[Police|CollectiveActor=police] questioned the suspects on Monday.',
    '[The Doma Council|Organization] denied the journalists entry.',
    '[Oren Vask|Person] spoke with the [Varnia|Country] foreign minister on Tuesday.',
    '[The Kestrel Brigade|ArmedGroup] posted troops along the border.',
    '[The Kestrel Brigade|ArmedGroup] released 20 prisoners on Monday.',
    '[Oren Vask|Person] would say nothing about the talks.',
    '[Oren Vask|Person] will announce his cabinet next week.',
    '[Oren Vask|Person] left without saying a word.',
    '[Oren Vask|Person] declined to comment.',
    '[Oren Vask|Person] did not respond to a request for comment.',
    '[Oren Vask|Person] could not be reached for comment.',
    '[Oren Vask|Person] recalled the ambassador.',
    '[The Kestrel Brigade|ArmedGroup] observed a ceasefire.',
    '[Oren Vask|Person] appealed the verdict.',
    '[Oren Vask|Person] boasts a long record.',
    '[Oren Vask|Person] proclaimed the [Republic of Doma|Organization].',
    '“He told me that [Oren Vask|Person] said the war was over,” a witness said.',
    '[The Kestrel Brigade|ArmedGroup] operates in the area, but no group has claimed responsibility for the attack.',
    '[Varnia|Country] has yet to comment on the report.',
    '[Oren Vask|Person] refused to say whether the talks had failed.',
    'If asked, [Oren Vask|Person] would deny the report.',
    '[Oren Vask|Person] is expected to announce his cabinet on Monday.',
    'Neither [Varnia|Country] nor the [Kestrel Brigade|ArmedGroup] commented on the report.',
    '[The Kestrel Brigade|ArmedGroup] did not immediately respond to a request for comment.',
    '[Oren Vask|Person] has not publicly commented on the allegations.',
    '[Oren Vask|Person] never denied the allegations.',
    '[Oren Vask|Person] may announce the results on Friday.',
    '[Varnia|Country] is unlikely to confirm the deaths.',
    '“The town has fallen,” said a source close to the [Kestrel Brigade|ArmedGroup].',
  ];
  it.each(cases)('%s', (marked) => {
    expect(speakers(marked)).toEqual([]);
  });
});

describe('the speaker of a relative clause and of a reduced relative', () => {
  it('a statement posted on a channel is no act of posting by the last speaker', () => {
    const facts = run('[Oren Vask|Person] said the town had fallen. In a statement posted on [Telegram|MediaOutlet], the [Kestrel Brigade|ArmedGroup] said its fighters held the bridge.');
    expect(facts.filter((f) => f.evidence[0]!.sentence === 1).map((f) => f.speaker)).toEqual(['kestrel-brigade']);
  });
  it('"that it said" in a relative clause is the sentence\'s own speaker', () => {
    const facts = run('[Varnia|Country] said the talks failed. The [Kestrel Brigade|ArmedGroup] claimed an attack on a post that it said killed 20 soldiers.');
    expect(facts.filter((f) => f.evidence[0]!.sentence === 1).map((f) => f.speaker)).toEqual(['kestrel-brigade']);
  });
  it('an unnamed antecedent of "who spoke" speaks for no one named before it', () => {
    expect(speakers('Fighters stormed the camp before the [Kestrel Brigade|ArmedGroup] drove them out, said the officials, who spoke on condition of anonymity.')).toEqual([]);
  });
});

describe('the outlet a speaker spoke to', () => {
  it.each([
    ['[Oren Vask|Person] spoke to the [BBC|MediaOutlet] on Tuesday.', 'bbc'],
    ['[Oren Vask|Person] posted on [Telegram|MediaOutlet] that the election was rigged.', 'telegram'],
    // a passive's channel follows its agent
    ['The attack was claimed by the [Kestrel Brigade|ArmedGroup] through its [Amaq|MediaOutlet] news agency.', 'amaq'],
  ])('%s', (marked, medium) => {
    expect(run(marked)[0]?.medium).toBe(medium);
  });
});
