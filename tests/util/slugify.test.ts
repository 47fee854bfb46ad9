import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlugs } from '../../src/util/slugify.js';

describe('slugify', () => {
  it('should make lower-case ASCII words joined by hyphens, accents and apostrophes dropped', () => {
    expect(slugify('Biden’s “limited” ATACMS — Café talks')).toBe('bidens-limited-atacms-cafe-talks');
    expect(slugify('  ...  ')).toBe('');
  });

  it('should transliterate letters that have no ASCII form of their own, in any script', () => {
    expect(slugify('Łódź: Straße, Ørsted')).toBe('lodz-strasse-orsted');
    expect(slugify('Війна в Україні: Харків')).toBe('viyna-v-ukrayini-harkiv');
    expect(slugify('Η Ελλάδα σήμερα')).toBe('i-ellada-simera');
    expect(slugify('乌克兰战争')).toBe('wu-ke-lan-zhan-zheng');
  });

  it('should cut a long slug at a word boundary', () => {
    expect(slugify('Ukraine allowed to strike inside Russia with Western weapons', 30)).toBe('ukraine-allowed-to-strike');
  });
});

describe('uniqueSlugs', () => {
  it('should number repeated slugs in order and use the fallback for a text with no letter', () => {
    expect(uniqueSlugs(['Council meets', 'Council meets!', '—', '…'], 'article')).toEqual(['council-meets', 'council-meets-2', 'article', 'article-2']);
  });
});
