/** Quotations in a paragraph and who said them. */
import { SPEECH_VERBS } from './name-vocabulary.js';
import type { Mention } from './match-mentions.js';

/** A quotation and the entity it is attributed to. */
export interface AttributedQuote {
  entity: string;
  text: string;
}

/** The word after a name ("Blinken said", "Biden’s aide said" → null), if it is a verb of speech. */
export function speechVerbAfter(text: string, end: number): string | null {
  const word = /^\s+(\w+)/.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
  return word && SPEECH_VERBS.has(word) ? word : null;
}

const QUOTE = /["“]([^"“”]{20,}?)[,.!?]?["”]/g;
const PRONOUN = /^\s*,?\s*(?:he|she)\s+(\w+)/i;

/**
 * Attribute the quotations of a paragraph: to a named speaker next to it ("…," Blinken said /
 * Stoltenberg told journalists "…"), or, after "he said", to `lastSpeaker`: the last person named as
 * speaking ("Stoltenberg reaffirmed …") in this or the previous paragraph, if no one else was named since.
 */
export function findQuotes(text: string, mentions: Mention[], isPerson: (id: string) => boolean, lastSpeaker: string | null): AttributedQuote[] {
  const quotes: AttributedQuote[] = [];
  for (const match of text.matchAll(QUOTE)) {
    const start = match.index;
    const end = start + match[0].length;
    const after = text.slice(end, end + 60);
    const people = mentions.filter((mention) => isPerson(mention.entity));
    // "…," Blinken said — the speaker directly after the quote.
    const next = people.find((mention) => mention.start >= end && mention.start - end <= 4);
    const nextVerb = next && SPEECH_VERBS.has(speechVerbAfter(text, next.end) ?? '');
    // Stoltenberg told journalists: "…" — the speaker before it, with a verb of speech between.
    const before = [...people].reverse().find((mention) => mention.end <= start && start - mention.end <= 60);
    const between = before ? text.slice(before.end, start) : '';
    const beforeVerb = before && /^[^.!?"“”]*$/.test(between) && between.split(/\W+/).some((word) => SPEECH_VERBS.has(word));
    let speaker: string | null = null;
    if (next && nextVerb) speaker = next.entity;
    else if (before && beforeVerb) speaker = before.entity;
    else if (PRONOUN.test(after) && SPEECH_VERBS.has(PRONOUN.exec(after)![1].toLowerCase())) {
      speaker = [...people].reverse().find((mention) => mention.end <= start && speechVerbAfter(text, mention.end))?.entity ?? lastSpeaker;
    }
    if (speaker) quotes.push({ entity: speaker, text: match[1].trim() });
  }
  return quotes;
}
