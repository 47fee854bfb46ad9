import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/util/escape-regexp.js';

describe('escapeRegExp', () => {
  it('matches the text literally, signs and all', () => {
    for (const text of ['RFE/RL', 'U.S. (Army)', 'a+b*c?', '[x]{2}^$|\\']) {
      expect(new RegExp(`^${escapeRegExp(text)}$`).test(text), text).toBe(true);
    }
    expect(new RegExp(escapeRegExp('U.S.')).test('UXSX')).toBe(false);
  });
});
