import { describe, expect, it } from 'vitest';
import { chunk } from '../../src/util/chunk.js';

describe('chunk', () => {
  it('should split into consecutive groups of at most the size, keeping every item in order', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
  });
});
