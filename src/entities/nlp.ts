/**
 * compromise, loaded from its one-file CommonJS build (the same library in one module instead of some hundred
 * ES modules, which the module loader would read one by one), and only when first called: a rebuild whose
 * names and sentences were all read before never loads it.
 */
import { createRequire } from 'node:module';
import type Nlp from 'compromise';

let library: typeof Nlp | null = null;

/** Read a text with compromise. */
export function nlp(text: string): ReturnType<typeof Nlp> {
  library ??= createRequire(import.meta.url)('compromise') as typeof Nlp;
  return library(text);
}

/** The tag compromise's lexicon gives a lower-case word, or undefined when the word is not in it (only guessed). */
export function lexiconTag(word: string): string | undefined {
  library ??= createRequire(import.meta.url)('compromise') as typeof Nlp;
  const lexicon = (library.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
  return Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
}
