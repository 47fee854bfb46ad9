/** Article paragraphs → candidate entity names with evidence of their type. */
import { findDateline } from '../extract/find-dateline.js';
import { splitSentences } from '../extract/split-sentences.js';
import type { EntityType } from '../types.js';
import { findNameSequences, NAME_PARTICLES, type NameSequence, type NameToken, spanText } from './find-name-sequences.js';
import {
  ADDRESSED_BEFORE, CALENDAR, GENERATION, isUnitAt, COMMON_INITIALISMS, COUNTRIES, COUNTRY_NAMES, DEMONYMS, EVENT_WORDS, FUNCTION_WORDS, LAW_WORDS,
  ORG_AFTER, ORG_BEFORE, ORG_OF, ORG_WORDS, PERSON_TITLES, PLACE_BEFORE, PLACE_WORDS, ROLE_BEFORE, SPEECH_VERBS, TAKES_PLURAL_S, TEAM_ROLES, THING_MODIFIERS, THING_WORDS,
} from './name-vocabulary.js';

/** One occurrence of a candidate name, with votes for its type. */
export interface Candidate {
  name: string;
  article: string;
  votes: Partial<Record<EntityType, number>>;
  /** The part of `votes` the NLP library gave (see `addLibraryVotes`). */
  library?: Partial<Record<EntityType, number>>;
  /** The occurrence opens a sentence (weak evidence that it is a name at all). */
  sentenceInitial: boolean;
  /**
   * Set when the occurrence has no evidence of its type: the sentence of the name's first such occurrence in
   * the article, for the NLP library to read (see `addLibraryVotes`).
   */
  sentence?: string;
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^[\p{Lu}\p{N}][\p{Lu}\p{N}/&-]*[\p{Lu}\p{N}]$/u;
const CODE = /^\p{Lu}+-?\p{N}+\p{L}*$|^\p{Lu}\p{Ll}?-\p{N}+/u;

/** Is this word a name-like word (not a title, demonym, function or calendar word)? */
function isPlainWord(text: string): boolean {
  const bare = text.replace(/[’']s$/, '');
  return !PERSON_TITLES.has(bare) && !DEMONYMS.has(bare) && !FUNCTION_WORDS.has(bare) && !CALENDAR.has(bare);
}

/** The type a name's type word gives it ("Council", "Strait", "Act", "Summit"), or null for any other word. */
function typeOfWord(text: string): EntityType | null {
  // "Inc.", "Corp.": the abbreviation's period aside.
  const word = text.replace(/\.$/, '');
  if (ORG_WORDS.has(word)) return 'organization';
  if (PLACE_WORDS.has(word)) return 'place';
  if (LAW_WORDS.has(word)) return 'thing';
  if (EVENT_WORDS.has(word) || /-Day$/.test(word)) return 'event';
  return null;
}

/** Split one capitalised run into the names inside it and vote on their types. */
function namesIn(sequence: NameSequence): { tokens: NameToken[]; votes: Candidate['votes']; initial: boolean }[] {
  let tokens = sequence.tokens.map((token) => ({ ...token, text: token.text.replace(/[’']s$/, '') }));
  let initial = sequence.sentenceInitial;
  while (tokens.length && (FUNCTION_WORDS.has(tokens[0].text) || CALENDAR.has(tokens[0].text)) && initial) {
    tokens = tokens.slice(1);
    while (tokens.length && /^\p{Ll}/u.test(tokens[0].text)) tokens = tokens.slice(1);
  }
  // A day or month joined on by a connector ends no name: "President Joe Biden on Friday" names Joe Biden.
  while (tokens.length > 1 && CALENDAR.has(tokens[tokens.length - 1].text) && /^\p{Ll}/u.test(tokens[tokens.length - 2].text)) {
    tokens = tokens.slice(0, -1);
    while (tokens.length && /^\p{Ll}/u.test(tokens[tokens.length - 1].text)) tokens = tokens.slice(0, -1);
  }
  if (tokens.length === 0) return [];
  if (tokens.length < sequence.tokens.length) initial = false;
  // A capital "The" inside a sentence belongs to the name it opens ("in The Hague", "told The Namibian").
  if (!initial && tokens.length > 1 && tokens[0].text === 'The' && isPlainWord(tokens[1].text) && /^\p{Lu}/u.test(tokens[1].text)) {
    const the = tokens[0];
    return namesIn({ ...sequence, tokens: tokens.slice(1), sentenceInitial: false })
      .map((entry) => (entry.tokens[0]?.start === tokens[1].start ? { ...entry, tokens: [the, ...entry.tokens] } : entry));
  }
  // A number after the type word is part of the name, which the word still types ("World War II", "Apollo 11").
  const numbered = tokens.length > 2 && /^(?:[IVX]+|\d+)$/.test(tokens[tokens.length - 1].text);
  const last = tokens[tokens.length - (numbered ? 2 : 1)].text;
  const out: { tokens: NameToken[]; votes: Candidate['votes']; initial: boolean }[] = [];
  // A country named in several words, whatever they are ("Saudi Arabia": not the demonym "Saudi" and a name;
  // "Soviet Union": not a body named by its type word).
  if (COUNTRY_NAMES.has(tokens.map((token) => token.text).join(' '))) {
    out.push({ tokens, votes: { place: 5 }, initial });
    return out;
  }
  // A typed name: it ends with an organisation, place, law or event word ("Russian Security Council").
  const lastType = typeOfWord(last);
  if (lastType) {
    const ofIndex = tokens.findIndex((token) => token.text === 'of');
    let named = tokens;
    // "Deputy Chairman of the Russian Security Council": the office is not part of the body's name.
    if (ofIndex > 0 && tokens.slice(0, ofIndex).every((token) => PERSON_TITLES.has(token.text))) {
      named = tokens.slice(ofIndex + 1);
      while (named.length && /^\p{Ll}/u.test(named[0].text)) named = named.slice(1);
    } else if (ofIndex >= 2 && tokens.slice(0, ofIndex).every((token) => isPlainWord(token.text) && !typeOfWord(token.text) && /^\p{Lu}/u.test(token.text))) {
      // "David Watt of Rosenberg Research": a person of a body, two names.
      out.push({ tokens: tokens.slice(0, ofIndex), votes: { person: 2 }, initial });
      named = tokens.slice(ofIndex + 1);
      while (named.length && /^\p{Ll}/u.test(named[0].text)) named = named.slice(1);
    }
    if (named.length > 1 || !PERSON_TITLES.has(named[0]?.text ?? '')) {
      // The type word alone ("Government", "University") is a common noun, no evidence of a name; "D-Day" is one.
      const alone = named.length === 1 && !/-Day$/.test(last);
      if (named.length > 1 || (named.length === 1 && isPlainWord(named[0].text))) out.push({ tokens: named, votes: alone ? {} : { [lastType]: 3 }, initial });
      return out;
    }
  }
  // A name headed by its type word and a connector, after any other words of its name: "Strait of Hormuz",
  // "Office for Budget Responsibility", "Democratic Republic of the Congo", "Federal Reserve Bank of New York".
  // It ends where a title opens a person's name ("Bank of England Governor Andrew Bailey"), read on its own.
  const connected = (at: number) => typeOfWord(tokens[at].text) && /^\p{Ll}/u.test(tokens[at + 1]?.text ?? '');
  let head = 0;
  const nameWord = (at: number) => /^\p{Lu}/u.test(tokens[at].text) && !PERSON_TITLES.has(tokens[at].text) && !FUNCTION_WORDS.has(tokens[at].text);
  while (head < tokens.length && !connected(head) && nameWord(head)) head++;
  const headType = head < tokens.length && connected(head) ? typeOfWord(tokens[head].text) : null;
  if (headType) {
    // A title with a name after it opens a person's name.
    const person = (at: number) => PERSON_TITLES.has(tokens[at].text)
      && tokens.slice(at + 1).some((token) => !PERSON_TITLES.has(token.text) && !/^\p{Ll}/u.test(token.text));
    let end = head + 1;
    while (end < tokens.length && !person(end)) end++;
    let named = end;
    while (named > head + 1 && /^\p{Ll}/u.test(tokens[named - 1].text)) named--;
    if (named > head + 2) {
      out.push({ tokens: tokens.slice(0, named), votes: { [headType]: 3 }, initial });
      if (end < tokens.length) out.push(...namesIn({ ...sequence, tokens: tokens.slice(end), sentenceInitial: false }));
      return out;
    }
  }
  // Titles and demonyms split the run: "U.S. Secretary of State Antony Blinken" → "U.S." + "Antony Blinken".
  // A particle between two words of the name is part of it ("Rio de Janeiro", "Osama bin Laden").
  const particle = (index: number) => NAME_PARTICLES.has(tokens[index].text) && index > 0 && isPlainWord(tokens[index - 1].text) && /^\p{Lu}/u.test(tokens[index + 1]?.text ?? '');
  // A title word between a name and its generation is the surname ("Martin Luther King Jr.", "Erik Prince III").
  const surname = (index: number) => index > 0 && index === tokens.length - 2 && GENERATION.test(tokens[index + 1].text)
    && isPlainWord(tokens[index - 1].text) && /^\p{Lu}/u.test(tokens[index - 1].text);
  const titleAt = tokens.map((token, index) => ((!isPlainWord(token.text) && !surname(index)) || /^\p{Ll}/u.test(token.text) && !particle(index) ? index : -1)).filter((index) => index >= 0);
  if (titleAt.length === 0) {
    out.push({ tokens, votes: {}, initial });
    return out;
  }
  const firstTitle = titleAt[0];
  const lastTitle = titleAt[titleAt.length - 1];
  const prefix = tokens.slice(0, firstTitle);
  if (prefix.length) out.push({ tokens: prefix, votes: {}, initial });
  let rest = tokens.slice(lastTitle + 1);
  // A generation alone after a title names no one ("… King Jr." at a sentence's start is no person "Jr.").
  if (rest.length === 1 && GENERATION.test(rest[0].text)) return out;
  // "… of the Russian Security Council Dmitry Medvedev": the body's type word closes it, the person follows.
  while (rest.length > 1 && typeOfWord(rest[0].text)) rest = rest.slice(1);
  // "Prime Minister of Canada Justin Trudeau": the country of the office, then the person.
  while (rest.length > 2 && COUNTRIES.has(rest[0].text)) rest = rest.slice(1);
  // The one word after an office's connector is its field, not its holder: "Minister of Information".
  const field = rest.length === 1 && /^\p{Ll}/u.test(tokens[lastTitle].text) && rest[0] === tokens[lastTitle + 1];
  const titled = !field && tokens.slice(firstTitle, lastTitle + 1).some((token) => PERSON_TITLES.has(token.text));
  if (rest.length && rest.length <= 4) out.push({ tokens: rest, votes: titled ? { person: 3 } : {}, initial: false });
  return out;
}

/** A quarter, a half or a fiscal year ("Q1", "H2", "FY2024"): a period, no name. */
const PERIOD_CODE = /^(?:Q[1-4]|H[12]|FY\d{2}(?:\d{2})?)$/;

/** Do the words after a name say what kind of weapon or machine it is ("… hypersonic missiles", "… 2 tanks")? */
function namesKind(rest: string): boolean {
  const following = /^\s+((?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}[\p{Ll}][\p{L}-]*)/u.exec(rest)?.[1].split(/\s+/) ?? [];
  const kind = following.findIndex((word) => THING_WORDS.has(word));
  return kind >= 0 && following.slice(0, kind).every((word) => THING_MODIFIERS.has(word) || /^\d+$/.test(word));
}

/** An age in apposition: ", 61," or " (61)". */
const AGE_AFTER = /^(?:,\s*\d{1,3},|\s*\(\d{1,3}\))/;

/** Candidates of one article, from its body paragraphs. */
export function discoverCandidates(articleId: string, paragraphs: string[]): Candidate[] {
  const candidates: Candidate[] = [];
  // The sentence of a name's first untyped occurrence in the article, for the library (later ones reuse it).
  const firstSentence = new Map<string, string>();
  for (const paragraph of paragraphs) {
    const sentences = splitSentences(paragraph);
    const sentenceAt = (name: string, offset: number): string => {
      let sentence = firstSentence.get(name);
      if (sentence === undefined) {
        sentence = sentences.find((item) => offset >= item.start && offset < item.start + item.text.length)?.text ?? paragraph;
        firstSentence.set(name, sentence);
      }
      return sentence;
    };
    for (const sequence of findNameSequences(paragraph)) {
      for (const found of namesIn(sequence)) {
        // A plural of a code or an acronym is the name ("F-16s", "NGOs").
        const spelled = spanText(paragraph, found.tokens).replace(/[’']s$/, '');
        const name = spelled.endsWith('s') && TAKES_PLURAL_S.test(spelled.slice(0, -1)) ? spelled.slice(0, -1) : spelled;
        if ((!/\p{L}{2}/u.test(name) && !CODE.test(name)) || name.length > 60 || PERIOD_CODE.test(name)) continue;
        // Contractions at a sentence start ("I’ve", "We’re") are not names.
        if (/^\p{L}+[’'](?:ve|re|ll|d|m|t)$/iu.test(name) || /^I\b/u.test(name)) continue;
        if (found.tokens.length === 1 && ((!isPlainWord(name) && !CODE.test(name)) || DEMONYMS.has(name.replace(/s$/, '')) || COMMON_INITIALISMS.has(name))) continue;
        const votes = { ...found.votes };
        const add = (type: EntityType, weight: number) => { votes[type] = (votes[type] ?? 0) + weight; };
        const position = sequence.tokens.findIndex((token) => token.start === found.tokens[0].start);
        const before = position <= 0 ? sequence.before : sequence.tokens[position - 1].text;
        if (found.tokens.length === 1 && isUnitAt(paragraph, found.tokens[0].start, name)) continue;
        const isLast = sequence.tokens[sequence.tokens.length - 1].end === found.tokens[found.tokens.length - 1].end;
        const single = found.tokens.length === 1;
        const after = isLast ? sequence.after : [];
        const lowerBefore = before?.toLowerCase() ?? '';
        if (before && (ROLE_BEFORE.has(lowerBefore) || PERSON_TITLES.has(before))) add('person', 2);
        // An age set after the name ("Sinwar, 61, has led …"): only people have one.
        const rest = paragraph.slice(found.tokens.at(-1)!.end);
        if (AGE_AFTER.test(rest)) add('person', 3);
        // A weapon or machine named before its kind: "Storm Shadow missiles", "Patriot air defense systems".
        if (namesKind(rest)) add('thing', 3);
        // A verb of speech types only full names: places and bodies "say" things too ("Berlin said").
        if (after[0] && SPEECH_VERBS.has(after[0]) && !ACRONYM.test(name) && !single) add('person', 1);
        // "In Kyiv", "to Kyiv"; not an addressee or a source ("explained to TechCrunch", "a statement issued to
        // TechCrunch", "according to Reuters").
        const preceding = paragraph.slice(0, found.tokens[0].start).trim().split(/\s+/).at(-2)?.toLowerCase() ?? '';
        const addressed = lowerBefore === 'to' && (preceding === 'according' || SPEECH_VERBS.has(preceding) || ADDRESSED_BEFORE.has(preceding));
        // Not a body's word on its own ("in Congress"), nor an owner ("in Trump's second term").
        const owner = /[’']s$/.test(spanText(paragraph, found.tokens));
        // Nor a word numbered after it, a label ("at Local 90", "at Gate 5").
        const numbered = single && /^\d/.test(after[0] ?? '');
        const next = isLast ? after[0] : sequence.tokens[position + found.tokens.length]?.text;
        // Nor a name before a role, which the preposition governs ("promoted to Hamas political chief").
        const modifier = next !== undefined && /^\p{Ll}/u.test(next) && (ROLE_BEFORE.has(next) || /^(?:political|military|armed)$/.test(next));
        // A preposition before a capital "The" that opens the name's run: "in The Hague".
        const preposition = before === 'The' && position === 1 ? sequence.before?.toLowerCase() ?? '' : lowerBefore;
        if (before && PLACE_BEFORE.has(preposition) && !addressed && !owner && !numbered && !modifier && !(single && ORG_WORDS.has(name))) add('place', 1);
        if (before === 'of' && /^(?:city|region|town|village|capital|province|oblast)$/i.test(paragraph.slice(0, found.tokens[0].start).trim().split(/\s+/).at(-2) ?? '')) add('place', 3);
        if (after[0] && /^(?:region|city|oblast|province|border|area|front|direction)$/i.test(after[0])) add('place', 2);
        if (COUNTRIES.has(name)) add('place', 5);
        // A compass region standing alone: "the Midwest", "across the Southeast".
        if (single && /^(?:Midwest|(?:North|South)(?:east|west))$/.test(name)) add('place', 3);
        // A body named in apposition or by its people: "militant group Hamas", "OpenAI CEO", "Hamas fighters".
        if (before && /^\p{Ll}/u.test(before) && ORG_BEFORE.has(before)) add('organization', 2);
        if (next && ORG_AFTER.has(next.toLowerCase())) add('organization', 2);
        // A team before a player's or a coach's role and the person's name: "Manchester City midfielder Phil Foden".
        // It outweighs a place's word in the name ("City"), not a country's name.
        if (isLast && after[0] && TEAM_ROLES.has(after[0]) && /^\p{Lu}/u.test(after[1] ?? '')) add('organization', 4);
        if (lowerBefore === 'of' && ORG_OF.has(preceding)) add('organization', 2);
        // The capitals that open a wire lead ("PRAGUE --") are a dateline: a place, not an acronym.
        const dateline = found.tokens[0].start === 0 ? findDateline(paragraph) : null;
        if (dateline && dateline.place.startsWith(name)) { add('place', 2); candidates.push({ name, article: articleId, votes, sentenceInitial: true }); continue; }
        // The wire credit of a dateline ("KATHMANDU, April 25 (Reuters) -", "BEIRUT/THE HAGUE (AFP) —") names a
        // news agency: a name in brackets, then a dash, early in the paragraph.
        if (found.tokens[0].start < 80 && /^\(\s*$/.test(paragraph.slice(found.tokens[0].start - 1, found.tokens[0].start))
          && /^\)\s*[-–—]/.test(paragraph.slice(found.tokens.at(-1)!.end))) add('organization', 3);
        if (ACRONYM.test(name) || CODE.test(name)) {
          const near = [...after.slice(0, 3), ...(before ? [before] : [])].map((word) => word.toLowerCase());
          if (near.some((word) => THING_WORDS.has(word)) || CODE.test(name)) add('thing', 3);
          else add('organization', 1);
        }
        // The library only breaks ties: a name with evidence of its own type here is not read.
        const untyped = Object.keys(votes).length === 0;
        candidates.push({ name, article: articleId, votes, sentenceInitial: found.initial, ...(untyped ? { sentence: sentenceAt(name, found.tokens[0].start) } : {}) });
      }
    }
  }
  return candidates;
}
