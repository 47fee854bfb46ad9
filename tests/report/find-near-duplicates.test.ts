import { describe, expect, it } from 'vitest';
import { findNearDuplicates } from '../../src/report/find-near-duplicates.js';

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
});
