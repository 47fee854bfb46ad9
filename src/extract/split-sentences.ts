/** Split prose into sentences, aware of abbreviations ("U.S.", "Gen.", "Jan.") and initials. */

/** A sentence and where it starts in the text. */
export interface Sentence {
  text: string;
  start: number;
}

const ABBREVIATIONS = new Set(
  ['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'st', 'jr', 'sr',
    'inc', 'ltd', 'co', 'corp', 'vs', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'e.g', 'i.e', 'etc', 'approx', 'est', 'dept', 'ft', 'mt'],
);

/** Sentences of a paragraph, in order. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /([.!?…]+)(["”’')\]]*)\s+(?=["“‘'(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[1].length + match[2].length;
    const before = text.slice(start, match.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    // "U.S. Secretary", "Gen. Brown", "J. Smith": a period after an abbreviation or initial ends no sentence.
    if (match[1] === '.' && !match[2] && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(?:\p{L}\.)+\p{L}$/u.test(lastWord))) continue;
    // A bracket opened inside the sentence and closed after a full stop holds a note ("Early this morning (May 31 -
    // ed.) I received …"): the sentence goes on. One that opens the sentence holds a sentence of its own.
    const opened = before.lastIndexOf('(');
    if (match[2].startsWith(')') && opened > 0 && !before.includes(')', opened)) continue;
    sentences.push({ text: text.slice(start, end).trim(), start });
    start = match.index + match[0].length;
  }
  if (start < text.length && text.slice(start).trim()) sentences.push({ text: text.slice(start).trim(), start });
  return sentences;
}
