// factored(): an alternation with its shared leading characters factored out matches exactly what the plain one
// matches, at the same places, preferring the same alternative; and the lexicon's i-flag sources match like its
// caseless ones.

import { describe, expect, it } from 'vitest';
import { factored } from '../../../src/annotate/relations/factored.js';
import { caseless, relationLexicon } from '../../../src/annotate/relations/relationLexicon.js';

/** Every match of a global scan, as "index:text", joined with "|". */
function scan(source: string, flags: string, text: string): string {
  return [...text.matchAll(new RegExp(source, flags))].map((m) => `${m.index}:${m[0]}`).join('|');
}

describe('factored', () => {
  it.each([
    ['minister|mayor', 'm(?:inister|ayor)'],
    ['minister of defen[cs]e|minister|mayor', 'm(?:inister(?: of defen[cs]e|)|ayor)'],
    // a class, a group or a quantified character is never shared: "a ?b|a ?c" must try "a b", "ab", "a c", "ac"
    ['under ?-?secretary|under secretary', 'under(?: ?-?secretary| secretary)'],
    ['[sz]ero|sole', '[sz]ero|sole'],
    ['(?:the )?interior|interim', '(?:the )?interior|interim'],
    // letters regardless of case (the sources are used caselessly); "\\." is a plain character
    ['FTOs?|foreign agents?', 'F(?:TOs?|oreign agents?)'],
    ['sen\\.|senator', 'sen(?:\\.|ator)'],
    ['king', 'king'],
  ])('%s → %s', (source, expected) => {
    expect(factored(source)).toBe(expected);
  });

  // the alternatives are in an order the factoring must keep within a shared head: longest first here, so the scan
  // takes "chief of staff" over "chief"; and an alternative that no shared head covers stays where it was
  const sources = [
    'chief of staff|chief|chairman|chair|head',
    'chief|chief of staff|chair|chairman',
    'a ?b|a ?c|ab',
    'x|(?:y)|xy|x?z|xz',
    'deputy|(?:vice|deputy) minister|deputy minister',
  ];
  const texts = [
    'The chief of staff met the chairman and the chair; the head left.',
    'CHIEF OF STAFF, Chief, chairMAN',
    'a b ab ac a c abc',
    'x y xy z xz xxz',
    'deputy minister, vice minister and deputy',
    'nothing here',
  ];
  it.each(sources.flatMap((s) => texts.map((t) => [s, t])))('%s scans %s as the plain alternation does', (source, text) => {
    for (const flags of ['g', 'gi']) {
      expect(scan(`\\b(?:${factored(source)})\\b`, flags, text)).toBe(scan(`\\b(?:${source})\\b`, flags, text));
      expect(scan(`(?:${factored(source)})[a-z]*`, flags, text)).toBe(scan(`(?:${source})[a-z]*`, flags, text));
    }
  });
});

describe('the relation lexicon for the i flag', () => {
  const sentences = [
    'Deputy Foreign Minister Ana Morel met the Secretary-General and the acting chief of the general staff.',
    'The FOREIGN TERRORIST ORGANIZATION designation names the SDGT and two Specially Designated Nationals.',
    'Principal Deputy Spokesperson Lee said the under-secretary and Sen. Ruiz would join the commander-in-chief.',
    'The ministry of the interior and the Minister of Interior disagreed with the national security adviser.',
    'Nothing in this sentence is an office or a category.',
  ];
  it.each(sentences)('titles and categories in %s', (text) => {
    expect(scan(relationLexicon.titleI, 'gi', text)).toBe(scan(relationLexicon.title, 'g', text));
    expect(scan(relationLexicon.categoryI, 'gi', text)).toBe(scan(relationLexicon.category, 'g', text));
    expect(caseless(relationLexicon.titleI)).toBe(relationLexicon.title);
  });

  it('finds the titles it should (the test would pass on two empty scans otherwise)', () => {
    expect(scan(relationLexicon.titleI, 'gi', sentences[0]!)).toBe('0:Deputy Foreign Minister|42:Secretary-General|68:acting chief of the general staff');
    expect(scan(relationLexicon.categoryI, 'gi', sentences[1]!)).toBe('4:FOREIGN TERRORIST ORGANIZATION|57:SDGT|70:Specially Designated Nationals');
  });
});
