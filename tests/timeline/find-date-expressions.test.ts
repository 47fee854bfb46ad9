import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as en from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/split-sentences.js';
import { findDateExpressions, mayHoldChronoDate } from '../../src/timeline/find-date-expressions.js';
import { root, seedsDir } from '../helpers.js';

const on = (sentence: string, published: string | null, anchor: string | null = null) =>
  findDateExpressions(sentence, { published, anchor }).map(({ phrase, date, precision, qualifier }) => ({ phrase, date, precision, qualifier }));
/** The date of the first expression found in the sentence. */
const dateOf = (sentence: string, published: string | null, anchor: string | null = null) => on(sentence, published, anchor)[0]?.date;

describe('findDateExpressions', () => {
  it('should read a bare weekday as the most recent such day on or before publication', () => {
    expect(on('Blinken said in Moldova on Wednesday that policy evolves.', '2024-05-31')).toEqual([{ phrase: 'on Wednesday', date: '2024-05-29', precision: 'day', qualifier: null }]);
    expect(on('NATO chief Jens Stoltenberg on Friday downplayed the threat.', '2024-05-31')[0].date).toBe('2024-05-31');
    expect(on('The talks resumed on Saturday.', '2024-05-31')[0].date).toBe('2024-05-25');
  });

  it('should give a month-day the publication year unless that falls after publication', () => {
    expect(on('Ukraine asked on May 13.', '2024-05-31')[0]).toMatchObject({ date: '2024-05-13', precision: 'day' });
    expect(on('The summit opened on December 12.', '2024-05-31')[0]).toMatchObject({ date: '2023-12-12', precision: 'day' });
  });

  it('should keep the precision of months, years and qualified spans', () => {
    expect(on('Congress passed the package in April.', '2024-05-31')).toEqual([{ phrase: 'April', date: '2024-04', precision: 'month', qualifier: null }]);
    expect(on('Russia began a full-scale invasion in February 2022.', '2024-05-31')[0]).toMatchObject({ date: '2022-02', precision: 'month' });
    expect(on('He will travel to France early next month.', '2024-05-31')[0]).toMatchObject({ date: '2024-06', precision: 'month', qualifier: 'early' });
    expect(on('Ceremonies in France in early June.', '2024-05-31')[0]).toMatchObject({ date: '2024-06', precision: 'month', qualifier: 'early' });
    expect(on('The crisis began in 2014 after the annexation.', '2024-05-31')[0]).toMatchObject({ date: '2014', precision: 'year' });
  });

  it('should take a relative phrase set off after a date for that date restated', () => {
    expect(on('This was the case in February 2022, last year, and remains so now.', '2024-05-31').map(({ date }) => date)).toEqual(['2022-02']);
    expect(on('It fell in February 2022 and again last year.', '2024-05-31').map(({ date }) => date)).toEqual(['2022-02', '2023']);
  });

  it('should count "two days later" from the date named before it', () => {
    expect(on('Sullivan presented the recommendation two days later.', '2024-05-31', '2024-05-13')[0]).toMatchObject({ date: '2024-05-15', precision: 'day' });
    expect(on('They met the following week.', '2024-05-31', '2024-05-17')[0]).toMatchObject({ date: '2024-05-20', precision: 'week' });
  });

  it('should date "years ago" to a year, and leave "years later" undated (counted from a point the story names)', () => {
    expect(on('The founders launched the firm three years ago.', '2025-10-21')).toEqual([{ phrase: 'three years ago', date: '2022', precision: 'year', qualifier: null }]);
    expect(on('Two months ago, the plant closed.', '2025-10-21')[0]).toMatchObject({ date: '2025-08', precision: 'month' });
    expect(on('Five years later, that number was 2,895.', '2025-10-21')).toEqual([]);
    expect(on('A year later, she left the firm.', '2025-10-21')).toEqual([]);
  });

  it('should date "today" and "this morning" to publication, but no part of the day alone', () => {
    expect(on('Police said this morning that two men were held.', '2024-05-31')).toEqual([{ phrase: 'this morning', date: '2024-05-31', precision: 'day', qualifier: null }]);
    expect(on('The court ruled today.', '2024-05-31')[0]).toMatchObject({ date: '2024-05-31', precision: 'day' });
    expect(on('On a clear morning in late March, we walked up the hill.', '2023-04-25')).toEqual([{ phrase: 'late March', date: '2023-03', precision: 'month', qualifier: 'late' }]);
  });

  it('should take no duration, span counted from the story, kind of day or verb for a date', () => {
    for (const sentence of ['The situation has persisted for 25 years.', 'MPs must declare gifts within 28 days.', 'The strikes lasted for about 25 minutes.',
      'After one day hogging half my pack, I carried it.', 'They will not create a better tomorrow.', 'We have been without water for three days.', 'In the months since, the party changed.',
      'Prices rose in the year following the peak.', 'They work on the weekend and at night.', 'The party may, in the end, grow.', 'Troops march on the city.']) {
      expect(on(sentence, '2024-05-31'), sentence).toEqual([]);
    }
    expect(on('Protests continued over the weekend.', '2024-05-31')[0]).toMatchObject({ date: '2024-05-25', precision: 'day' });
    expect(on('Earlier in the year, he denied it.', '2024-05-31')).toEqual([{ phrase: 'in the year', date: '2024', precision: 'year', qualifier: null }]);
    expect(on('He spoke in May.', '2024-05-31')[0]).toMatchObject({ date: '2024-05', precision: 'month' });
    // The span a superlative is measured over is no date to come; a date to come stays one.
    for (const sentence of ['Nepal suffered its worst plane crash in 30 years.', 'Inflation rose to its highest level in 18 months.', 'It was the first time in a decade that the river froze.']) {
      expect(on(sentence, '2024-05-31'), sentence).toEqual([]);
    }
    expect(on('The vote is due in two weeks.', '2024-05-31')).toHaveLength(1);
    // A day named for what happened on it is past; a day to come stays ahead.
    expect(on('Talks stalled after the Oct. 7 attacks on Israel.', '2024-08-08')[0]).toMatchObject({ date: '2023-10-07', precision: 'day' });
    expect(on('The vote is on Oct. 7.', '2024-08-08')[0]).toMatchObject({ date: '2024-10-07', precision: 'day' });
    // A list of days of one month is no day and two-digit year.
    expect(on('Oct. 9, 11, 1981: The Rolling Stones played the stadium.', '2024-05-31').map((found) => found.date)).not.toContain('2011-10-09');
  });

  it('should resolve weeks relative to publication', () => {
    expect(on('Earlier this week, Macron said so.', '2024-05-31')[0]).toMatchObject({ date: '2024-05-27', precision: 'week' });
  });

  it('should leave relative dates unresolved, and say so, when there is no published date', () => {
    const [expression] = findDateExpressions('Officials said on Thursday that policy changed.', { published: null, anchor: null });
    expect(expression.date).toBeNull();
    expect(expression.resolution).toMatch(/no published date/);
    expect(findDateExpressions('It began on May 10.', { published: null, anchor: null })[0].date).toBeNull();
    for (const sentence of ['Today he appears more forgiving.', 'The court ruled this morning.', 'Yesterday the road closed.', 'Prices rose last month.', 'At the end of the month, bills came.']) {
      const [relative] = findDateExpressions(sentence, { published: null, anchor: null });
      expect(relative, sentence).toMatchObject({ date: null });
    }
    expect(findDateExpressions('It began in March 2020.', { published: null, anchor: null })[0]).toMatchObject({ date: '2020-03' });
  });

  it('should ignore clock times, durations and vague spans', () => {
    expect(on('0:00 0:01:29 0:00', '2024-05-31')).toEqual([]);
    expect(on('Following a six-month delay, arms arrived.', '2024-05-31')).toEqual([]);
    expect(on('Over the past few weeks, Ukraine came to us.', '2024-05-31')).toEqual([]);
    expect(on('The voucher expansion will run over the next two years.', '2024-05-31')).toEqual([]);
  });

  it('should not read words that spell a weekday\'s abbreviation, or numbers run into units, as dates', () => {
    expect(on('Or the portion of the sun’s light that the ice bounces back.', '2024-05-31')).toEqual([]);
    expect(on('Her father sat in the front row of the public gallery.', '2024-05-31')).toEqual([]);
    expect(on('It costs 9p per hour for 300W dryers.', '2024-05-31')).toEqual([]);
    expect(on('The vote is on Sat, May 4.', '2024-05-31')[0]).toMatchObject({ date: '2024-05-04', precision: 'day' });
    expect(on('The attack happened at 9:30PM on May 4.', '2024-05-31')[0]).toMatchObject({ date: '2024-05-04', precision: 'day' });
    // Chrono reads a unit glued to a word: "lasts" as "last s", "300 Slater" as "300 s later"; a plural weekday is a habit.
    for (const sentence of ['The break lasts a week.', 'Staff moved to 300 Slater Street.', 'The shops open on Tuesdays.']) expect(on(sentence, '2024-05-31'), sentence).toEqual([]);
  });

  it('should keep a month of the coming year that the sentence puts ahead in the year of publication', () => {
    expect(dateOf('If she becomes the next president in November, both will be led by women.', '2024-08-28')).toBe('2024-11');
    expect(dateOf('They are poised to join the celebrations in December.', '2024-07-18')).toBe('2024-12');
    expect(dateOf('The vote was held in November.', '2024-08-28')).toBe('2023-11');
    // Something scheduled on the day within half a year is still to come; later in the year, it is last year's.
    expect(dateOf('Harris faces Trump in the Nov. 5 election.', '2024-08-28')).toBe('2024-11-05');
    expect(dateOf('Since the Nov. 5 election, prices rose.', '2025-02-10')).toBe('2024-11-05');
    // A participle in the past puts nothing ahead.
    expect(dateOf('She expected to return to work after having her son in August.', '2024-04-28')).toBe('2023-08');
  });

  it('should take no score, working week or named day for a date', () => {
    expect(on('The Zenbivy Bed 25 (9/10, WIRED Recommends) is the most comfortable.', '2024-04-28')).toEqual([]);
    expect(on('Drivers work Tuesday-Saturday shifts.', '2023-05-15')).toEqual([]);
    expect(on('On Easter Sunday, she walked to the glaciers.', '2023-04-25')).toEqual([]);
    expect(dateOf('The ban takes effect on 9/11/2025.', '2025-06-01')).toBe('2025-09-11');
  });

  it('should take a weekday the sentence puts ahead for the next such day, and one said or since for the last', () => {
    expect(dateOf('On Tuesday, it will call the executive director.', '2025-11-10')).toBe('2025-11-11');
    expect(dateOf('The statement on Thursday will reveal the figures.', '2024-11-26')).toBe('2024-11-28');
    expect(dateOf('The team will meet on Friday.', '2025-11-10')).toBe('2025-11-14');
    expect(dateOf('Police said on Monday they will investigate.', '2025-11-12')).toBe('2025-11-10');
    expect(dateOf('They will yield no more than the pages made public since Wednesday.', '2024-01-07')).toBe('2024-01-03');
    expect(dateOf('He professed that he would no longer be complicit and filmed himself on Sunday.', '2024-02-28')).toBe('2024-02-25');
  });

  it('should take a weekday after "a" or "every" for any such day', () => {
    expect(on('I will never forget that Saturday evening when I first saw tanks.', '2026-02-06')).toEqual([]);
    expect(on('Always book on a Tuesday, Wednesday or Sunday to save.', '2024-04-23')).toEqual([]);
    expect(on('The newsletter arrives every Monday.', '2024-04-23')).toEqual([]);
    expect(on('The talks resumed on Monday and Tuesday.', '2024-04-23').map(({ date }) => date)).toEqual(['2024-04-22', '2024-04-23']);
  });

  it('should date a month of a year named relative to publication in that year', () => {
    expect(on('Finland joined NATO in April last year.', '2024-11-18')).toEqual([{ phrase: 'April last year', date: '2023-04', precision: 'month', qualifier: null }]);
    expect(on('At the end of June last year, a statement said so.', '2024-07-18')).toEqual([{ phrase: 'the end of June last year', date: '2023-06', precision: 'month', qualifier: 'late' }]);
    expect(on('On 29 June last year, the court ruled.', '2024-07-18')[0]).toMatchObject({ date: '2023-06-29', precision: 'day' });
    expect(on('The plant opens in Sept. next year.', '2024-07-18')[0]).toMatchObject({ date: '2025-09', precision: 'month' });
    // A word that opens like a month is none.
    expect(on('The Mayor last year said so.', '2024-07-18')).toEqual([{ phrase: 'last year', date: '2023', precision: 'year', qualifier: null }]);
    expect(on('Prices may this year rise again.', '2024-07-18')).toEqual([{ phrase: 'this year', date: '2024', precision: 'year', qualifier: null }]);
  });

  it('should count hours and minutes later from the day named before them, and date nothing without one', () => {
    expect(on('Less than two hours later, she was lowered into the well.', '2026-04-16', '2026-04-14')[0]).toMatchObject({ date: '2026-04-14', precision: 'day' });
    expect(on('Less than two hours later, she was lowered into the well.', '2026-04-16')[0]).toMatchObject({ date: null });
    expect(dateOf('They had been filming an hour before.', '2024-03-07', '2023-10-13')).toBe('2023-10-13');
    expect(dateOf('The letter was sent two days before.', '2024-03-07', '2023-10-13')).toBe('2023-10-11');
  });

  it('should take the year of a range from its end, and of a weekday and day from the year it falls in', () => {
    expect(on('The Coliseum hosted it from August 15th to September 8th, 1963.', '2023-06-26')[0]).toMatchObject({ date: '1963-08-15', precision: 'day' });
    expect(on('The holiday ran from December 20 to January 5, 2024.', '2024-06-26')[0]).toMatchObject({ date: '2023-12-20', precision: 'day' });
    expect(on('The 1963 crusade closed with a session on Sunday, September 8th.', '2023-06-26')[0]).toMatchObject({ date: '1963-09-08', precision: 'day' });
    expect(on('The hearings began on Monday, 28 April.', '2025-05-03')[0]).toMatchObject({ date: '2025-04-28', precision: 'day' });
  });

  it('should take a day ahead of publication on which the sentence says something happened for the last such day', () => {
    expect(dateOf('That really showed on Oct. 7, when he understood.', '2024-08-08')).toBe('2023-10-07');
    expect(dateOf('He was killed on Oct. 7.', '2024-08-08')).toBe('2023-10-07');
    expect(dateOf('The vote is scheduled on Oct. 7.', '2024-08-08')).toBe('2024-10-07');
    expect(dateOf('He said the vote would be held on Oct. 7.', '2024-08-08')).toBe('2024-10-07');
    // A day something has lasted since is past.
    expect(dateOf('He hasn\'t been seen in public since Oct. 7, and is thought to be in hiding.', '2024-08-08')).toBe('2023-10-07');
  });

  it('should date no span counted from publication that falls after it when the clause it opens is past', () => {
    // Some earlier month's end, which the sentence does not name; not the end of the month of publication.
    expect(on('At the end of the month, the bill was four million shillings.', '2019-04-24')).toEqual([]);
    expect(on('At the end of the month, the company reported a loss.', '2019-04-24')).toEqual([]);
    expect(dateOf('By the end of the month, early voting will be underway in four states.', '2019-04-24')).toBe('2019-04-30');
    expect(dateOf('At the end of the month, the company will report.', '2019-04-24')).toBe('2019-04-30');
  });

  it('should tell a date that only starts what the sentence tells of ("since 2019") from one it tells of', () => {
    const events = (sentence: string) => findDateExpressions(sentence, { published: '2024-08-08', anchor: null }).map(({ phrase, event }) => [phrase, event]);
    expect(events('For the first time since 2019, they have brought back the offer.')).toEqual([['2019', false]]);
    expect(events('Sinwar has led Hamas in the Gaza Strip ever since 2017.')).toEqual([['2017', false]]);
    expect(events('He hasn\'t been seen in public since Oct. 7, and is thought to be in hiding.')).toEqual([['Oct. 7', false]]);
    // Unless the sentence goes on to tell what happened then.
    expect(events('Aid has been blocked since 2 March, when Israel imposed a siege.')).toEqual([['2 March', true]]);
    expect(events('Emissions have grown since 2015, the year the Paris agreement was adopted.')).toEqual([['2015', true]]);
    expect(events('The law was passed in 2015 and has held since.')).toEqual([['2015', true]]);
  });

  it('should give a yearless day or month of an undated article the year nearest the story\'s day, and leave weekdays unresolved', () => {
    const story = (sentence: string) => findDateExpressions(sentence, { published: null, anchor: null, story: '2024-05-31' }).map(({ date }) => date);
    expect(story('Speaking in Prague on May 31, Blinken said so.')).toEqual(['2024-05-31']);
    expect(story('Congress passed an aid package in April.')).toEqual(['2024-04']);
    // Across the turn of a year, the nearer one: a January day of a story of late December is the next January's.
    expect(findDateExpressions('The talks resume on Jan. 3.', { published: null, anchor: null, story: '2024-12-20' })[0].date).toBe('2025-01-03');
    expect(story('NATO chief Jens Stoltenberg on Friday downplayed the threat.')).toEqual([null]);
    // A published date wins over the story's.
    expect(findDateExpressions('On May 2, he spoke.', { published: '2023-06-01', anchor: null, story: '2024-05-31' })[0].date).toBe('2023-05-02');
  });

  it('should take "today" meaning nowadays for no date, and the day of publication otherwise', () => {
    expect(on('By the time she got there, and still today, its best-known alumnus was a poet.', '2024-08-28')).toEqual([]);
    expect(on('If Muir were around today, he would bring a down sleeping bag.', '2024-04-28')).toEqual([]);
    expect(dateOf('The agency published updated guidance today.', '2024-11-18')).toBe('2024-11-18');
    // "Today's" things are nowadays', its events the day's.
    expect(on('There are two types of insulation used in today\'s sleeping bags, down and synthetic.', '2024-04-28')).toEqual([]);
    expect(dateOf('Today’s emergency vote in parliament passed by 20 votes.', '2024-11-18')).toBe('2024-11-18');
  });

  it('should take "in two years" after a past verb for the time something took, not a date to come', () => {
    expect(on('She lost 130 pounds in two years.', '2025-03-29')).toEqual([]);
    expect(on('The Trojans, led by Davis, scored 55 points in 17 minutes of game time.', '2023-06-26')).toEqual([]);
    expect(dateOf('The polls close in 30 minutes.', '2023-06-26')).toBe('2023-06-26');
  });

  it('should take a rate for no date ("in five days a week")', () => {
    expect(on('Executives are already in five days a week, while managers will follow the four-day requirement.', '2026-06-06')).toEqual([]);
    expect(on('Staff work from home two days per week.', '2026-06-06')).toEqual([]);
    expect(dateOf('The office reopens in five days.', '2026-06-06')).toBe('2026-06-11');
    expect(dateOf('The bridge will reopen in two years.', '2025-03-29')).toBe('2027');
    expect(dateOf('The vote is due in two weeks.', '2024-08-08')).toBe('2024-08-22');
  });
});

describe('mayHoldChronoDate', () => {
  const chronoConstants = createRequire(import.meta.url)(path.join(root, 'node_modules/chrono-node/dist/cjs/locales/en/constants.js')) as Record<string, Record<string, unknown>>;

  it('should let through every word of the installed chrono\'s dictionaries, as a word of its own or glued after "last"', () => {
    const dictionaries = ['WEEKDAY_DICTIONARY', 'MONTH_DICTIONARY', 'INTEGER_WORD_DICTIONARY', 'ORDINAL_WORD_DICTIONARY', 'TIME_UNIT_DICTIONARY'];
    const words = dictionaries.flatMap((name) => Object.keys(chronoConstants[name]));
    expect(words.length).toBeGreaterThan(100);
    for (const word of words) expect(mayHoldChronoDate(`It was a ${word} then`), word).toBe(true);
    for (const unit of Object.keys(chronoConstants.TIME_UNIT_DICTIONARY_NO_ABBR)) expect(mayHoldChronoDate(`Booked Last${unit}.com`), unit).toBe(true);
  });

  it('should turn away only sentences in which chrono finds nothing', () => {
    const sentences = readdirSync(seedsDir).flatMap((name) => readFileSync(path.join(seedsDir, name), 'utf8').split(/\n+/)).flatMap((line) => splitSentences(line).map((sentence) => sentence.text));
    const turnedAway = sentences.filter((sentence) => !mayHoldChronoDate(sentence));
    // Most sentences of a news article name no date.
    expect(turnedAway.length).toBeGreaterThan(sentences.length / 3);
    for (const sentence of turnedAway) expect(en.parse(sentence, { instant: new Date('2024-05-31T12:00:00Z'), timezone: 0 }), sentence).toEqual([]);
    expect(mayHoldChronoDate('Officials said the talks would resume, without naming anyone.')).toBe(false);
    expect(mayHoldChronoDate('He left at noon.')).toBe(true);
  });
});
