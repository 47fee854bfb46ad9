/** Sentence → date expressions, each resolved to a date at its precision (or left unresolved, with why). */
// English alone: the package's main entry loads every language's parsers (four times the start-up time).
import * as en from 'chrono-node/en';
import { MONTHS } from '../extract/vocabulary.js';
import { addDays, formatDate, isoDay, mondayOf, nearestYear, partsOf, shiftMonth, weekdayOf } from './calendar.js';

/** Precision of a resolved date. */
export type Precision = 'year' | 'month' | 'week' | 'day';

/** A date expression found in a sentence. */
export interface DateExpression {
  phrase: string;
  start: number;
  end: number;
  /** null when it cannot be resolved (see `resolution`). */
  date: string | null;
  precision: Precision;
  qualifier: 'early' | 'mid' | 'late' | null;
  resolution: string;
  /** Absolute day dates can anchor later relative phrases ("two days later"). */
  absolute: boolean;
  /**
   * Whether the sentence tells of something at that date: not when the date is only where a state or a count
   * begins ("for the first time since 2019", "has led the group since 2017", "emissions have grown since 2015").
   */
  event: boolean;
}

/** "Since" before a date: what the sentence tells lasts from then, or is measured from then. */
const SINCE_BEFORE = /\b(?:ever\s+)?since\s+(?:the\s+)?$/i;
/** What tells of the date itself after it: "since 2 March, when Israel imposed …", "since 2015, the year the …". */
const TOLD_AFTER = /^\s*,\s*(?:when|the (?:year|day|month|week|date))\b/i;

/** What a sentence's dates are resolved against. */
export interface DateContext {
  /** Publication day of the article, or null. */
  published: string | null;
  /** The last absolute day named before this sentence in the same passage, or null. */
  anchor: string | null;
  /**
   * For an article with no published date: a day among the archive's dated articles on the same story (see
   * `storyDay`), or null. A day or month named without a year takes the year that puts it nearest that day.
   */
  story?: string | null;
}

/** How a yearless date of an undated article was given its year. */
const STORY_NOTE = ', in the year of the archive\'s dated articles (this one has no published date)';

const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const MONTH_WORD = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
const MONTH_WORD_OR_ABBREVIATION = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const ANCHORED = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (day|week|hour|minute|second)s? (later|before|earlier)|the (next|following) (day|week)|the day (before|after)|(?:on )?(?:that|the) same day)\b/gi;
/** A month (and day) of a year named relative to publication: "in April last year", "the end of June last year". */
const MONTH_OF_RELATIVE_YEAR = new RegExp(String.raw`\b(?:(early|mid-|mid|late|the (?:start|beginning|middle|end) of) ?)?(?:(\d{1,2})(?:st|nd|rd|th)? )?${MONTH_WORD_OR_ABBREVIATION}(?: (\d{1,2})(?:st|nd|rd|th)?)?,? (?:of )?(last|this|next) year\b`, 'gi');
const QUALIFIED_RELATIVE_MONTH = /\b(early|mid|late)[- ](next|this|last) month\b/gi;
const QUALIFIED_MONTH = new RegExp(String.raw`\b(early|mid-|mid|late|the (?:start|beginning|middle|end) of) ?${MONTH_WORD}(?:,? ((?:19|20)\d{2}))?\b`, 'gi');
const RELATIVE_WEEK = /\b(?:(?:earlier|later) )?(this|last|next) week\b/gi;
const BARE_YEAR = /\b(?:in|since|of|by|until|from|through|during) ((?:19|20)\d{2})\b(?![-–/]\d)/gi;

const QUALIFIERS: Record<string, DateExpression['qualifier']> = { early: 'early', 'the start of': 'early', 'the beginning of': 'early', mid: 'mid', 'mid-': 'mid', 'the middle of': 'mid', late: 'late', 'the end of': 'late' };

function relativeTo(published: string): string {
  return `relative to publication on ${formatDate(published, 'day')}`;
}

/** Nouns after a month and day that make it the name of an event that happened: "the Oct. 7 attacks". */
const PAST_EVENT = /^\s*(?:terror(?:ist)?\s+)?(?:attacks?|attackers|massacres?|terrorists?|raids?|riots?|insurrection|invasion|bombings?|shootings?|killings?|assault|atrocit(?:y|ies)|uprising|coup|hostages?|earthquake|tsunami)\b/i;
/** Nouns after a month and day that make it the date of something scheduled: "the Nov. 5 election". */
const SCHEDULED_EVENT = /^\s*(?:presidential\s+|general\s+|midterm\s+|local\s+)?(?:elections?|votes?|ballot|referendum|primary|primaries|caucus(?:es)?|runoff|deadline|summit|hearings?|trial|sentencing|launch|debate|inauguration|ceremony|conference|talks|premiere|release|opening|final|kickoff|kick-off)\b/i;
/** How many months ahead of publication a scheduled event's date is read as still to come. */
const SCHEDULED_WITHIN = 6;

/** A word that makes a weekday after it a named day: "Easter Sunday", "Good Friday", "Super Tuesday". */
const NAMED_DAY_BEFORE = /\b(?:Easter|Palm|Good|Holy|Maundy|Ash|Shrove|Black|Cyber|Super|Bloody|Giving)\s+$/;
/** Words before a date that put it ahead: "will", "if", "is set to", "the upcoming". */
const FUTURE_BEFORE = /\b(?:will|shall|going to|(?:is|are|am|be|been|being)\s+(?:set|due|poised|expected|scheduled|slated|planned)\s+to|(?:plans?|planning|hopes?|aims?) to|upcoming|if|ahead of)\b|\w['’](?:ll|s\s+(?:set|due|poised|expected|scheduled|slated)\s+to)\b/i;

/**
 * Does the sentence put a weekday ahead: a future in its clause before it ("the team will meet on Friday"), or
 * "will" right after it ("On Tuesday, it will call …"), unless a verb of saying holds the day ("said on Monday
 * they will …")?
 */
function weekdayAhead(sentence: string, start: number, end: number): boolean {
  // The clause's last six words before the day.
  const before = sentence.slice(0, start).split(/[;:,]/).at(-1)!.split(/\s+/).slice(-7).join(' ');
  // "Said on Monday", "since Wednesday", "that Saturday evening": the day is past.
  if (/\b(?:said|says|told|announced|wrote|added|since|that)\s+(?:on\s+)?$/i.test(before)) return false;
  return FUTURE_BEFORE.test(before.split(/\b(?:said|says|told|announced)\b/i).at(-1)!) || /^[^.;:]{0,40}?(?:\bwill\b|\w['’]ll\b)/i.test(sentence.slice(end));
}

/**
 * Year for a month(-day) without one: the publication year, unless that falls after publication, when it
 * is the year before. A report's near future (within two months: "he will attend in early June") stays, and
 * any month of the coming year the sentence puts ahead ("if she becomes president in November").
 */
function yearFor(month: number, day: number | null, published: string, ahead = false): number {
  const pub = partsOf(published);
  const monthsAhead = month - pub.month;
  const after = monthsAhead > 0 || (monthsAhead === 0 && day !== null && day > pub.day);
  return after && monthsAhead > 2 && !ahead ? pub.year - 1 : pub.year;
}

/**
 * The words chrono's English parsers are made of, as of chrono-node 2.10: its weekdays, months, numbers, ordinals
 * and time units, its casual words, and "weekend" and "weekday" (a test checks the list against the installed
 * chrono). Each parser but those that start with a digit needs one of them as a word of its own.
 */
const CHRONO_WORDS = new Set(`apr april aug august day days dec december eight eighteenth eighth eleven eleventh feb february
  fifteenth fifth first five four fourteenth fourth fri friday hour hours hr hrs jan january jul july jun june mar march may min
  mins minute minutes mo mon monday month months mos nine nineteenth ninth nov november oct october one qtr quarter quarters sat
  saturday sec second seconds sep sept september seven seventeenth seventh six sixteenth sixth sun sunday ten tenth third
  thirteenth thirtieth thirty three thu thur thurs thursday tue tuesday twelfth twelve twentieth twenty two wed wednesday week
  weeks year years yr now today tonight tomorrow overmorrow tmr tmrw yesterday night morning afternoon evening midnight midday
  noon weekend weekday`.split(/\s+/));
/** The words of chrono's relative phrases, with those above: "last", "later", "ago". */
const RELATIVE_WORDS = new Set([...CHRONO_WORDS, 'last', 'next', 'this', 'past', 'later', 'ago', 'after', 'before', 'earlier', 'tues', 'yrs', 'secs', 'nights']);
/**
 * Does the phrase hold a word that is one of chrono's glued to a letter ("lasts" read as "last s", "300 Slater"
 * as "300 s later")? Chrono's patterns allow a unit without a space; such a phrase is another word.
 */
function gluedWord(phrase: string): boolean {
  return (phrase.toLowerCase().match(/[a-z]+/g) ?? []).some((run) => !RELATIVE_WORDS.has(run) && (RELATIVE_WORDS.has(run.slice(0, -1)) || RELATIVE_WORDS.has(run.slice(1))));
}
/**
 * Before a weekday: "a", "every" or "any" make it any such day ("book on a Tuesday, Wednesday or Sunday"), and
 * "that" one the story tells of, not counted from publication ("I will never forget that Saturday evening").
 */
const ANY_WEEKDAY_BEFORE = /\b(?:an?|every|any|each|that)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:(?:or|and)\s+)?)*$/i;
/** A verb in the past in the clause before a phrase ("She lost 130 pounds …"). */
const PAST_IN_CLAUSE = /\b(?:\p{L}{3,}ed|was|were|began|came|took|went|met|fell|broke|saw|won|lost|left|became|struck|held|made|grew|rose|spent|built|gave|got|had|did)\b[^.;:]*$/iu;
/** A clause in the past right after a phrase set off before it: ", the bill was …", ", prices rose …". */
const PAST_AFTER = /^\s*,\s*(?:[\p{L}'’-]+\s+){0,4}?(?:was|were|had|did|\p{Ll}{2,}ed)\b/u;
/** A verb in the past right before "on" or "in" and a date: "showed on Oct. 7", "was killed on Oct. 7". */
const PAST_VERB_BEFORE = /(?<!\b(?:is|are|be|been|being|will|would|to)\s+)\b(?:\p{L}{2,}ed|was|were|began|came|took|went|met|fell|broke|saw|won|lost|left|became|struck|held|made|told|said|shown)\s+(?:\p{L}+ly\s+)?(?:on|in)\s+$/iu;

/** A count in figures or words: "17", "a", "two", "fifteen", "thirty". */
const COUNT = String.raw`(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)`;

/** What "today's" owns when it names a day's event: "today's vote", "today's emergency meeting". */
const TODAYS_EVENT = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:vote|votes|meeting|meetings|match|game|race|announcement|decision|hearing|election|ruling|statement|speech|session|debate|briefing|attack|attacks|strike|strikes|summit|talks|deadline|launch|event|protest|protests|march|rally|final|verdict|sentencing|trial|budget|report|press conference|conference)\b/iu;

/** A duration: "for 25 years", "for about 25 minutes", "after one day". */
const FOR_DURATION = new RegExp(String.raw`^(?:for|after)\s+(?:(?:about|around|nearly|almost|roughly|some|over|more than|less than|up to|at least|just)\s+)?${COUNT}\s+(?:years?|months?|weeks?|days?|hours?|minutes?|nights?)$`, 'i');
/** "In" and a count of days or longer ("in two years"), and of less than a day ("in 17 minutes"). */
const IN_SPAN = new RegExp(String.raw`^in\s+${COUNT}\s+(?:years?|months?|weeks?|days?|decades?)$`, 'i');
const IN_SPAN_OF_A_DAY = new RegExp(String.raw`^in\s+${COUNT}\s+(?:hours?|minutes?|seconds?)$`, 'i');

/** Time units of one letter ("3 d", "a w ago"): a unit after a number and a space, never glued to a word. */
const ONE_LETTER_UNIT = /(?<=\s)[smhdwy](?![A-Za-z0-9_])/i;
/** A unit or day glued to the word before it, which chrono's patterns allow ("Lastminute" is "last minute"). */
const GLUED = new RegExp(`(?<![A-Za-z0-9_])(?:this|last|past|next|after|an?|the|few|several|half|couple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:${
  'sec|min|mins|hr|hrs|mo|mon|mos|qtr|yr|second|minute|hour|day|week|month|quarter|year|night|weekend|weekday|sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|tue|wed|thu|thur|thurs|fri|sat'})`, 'i');

/**
 * Could chrono find a date in the sentence? Not without a digit or one of its words (as its parsers see words:
 * runs of ASCII letters). Most sentences have neither, and chrono's thirty-odd patterns cost a quarter of an
 * article's extraction.
 */
export function mayHoldChronoDate(sentence: string): boolean {
  if (/\d/.test(sentence) || ONE_LETTER_UNIT.test(sentence) || GLUED.test(sentence)) return true;
  for (const word of sentence.toLowerCase().match(/[a-z]+/g) ?? []) if (CHRONO_WORDS.has(word)) return true;
  return false;
}

/** Find and resolve the date expressions of one sentence. */
export function findDateExpressions(sentence: string, context: DateContext): DateExpression[] {
  // Every pattern below, as chrono's, needs a digit or one of chrono's words: most sentences have neither.
  if (!mayHoldChronoDate(sentence)) return [];
  const found: DateExpression[] = [];
  const taken = (start: number, end: number) => found.some((other) => start < other.end && end > other.start);
  const push = (match: RegExpMatchArray, fields: Omit<DateExpression, 'phrase' | 'start' | 'end' | 'event'>) => {
    const start = match.index!;
    const end = start + match[0].length;
    const event = !SINCE_BEFORE.test(sentence.slice(0, start)) || TOLD_AFTER.test(sentence.slice(end));
    if (!taken(start, end)) found.push({ phrase: match[0], start, end, ...fields, event });
  };
  const { published, anchor } = context;
  const story = published ? null : context.story ?? null;
  const unresolved = (why: string) => ({ date: null, precision: 'day' as Precision, qualifier: null, resolution: why, absolute: false });

  for (const match of sentence.matchAll(ANCHORED)) {
    if (!anchor) { push(match, unresolved('relative to an earlier date, but none is named before it')); continue; }
    let date: string;
    let precision: Precision = 'day';
    if (match[1]) {
      const count = (NUMBERS[match[1].toLowerCase()] ?? Number(match[1])) * (match[3].toLowerCase() === 'later' ? 1 : -1);
      const unit = match[2].toLowerCase();
      // Hours, minutes and seconds later or before: the day named before them.
      date = unit === 'week' ? mondayOf(addDays(anchor, 7 * count)) : unit === 'day' ? addDays(anchor, count) : anchor;
      if (unit === 'week') precision = 'week';
    } else if (match[5]) {
      precision = match[5].toLowerCase() === 'week' ? 'week' : 'day';
      date = precision === 'week' ? mondayOf(addDays(anchor, 7)) : addDays(anchor, 1);
    } else if (match[6]) date = addDays(anchor, match[6].toLowerCase() === 'before' ? -1 : 1);
    else date = anchor;
    push(match, { date, precision, qualifier: null, resolution: `${match[0]} → ${formatDate(date, precision)}, counted from ${formatDate(anchor, 'day')} named before it`, absolute: false });
  }
  for (const match of sentence.matchAll(MONTH_OF_RELATIVE_YEAR)) {
    // A month's name is capitalised: "prices may this year rise" names none.
    if (!/^\p{Lu}/u.test(match[3])) continue;
    const month = MONTHS.findIndex((name) => name.startsWith(match[3].toLowerCase().slice(0, 3))) + 1;
    const named = match[2] ?? match[4];
    const precision: Precision = named ? 'day' : 'month';
    if (!published) { push(match, { ...unresolved('relative to publication, but the article has no published date'), precision }); continue; }
    const year = partsOf(published).year + { next: 1, this: 0, last: -1 }[match[5].toLowerCase() as 'next' | 'this' | 'last'];
    const qualifier = named ? null : QUALIFIERS[(match[1] ?? '').toLowerCase()] ?? null;
    const date = named ? isoDay(year, month, Number(named)) : `${year}-${String(month).padStart(2, '0')}`;
    push(match, { date, precision, qualifier, resolution: `${match[0]} → ${formatDate(date, precision, qualifier)}, ${relativeTo(published)}`, absolute: false });
  }
  for (const match of sentence.matchAll(QUALIFIED_RELATIVE_MONTH)) {
    if (!published) { push(match, { ...unresolved('relative to publication, but the article has no published date'), precision: 'month' }); continue; }
    const pub = partsOf(published);
    const offset = { next: 1, this: 0, last: -1 }[match[2].toLowerCase() as 'next' | 'this' | 'last'];
    const date = shiftMonth(pub.year, pub.month, offset);
    const qualifier = QUALIFIERS[match[1].toLowerCase()];
    push(match, { date, precision: 'month', qualifier, resolution: `${match[0]} → ${formatDate(date, 'month', qualifier)}, ${relativeTo(published)}`, absolute: false });
  }
  for (const match of sentence.matchAll(QUALIFIED_MONTH)) {
    const month = MONTHS.indexOf(match[2].toLowerCase()) + 1;
    const qualifier = QUALIFIERS[match[1].toLowerCase()] ?? null;
    const year = match[3] ? Number(match[3]) : published ? yearFor(month, null, published, FUTURE_BEFORE.test(sentence.slice(0, match.index))) : story ? nearestYear(month, null, story) : null;
    if (year === null) { push(match, { ...unresolved('month without a year, and the article has no published date'), precision: 'month' }); continue; }
    const date = `${year}-${String(month).padStart(2, '0')}`;
    push(match, { date, precision: 'month', qualifier, resolution: `${match[0]} → ${formatDate(date, 'month', qualifier)}${match[3] ? '' : published ? ', in the year of publication' : STORY_NOTE}`, absolute: Boolean(match[3]) });
  }
  for (const match of sentence.matchAll(RELATIVE_WEEK)) {
    if (!published) { push(match, { ...unresolved('relative to publication, but the article has no published date'), precision: 'week' }); continue; }
    const offset = { this: 0, last: -7, next: 7 }[match[1].toLowerCase() as 'this' | 'last' | 'next'];
    const date = mondayOf(addDays(published, offset));
    push(match, { date, precision: 'week', qualifier: null, resolution: `${match[0]} → ${formatDate(date, 'week')}, ${relativeTo(published)}`, absolute: false });
  }
  const reference = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const result of en.parse(sentence, { instant: reference, timezone: 0 })) {
    const start = result.index;
    const end = start + result.text.length;
    if (taken(start, end)) continue;
    const { start: component } = result;
    const known = (unit: 'year' | 'month' | 'day' | 'weekday') => component.isCertain(unit);
    const trimmed = result.text.replace(/[,;:.\s]+$/, '');
    const match = Object.assign([trimmed], { index: start }) as unknown as RegExpMatchArray;
    const phrase = result.text.trim().replace(/[,;:.]+$/, '');
    // A part of a word is none ("Tuesdays" is no Tuesday), nor a word glued to a letter ("lasts", "Slater").
    if (/\p{L}/u.test(sentence[start - 1] ?? '') || /\p{L}/u.test(sentence[end] ?? '') || gluedWord(result.text)) continue;
    // Vague spans ("now", "the past few weeks", "several days ago") date nothing.
    if (/\b(?:now|few|several|recent(?:ly)?|past|some)\b/i.test(phrase)) continue;
    // Spans ("the next two years"), a weekday's abbreviation alone, which is a word too ("the sun's light",
    // "she sat"), and numbers run into units ("300W", "5G") are no dates.
    if (/\b(?:next|last|coming|first)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:years?|months?|weeks?|days?)\b/i.test(phrase)) continue;
    if (/^within\b/i.test(phrase)) continue;
    if (/^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i.test(phrase)) continue;
    // A duration ("for 25 years", "for about 25 minutes", "after one day") is no date, nor a span counted from a
    // point the story names ("in the months since", "in the year following"), nor the verb "may" or "march".
    if (FOR_DURATION.test(phrase)) continue;
    // A rate is no date: "in five days a week", "two days per month".
    if (/\b(?:years?|months?|weeks?|days?|hours?|minutes?|nights?)\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|night)\b/i.test(sentence.slice(start, end + 12))) continue;
    // "Today" or "tomorrow" as a noun: "a better tomorrow", "the world of today".
    if (/^(?:today|tomorrow|yesterday)$/i.test(phrase) && /\b(?:a|an|the|better|brighter|bright|new|our|their|your)\s+$/i.test(sentence.slice(0, start))) continue;
    // "Today" as nowadays: "still today", "than today", "if Muir were around today".
    if (/^today$/i.test(phrase) && (/\b(?:still|even|around|than|unlike)\s+$/i.test(sentence.slice(0, start)) || /\bif\b[^,.;]*\bwere\b[^,.;]*$/i.test(sentence.slice(0, start)))) continue;
    // "Today's" is nowadays' ("today's sleeping bags", "today's world"), unless what it owns happens on a day
    // ("today's vote", "today's meeting").
    if (/^today$/i.test(phrase) && /^['’]s\b/.test(sentence.slice(end)) && !TODAYS_EVENT.test(sentence.slice(end))) continue;
    // Nor the span a superlative is measured over ("its worst plane crash in 30 years", "the highest in 18 months",
    // "the first time in a decade"); "the vote is due in two weeks" stays a date to come.
    if (IN_SPAN.test(phrase)
      && /\b(?:\p{L}{2,}est|first|most|least|worst|best|only|ever|last)\b[^.;]{0,60}$/iu.test(sentence.slice(0, start))) continue;
    // Nor the time something past took ("She lost 130 pounds in two years", "scored 55 points in 17 minutes"):
    // "in two years" is ahead only of a sentence about what is to come.
    if ((IN_SPAN.test(phrase) || IN_SPAN_OF_A_DAY.test(phrase))
      && PAST_IN_CLAUSE.test(sentence.slice(0, start)) && !FUTURE_BEFORE.test(sentence.slice(0, start))) continue;
    if (/^in the (?:years?|months?|weeks?|days?)$/i.test(phrase)) {
      // "Earlier in the year", "later in the year": the year of publication (chrono reads "in the year" as a year on).
      if (/^in the year$/i.test(phrase) && published && /\b(?:earlier|later)\s+$/i.test(sentence.slice(0, start))) {
        const year = published.slice(0, 4);
        push(match, { date: year, precision: 'year', qualifier: null, resolution: `${phrase} → ${year}, ${relativeTo(published)}`, absolute: false });
      }
      continue;
    }
    if (/^(?:may|march)$/.test(phrase)) continue;
    // Numbers with a slash and no year are no date: their order is the writer's locale, and "(9/10, Recommends)"
    // is a score.
    if (/^(?:on\s+)?\d{1,2}\/\d{1,2}$/.test(phrase)) continue;
    // Days of a working week ("drivers work Tuesday-Saturday") and named days ("Easter Sunday", "Black Friday",
    // whose dates are no weekday's count back from publication) are no weekday of the story.
    if (/^\p{L}+day\s?[-–]\s?\p{L}+day$/iu.test(phrase) || NAMED_DAY_BEFORE.test(sentence.slice(0, start))) continue;
    // Two days of one month, not a day and a two-digit year ("Oct. 9, 11, 1981": the 9th and the 11th).
    if (/\b\d{1,2},\s*\d{2}$/.test(phrase) && /^,\s*\d{4}\b/.test(sentence.slice(end))) continue;
    // A weekend is a date when the story says which ("over the weekend", "at the weekend", "last weekend"), not
    // as a kind of day ("weekend service", "they work on the weekend").
    if (/^weekend$/i.test(phrase) && !/\b(?:over|at|during|across) the\s+$/i.test(sentence.slice(0, start))) continue;
    if (/(?<![:.\d])\d+(?!(?:st|nd|rd|th|am|pm|s)\b)\p{L}/iu.test(phrase)) continue;
    // "Five years later", "two months after": counted from a point the story names, not from publication (days
    // and weeks later are counted from a date named before them, above); left undated rather than misdated.
    if (/\b(?:years?|months?|weeks?|days?)\s+(?:later|after|before|earlier|on)\b/i.test(phrase)) continue;
    // Chrono takes "today", "last month", "the end of the month" as certain dates: of the reference, which without
    // a published date is none. A year the phrase does not name is the reference's.
    if (!published && known('year') && !/\b\d{4}\b/.test(phrase)) {
      push(match, unresolved('relative to publication, but the article has no published date'));
      continue;
    }
    if (/\bago\b/i.test(phrase)) {
      if (!published) { push(match, unresolved('relative to publication, but the article has no published date')); continue; }
      const date = isoDay(component.get('year')!, component.get('month')!, component.get('day')!);
      const weeks = /\b(?:weeks?|months?)\b/i.test(phrase);
      // As precise as the phrase: "three years ago" names a year, "two months ago" a month.
      const precision: Precision = /\byears?\b/i.test(phrase) ? 'year' : /\bmonths?\b/i.test(phrase) ? 'month' : weeks ? 'week' : 'day';
      const shown = precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : weeks ? mondayOf(date) : date;
      push(match, { date: shown, precision, qualifier: null, resolution: `${phrase} → ${formatDate(shown, precision)}, ${relativeTo(published)}`, absolute: false });
      continue;
    }
    if (!known('day') && !known('month') && !known('year') && !known('weekday')) {
      // Clock times are not dates; "today", "this morning", "two weeks ago" are, relative to publication. A part of
      // the day alone is none ("On a clear morning in late March": the month is the date).
      if (!/\b(?:today|tonight|yesterday|tomorrow)\b|\b(?:this|last)\s+(?:morning|afternoon|evening|night)\b/i.test(phrase)) continue;
      if (!published) { push(match, unresolved('relative to publication, but the article has no published date')); continue; }
      const date = isoDay(component.get('year')!, component.get('month')!, component.get('day')!);
      push(match, { date, precision: 'day', qualifier: null, resolution: `${phrase} → ${formatDate(date, 'day')}, ${relativeTo(published)}`, absolute: false });
      continue;
    }
    if (known('weekday') && !known('day')) {
      if (ANY_WEEKDAY_BEFORE.test(sentence.slice(0, start))) continue;
      if (!published) { push(match, unresolved('a weekday, but the article has no published date')); continue; }
      const weekday = component.get('weekday')!;
      // In a report, a bare weekday is the most recent such day on or before publication; one the sentence puts
      // ahead ("On Tuesday, it will call …", "the statement on Thursday will reveal …") the next on or after it.
      const back = (weekdayOf(published) - weekday + 7) % 7;
      const next = /\bnext\b/i.test(phrase);
      const ahead = !next && weekdayAhead(sentence, start, end);
      const date = next ? addDays(published, ((weekday - weekdayOf(published) + 7) % 7) || 7)
        : ahead ? addDays(published, (weekday - weekdayOf(published) + 7) % 7) : addDays(published, -back);
      push(match, { date, precision: 'day', qualifier: null, resolution: `${phrase} → ${formatDate(date, 'day')} (${WEEKDAYS[weekday]}), ${relativeTo(published)}`, absolute: false });
      continue;
    }
    const month = component.get('month')!;
    if (known('year') && !known('month')) {
      const year = component.get('year')!;
      if (!published && !/\b(?:19|20)\d{2}\b/.test(phrase)) { push(match, { ...unresolved('relative year, but the article has no published date'), precision: 'year' }); continue; }
      push(match, { date: String(year), precision: 'year', qualifier: null, resolution: `${phrase} → ${year}${published && !/\d{4}/.test(phrase) ? `, ${relativeTo(published)}` : ''}`, absolute: /\d{4}/.test(phrase) });
      continue;
    }
    const day = known('day') ? component.get('day')! : null;
    let year: number | null = known('year') ? component.get('year')! : null;
    let yearNote = '';
    // A range's year, named once at its end, is its start's too ("August 15th to September 8th, 1963").
    const endYear = result.end?.isCertain('year') ? result.end.get('year')! : null;
    if (year === null && endYear !== null) {
      year = month > result.end!.get('month')! ? endYear - 1 : endYear;
      yearNote = ', in the year the range ends';
    }
    // A weekday with a month and day fixes the year: among the years the sentence names, or near publication
    // ("the concluding session on Sunday, September 8th" of a 1963 crusade).
    if (year === null && day !== null && known('weekday')) {
      const weekday = component.get('weekday')!;
      const usual = published ? yearFor(month, day, published) : story ? nearestYear(month, day, story) : null;
      const near = usual === null ? [] : [usual, usual - 1, usual + 1];
      const named = [...sentence.matchAll(/\b(?:19|20)\d{2}\b/g)].map((found) => Number(found[0]));
      const fits = [...named, ...near].find((candidate) => weekdayOf(isoDay(candidate, month, day)) === weekday);
      if (fits !== undefined && fits !== usual) {
        year = fits;
        yearNote = `, the year its ${WEEKDAYS[weekday]} falls in`;
      }
    }
    if (year === null && story) {
      year = nearestYear(month, day, story);
      yearNote = STORY_NOTE;
    }
    if (year === null) {
      if (!published) { push(match, { ...unresolved(`${day ? 'a day' : 'a month'} without a year, and the article has no published date`), precision: day ? 'day' : 'month' }); continue; }
      // Something scheduled on the day ("the Nov. 5 election") within half a year of publication is still to come.
      const monthsAhead = (month - partsOf(published).month + 12) % 12;
      const scheduled = SCHEDULED_EVENT.test(sentence.slice(end)) && monthsAhead > 0 && monthsAhead <= SCHEDULED_WITHIN;
      year = yearFor(month, day, published, scheduled || FUTURE_BEFORE.test(sentence.slice(0, start)));
      yearNote = ', in the year of publication';
      // A day named for what happened on it ("the Oct. 7 attacks", "the Jan. 6 riot"), or on which the sentence
      // says something happened ("that showed on Oct. 7"), is past: the last such day.
      const preposition = /^(?:on|in)\s+/i.exec(phrase)?.[0] ?? '';
      // So is the day something has lasted since ("hasn't been seen in public since Oct. 7").
      const past = PAST_EVENT.test(sentence.slice(end)) || PAST_VERB_BEFORE.test(sentence.slice(0, start) + preposition) || SINCE_BEFORE.test(sentence.slice(0, start));
      if (past && isoDay(year, month, day ?? 1) > published) {
        year -= 1;
        yearNote = ', the last before publication';
      }
    }
    // A span counted from publication ("at the end of the month") set before a clause in the past ("…, the bill
    // was …") is some earlier month's: which is not said.
    if (day !== null && !/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(phrase) && published
      && isoDay(year, month, day) > published && PAST_AFTER.test(sentence.slice(end)) && !FUTURE_BEFORE.test(sentence)) continue;
    if (day === null) {
      const date = `${year}-${String(month).padStart(2, '0')}`;
      push(match, { date, precision: 'month', qualifier: null, resolution: `${phrase} → ${formatDate(date, 'month')}${yearNote}`, absolute: known('year') });
    } else {
      const date = isoDay(year, month, day);
      push(match, { date, precision: 'day', qualifier: null, resolution: `${phrase} → ${formatDate(date, 'day')}${yearNote}`, absolute: true });
    }
  }
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const start = match.index! + match[0].indexOf(match[1]);
    const sub = Object.assign([match[1]], { index: start }) as unknown as RegExpMatchArray;
    push(sub, { date: match[1], precision: 'year', qualifier: null, resolution: `${match[1]} → ${match[1]}`, absolute: true });
  }
  found.sort((a, b) => a.start - b.start);
  // A relative phrase set off after a date restates it ("in February 2022, last year, …"): the date stands alone.
  return found.filter((expression, index) => {
    const previous = found[index - 1];
    return expression.absolute || !previous?.absolute || !/^\s*,\s*$/.test(sentence.slice(previous.end, expression.start));
  });
}
