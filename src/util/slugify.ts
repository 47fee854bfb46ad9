/** Readable URL slugs. */
import { createRequire } from 'node:module';

type Transliterate = (text: string) => string;
let transliterator: Transliterate | null = null;

/** Latin letters for any script's (Cyrillic, Greek, Arabic, Chinese…), loaded when a text first needs it. */
function transliterate(text: string): string {
  transliterator ??= (createRequire(import.meta.url)('transliteration') as { transliterate: Transliterate }).transliterate;
  return transliterator(text);
}

/** The text in lower-case ASCII letters and digits, other characters as they are: accents dropped. */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** A letter or digit that folding leaves outside ASCII (ß, ł, ø, any non-Latin script). */
const UNFOLDED = /(?![a-z0-9])[\p{L}\p{N}]/u;

/**
 * Lower-case ASCII slug of a text, at most `max` characters, cut at a word boundary. Letters without an ASCII
 * form of their own are transliterated ("Straße" → "strasse", "Харків" → "kharkiv"); empty when the text has
 * no letter or digit.
 */
export function slugify(text: string, max = 60): string {
  const folded = fold(text);
  const slug = (UNFOLDED.test(folded) ? fold(transliterate(text)) : folded)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** Give every text a slug unique within the list, in order ("a", "a-2", "a-3"). */
export function uniqueSlugs(texts: string[], fallback: string, max = 60): string[] {
  const used = new Set<string>();
  return texts.map((text) => {
    const base = slugify(text, max) || fallback;
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  });
}
