import { describe, expect, it } from 'vitest';
import { createMentionMatcher, createNameIndex } from '../../src/entities/match-mentions.js';

const names = new Map([
  ['joe-biden', ['Joe Biden', 'Biden']],
  ['watts', ['Watts']],
  ['celsius', ['Anders Celsius', 'Celsius']],
  ['odonnell', ["Rosie O'Donnell"]],
]);
const matcher = createMentionMatcher(names);
const found = (text: string) => matcher(text).map((mention) => [text.slice(mention.start, mention.end), mention.entity]);

describe('createMentionMatcher', () => {
  it('matches whole words, the longest name first, apostrophes either way', () => {
    expect(found('Joe Biden met Bidens fans; Biden spoke to Rosie O’Donnell.')).toEqual([
      ['Joe Biden', 'joe-biden'], ['Biden', 'joe-biden'], ['Rosie O’Donnell', 'odonnell'],
    ]);
  });

  it('takes a name inside a longer name it is given as a shadow for no mention, and the names around it still', () => {
    const shadowed = createMentionMatcher(new Map([['us', ['America', 'US']], ['mexico', ['Mexico']]]), ['North America', 'New Mexico', 'America']);
    const text = 'North America, New Mexico and Mexico: America and the US.';
    expect(shadowed(text).map((mention) => [text.slice(mention.start, mention.end), mention.entity])).toEqual([['Mexico', 'mexico'], ['America', 'us'], ['US', 'us']]);
  });

  it('takes the plural of a code or an acronym for a mention, and no other word that goes on', () => {
    const plural = createMentionMatcher(new Map([['f16', ['F-16']], ['ngo', ['NGO']], ['biden', ['Biden']]]));
    const text = 'Two F-16s and an F-16, NGOs and an NGO, and the Bidens.';
    expect(plural(text).map((mention) => text.slice(mention.start, mention.end))).toEqual(['F-16s', 'F-16', 'NGOs', 'NGO']);
  });

  it('takes a name used as a unit after a number for no mention', () => {
    expect(found('Riots broke out in Watts; the heater draws 1,000 Watts at 20 degrees Celsius, or 5 Celsius.')).toEqual([['Watts', 'watts']]);
    expect(found('Anders Celsius proposed the scale; Celsius was Swedish.')).toEqual([['Anders Celsius', 'celsius'], ['Celsius', 'celsius']]);
  });

  it('takes a name followed by a generation for a relative, not for the person', () => {
    expect(found('Joe Biden Jr. and Joe Biden, Sr. met Joe Biden III; Joe Biden spoke.')).toEqual([['Joe Biden', 'joe-biden']]);
    const family = createMentionMatcher(new Map([['biden', ['Joe Biden']], ['biden-jr', ['Joe Biden Jr.']]]));
    expect(family('Joe Biden Jr. and Joe Biden').map((mention) => mention.entity)).toEqual(['biden-jr', 'biden']);
  });
});

describe('createNameIndex', () => {
  it('tells which names occur in a text as written', () => {
    const present = createNameIndex(['Joe Biden', 'Kharkiv', "Rosie O'Donnell"]);
    expect(present('Joe Biden and Rosie O’Donnell')).toEqual(new Set(['Joe Biden', "Rosie O'Donnell"]));
  });
});
