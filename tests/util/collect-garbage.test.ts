import { describe, expect, it } from 'vitest';
import { worthCollecting } from '../../src/util/collect-garbage.js';

const MB = 1048576;

describe('worthCollecting', () => {
  it('should collect a large heap that grew a quarter and 32 MB past what the last collection left', () => {
    expect(worthCollecting(600 * MB, 400 * MB)).toBe(true);
    expect(worthCollecting(520 * MB, 400 * MB)).toBe(false);
  });

  it('should leave a heap under 256 MB to V8 however much it grew', () => {
    expect(worthCollecting(250 * MB, 20 * MB)).toBe(false);
    expect(worthCollecting(300 * MB, 20 * MB)).toBe(true);
  });
});
