/** Candidates from every article → entity drafts: one per real-world entity, with its aliases and type. */
import { lexiconTag, nlp } from './nlp.js';
import type { EntityType } from '../types.js';
import type { Candidate } from './discover-candidates.js';
import { COUNTRIES, KNOWN_ALIASES, KNOWN_PLACE_ALIASES } from './name-vocabulary.js';
import { initials } from '../util/initials.js';

/** An entity before curation and counting. */
export interface EntityDraft {
  name: string;
  type: EntityType;
  aliases: string[];
  /** Surnames shared by several people: resolved article by article (see `localAliases`). */
  ambiguousSurnames: string[];
}

interface Group {
  forms: Map<string, number>;
  articles: Set<string>;
  votes: Partial<Record<EntityType, number>>;
  /** The part of `votes` the NLP library gave. */
  library: Partial<Record<EntityType, number>>;
  canonical: string | null;
  initialOnly: boolean;
}

/** Key under which spellings of one name meet: case, diacritics, periods and doubled letters ignored. */
export function nameKey(name: string): string {
  // A short word in capitals is an acronym, not the word it spells ("ART" is not "Art", "WILL" not "Will").
  if (/^\p{Lu}{2,5}$/u.test(name)) return `acronym:${name}`;
  return name
    .normalize('NFD').replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[.’']/g, '')
    .replace(/[-\s]+/g, ' ')
    // Doubled letters vary in long transliterated names (Zelensky / Zelenskyy), not in short words (God / Good).
    // So do the endings of transliterated first names and surnames (Zelenskiy / Zelensky, Sergei / Sergey).
    .replace(/\p{L}{6,}/gu, (word) => word.replace(/(\p{L})\1+/gu, '$1').replace(/iy$/u, 'y').replace(/ei$/u, 'ey'))
    .trim();
}

/** Parts of speech that a capitalised single word must not have in the dictionary to count as a name. */
const COMMON_TAGS = /\b(?:Adverb|Adjective|Verb|Preposition|Conjunction|Condition|Determiner|Pronoun|Value|Expression|Modal|Actor|QuestionWord|Demonym|FirstName)\b/;
/** Lexicon tags of common nouns. */
const COMMON_NOUN_TAGS = /^(?:Noun|Singular|Plural|Uncountable|Actor)$/;
/** Month abbreviations, which open date lines ("Oct 3"). */
const MONTH_ABBREVIATIONS = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/** What grouping asks compromise's dictionary; the caller may memoise it (loading compromise costs more than a cache read). */
export interface Dictionary {
  /** Is a single word a common English word (an adverb, adjective, verb…)? */
  isCommonWord(word: string): boolean;
  /** Does the dictionary read a name as a person's (a known first name)? */
  isPersonName(name: string): boolean;
  /** Is a single word a first name (and no surname) in the dictionary ("John", not "Harris")? */
  isFirstName(word: string): boolean;
  /** Is a single word a common noun in the dictionary's lexicon ("residents", "officials"; not a word it only guesses is a noun)? */
  isCommonNoun(word: string): boolean;
}

/** The dictionary itself, unmemoised. */
export const dictionary: Dictionary = {
  isCommonWord,
  isPersonName: (name) => nlp(name).people().found,
  isFirstName: (word) => {
    const tags = (nlp(word.toLowerCase()).json() as { terms: { tags: string[] }[] }[])[0]?.terms?.[0]?.tags ?? [];
    return tags.includes('FirstName') && !tags.includes('LastName');
  },
  // Known to the lexicon as a common noun, not guessed: compromise reads any unknown word as a noun.
  isCommonNoun: (word) => COMMON_NOUN_TAGS.test(lexiconTag(word.toLowerCase()) ?? ''),
};

/** Is a single word a common English word (an adverb, adjective, verb…), going by compromise's lexicon? */
function isCommonWord(word: string): boolean {
  const terms = (nlp(word.toLowerCase()).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? [];
  if (terms.length !== 1 || MONTH_ABBREVIATIONS.test(word)) return terms.length === 1;
  const tags = terms[0].tags.join(' ');
  // A first name alone names no one in particular across articles; other proper nouns are kept.
  return COMMON_TAGS.test(tags) && (!tags.includes('ProperNoun') || tags.includes('FirstName') || tags.includes('Demonym'));
}

/** The strongest type vote of a group, or 0. */
const strongest = (group: Group) => Math.max(0, ...Object.values(group.votes));

/** Whether a name was written after a person's title in the text ("President Xi", "Sir Keir"): votes of five or more. */
const titledAlone = (group: Group) => (group.votes.person ?? 0) - (group.library.person ?? 0) >= 5;
/** The strongest type vote of a group's own evidence in the text, the library's votes aside, or 0. */
const strongestInText = (group: Group) => Math.max(0, ...(Object.entries(group.votes) as [EntityType, number][]).map(([type, weight]) => weight - (group.library[type] ?? 0)));

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^[\p{Lu}][\p{Lu}\p{N}/&.-]*[\p{Lu}\p{N}]$/u;

function merge(into: Group, from: Group): void {
  for (const [form, count] of from.forms) into.forms.set(form, (into.forms.get(form) ?? 0) + count);
  for (const article of from.articles) into.articles.add(article);
  for (const [type, weight] of Object.entries(from.votes) as [EntityType, number][]) into.votes[type] = (into.votes[type] ?? 0) + weight;
  for (const [type, weight] of Object.entries(from.library) as [EntityType, number][]) into.library[type] = (into.library[type] ?? 0) + weight;
  into.canonical ??= from.canonical;
  into.initialOnly &&= from.initialOnly;
}

function typeOf(group: Group, name: string, words: Dictionary): EntityType {
  const ranked = (Object.entries(group.votes) as [EntityType, number][]).sort((a, b) => b[1] - a[1]);
  if (ranked.length && ranked[0][1] > 0) return ranked[0][0];
  // No evidence in the text: a name the dictionary reads as a person's (a known first name) is one, whichever of
  // the group's spellings is the commonest ("Swift" six times, "Taylor Swift" twice).
  const full = name.includes(' ') ? name : [...group.forms.keys()].find((form) => form.includes(' ') && form.split(' ').at(-1) === name);
  return full !== undefined && words.isPersonName(full) ? 'person' : 'organization';
}

/**
 * Group candidates into entity drafts. `lowerWords` holds the words that occur in lower case anywhere
 * in the archive: a capitalised word seen only at sentence starts, that also occurs in lower case, is a
 * common word, not a name.
 */
export function groupCandidates(candidates: Candidate[], lowerWords: Set<string>, words: Dictionary = dictionary): EntityDraft[] {
  const groups = new Map<string, Group>();
  // Whether the archive writes a one-word name in lower case too: as spelt, since a key folds doubled letters
  // ("Missiles" has the key "misiles").
  const writtenLower = (key: string, group: Group) => lowerWords.has(key) || [...group.forms.keys()].some((form) => lowerWords.has(form.toLowerCase()));
  for (const candidate of candidates) {
    const key = nameKey(candidate.name);
    if (!key) continue;
    const group: Group = groups.get(key) ?? { forms: new Map(), articles: new Set(), votes: {}, library: {}, canonical: null, initialOnly: true };
    group.forms.set(candidate.name, (group.forms.get(candidate.name) ?? 0) + 1);
    group.articles.add(candidate.article);
    for (const [type, weight] of Object.entries(candidate.votes) as [EntityType, number][]) group.votes[type] = (group.votes[type] ?? 0) + weight;
    for (const [type, weight] of Object.entries(candidate.library ?? {}) as [EntityType, number][]) group.library[type] = (group.library[type] ?? 0) + weight;
    group.initialOnly &&= candidate.sentenceInitial;
    groups.set(key, group);
  }
  // A word seen only opening sentences is a common word there when the archive writes it in lower case too,
  // or when nothing in the text makes it a name and the dictionary knows it as a common noun ("Residents said").
  for (const [key, group] of groups) {
    if (!group.initialOnly || key.includes(' ')) continue;
    const form = [...group.forms.keys()][0];
    if (writtenLower(key, group) || (strongestInText(group) === 0 && !ACRONYM.test(form) && words.isCommonNoun(form))) groups.delete(key);
  }
  // Well-known alternative names of countries and bodies.
  // A place's older spellings join it only as the archive writes them (no page lists "Peking" that no article uses).
  const known = [
    ...KNOWN_ALIASES.map((row) => ({ row, type: COUNTRIES.has(row[0]) || /Kingdom|States|Republic/.test(row[0]) ? 'place' as const : 'organization' as const, listed: true })),
    ...KNOWN_PLACE_ALIASES.map((row) => ({ row, type: 'place' as const, listed: false })),
  ];
  for (const { row, type, listed } of known) {
    const keys = [...new Set(row.map(nameKey))].filter((key) => groups.has(key));
    if (!keys.length) continue;
    const target = groups.get(keys[0])!;
    for (const key of keys.slice(1)) { merge(target, groups.get(key)!); groups.delete(key); }
    target.canonical = row[0];
    for (const alias of listed ? row : []) if (!target.forms.has(alias)) target.forms.set(alias, 0);
    target.votes = { [type]: 99 };
    groups.delete(keys[0]);
    groups.set(nameKey(row[0]), target);
  }
  // An acronym some outlets write as a word ("Nato", "Unesco"): the same, when the archive never writes it in
  // lower case ("Will" and "WILL" stay apart: "will" is a word).
  for (const [key, group] of groups) {
    if (key.includes(' ') || key.startsWith('acronym:') || !/^\p{L}{3,6}$/u.test(key) || writtenLower(key, group)) continue;
    const acronym = groups.get(`acronym:${key.toUpperCase()}`);
    if (!acronym || [...group.forms.keys()].some((form) => !/^\p{Lu}\p{Ll}+$/u.test(form))) continue;
    merge(acronym, group);
    groups.delete(key);
  }
  // A name of two or three words with no evidence of its type, whose last word stands alone in the same article, is
  // a person's: news names a person in full, then by surname ("Adriane Burnett … Burnett said"); a body or a place
  // is not shortened to its last word. Not when the last word is a common word ("Gaza Strip" … "the Strip") or has
  // evidence of another type ("… in Myanmar"); nor when the name opens with a place ("Cleveland Rams" … "the Rams
  // won"), an acronym ("REI Kindercone") or a common word ("Among Zephyr"), as people's names do not.
  for (const [key, group] of groups) {
    const parts = key.split(' ');
    const surname = parts.at(-1)!;
    const alone = groups.get(surname);
    if (parts.length < 2 || parts.length > 3 || strongest(group) > 0 || !alone || writtenLower(surname, alone)) continue;
    if (strongestInText(alone) > 0 && typeOf(alone, surname, words) !== 'person') continue;
    const form = [...group.forms.keys()][0];
    const tokens = form.split(/\s+/);
    const opening = groups.get(nameKey(tokens.slice(0, -1).join(' ')));
    if (tokens.some((token) => ACRONYM.test(token)) || words.isCommonWord(tokens[0]) || COUNTRIES.has(tokens[0])) continue;
    if (opening && opening !== group && typeOf(opening, tokens[0], words) === 'place' && strongestInText(opening) > 0) continue;
    if ([...alone.articles].some((article) => group.articles.has(article))) group.votes.person = (group.votes.person ?? 0) + 2;
  }
  // An acronym and the name it abbreviates ("RFE/RL" and "Radio Liberty": RL). People's initials are no
  // acronym here ("AC" is not Alastair Campbell).
  // The names an acronym may stand for, by their initials: names of two words or more, of no person.
  const byInitials = new Map<string, [string, Group][]>();
  for (const [key, group] of groups) {
    if (!key.includes(' ')) continue;
    const letters = initials([...group.forms.keys()][0]);
    if (letters.length < 2 || typeOf(group, [...group.forms.keys()][0], words) === 'person') continue;
    byInitials.set(letters, [...(byInitials.get(letters) ?? []), [key, group]]);
  }
  const standingFor = (letters: string) => (byInitials.get(letters) ?? []).filter(([key]) => groups.has(key));
  for (const [key, group] of groups) {
    const form = [...group.forms.keys()][0];
    if (!ACRONYM.test(form) || !groups.has(key)) continue;
    const whole = form.replace(/[.]/g, '');
    // Initials are ambiguous: they join the one name used in the same article (where the acronym is spelled
    // out); when several are ("MP" beside "Members of Parliament" and "Merseyside Police"), none.
    const spelled = standingFor(whole).filter(([, other]) => other !== group && [...other.articles].some((article) => group.articles.has(article)));
    if (spelled.length === 1) {
      merge(group, spelled[0][1]);
      groups.delete(spelled[0][0]);
    }
    // A part of a compound acronym ("RFE/RL" names Radio Free Europe and Radio Liberty) joins the one name
    // whose initials make it, wherever it is used; a part that several names abbreviate ("AC/DC") joins none.
    for (const part of whole.split(/[/&]/).filter((piece) => piece !== whole)) {
      const matches = standingFor(part).filter(([, other]) => other !== group);
      if (matches.length !== 1) continue;
      merge(group, matches[0][1]);
      groups.delete(matches[0][0]);
    }
  }
  // A surname alone joins the one person of that surname; shared surnames stay ambiguous.
  const people = [...groups.entries()].filter(([key, group]) => key.includes(' ') && typeOf(group, [...group.forms.keys()][0], words) === 'person');
  const ambiguous = new Map<string, string[]>();
  // A name several people may bear: each owner names it only where an article names them in full.
  const shareName = (owner: Group, bearer: Group) => {
    const ownerName = [...owner.forms.keys()][0];
    ambiguous.set(ownerName, [...(ambiguous.get(ownerName) ?? []), [...bearer.forms.keys()][0]]);
  };
  // Words that open people's full names in the archive: given names there ("James Blair", "James Hoffa").
  const givenNames = new Set(people.map(([personKey]) => personKey.split(' ')[0]));
  for (const [key, group] of [...groups.entries()]) {
    if (key.includes(' ')) continue;
    // A word with its own evidence of being a place or a body is not a surname ("Florida", "Lesotho").
    if (typeOf(group, key, words) !== 'person' && strongest(group) >= 3) continue;
    // A word the archive also writes in lower case, or that opens other people's names, names a person only in
    // the articles that name them in full, as a shared surname does ("Space" of articles on spaceports is no "Hart
    // Space" of an article on a stabbing; a source called "James" is no "Rick James" of another article; "Putin"
    // joins Vladimir Putin anywhere).
    const local = writtenLower(key, group) || givenNames.has(key);
    const owners = people.filter(([personKey, owner]) => personKey.split(' ').at(-1) === key
      && (!local || [...owner.articles].some((article) => group.articles.has(article))));
    if (owners.length === 1 && !local) {
      merge(owners[0][1], group);
      groups.delete(key);
    } else if (owners.length) {
      for (const [, owner] of owners) shareName(owner, group);
      groups.delete(key);
    } else if (titledAlone(group) && !writtenLower(key, group)) {
      const opened = people.filter(([personKey]) => personKey.split(' ')[0] === key);
      if (!words.isFirstName([...group.forms.keys()][0])) {
        // A titled word that opens one person's full name, and no one's first name in the dictionary, is that
        // person's name before the given one ("President Xi" is Xi Jinping).
        if (opened.length === 1) {
          merge(opened[0][1], group);
          groups.delete(key);
        }
      } else if (opened.length) {
        // A titled first name ("Sir Keir", "Dame Judi") names the person of that first name where an article
        // names them in full, as a shared surname does: "Sir John" of one article is no John Smith of another.
        for (const [, owner] of opened) shareName(owner, group);
        groups.delete(key);
      }
    }
  }
  // A single capitalised word that the archive also writes in lower case, or that the dictionary knows as an
  // adverb, adjective, verb and the like, is a common word ("Government", "Finally", "Black"), unless strong
  // evidence in the text types it (a country, "the Council of Europe"): the library's readings, which add up
  // over every occurrence of a word, do not count here. A first name alone, as a person's, names no one in
  // particular across articles ("John said"), whatever the evidence; as a place it may ("Chad").
  for (const [key, group] of groups) {
    // The word itself, without a "The" that some spellings open with ("The Namibian" is read as "Namibian").
    const form = [...group.forms.keys()].find((spelling) => !ACRONYM.test(spelling))?.replace(/^The\s+/, '');
    if (key.includes(' ') || key.startsWith('acronym:') || !form) continue;
    const loneFirstName = typeOf(group, form, words) === 'person' && words.isFirstName(form);
    if (strongestInText(group) >= 3 && !loneFirstName) continue;
    if (loneFirstName || writtenLower(key, group) || words.isCommonWord(form)) groups.delete(key);
  }
  // A body named by its members, one member and many ("a moderate Democrat", "the Democrats"): one body, named by
  // the many (after common words are gone: "Forensic police" is no member of "Forensics for Justice").
  for (const [key, group] of [...groups]) {
    const plural = groups.get(`${key}s`);
    if (key.includes(' ') || !plural || plural === group) continue;
    const [single, many] = [[...group.forms.keys()][0], [...plural.forms.keys()][0]];
    // The many typed as a body; the one, named in passing, typed as anything but a person.
    if (typeOf(plural, many, words) !== 'organization' || typeOf(group, single, words) === 'person') continue;
    // The body keeps its own type: the one's votes ("a moderate Democrat" read as a place) do not count.
    const [votes, library] = [{ ...plural.votes }, { ...plural.library }];
    merge(plural, group);
    Object.assign(plural, { votes, library });
    groups.delete(key);
  }
  return [...groups.values()].map((group) => {
    const forms = [...group.forms.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]));
    const provisional = forms[0][0];
    const type = typeOf(group, provisional, words);
    const name = group.canonical
      ?? (type === 'person' ? [...forms].sort((a, b) => b[0].split(/\s+/).length - a[0].split(/\s+/).length || b[1] - a[1])[0][0] : provisional);
    return {
      name,
      type,
      aliases: [...new Set(forms.map(([form]) => form))].filter((form) => form !== name).sort(),
      ambiguousSurnames: ambiguous.get(forms[0][0]) ?? [...ambiguous.entries()].filter(([owner]) => group.forms.has(owner)).flatMap(([, surnames]) => surnames),
    };
  });
}
