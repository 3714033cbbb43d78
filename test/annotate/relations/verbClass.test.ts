import { describe, expect, it } from 'vitest';
import { alternation, entryForms, formsOf, inflect, verbClassOf } from '../../../src/annotate/relations/verbClass.js';

describe('inflect: the five forms of a verb from its lemma', () => {
  it.each([
    ['fund', 'funds', 'funded', 'funded', 'funding'],
    ['back', 'backs', 'backed', 'backed', 'backing'],
    ['arm', 'arms', 'armed', 'armed', 'arming'],
    ['ship', 'ships', 'shipped', 'shipped', 'shipping'],
    ['ban', 'bans', 'banned', 'banned', 'banning'],
    ['supply', 'supplies', 'supplied', 'supplied', 'supplying'],
    ['finance', 'finances', 'financed', 'financed', 'financing'],
    ['merge', 'merges', 'merged', 'merged', 'merging'],
    ['finish', 'finishes', 'finished', 'finished', 'finishing'],
    ['ally', 'allies', 'allied', 'allied', 'allying'],
    ['obey', 'obeys', 'obeyed', 'obeyed', 'obeying'],
    ['veto', 'vetoes', 'vetoed', 'vetoed', 'vetoing'],
    ['tie', 'ties', 'tied', 'tied', 'tying'],
    ['free', 'frees', 'freed', 'freed', 'freeing'],
    ['target', 'targets', 'targeted', 'targeted', 'targeting'],
    ['prop up', 'props up', 'propped up', 'propped up', 'propping up'],
    ['join forces with', 'joins forces with', 'joined forces with', 'joined forces with', 'joining forces with'],
  ])('%s → %s, %s, %s, %s', (lemma, third, past, participle, ing) => {
    expect(inflect({ lemma })).toEqual({ base: lemma, third, past, participle, ing });
  });

  it('doubles where the entry says stress falls last, which spelling alone cannot show', () => {
    expect(inflect({ lemma: 'equip', double: true })).toMatchObject({ past: 'equipped', ing: 'equipping' });
    expect(inflect({ lemma: 'admit', double: true })).toMatchObject({ past: 'admitted', ing: 'admitting' });
  });

  it('takes irregular forms from the entry, and the participle from the past unless given', () => {
    expect(inflect({ lemma: 'split', past: 'split' })).toMatchObject({ past: 'split', participle: 'split', ing: 'splitting' });
    expect(inflect({ lemma: 'break away', past: 'broke away', participle: 'broken away' })).toMatchObject({
      third: 'breaks away',
      participle: 'broken away',
      ing: 'breaking away',
    });
  });
});

describe('formsOf and alternation: a class as a pattern', () => {
  const cls = verbClassOf({
    source: 'test',
    licence: 'CC0-1.0',
    verbs: [{ lemma: 'fund' }, { lemma: 'channel', also: { past: ['channelled'] } }, { lemma: 'bankroll' }],
    agentNouns: ['backer'],
  });

  it('lists the chosen forms with their further spellings', () => {
    expect(formsOf(cls, 'past')).toEqual(['funded', 'channeled', 'channelled', 'bankrolled']);
    expect(formsOf(cls, 'ing')).toEqual(['funding', 'channeling', 'bankrolling']);
  });

  it('puts longer words first, so a prefix never wins over the whole word', () => {
    const rx = new RegExp(`\\b(?:${alternation(['arm', 'armed', 'arms', 'arm'])})\\b`);
    expect('was armed by'.match(rx)?.[0]).toBe('armed');
    expect(alternation(['a.b', 'c'])).toBe('a\\.b|c');
  });

  it('matches no word the class does not hold', () => {
    const rx = new RegExp(`\\b(?:${alternation(formsOf(cls, 'base', 'third', 'past', 'ing'))})\\b`);
    expect(rx.test('the group was funded by')).toBe(true);
    expect(rx.test('the group was founded by')).toBe(false);
  });
});

describe('entryForms: one entry\'s words, each with the form it is', () => {
  it('lists the chosen forms with their further spellings, in the order asked', () => {
    expect(entryForms({ lemma: 'channel', also: { past: ['channelled'] } }, ['past', 'ing'])).toEqual([
      ['channeled', 'past'],
      ['channelled', 'past'],
      ['channeling', 'ing'],
    ]);
  });

  it('takes all five forms when none are named', () => {
    expect(entryForms({ lemma: 'say', past: 'said' }).map(([w]) => w)).toEqual(['say', 'says', 'said', 'said', 'saying']);
  });
});
