/** Prose → runs of capitalised words (candidate names), with the words around each run. */

/** One capitalised token. */
export interface NameToken {
  text: string;
  start: number;
  end: number;
}

/** A run of capitalised tokens (connectors like "of the" allowed inside), with its context. */
export interface NameSequence {
  tokens: NameToken[];
  /** The run starts a sentence or a quotation, where any word is capitalised. */
  sentenceInitial: boolean;
  /** The word before the run, as written (null at the start). */
  before: string | null;
  /** Up to four words after the run. */
  after: string[];
}

const TOKEN = /[\p{L}\p{N}]+(?:[.'’/&-][\p{L}\p{N}]+)*\.?/gu;
/** Particles inside personal and place names, in lower case: "Rio de Janeiro", "Dar es Salaam", "Osama bin Laden". */
export const NAME_PARTICLES = new Set(['de', 'du', 'da', 'del', 'di', 'dos', 'das', 'es', 'van', 'von', 'der', 'den', 'ter', 'al', 'bin', 'ibn', 'la', 'le']);
/** Lower-case words that join capitalised ones into one run: English connectors ("Secretary of State") and particles. */
const CONNECTORS = new Set(['of', 'the', 'for', 'on', ...NAME_PARTICLES]);
/** Possessives of common nouns that names are made with ("People's Liberation Army", "Women's Hospital"). */
const COMMON_POSSESSORS = /^(?:People|Children|Women|Men|Workers|Veterans|Farmers|Citizens|Mothers|Soldiers)[’']s$/;
/** Abbreviations whose final period belongs to the word. */
const KEEP_PERIOD = /^(?:(?:\p{L}\.)+|(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd)\.)$/u;

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}]/u.test(word) || /^\p{N}+\p{Lu}/u.test(word);
}

/** Find the capitalised runs of one paragraph. */
export function findNameSequences(text: string): NameSequence[] {
  const words: (NameToken & { gapBefore: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    if (word.endsWith('.') && !KEEP_PERIOD.test(word)) word = word.slice(0, -1);
    // "NATO-member", "U.S.-supplied": the name is the part before a hyphen and a lower-case word.
    const compound = /^(.+?)-\p{Ll}/u.exec(word) ?? /^(\p{Lu}\p{Ll}{2,})-\p{Lu}\p{Ll}{2,}$/u.exec(word);
    const cut = compound && isCapitalised(compound[1]) && !/^(?:Secretary|Vice|Deputy|Attorney|Major|Lieutenant|Commander|Editor|Director)$/.test(compound[1]) ? compound[1] : word;
    words.push({ text: cut, start: match.index, end: match.index + cut.length, gapBefore: text.slice(last, match.index) });
    last = match.index + word.length;
    if (cut !== word) words.push({ text: word.slice(cut.length + 1), start: match.index + cut.length + 1, end: match.index + word.length, gapBefore: '-' });
  }
  const sequences: NameSequence[] = [];
  let index = 0;
  while (index < words.length) {
    const word = words[index];
    if (!isCapitalised(word.text) || word.gapBefore === '-') { index++; continue; }
    const tokens = [word];
    let next = index + 1;
    while (next < words.length) {
      const gap = words[next].gapBefore;
      if (!/^ ?$/.test(gap)) break;
      // A possessive ends a name: "Russia's RIA Novosti" is two; not a common noun's inside a name ("Donetsk
      // People's Republic", "Children's Hospital").
      if (/[’']s$/.test(tokens[tokens.length - 1].text) && !COMMON_POSSESSORS.test(tokens[tokens.length - 1].text)) break;
      if (isCapitalised(words[next].text)) { tokens.push(words[next]); next++; continue; }
      // Connectors join two capitalised words: "Secretary of State", "Joint Chiefs of Staff".
      let look = next;
      while (look < words.length && CONNECTORS.has(words[look].text) && /^ ?$/.test(words[look].gapBefore)) look++;
      if (look > next && look < words.length && isCapitalised(words[look].text) && /^ ?$/.test(words[look].gapBefore)) {
        tokens.push(...words.slice(next, look + 1));
        next = look + 1;
        continue;
      }
      break;
    }
    const previous = words[index - 1];
    const gap = word.gapBefore;
    const sentenceInitial = index === 0 || /[.!?:]["”’')]*\s*$|["“‘(]\s*$|[—–]\s*$/.test(gap) || (previous !== undefined && /[.!?]$/.test(previous.text) && !KEEP_PERIOD.test(previous.text));
    sequences.push({
      tokens: trimConnectors(tokens),
      sentenceInitial,
      before: previous && /^\s*$/.test(gap) ? previous.text : previous && /^,?\s*$/.test(gap) ? previous.text : null,
      after: words.slice(next, next + 4).map((entry) => entry.text),
    });
    index = next;
  }
  return sequences;
}

function trimConnectors(tokens: NameToken[]): NameToken[] {
  let end = tokens.length;
  while (end > 1 && CONNECTORS.has(tokens[end - 1].text)) end--;
  return tokens.slice(0, end);
}

/** The text a run of tokens covers in the original string. */
export function spanText(text: string, tokens: NameToken[]): string {
  return text.slice(tokens[0].start, tokens[tokens.length - 1].end);
}
