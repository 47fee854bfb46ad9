import { describe, expect, it } from 'vitest';
import { findNearDuplicates, sameTextGroups } from '../../src/report/find-near-duplicates.js';

const story = 'The harbour workers walked out on Monday after talks over pay broke down late on Sunday night, leaving dozens of ships waiting offshore and the port authority warning of shortages within a week.';

describe('findNearDuplicates', () => {
  it('should pair articles that share most of their text and leave different ones alone', () => {
    const pairs = findNearDuplicates([
      { id: 'a', text: `${story} Officials said more talks were planned.` },
      { id: 'b', text: `Advertisement. ${story}` },
      { id: 'c', text: 'A different report about the weather in the mountains, where snow fell early this year and closed several passes for the whole weekend.' },
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 'a', b: 'b' });
    expect(pairs[0].overlap).toBeGreaterThan(0.8);
  });

  it('should compare long articles on a sample of their shingles and still find a shared wire story', () => {
    const words = 'port ship strike union pay talks minister city river bridge winter power grid court judge vote council harbour crane cargo fuel'.split(' ');
    // A long text of varied word order (a linear congruential walk), so its 5-grams are nearly all distinct.
    const text = (seed: number, count: number) => {
      let state = seed;
      return Array.from({ length: count }, () => { state = (state * 1103515245 + 12345) % 2147483648; return words[state % words.length]; }).join(' ');
    };
    const wire = text(7, 900);
    const pairs = findNearDuplicates([
      { id: 'wire', text: wire },
      { id: 'copy', text: `${text(11, 150)} ${wire.split(' ').slice(0, 800).join(' ')}` },
      { id: 'other', text: text(13, 900) },
    ]);
    expect(pairs.map((pair) => `${pair.a}+${pair.b}`)).toEqual(['wire+copy']);
    expect(pairs[0].overlap).toBeGreaterThan(0.75);
  });

  it('should group copies of one text, through chained pairs, under the first of the given order', () => {
    const groups = sameTextGroups([{ a: 'c', b: 'b', overlap: 0.9 }, { a: 'd', b: 'c', overlap: 0.7 }, { a: 'x', b: 'y', overlap: 0.8 }], ['a', 'b', 'c', 'd', 'x', 'y']);
    expect(Object.fromEntries(groups)).toEqual({ b: 'b', c: 'b', d: 'b', x: 'x', y: 'x' });
    expect(groups.has('a')).toBe(false);
  });
});
