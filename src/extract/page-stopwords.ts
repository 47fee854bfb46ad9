/**
 * The stopword list a page's lines are measured with. Prose is told from furniture by its share of function
 * words (jusText), and function words belong to a language: an article in Arabic, Russian or French has
 * almost none of the English ones, so every line of it would read as furniture. English stays the default
 * (our own list, tuned on English pages); a page whose longer lines hold few English function words gets
 * its language's list, the language told by franc's trigram model.
 */
import { franc } from 'franc-min';
import * as lists from 'stopword';
import { STOPWORDS } from './vocabulary.js';

/** Words sampled: a few thousand tell the language as well as the whole page. */
const SAMPLE_WORDS = 2000;
/** Share of English function words among the longer lines' words under which a page is not English. */
const ENGLISH_SHARE = 0.12;

/** franc names some languages by an individual code where the stopword lists use the macrolanguage's. */
const LIST_CODE: Record<string, string> = { arb: 'ara', cmn: 'zho', pes: 'fas', swh: 'swa', zsm: 'msa', ekk: 'est', lvs: 'lav', nno: 'nob', uzn: 'uzb' };

/** A page's language (ISO 639-3, as franc gives it) and the function words to measure its lines with. */
export interface PageStopwords {
  language: string;
  words: ReadonlySet<string>;
}

const ENGLISH: PageStopwords = { language: 'eng', words: STOPWORDS };
const cached = new Map<string, PageStopwords>();

/** Choose the stopword list for a page from the words of its longer lines (eight words or more). */
export function pageStopwords(lineWords: readonly (readonly string[])[]): PageStopwords {
  const words: string[] = [];
  for (const line of lineWords) {
    if (line.length < 8) continue;
    for (const word of line) words.push(word.toLowerCase());
    if (words.length >= SAMPLE_WORDS) break;
  }
  if (words.length < 20) return ENGLISH;
  const english = words.filter((word) => STOPWORDS.has(word.replace(/[’']s$/, ''))).length / words.length;
  if (english >= ENGLISH_SHARE) return ENGLISH;
  const detected = franc(words.join(' '), { minLength: 20 });
  const code = LIST_CODE[detected] ?? detected;
  const list = (lists as unknown as Record<string, unknown>)[code];
  if (code === 'eng' || !Array.isArray(list)) return ENGLISH;
  let entry = cached.get(code);
  if (!entry) cached.set(code, (entry = { language: code, words: new Set(list.map((word: string) => word.toLowerCase())) }));
  return entry;
}
