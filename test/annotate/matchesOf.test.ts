// matchesOf(rx, text) yields what text.matchAll(rx) yields (same matches, groups and indices), without cloning rx.

import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/annotate/matchesOf.js';

/** The matches as "index:text:groups", comparable between the two readings. */
const shown = (ms: Iterable<RegExpMatchArray>): string[] => [...ms].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}:${JSON.stringify(m.indices ?? null)}`);

describe('matchesOf', () => {
  it.each([
    [/⟦(\d+)⟧/g, 'The ⟦0⟧ and ⟦12⟧ met ⟦3⟧.'],
    [/(?<who>[A-Z]\w+) (?<verb>said|told)/gd, 'Ana Morel said that Luis told nobody; Sara said so.'],
    // empty matches step over one character, or one code point in unicode mode
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\b/g, 'two words'],
    [/y/gy, 'yyxy'],
    [/nothing/g, 'no match here'],
  ])('%s in %s', (rx, text) => {
    expect(shown(matchesOf(rx, text))).toEqual(shown(text.matchAll(rx)));
  });

  it('starts where lastIndex stands and leaves it there, as matchAll does', () => {
    const rx = /a/g;
    rx.lastIndex = 2;
    expect(matchesOf(rx, 'aaaa').map((m) => m.index)).toEqual([2, 3]);
    expect(rx.lastIndex).toBe(2);
  });

  it('refuses an expression that is not global, as matchAll does', () => {
    expect(() => matchesOf(/a/, 'aaa')).toThrow(TypeError);
  });
});
