import { describe, expect, it } from 'vitest';
import { initials } from '../../src/util/initials.js';

describe('initials', () => {
  it('should take the capitalised words\' initials, an opening "The" left out, or every word\'s with connectors', () => {
    expect(initials('Radio Liberty')).toBe('RL');
    expect(initials('The Associated Press')).toBe('AP');
    expect(initials('Radio Free Europe/Radio Liberty')).toBe('RFERL');
    expect(initials('Voice of America')).toBe('VA');
    expect(initials('Voice of America', true)).toBe('VOA');
    expect(initials('Theatre Royal')).toBe('TR');
  });
});
