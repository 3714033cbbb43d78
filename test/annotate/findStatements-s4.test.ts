// Specification of findStatements on the shapes of unseen wire copy (session 4): who speaks when an aside, a possessor,
// a qualifier or a coordinated verb stands near the reporting verb, and which unnamed speakers an analyst can trace.

import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument, StatementFact } from '../../src/annotate/document.js';
import { annotateStatements } from '../../src/annotate/statements/statementsStage.js';
import { annotatedDoc } from '../support/annotatedDoc.js';

const PUBLISHED = '2023-05-10';

function run(doc: AnnotatedDocument): StatementFact[] {
  annotateStatements(doc);
  return doc.statements;
}

const speakers = (marked: string, countries: Record<string, string> = {}): string[] => {
  const doc = annotatedDoc(marked, { published: PUBLISHED });
  for (const [key, code] of Object.entries(countries)) {
    const e = doc.entities.get(key);
    if (e) e.country = code;
  }
  return [...new Set(run(doc).map((s) => s.speaker))].sort();
};

describe('people who speak for an office, and people who speak for no one', () => {
  const cases: [string, string[], Record<string, string>?][] = [
    ['[Police|CollectiveActor=police] said they detained 12 people near the stadium.', ['police']],
    ['The bomb went off near the market, [police|CollectiveActor=police] said.', ['police']],
    ['[Federal prosecutors|CollectiveActor=prosecutors] said the suspect had wired money to the group.', ['prosecutors']],
    ['The suspect is accused of fraud, [Valdonian prosecutors|CollectiveActor=prosecutors] said on Monday.', ['prosecutors']],
    // a demonym inside the phrase names whose officials speak
    ['[Ostlandic officials|CollectiveActor=ostlandic-officials] have accused [Varnia|Country] of arming the rebels.', ['ostlandic-officials'], { 'ostlandic-officials': 'OS' }],
    // anonymous people stay unnamed
    ['[Residents|CollectiveActor=residents] said the fighters left at dawn.', []],
    ['The road was closed for hours, [witnesses|CollectiveActor=witnesses] said.', []],
    ['[Local officials|CollectiveActor=officials] said the bridge had collapsed.', []],
  ];
  it.each(cases)('%s', (marked, expected, countries) => {
    expect(speakers(marked, countries)).toEqual(expected);
  });
});

describe('a reporting verb inside a compound modifier says nothing', () => {
  it.each([
    'The [Kestrel Brigade|ArmedGroup]’s self-declared emirate was dissolved in 2019.',
    'The [Doma Council|Organization] published a much-reported list of names.',
    'Its so-called self-declared state collapsed after the [Varnian Army|MilitaryForce] moved in.',
  ])('%s', (marked) => {
    expect(speakers(marked)).toEqual([]);
  });
});

describe('a name after "said" that opens the reported clause is not the speaker', () => {
  const cases: [string, string[]][] = [
    // an aside closes on the comma before "said": the opener speaks
    ['[Oren Vask|Person], who heads the talks panel, said [Ostland|Country] would not discuss independence.', ['oren-vask']],
    ['The [Doma Monitor|Organization], a war monitor based abroad, said more than 300 people, most of them fighters, had been killed.', ['doma-monitor']],
    ['[Lena Dorr|Person], who leads a civic group in [Tirel|City], said at least 20 people were still missing.', ['lena-dorr']],
    // the inverted speaker still stands where no clause follows it
    ['The convoy was hit twice, said [Oren Vask|Person], a spokesman for the [Doma Council|Organization].', ['oren-vask']],
    ['"We will return," said [Lena Dorr|Person].', ['lena-dorr']],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('a name that only qualifies anonymous sources does not speak', () => {
  const cases: [string, string[]][] = [
    ['[Ostlandic military|MilitaryForce=ostland-military] sources told [Radio Tirel|MediaOutlet] the men were armed.', []],
    ['[U.N.|InternationalOrganization=united-nations] experts have accused two officers of selling weapons.', []],
    ['The shelling resumed at dawn, according to [Varnian|Country=varnia] security sources.', []],
    // the body itself, and its commanders, still speak
    ['[Ostlandic military|MilitaryForce=ostland-military] commanders said the men were armed.', ['ostland-military']],
    ['The shelling resumed at dawn, according to the [Doma Monitor|Organization].', ['doma-monitor']],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('a possessor before an apposition names whose body speaks, not who', () => {
  const cases: [string, string[]][] = [
    ["The [Kestrel Front|ArmedGroup]'s armed wing, the [Kestrel Liberation Army|ArmedGroup], said in a statement that its units had shelled the town.", ['kestrel-liberation-army']],
    ["[Ostland|Country]'s chief negotiator, General [Oren Vask|Person], said talks would resume in June.", ['oren-vask']],
    ["[Varnia|Country]'s main opposition party, the [Popular Dawn|Organization], said the vote was rigged.", ['popular-dawn']],
    // no apposition: nobody named speaks for the wing
    ["The shelling was confirmed by residents, and the [Kestrel Front|ArmedGroup]'s spokesman declined to comment.", []],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('a verb coordinated after an object shares the clause subject, never the object', () => {
  const cases: [string, string[]][] = [
    ["The [Kestrel Front|ArmedGroup], however, has never accepted [Oren Vask|Person]'s leadership and says it takes no orders from abroad.", ['kestrel-front']],
    ['[Ostland|Country] rejected the plan drawn up by [Varnia|Country] and said it would hold its own vote.', ['ostland']],
    ['The [Doma Council|Organization] (DC) met envoys from [Tirel|Country] and announced a truce.', ['doma-council']],
    // a subordinate clause before: no clause subject to share, so no speaker
    ['After the talks with [Varnia|Country] broke down and said nothing, the markets fell.', []],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('whatever body carries the words is their medium', () => {
  const mediumOf = (marked: string): string | undefined => run(annotatedDoc(marked, { published: PUBLISHED }))[0]?.medium;
  it.each([
    ['The [Kestrel Front|ArmedGroup] said in a statement carried by the [Sahel Press Service|GovernmentAgency] that it had shelled the town.', 'sahel-press-service'],
    ['The [Kestrel Front|ArmedGroup] said in a statement broadcast on [Voice of Doma|Organization] that the truce was over.', 'voice-of-doma'],
    ['In a statement carried by the state-run [Doma Daily|MediaOutlet], the [Varnian Army|MilitaryForce] said it had retaken the pass.', 'doma-daily'],
  ])('%s', (marked, medium) => {
    expect(mediumOf(marked)).toBe(medium);
  });
  it('does not take the issuer of a statement for its medium', () => {
    expect(mediumOf('[Oren Vask|Person] said in a statement issued by the [Doma Council|Organization] that the roads were open.')).toBeUndefined();
  });
});

describe('"the government", "the military" and "the army" stand for the body of that kind named nearby', () => {
  const cases: [string, string[], Record<string, string>][] = [
    ['The [Military Council|Government] took power in [Ostland|Country] in 2022. The government denied the accusations.', ['military-council'], {}],
    // the country's forces as a whole beat a regional command named more recently
    ['[Ostlandic soldiers|MilitaryForce=ostland-military] guarded the post. A spokesman for the [Doma military command|MilitaryForce] spoke. The military denied that troops were in the school.', ['ostland-military'], { 'ostland-military': 'OS' }],
    ['The [Ostland air force|MilitaryForce=ostland-air-force] bombed two camps on Sunday, the military said.', ['ostland-air-force'], { 'ostland-air-force': 'OS' }],
    // a lead that names the army only in the next sentence
    ['Government troops retook the town after two days of fighting, the army says. A spokesman for the [Ostland Armed Forces|MilitaryForce] gave no toll.', ['ostland-armed-forces'], {}],
    // nothing of that kind named anywhere near: nobody
    ['The town fell after two days of fighting, the army says.', [], {}],
    ['[Oren Vask|Person] visited the front. The government denied the accusations.', [], {}],
  ];
  it.each(cases)('%s', (marked, expected, countries) => {
    expect(speakers(marked, countries)).toEqual(expected);
  });
});

describe('an undated statement in a paragraph that opens on a recent day', () => {
  const dayOf = (marked: string): string | undefined => {
    const when = run(annotatedDoc(marked, { published: PUBLISHED })).find((s) => s.speaker === 'police')?.when;
    return when && 'value' in when ? when.value : undefined;
  };
  it.each([
    ['On Sunday thousands marched through the capital. [Police|CollectiveActor=police] said they detained 37 people.', '2023-05-07'],
    ['Late on Monday the convoy was ambushed. [Police|CollectiveActor=police] said two drivers were missing.', '2023-05-08'],
    // a day that dates an act inside the sentence, not the scene
    ['The sides signed the deal on Monday. [Police|CollectiveActor=police] said the roads were calm.', PUBLISHED],
    // background more than a week old sets no scene for today's words
    ['On April 2 the convoy was ambushed. [Police|CollectiveActor=police] said two drivers were missing.', PUBLISHED],
  ])('%s', (marked, day) => {
    expect(dayOf(marked)).toBe(day);
  });
});

describe('a speech participle after a comma hangs on the main clause', () => {
  const cases: [string, string[]][] = [
    ['[Ostland|Country], long [Varnia|Country]’s closest ally, has frozen its membership in the [Northern Pact|InternationalOrganization], accusing the bloc of failing to defend it.', ['ostland']],
    ['The [Kestrel Front|ArmedGroup] (KF) withdrew from the talks on Monday, saying the army had broken the truce.', ['kestrel-front']],
    ['On Friday, [Oren Vask|Person] resigned from the [Doma Council|Organization], claiming he had been sidelined.', ['oren-vask']],
    // no finite verb of the opener before the participle: nothing hangs on it
    ['Fighting near [Tirel|City], saying nothing of the dead, the report ended.', []],
    // anonymous people stay unnamed
    ['[Residents|CollectiveActor=residents] fled the town, saying the fighters had returned.', []],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('an opening setting of the speaker’s own video or message makes the subject speak, with channel and day', () => {
  const read = (marked: string): [string, string | undefined, string | undefined][] =>
    run(annotatedDoc(marked, { published: PUBLISHED })).map((s) => [s.speaker, s.medium, s.when && 'value' in s.when ? s.when.value : s.when ? 'interval' : undefined]);
  it.each([
    ['In a video posted on [ClipTok|Company] on Sunday, [Oren Vask|Person] threatened to attack more villages.', [['oren-vask', 'cliptok', '2023-05-07']]],
    ['In an audio message released through [Radio Tirel|MediaOutlet] on Monday, the [Kestrel Front|ArmedGroup] vowed to fight on.', [['kestrel-front', 'radio-tirel', '2023-05-08']]],
    ['In a speech broadcast on [Doma TV|MediaOutlet], [Lena Dorr|Person] promised new elections.', [['lena-dorr', 'doma-tv', PUBLISHED]]],
    // a video someone else shot says nothing of its subject
    ['In a video filmed by residents, [Oren Vask|Person] is seen walking through the market.', []],
  ] as [string, [string, string | undefined, string | undefined][]][])('%s', (marked, expected) => {
    expect(read(marked)).toEqual(expected);
  });
});

describe('a reporter speaks through the outlet that employs them', () => {
  const mediumOf = (marked: string): string | undefined => run(annotatedDoc(marked, { published: PUBLISHED }))[0]?.medium;
  it.each([
    ["Reporting from [Doma|City], [Radio Tirel|MediaOutlet]'s [Oren Vask|Person] said the recapture was symbolic.", 'radio-tirel'],
    ["[Doma TV|MediaOutlet]'s senior correspondent [Lena Dorr|Person] said the roads were empty.", 'doma-tv'],
    ['[Doma TV|MediaOutlet] correspondent [Lena Dorr|Person] said the roads were empty.', 'doma-tv'],
  ])('%s', (marked, medium) => {
    expect(mediumOf(marked)).toBe(medium);
  });
  it('does not give a politician the outlet that interviewed someone else', () => {
    expect(mediumOf('[Lena Dorr|Person] told [Doma TV|MediaOutlet] on Monday that [Oren Vask|Person] said nothing.')).toBe('doma-tv');
    expect(mediumOf('After the [Doma TV|MediaOutlet] debate, [Oren Vask|Person] said the roads were empty.')).toBeUndefined();
  });
});

describe('rejecting, dismissing, disputing and repeating are speech only with what was said', () => {
  const cases: [string, string[]][] = [
    ['The [Kestrel Front|ArmedGroup] rejected the resolution on Saturday as "a dangerous deviation".', ['kestrel-front']],
    ['[Kestrel Front|ArmedGroup] commanders dismissed the figure as propaganda.', ['kestrel-front']],
    ['A spokesman for the [Doma Council|Organization], [Oren Vask|Person], disputed the account, saying the men had withdrawn.', ['oren-vask']],
    ["Its spokesman, [Oren Vask|Person], repeated [Ostland|Country]'s demand that the border be reopened.", ['oren-vask']],
    // acts, not words
    ['The [Doma Council|Organization] rejected the offer.', []],
    ['[Ostland|Country] dismissed two generals last year.', []],
    ['The [Kestrel Front|ArmedGroup] repeated attacks on the disputed region.', []],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('a claim of responsibility is dated by the day right after it', () => {
  const dayOf = (marked: string): string | undefined => {
    const when = run(annotatedDoc(marked, { published: PUBLISHED }))[0]?.when;
    return when && 'value' in when ? when.value : undefined;
  };
  it.each([
    ['The [Kestrel Front|ArmedGroup] claimed responsibility Monday through its [Doma Voice|MediaOutlet] agency.', '2023-05-08'],
    ['The [Kestrel Front|ArmedGroup] claimed responsibility on Monday in a statement.', '2023-05-08'],
    // a day after the attack claimed dates the attack, not the claim
    ['The [Kestrel Front|ArmedGroup] claimed the attack on Monday.', PUBLISHED],
  ])('%s', (marked, day) => {
    expect(dayOf(marked)).toBe(day);
  });
});

describe('the agent of a passive reporting verb speaks', () => {
  const cases: [string, string[]][] = [
    ['The attack was claimed by the [Kestrel Front|ArmedGroup] through its [Doma Voice|MediaOutlet] agency.', ['kestrel-front']],
    ['The deaths were later confirmed by the [Varnian Army|MilitaryForce] on Monday.', ['varnian-army']],
    ['The [Ostland Treasury|GovernmentAgency] had designated the firm, a decision that was announced by [Lena Dorr|Person] in June.', ['lena-dorr']],
    // not confirmed, or confirmed by those who only report it
    ['The figures could not be independently confirmed by [Radio Tirel|MediaOutlet].', []],
    ['The toll was reported by [Doma TV|MediaOutlet].', []],
    ['If the attack is claimed by the [Kestrel Front|ArmedGroup], talks will end.', []],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('a name that only modifies the unnamed subject does not speak', () => {
  const cases: [string, string[]][] = [
    ["[Ostland|Country]'s [army|MilitaryForce=ostland-army]-aligned government rejected the report as fabricated.", []],
    ['The [Kestrel Front|ArmedGroup]-led coalition said it had taken the town.', []],
    // the name itself as subject still speaks
    ['The [Kestrel Front|ArmedGroup] said it had taken the town.', ['kestrel-front']],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(speakers(marked)).toEqual(expected);
  });
});

describe('a body that posts or releases its own video or statement speaks through it', () => {
  const read = (marked: string): [string, string | undefined][] => run(annotatedDoc(marked, { published: PUBLISHED })).map((s) => [s.speaker, s.medium]);
  it.each([
    ['The [Varnian Army|MilitaryForce] posted a video on [FaceSpace|Company] showing troops in the city.', [['varnian-army', 'facespace']]],
    ['The [Kestrel Front|ArmedGroup] released a video statement on Sunday claiming the attack.', [['kestrel-front', undefined]]],
    ['[Lena Dorr|Person] published a statement on [ClipTok|Company] calling for calm.', [['lena-dorr', 'cliptok']]],
    // a participle with a day between the subject and its verb
    ['The [Ostland Foreign Ministry|GovernmentAgency] on Tuesday summoned the [Varnia|Country] envoy, saying the remarks were unacceptable.', [['ostland-foreign-ministry', undefined]]],
  ] as [string, [string, string | undefined][]][])('%s', (marked, expected) => {
    expect(read(marked)).toEqual(expected);
  });
});
