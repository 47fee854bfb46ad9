import { describe, expect, it } from 'vitest';
import { findNameSequences, spanText } from '../../src/entities/find-name-sequences.js';

const runs = (text: string) => findNameSequences(text).map((sequence) => spanText(text, sequence.tokens));

describe('findNameSequences', () => {
  it('should join capitalised words and the connectors between them, and stop at a possessive', () => {
    expect(runs('Officials at the Council on Foreign Relations met Russia’s RIA Novosti.')).toEqual(['Officials', 'Council on Foreign Relations', 'Russia’s', 'RIA Novosti']);
  });

  it('should keep a common noun’s possessive inside a name', () => {
    expect(runs('They backed the Donetsk People’s Republic and the Children’s Hospital of Philadelphia.')).toEqual(['They', 'Donetsk People’s Republic', 'Children’s Hospital of Philadelphia']);
  });
});
