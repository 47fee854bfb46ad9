/**
 * Is a text English? Function words are the most reliable cheap signal: a page in English has about a third
 * of its words among a few dozen of them; other languages have their own. Returns the best guess among a few
 * common news languages (ISO 639-1); for a text in none of them, franc's guess (ISO 639-3, "arb" for Arabic) or
 * "unknown"; null when the text is too short to tell.
 */
import { franc } from 'franc-min';

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'on', 'was', 'with', 'as', 'he', 'be', 'by', 'at', 'are', 'this', 'have', 'from', 'not', 'but', 'they', 'has', 'his', 'said', 'would', 'will'],
  de: ['der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass'],
  fr: ['le', 'de', 'la', 'et', 'les', 'des', 'en', 'un', 'du', 'une', 'que', 'est', 'pour', 'qui', 'dans', 'par', 'au', 'sur', 'pas', 'plus', 'ne', 'il', 'avec', 'se', 'sont'],
  es: ['de', 'la', 'que', 'el', 'en', 'y', 'los', 'del', 'se', 'las', 'por', 'un', 'para', 'con', 'no', 'una', 'su', 'al', 'es', 'lo', 'como', 'más', 'pero', 'sus'],
  it: ['di', 'e', 'il', 'la', 'che', 'in', 'per', 'un', 'del', 'della', 'non', 'una', 'le', 'si', 'con', 'sono', 'alla', 'gli', 'dei', 'nel', 'ha', 'anche'],
  pt: ['de', 'a', 'o', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma', 'os', 'no', 'se', 'na', 'por', 'mais', 'as', 'dos', 'ao', 'foi'],
  nl: ['de', 'van', 'het', 'een', 'en', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'aan', 'er', 'om', 'ook', 'als', 'bij', 'door', 'wordt'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'а', 'к', 'из', 'за', 'о', 'от', 'он', 'для', 'его', 'но', 'так', 'у', 'же'],
  uk: ['і', 'в', 'на', 'що', 'не', 'з', 'та', 'до', 'у', 'за', 'як', 'це', 'від', 'про', 'й', 'для', 'але', 'його', 'він', 'також'],
  pl: ['i', 'w', 'na', 'się', 'z', 'nie', 'do', 'że', 'to', 'jest', 'o', 'jak', 'po', 'a', 'ale', 'od', 'za', 'przez', 'dla', 'już'],
};
/** Function word → the languages whose list has it. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) for (const word of words) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), language]);

/** Words read at most: a few hundred tell the language as well as a whole long article. */
const SAMPLE = 600;

/** The likely language (ISO 639-1) of a text, or null when under 40 words. */
export function guessLanguage(text: string): string | null {
  const words = text.slice(0, SAMPLE * 12).toLowerCase().match(/\p{L}+/gu)?.slice(0, SAMPLE) ?? [];
  if (words.length < 40) return null;
  const hits = new Map<string, number>();
  for (const word of words) for (const language of LANGUAGES_OF.get(word) ?? []) hits.set(language, (hits.get(language) ?? 0) + 1);
  let best: string | null = null;
  let bestHits = 0;
  // The lists' order breaks ties, as it always has.
  for (const language of Object.keys(FUNCTION_WORDS)) {
    const count = hits.get(language) ?? 0;
    if (count > bestHits) { best = language; bestHits = count; }
  }
  if (bestHits / words.length >= 0.1) return best;
  // Under one word in ten from any list: a language none of the lists covers (or another script), for franc.
  const other = franc(words.join(' '), { minLength: 40 });
  // English by franc's model, though short on function words (lists, headlines): English, as the lists say it.
  return other === 'und' ? 'unknown' : other === 'eng' ? 'en' : other;
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language code's English name ("de" → "German", "arb" → "Arabic"), or the code when it has none. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
