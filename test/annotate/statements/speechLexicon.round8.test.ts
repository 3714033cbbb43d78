// The reporting-verb lexicon is written as lemmas: its words are generated, each knows its lemma, and "forms" narrows.

import { describe, expect, it } from 'vitest';
import { speechForms, speechLexicon, type SpeechVerb } from '../../../src/annotate/statements/speechLexicon.js';

describe('speechForms', () => {
  const cases: [SpeechVerb, string[]][] = [
    [{ lemma: 'say', past: 'said' }, ['say', 'says', 'said', 'said', 'saying']],
    [{ lemma: 'call on', forms: ['third', 'past'] }, ['calls on', 'called on']],
    [{ lemma: 'admit', double: true, forms: ['past', 'ing'] }, ['admitted', 'admitting']],
    [{ lemma: 'criticize', forms: ['past'], also: { past: ['criticised'] } }, ['criticized', 'criticised']],
  ];
  it.each(cases)('%o gives %o', (verb, words) => {
    expect(speechForms(verb).map(([w]) => w)).toEqual(words);
  });
});

describe('speechLexicon', () => {
  const lex = speechLexicon();
  it.each([
    ['said', 'say'],
    ['told', 'tell'],
    ['called for', 'call for'],
  ])('%s has the lemma %s', (word, lemma) => {
    expect(lex.lemma.get(word)).toBe(lemma);
  });
  it.each([
    ['told', true],
    ['telling', true],
    ['spoke to', true],
    ['said', false],
  ])('%s names an outlet after it: %s', (word, media) => {
    expect(lex.media.has(word)).toBe(media);
  });
  it.each([
    ['issued a joint statement', 'issue a document', 'past'],
    ['released a video', 'issue a document', 'past'],
    ['denied the allegations', 'reject a charge', 'past'],
    ['rejects Varnia’s accusations', 'reject a charge', 'third'],
  ])('the frame match %s is %s, in the %s form', (match, lemma, form) => {
    expect(lex.lemmaOf(match)).toBe(lemma);
    expect(lex.formOf(match)).toBe(form);
  });
  it('matches reporting words as whole words only', () => {
    const found = [...'The envoy said, unsaid and saying, sayings aside.'.matchAll(new RegExp(lex.verb.source, 'g'))].map((m) => m[0]);
    expect(found).toEqual(['said', 'saying']);
  });
});
