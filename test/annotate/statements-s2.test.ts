// Statements, second round: speakers named only in an aside or a document, possessive descriptions, joint
// statements, acts that only look like speech, and the day and outlet of what was said.

import { describe, expect, it } from 'vitest';
import type { StatementFact } from '../../src/annotate/document.js';
import { annotateStatements } from '../../src/annotate/statements/statementsStage.js';
import { annotatedDoc } from '../support/annotatedDoc.js';

/** Published on a Wednesday, so "Monday" is 2023-05-08 and "yesterday" 2023-05-09. */
const PUBLISHED = '2023-05-10';

function statements(marked: string): StatementFact[] {
  const doc = annotatedDoc(marked, { published: PUBLISHED });
  annotateStatements(doc);
  return doc.statements;
}

const speakers = (marked: string): string[] => [...new Set(statements(marked).map((s) => s.speaker))];
const dayOf = (f: StatementFact | undefined): string | undefined => (f?.when && 'value' in f.when ? f.when.value : undefined);

describe('who speaks', () => {
  const cases: [string, string[]][] = [
    // the aside names an opener that has no name of its own
    ['Its armed wing, the [Valley Defence Units|ArmedGroup] ([VDU|ArmedGroup=valley-defence-units]), said in a statement that no fighters were hurt.', ['valley-defence-units']],
    ['Its youth branch, [Doma Rising|Organization], said the vote was rigged.', ['doma-rising']],
    // a chain of indefinite asides describes the opener; without an opener, no one in the asides speaks
    ['The [Kestrel Brigade|ArmedGroup], a member of the [Valley Alliance|Organization] ([VA|Organization=valley-alliance]), a coalition formed in [Doma|City] in June by [Sami Oro|Person], said it would hold its ground.', ['kestrel-brigade']],
    ['The Kestrel men, a member of the [Valley Alliance|Organization] ([VA|Organization=valley-alliance]), a coalition formed in [Doma|City] in June by [Sami Oro|Person], said it would hold its ground.', []],
    // a title of many words before the person
    ['"The accounts are frozen," said Assistant Secretary of the [Ostland Treasury|GovernmentAgency] for Terrorist Financing and Financial Crimes [Mira Tal|Person].', ['mira-tal']],
    // "according to" a document: the issuer named after it, or the clause's own subject
    ['The envoy was summoned, according to a statement from the [Varnian Foreign Ministry|GovernmentAgency].', ['varnian-foreign-ministry']],
    ['The border reopened on Monday, according to a report published by the [Doma Monitoring Group|Organization].', ['doma-monitoring-group']],
    ["[[Varnia|Country]'s Foreign Ministry|GovernmentAgency] summoned the envoy last week, according to a statement it issued afterwards.", ['varnias-foreign-ministry']],
    ['The [Doma Council|Organization] rejected the plan, according to its statement.', ['doma-council']],
    // a body named by a possessive and its head word: the latest body of that kind
    ['[Oren Vask|Person], a leader of the [Popular Dawn|Organization] party, was detained on Tuesday, his party said.', ['popular-dawn']],
    ['The [Interior Ministry|GovernmentAgency] of [Ostland|Country] closed the office, its ministry said.', ['interior-ministry']],
    // the spelled-out name only became an acronym mention; the head word still points back to it
    ['The Department of Coastal Affairs ([DCA|GovernmentAgency]) summoned the envoy over the actions of [the coast guard|GovernmentAgency=varnia-coast-guard], the department said.', ['dca']],
    // a joint statement is said by each of its issuers
    ['[Ostland|Country], [Varnia|Country] and [Tirel|Country] issued a joint statement on Thursday calling for calm.', ['ostland', 'varnia', 'tirel']],
    ['The [Doma Council|Organization] released a statement condemning the raid.', ['doma-council']],
    // an inverted verb whose subject is a document: its issuer
    ['"The road is open," said a statement from the [Doma Council|Organization].', ['doma-council']],
    // present tense and new verbs of speech
    ['The [Northern Council|InternationalOrganization] reiterates its call on [Ostland|Country] to withdraw.', ['northern-council']],
    ['[Sami Oro|Person] vowed to keep fighting.', ['sami-oro']],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('round three: kinds, descriptions and datelines', () => {
  const cases: [string, string[]][] = [
    // an actor named by its kind alone is the latest actor of that kind
    ['The [Ostland Armed Forces|MilitaryForce] shelled [Doma|City] on Monday. The military said Thursday that it had hit a depot.', ['ostland-armed-forces']],
    ['The [Kestrel Brigade|ArmedGroup] seized [Doma|City]. The group says it holds the airport.', ['kestrel-brigade']],
    ['The [Ostland Armed Forces|MilitaryForce] was accused of shelling [Doma|City]. The military rejected the accusation.', ['ostland-armed-forces']],
    // a description before the source's name
    ['Turnout was low, according to the left-wing alliance [Popular Front|Organization], or [FP|Organization=popular-front].', ['popular-front']],
    ['Prices doubled, according to figures from the [Doma Statistics Office|GovernmentAgency].', ['doma-statistics-office']],
    ['Turnout was low, according to the left-wing alliance Popular Dawn, or [PD|Organization].', ['pd']],
    ['Prices doubled, according to the [UK|Country]-based [Doma Monitor|Organization].', ['doma-monitor']],
    // the wire agency and place of a dateline never speak
    ['[PORTO|City], [Valdonia|Country] ([VNA|MediaOutlet]) — Two people were killed in an air strike, the [Valdonian Health Ministry|GovernmentAgency] said.', ['valdonian-health-ministry']],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });

  it('gives "X officials said" to the government named after the place X', () => {
    expect(speakers('The [Republic of Doma|Government] held a vote. [Doma|Region] officials have also said ten soldiers died.')).toEqual(['republic-of-doma']);
  });

  it.each([
    // no government is named after the place
    ['[Doma|Region] officials said ten soldiers died.'],
    // no actor of that kind was named before
    ['[Ostland|Country] closed the border. The military said it would stay closed.'],
    // officials or witnesses in a place are no source named by the place
    ['Prices doubled, according to local officials in [Ostland|Country].'],
    ['[PORTO|City], [Valdonia|Country] ([VNA|MediaOutlet]) — Two people were killed in an air strike, officials said.'],
  ])('%s', (marked) => {
    expect(statements(marked)).toEqual([]);
  });
});

describe('pronouns, owners and quoting outlets', () => {
  it.each([
    // "he" with no person before it in its sentence: the subject of the nearest sentence naming a person
    ['Police chief [Oren Vask|Person] met [Mira Tal|Person] on Monday. He said the road would reopen.', [['oren-vask', undefined]]],
    ['[Mira Tal|Person] spoke after [Oren Vask|Person] left. "We are tired," she said.', [['mira-tal', undefined]]],
    // a person before the pronoun in its own sentence is still read by the shared resolver
    ['[Lena Dorr|Person] welcomed the deal. After meeting [Oren Vask|Person], he said it would hold.', [['lena-dorr', undefined], ['oren-vask', undefined]]],
    // the body after "of" only places the person who speaks
    ['[Oren Vask|Person] of the [Doma Council|Organization] said the road was open.', [['oren-vask', undefined]]],
    // quoted by an outlet: the person speaks, the outlet is the medium
    ['[Doma TV|MediaOutlet] quoted [Oren Vask|Person] as saying the road was open.', [['oren-vask', 'doma-tv']]],
    ['The state news agency [Doma TV|MediaOutlet] quoted Interior Minister [Oren Vask|Person] as saying the road was open.', [['oren-vask', 'doma-tv']]],
    ['[Oren Vask|Person] was quoted by the [Doma Herald|MediaOutlet] as saying the road was open.', [['oren-vask', 'doma-herald']]],
    ['The road is open, [Oren Vask|Person] was quoted as saying by [Doma TV|MediaOutlet].', [['oren-vask', 'doma-tv']]],
  ])('%s', (marked, expected) => {
    expect(statements(marked).map((s) => [s.speaker, s.medium])).toEqual(expected);
  });
});

describe('an opening phrase names the outlet', () => {
  it.each([
    ['Speaking to the [Doma Herald|MediaOutlet], opposition leader [Oren Vask|Person] accused the army of lying.', 'oren-vask', 'doma-herald'],
    ['In an interview with [Radio Tirel|MediaOutlet] on Monday, [Mira Tal|Person] defended the ceasefire.', 'mira-tal', 'radio-tirel'],
    ['[Mira Tal|Person] arrived in [Doma|City] on Monday. Speaking to [Radio Tirel|MediaOutlet], she defended the ceasefire.', 'mira-tal', 'radio-tirel'],
  ])('%s', (marked, speaker, medium) => {
    expect(statements(marked).map((s) => [s.speaker, s.medium])).toEqual([[speaker, medium]]);
  });

  it.each([
    // a speech about someone, or a phrase that opens no sentence, names no speaker
    ['Speaking to the crowd, the [Kestrel Brigade|ArmedGroup] commander was cheered.'],
    ['Fighters loyal to [Sami Oro|Person] were speaking to villagers in [Doma|City].'],
  ])('%s', (marked) => {
    expect(statements(marked).filter((s) => s.rule === 'statement:speaking-to')).toEqual([]);
  });
});

describe('acts that only look like speech', () => {
  it.each([
    ['[Ostland|Country] declared independence in 1991.'],
    ['The [Doma Council|Organization] declared a state of emergency on Monday.'],
    ['[Varnia|Country] declared war on [Tirel|Country].'],
    ['The [Kestrel Brigade|ArmedGroup] offensive claimed more than 40 lives.'],
    ['The raid by the [Kestrel Brigade|ArmedGroup] claimed the lives of four guards.'],
  ])('%s', (marked) => {
    expect(statements(marked)).toEqual([]);
  });

  it('still hears "declared that" and "claimed responsibility"', () => {
    expect(speakers('[Ostland|Country] declared that the talks were over.')).toEqual(['ostland']);
    expect(speakers('The [Kestrel Brigade|ArmedGroup] claimed responsibility for the raid.')).toEqual(['kestrel-brigade']);
  });

  it('reads no first-person "us" of a release in an accented name ("Daméus")', () => {
    const marked = '[DOMA|City] — Gangs of the [Kestrel Brigade|ArmedGroup] stormed the town on Monday. Mayor [Wilfrid Daméus|Person] said ten people died.';
    expect(speakers(marked)).toEqual(['wilfrid-dameus']);
  });
});

describe('the day and the outlet', () => {
  it.each([
    // an audience or an object stands between the verb and its day
    ['"We will not leave," [Lena Dorr|Person] told the crowd on Monday.', '2023-05-08'],
    ['[Lena Dorr|Person] told a rally in [Doma|City] on Monday that the vote was stolen.', '2023-05-08'],
    ['The [Varnian Foreign Ministry|GovernmentAgency] expressed "serious concern" yesterday.', '2023-05-09'],
    ['The [Varnian Foreign Ministry|GovernmentAgency] expressed deep regret on Monday.', '2023-05-08'],
    // the channel it was said through may stand between the verb and its day
    ['[Mira Tal|Person] said in a statement on Monday that talks had stalled.', '2023-05-08'],
    ['[Mira Tal|Person] said in a televised address on Monday that talks had stalled.', '2023-05-08'],
    ['[Mira Tal|Person] wrote on X on Monday that talks had stalled.', '2023-05-08'],
    ['[Mira Tal|Person], speaking on Monday, said talks had stalled.', '2023-05-08'],
    ['"The road is open," said a statement issued by the [Doma Council|Organization] on Monday.', '2023-05-08'],
    // a claim through a channel: the day after the channel is the claim's
    ['The [Kestrel Brigade|ArmedGroup] claimed the raid through its [Sahm|MediaOutlet] news agency on Monday.', '2023-05-08'],
    ['The [Kestrel Brigade|ArmedGroup] claimed responsibility for the bombing in a statement on Monday.', '2023-05-08'],
    // a day right after what was claimed may date the attack: not taken
    ['The [Kestrel Brigade|ArmedGroup] claimed the attack on Monday.', PUBLISHED],
    // a day inside what was said dates the reported event, not the words
    ['[Mira Tal|Person] said the attack on Monday killed four.', PUBLISHED],
    // a time in an aside between the speaker and the verb dates the aside, not the words
    ['The [Kestrel Brigade|ArmedGroup], which was banned in 2010, said its fighters held the pass.', PUBLISHED],
    ['The [Kestrel Brigade|ArmedGroup], which seized the pass in March 2021, said its fighters held it.', PUBLISHED],
    // a day between speaker and verb, with or without commas, is the day of the words
    ['The [Doma Council|Organization] on Monday condemned the raid.', '2023-05-08'],
    ['The [Doma Council|Organization], on Monday, condemned the raid.', '2023-05-08'],
  ])('dates %s', (marked, day) => {
    expect(dayOf(statements(marked)[0])).toBe(day);
  });

  it.each([
    ['[Zia Kam|Person] told The [Associated Press|MediaOutlet] that the attackers came at night.', 'associated-press'],
    ['The [Kestrel Brigade|ArmedGroup] claimed the raid through its [Sahm|MediaOutlet] news agency, saying 20 soldiers died.', 'sahm'],
    ['The [Kestrel Brigade|ArmedGroup] said via [Doma Radio|MediaOutlet] that it held the pass.', 'doma-radio'],
    // an outlet named in what was said is no medium
    ['[Zia Kam|Person] said the attackers had burned the offices of [Doma Radio|MediaOutlet].', undefined],
  ])('finds the medium of %s', (marked, medium) => {
    expect(statements(marked)[0]?.medium).toBe(medium);
  });
});

describe('words said after a dated event', () => {
  /** A document with one Agreement event, triggered by `trigger` and dated `day`, told in its first sentence. */
  function withEvent(marked: string, trigger: string, day: string): StatementFact[] {
    const doc = annotatedDoc(marked, { published: PUBLISHED });
    doc.events.push({ type: 'Agreement', cameo: '057', trigger, agents: [], targets: [], places: [], when: { value: day, precision: 'day' }, evidence: [{ start: 0, end: 1, sentence: 0 }], rule: 'test', confidence: 1 });
    annotateStatements(doc);
    return doc.statements;
  }

  it.each([
    ['The sides signed the deal on Monday. "It will hold," [Oren Vask|Person] told [Doma TV|MediaOutlet] after the signing.', 'signed', '2023-05-08'],
    ['The sides signed the deal on Monday. [Oren Vask|Person] told reporters following the signing that it would hold.', 'signed', '2023-05-08'],
    // "after the signing" inside what was said dates nothing
    ['The sides signed the deal on Monday. [Oren Vask|Person] said that fighting resumed after the signing.', 'signed', PUBLISHED],
    // no event of that word: the publication day
    ['The sides signed the deal on Monday. [Oren Vask|Person] told [Doma TV|MediaOutlet] after the vote that it would hold.', 'signed', PUBLISHED],
  ])('%s', (marked, trigger, day) => {
    expect(dayOf(withEvent(marked, trigger, '2023-05-08').find((s) => s.speaker === 'oren-vask'))).toBe(day);
  });
});

describe('the voice of a release', () => {
  it.each([
    // the possessed office acts "today", not its owner
    ["Today, the [Ostland Treasury|GovernmentAgency]'s [Office of Asset Control|GovernmentAgency] ([OAC|GovernmentAgency=office-of-asset-control]) is sanctioning three firms.", ['office-of-asset-control']],
    ['Today, the [Ostland Treasury|GovernmentAgency] is sanctioning three firms.', ['ostland-treasury']],
  ])('%s', (marked, expected) => {
    expect(statements(marked).filter((s) => s.rule === 'statement:release-voice').map((s) => s.speaker)).toEqual(expected);
  });
});
