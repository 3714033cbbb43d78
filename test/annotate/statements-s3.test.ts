// Statements, session three: speakers behind participial, possessive and relative asides, appeals and accusations as
// speech, acts that only look like speech ("declared X unconstitutional", "added X to its list", "member states"),
// "the military" as the whole armed forces, and the outlet a statement was carried by.

import { describe, expect, it } from 'vitest';
import type { StatementFact } from '../../src/annotate/document.js';
import { trieAlternation } from '../../src/annotate/statements/speechLexicon.js';
import { annotateStatements } from '../../src/annotate/statements/statementsStage.js';
import { annotatedDoc } from '../support/annotatedDoc.js';

const PUBLISHED = '2023-05-10';

function statements(marked: string): StatementFact[] {
  const doc = annotatedDoc(marked, { published: PUBLISHED });
  annotateStatements(doc);
  return doc.statements;
}

const speakers = (marked: string): string[] => [...new Set(statements(marked).map((s) => s.speaker))];

describe('who speaks, across asides', () => {
  it.each<[string, string[]]>([
    // a participial aside between the speaker and the verb
    ['[Lena Varo|Person], speaking to reporters in [Doma|City], said the island would not yield.', ['lena-varo']],
    ['The [Doma Council|Organization], meeting in [Porto|City] on Monday, said the vote would go ahead.', ['doma-council']],
    ['[Lena Varo|Person], writing on social media, said the talks had failed.', ['lena-varo']],
    // an aside that opens with a possessive name describes the subject; the possessor does not speak
    ["[Ostland|Country], [Varnia|Country]'s most important backer and arms supplier despite the absence of formal ties, said it was watching the drills.", ['ostland']],
    ["The [Kestrel Brigade|ArmedGroup], [Sami Oro|Person]'s former militia, said it would disarm.", ['kestrel-brigade']],
    // a relative clause whose subject is the name before it
    ['The field is run by [Doma Oil|Company], which said it had halted output.', ['doma-oil']],
    ['[Lena Varo|Person], who said she would run again, left for [Porto|City].', ['lena-varo']],
    ['The [Varnian Army|MilitaryForce], which also said it had lost two soldiers, withdrew.', ['varnian-army']],
    ['Talks were hosted by the [Doma Council|Organization], whose spokesman said they would resume.', ['doma-council']],
    ['The raid hit [Doma Oil|Company], which on Monday said it had halted output.', ['doma-oil']],
    ['The raid hit [Doma Oil|Company], whose leader [Ira Den|Person] said output had halted.', ['ira-den']],
    // an object relative: someone else speaks, or no one named
    ['[Doma Oil|Company] closed the pipeline, which officials said was damaged.', []],
    ['[Doma Oil|Company] closed the pipeline, which [Ostland|Country] said was damaged.', ['ostland']],
    // a participial aside does not let a negated or infinitive verb speak
    ['[Lena Varo|Person], speaking to reporters, did not say when the talks would resume.', []],
  ])('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('appeals and accusations are speech', () => {
  it.each<[string, string[]]>([
    ['A [Varnian Foreign Ministry|GovernmentAgency] spokesperson called on [Ostland|Country] to show restraint.', ['varnian-foreign-ministry']],
    ['[Sami Oro|Person] called for calm after the vote.', ['sami-oro']],
    ['The [Doma Council|Organization] has called on all sides to respect the truce.', ['doma-council']],
    ['[Lena Varo|Person] accused the government of rigging the vote.', ['lena-varo']],
    ['[Ostland|Country] accuses [Varnia|Country] of arming the rebels.', ['ostland']],
    ['[Ostland|Country] and [Varnia|Country] accuse the rebels of shelling the camp.', ['ostland', 'varnia']],
    // blame, praise, criticism, demands and descriptions are said too
    ['[Lena Varo|Person] blamed [Ostland|Country] for the blackout.', ['lena-varo']],
    ['The [Doma Council|Organization] praised the rescue teams.', ['doma-council']],
    ['[Ostland|Country] demanded the release of the crew.', ['ostland']],
    ['The ships carried out what [Ostland|Country] described as routine patrols.', ['ostland']],
    ['[Sami Oro|Person] questioned the casualty figures on social media.', ['sami-oro']],
    ['The [Doma Council|Organization] voiced concern over the raids.', ['doma-council']],
    ['[Sami Oro|Person] replied that the pass was held.', ['sami-oro']],
    ['The [Doma Monitor|Organization] estimated that 300 fighters had died.', ['doma-monitor']],
    ['[Sami Oro|Person] cautioned that the pass could fall.', ['sami-oro']],
    ['[Ostland|Country] has long maintained that the islands are its own.', ['ostland']],
    // responding with force, maintaining a presence: acts
    ['[Ostland|Country] has responded with airstrikes across the border.', []],
    ['The [Ostland Army|MilitaryForce] maintained checkpoints on the road.', []],
    // a description that is no utterance, a pledge of allegiance, a promise to act
    ['The route [Sami Oro|Person] described above is closed.', []],
    ['Fighters of the [Kestrel Brigade|ArmedGroup] pledged allegiance to the [Dawn Front|ArmedGroup].', []],
    ['[Ostland|Country] and [Varnia|Country] have promised to field a joint force.', []],
    // no speaker acts: a passive, a reduced relative, a thing that "called for"
    ['[Sami Oro|Person] was accused of fraud.', []],
    ['[Sami Oro|Person], accused of fraud, fled to [Doma|City].', []],
    ['The meeting was called on Monday.', []],
    ['The plan called for 3,000 more troops.', []],
    ["[Sami Oro|Person] has rejected [Ostland|Country]-backed calls for the group to disarm.", []],
    ['[Sami Oro|Person] rejected renewed calls for talks.', []],
    ['[Sami Oro|Person] calls for talks.', ['sami-oro']],
    // "called on" a person is a visit, not an appeal
    ['[Sami Oro|Person] called on the wounded in hospital.', []],
  ])('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('acts that only look like speech', () => {
  it.each<[string, string[]]>([
    // declaring something illegal, a terrorist group or void is a legal act (a designation, a ruling), not speech
    ["[Varnia|Country]'s [Supreme Court|GovernmentAgency] declared the [Dawn Party|PoliticalParty] unconstitutional in 2023.", []],
    ['The [Ostland Security Council|GovernmentAgency] declared both groups terrorist organizations in December 2020.', []],
    ['The [Doma Court|GovernmentAgency] declared the vote invalid.', []],
    ['The [Doma Court|GovernmentAgency] declared that the vote was invalid.', ['doma-court']],
    // adding someone to a list is a listing
    ['The [Northern Union|InternationalOrganization] added [Sami Oro|Person] to its sanctions list in January.', []],
    ['The [Northern Union|InternationalOrganization] added three firms to the list on Monday.', []],
    ['[Sami Oro|Person] added that the talks would resume.', ['sami-oro']],
    ['"We will return to the table," [Sami Oro|Person] added.', ['sami-oro']],
    // "states" as a noun after a name or "member"
    ["[Sami Oro|Person] directs fighters in [Varnia|Country]'s Doma and Kesh states, where the group has worked with gangs.", []],
    ['[Lena Varo|Person] urged [Northern Union|InternationalOrganization] member states to close the funding gap.', ['lena-varo']],
    ['The [Doma Council|Organization] states that the vote was fair.', ['doma-council']],
    // an appeal after a comma is not inverted: its object is who was urged, not who urged
    ['The refugee agency, [RefAid|Organization], urged [Varnia|Country] to open the border.', ['refaid']],
    ['The ministry, [Varnian Foreign Ministry|GovernmentAgency], condemned [Ostland|Country] for the raid.', ['varnian-foreign-ministry']],
    ['"Open the border," urged [Mira Tal|Person].', ['mira-tal']],
    // an inverted verb whose subject is unnamed: nobody named speaks, not the last actor before it
    ['Rebels held the camp before troops of the [Ostland Army|MilitaryForce] drove them out, said the officials, who spoke on condition of anonymity.', []],
    ['The [Ostland Army|MilitaryForce] retook the camp, said a spokesman.', []],
    ['The [Ostland Army|MilitaryForce] retook the camp, said army spokesman [Ira Den|Person].', ['ira-den']],
  ])('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('"the military" is the armed forces as a whole', () => {
  it.each<[string, string[]]>([
    // the whole armed forces named before, rather than one branch named since
    [
      'General [Ira Den|Person], chief of staff of the [Armed Forces of Ostland|MilitaryForce], visited the troops. Soldiers of the [Ostland Army|MilitaryForce] killed five rebels on Monday, the military said.',
      ['armed-forces-of-ostland'],
    ],
    // a rebel "army" named after the armed forces is not "the military"
    [
      'The [Armed Forces of Ostland|MilitaryForce] raided a camp of the [New Dawn Army|MilitaryForce]. The military rejected the accusation.',
      ['armed-forces-of-ostland'],
    ],
    // with only one army named, that army
    ['The [Ostland Army|MilitaryForce] shelled [Doma|City]. The military said it had hit a depot.', ['ostland-army']],
    // "the army" means an army
    ['The [Armed Forces of Ostland|MilitaryForce] and the [Ostland Army|MilitaryForce] moved north. The army said it had taken the pass.', ['ostland-army']],
  ])('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('one statement per speaker and sentence', () => {
  it('takes the day from the main verb when an aside of the same speaker came first', () => {
    const found = statements('[Ostland|Country], which accuses [Varnia|Country] of sheltering rebels, said on Monday that police had arrested four men.');
    expect(found.map((f) => [f.speaker, f.when && 'value' in f.when ? f.when.value : undefined])).toEqual([['ostland', '2023-05-08']]);
  });
});

describe('the outlet that carried a statement', () => {
  it.each<[string, string | undefined]>([
    ['In a statement carried by the state-run [Doma Herald|MediaOutlet] newspaper, the [Varnian Army|MilitaryForce] said it had struck rebel positions.', 'doma-herald'],
    ["In a statement read on state broadcaster [DTV|MediaOutlet] late Thursday, [[Ostland|Country]'s armed forces|MilitaryForce=ostland-armed-forces] said the camp was retaken.", 'dtv'],
    ['The [Kestrel Brigade|ArmedGroup] claimed the attack in a statement released by its [Dawn Voice|MediaOutlet] media arm, saying ten soldiers died.', 'dawn-voice'],
    ['The [Kestrel Brigade|ArmedGroup] said in a statement posted by its [Sahm|MediaOutlet] news agency that it held the pass.', 'sahm'],
    ['The [Kestrel Brigade|ArmedGroup] denied any role in a statement posted on [Telegraph|MediaOutlet].', 'telegraph'],
    ['[Sami Oro|Person] said in remarks broadcast by [Doma TV|MediaOutlet] that the pass was held.', 'doma-tv'],
    ['[Sami Oro|Person], quoted by the state news agency [Doma News|MediaOutlet], said the pass was held.', 'doma-news'],
    // an organization is an outlet when the words around it say so; an issuing body is not
    ['In a statement carried by the state-run [Doma Light|Organization] newspaper, the [Varnian Army|MilitaryForce] said it had struck rebel positions.', 'doma-light'],
    ['In a statement released by the [Doma Council|Organization], the [Varnian Army|MilitaryForce] said it had struck rebel positions.', undefined],
    // an outlet in what was said, or in another clause, is no medium
    ['In a statement, the [Varnian Army|MilitaryForce] said rebels had burned the offices of [Doma Radio|MediaOutlet].', undefined],
    ['The [Kestrel Brigade|ArmedGroup] said it had seized the pass, a claim [Doma Radio|MediaOutlet] could not confirm.', undefined],
  ])('%s', (marked, medium) => {
    const found = statements(marked);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.medium).toBe(medium);
  });
});

describe('the ways news attributes words (speaker and outlet)', () => {
  function saidBy(marked: string): string[][] {
    return statements(marked).map((s) => [s.speaker, s.medium ?? '-']);
  }
  it.each<[string, string[][]]>([
    ['A [Varnian Foreign Ministry|GovernmentAgency] official said the talks had stalled.', [['varnian-foreign-ministry', '-']]],
    ['A spokesman for the [Kestrel Brigade|ArmedGroup] said the pass was held.', [['kestrel-brigade', '-']]],
    ["The [Kestrel Brigade|ArmedGroup]'s spokesman said the pass was held.", [['kestrel-brigade', '-']]],
    ['Both [Ostland|Country] and [Varnia|Country] said the talks would resume.', [['ostland', '-'], ['varnia', '-']]],
    ['[Ostland|Country], for its part, said the talks would resume.', [['ostland', '-']]],
    ['[Ostland|Country] has long said the islands are its own.', [['ostland', '-']]],
    ['Asked about the strikes, [Sami Oro|Person] said the army had acted lawfully.', [['sami-oro', '-']]],
    ['[Sami Oro|Person] said in an interview with [Doma TV|MediaOutlet] that the pass was held.', [['sami-oro', 'doma-tv']]],
    ['[Sami Oro|Person] told reporters in [Porto|City] on Monday that the pass was held.', [['sami-oro', '-']]],
    ['The [Kestrel Brigade|ArmedGroup] said in a post on [Telegraph|MediaOutlet] that it held the pass.', [['kestrel-brigade', 'telegraph']]],
    ['"We hold the pass," the [Kestrel Brigade|ArmedGroup] said in a statement on [Telegraph|MediaOutlet].', [['kestrel-brigade', 'telegraph']]],
    ['[Sami Oro|Person], the head of the [Kestrel Brigade|ArmedGroup], told [Doma TV|MediaOutlet] the pass was held.', [['sami-oro', 'doma-tv']]],
    ['The [Doma Council|Organization] and the [Kestrel Brigade|ArmedGroup] said in a joint statement that talks would resume.', [['doma-council', '-'], ['kestrel-brigade', '-']]],
    ['The [Ostland Army|MilitaryForce] said on its Telegram channel that it had hit a depot.', [['ostland-army', '-']]],
    ['[Sami Oro|Person] wrote in a letter to the [Doma Council|Organization] that the pass was held.', [['sami-oro', '-']]],
    ['[Ostland|Country] rejected the accusation.', [['ostland', '-']]],
    ['[Ostland|Country] has denied the charge.', [['ostland', '-']]],
    ['[Sami Oro|Person] insisted on Monday that the pass was held.', [['sami-oro', '-']]],
    ['[Sami Oro|Person] predicted that the pass would fall.', [['sami-oro', '-']]],
    ['[Sami Oro|Person] signalled that the pass would fall.', [['sami-oro', '-']]],
    ['[Sami Oro|Person] threatened to close the pass.', []],
    ['[Sami Oro|Person] did not say whether the pass was held.', []],
    ['[Sami Oro|Person] declined to comment.', []],
    ['[Sami Oro|Person] could not be reached for comment.', []],
  ])('%s', (marked, expected) => {
    expect(saidBy(marked)).toEqual(expected);
  });
});

describe('words not said: futures, conditions, denied subjects; and outlets in asides', () => {
  it.each<[string, string[][]]>([
    ['[Sami Oro|Person] will announce the results on Monday.', []],
    ['If [Ostland|Country] says the talks failed, the truce ends.', []],
    ['Neither [Ostland|Country] nor [Varnia|Country] commented.', []],
    ['[Ostland|Country] would neither confirm nor deny the report.', []],
    ['[Ostland|Country] did not immediately respond to a request for comment.', []],
    ['[Ostland|Country] may announce new measures next week.', []],
    ['[Ostland|Country] is set to announce new measures.', []],
    ['[Ostland|Country] has yet to comment.', []],
    ['[Sami Oro|Person], in an interview with [Doma TV|MediaOutlet], said the pass was held.', [['sami-oro', 'doma-tv']]],
    ['[Sami Oro|Person], speaking to [Doma TV|MediaOutlet], said the pass was held.', [['sami-oro', 'doma-tv']]],
    ['[Sami Oro|Person] said in comments to [Doma TV|MediaOutlet] that the pass was held.', [['sami-oro', 'doma-tv']]],
    ['[Sami Oro|Person] said in an interview broadcast on Sunday by [Doma TV|MediaOutlet] that the pass was held.', [['sami-oro', 'doma-tv']]],
  ])('%s', (marked, expected) => {
    expect(statements(marked).map((s) => [s.speaker, s.medium ?? '-'])).toEqual(expected);
  });
});

describe('the reporting-verb pattern, factored by common prefixes', () => {
  const words = ['said', 'says', 'saying', 'issued', 'issued a statement', 'called on', 'calls for', 'according to'];
  const flat = new RegExp(`\\b(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'g');
  const trie = new RegExp(`\\b(?:${trieAlternation(words)})\\b`, 'g');
  it.each([
    'He said it issued a statement; it says so.',
    'The council issued  a statement and then issued a statementary note, saying nothing.',
    'She called on them, calls for calm, called only once, according to aides; sayings and issuedx are not words here.',
  ])('matches what the flat alternation matches, longest first: %s', (text) => {
    const spans = (re: RegExp): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    expect(spans(trie)).toEqual(spans(flat));
    expect(spans(trie).length).toBeGreaterThan(0);
  });
});
