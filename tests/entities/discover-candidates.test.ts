import { describe, expect, it } from 'vitest';
import { discoverCandidates } from '../../src/entities/discover-candidates.js';

const names = (text: string) => discoverCandidates('a', [text]).map((candidate) => [candidate.name, candidate.votes]);

describe('discoverCandidates', () => {
  it('should find a titled name followed by the day it acted on, as news writes it', () => {
    expect(names('Russian President Vladimir Putin on Friday denounced a drone strike on a college dormitory.')).toContainEqual(['Vladimir Putin', { person: 5 }]);
    expect(names('President Joe Biden on Thursday said the aid would go ahead.').map(([name]) => name)).toEqual(['Joe Biden']);
    // Without a title, as before.
    expect(names('Joe Biden on Thursday said the aid would go ahead.').map(([name]) => name)).toEqual(['Joe Biden']);
  });

  it('should take "to" before a name for a place, not when the name is addressed or quoted as a source', () => {
    expect(names('Troops moved to Kyiv on Monday.')).toContainEqual(['Kyiv', { place: 1 }]);
    expect(names('The company explained to TechCrunch that the plan changed.')).toEqual([['TechCrunch', {}]]);
    expect(names('The figures, according to Reuters, were higher.')).toEqual([['Reuters', {}]]);
  });

  it('should keep a body named with "on" and a title word whole ("Council on Foreign Relations")', () => {
    expect(names('Officials said the Council on Foreign Relations would meet.')).toContainEqual(['Council on Foreign Relations', { organization: 3 }]);
  });
});
