import { describe, expect, it } from 'vitest';
import { cleanByline, findAuthors, sameName } from '../../src/extract/find-authors.js';
import { linesOf as lines } from '../helpers.js';

describe('cleanByline', () => {
  it('parts glued words and cuts roles, outlets, dates and buttons after the name', () => {
    expect(cleanByline('Emma MackenzieLifestyle Writer')).toBe('Emma Mackenzie');
    expect(cleanByline('Amy Gibbons Political Correspondent')).toBe('Amy Gibbons');
    expect(cleanByline('Jane Doe published 19 May 2026')).toBe('Jane Doe');
    expect(cleanByline('Tom Davies - Associated Press - Friday, April 28, 2023')).toBe('Tom Davies');
    expect(cleanByline('Aisha Patel / EXAMPLE.COM / Sep 2, 2024')).toBe('Aisha Patel');
    expect(cleanByline('Victoria Osei Follow')).toBe('Victoria Osei');
    expect(cleanByline('CHRIS WILSON-SMITH')).toBe('Chris Wilson-Smith');
    expect(cleanByline('Ana Lima Apr. 28, 2023 9:00 am')).toBe('Ana Lima');
    expect(cleanByline('Steffan Rhys Deputy Content Hub Director')).toBe('Steffan Rhys');
    expect(cleanByline('Xiaoying You1, Mariana Lenharo2')).toBe('Xiaoying You, Mariana Lenharo');
    expect(cleanByline('Euronews with Agencies')).toBe('Euronews');
    expect(cleanByline('Jane Doe with AP')).toBe('Jane Doe');
  });
});

describe('findAuthors', () => {
  it('reads a byline, a name beside a relative time stamp, and a "By" on its own line', () => {
    expect(findAuthors(lines('Headline about the harbour strike today\nBY PAUL SMITH'), [], 0).authors).toEqual(['Paul Smith']);
    expect(findAuthors(lines('Headline about the harbour strike today\nNIZA KOVAC\n2 MINUTES AGO'), [], 0).authors).toEqual(['Niza Kovac']);
    expect(findAuthors(lines('Headline about the harbour strike today\nBy\nEmma MackenzieLifestyle Writer'), [], 0).authors).toEqual(['Emma Mackenzie']);
  });

  it('reads a name with the date on its own line, after a separator or as a relative time', () => {
    const title = 'Headline about the harbour strike today';
    expect(findAuthors(lines(`${title}\nAisha Patel / EXAMPLE.COM / Sep 2, 2024, 17:07 IST\nSHARE`), [], 0).authors).toEqual(['Aisha Patel']);
    expect(findAuthors(lines(`${title}\nKyle Marsh 7 hours`), [], 0).authors).toEqual(['Kyle Marsh']);
    expect(findAuthors(lines(`${title}\nFouzia Van Der Berg|Published 4 months ago`), [], 0).authors).toEqual(['Fouzia Van Der Berg']);
    // The date two lines above, a row of share buttons between.
    expect(findAuthors(lines(`${title}\nNovember 10, 2025 at 06:21 pm\nShare via Email\nTania Brook`), [], 0).authors).toEqual(['Tania Brook']);
  });

  it('reads a dated name above the headline only when none is found below it (the teaser before may own it)', () => {
    const teaser = 'Meet the group behind the study on gas stoves\nAnn Lee and Bob Ray\nJanuary 16, 2023\nPOLITICS';
    const page = lines(`${teaser}\nHeadline about the harbour strike today\nChuck Ross\nApril 28, 2023`);
    expect(findAuthors(page, [], 4).authors).toEqual(['Chuck Ross']);
    const above = lines('Ann Lee\nApril 28, 2023\nHeadline about the harbour strike today\nShare');
    expect(findAuthors(above, [], 2).authors).toEqual(['Ann Lee']);
  });

  it('reads a dated name under a copy of the headline the page prints again, far from the first', () => {
    const title = 'Headline about the harbour strike today';
    const captions = 'Strikers gather at the gates of the harbour on Monday morning.\nPhoto: Ann Lee for the Example Post\nDockers march through the city centre.';
    const page = lines(`${title}\n${captions}\n${title}\nWhy the dockers walked out\nChuck Ross\nApril 28, 2023`);
    expect(page[5].index - page[0].index).toBeGreaterThan(4);
    expect(findAuthors(page, [], 0).authors).toEqual(['Chuck Ross']);
  });

  it('reads every name of a byline: several lines after a lone "By", "&", affiliation marks, an agency run on', () => {
    const title = 'Headline about the harbour strike today';
    expect(findAuthors(lines(`${title}\nBy\nLucy ThorntonNews Reporter\nTim HanlonNews Reporter\nPhoebe Tonks\n\nProtesters gathered in the city centre on Sunday evening.`), [], 0).authors)
      .toEqual(['Lucy Thornton', 'Tim Hanlon', 'Phoebe Tonks']);
    expect(findAuthors(lines(`${title}\nBy Ann Lee1, Bob Ray2 & Cy Young`), [], 0).authors).toEqual(['Ann Lee', 'Bob Ray', 'Cy Young']);
    expect(findAuthors(lines(`${title}\nBy Samya Kullab and Vasilisa Stepanenko  The Associated Press`), [], 0).authors).toEqual(['Samya Kullab', 'Vasilisa Stepanenko']);
    expect(findAuthors(lines(`${title}\nBy  STEVE PEOPLES, THOMAS BEAUMONT and AMELIA THOMSON-DEVEAUX`), [], 0).authors).toEqual(['Steve Peoples', 'Thomas Beaumont', 'Amelia Thomson-Deveaux']);
  });

  it('reads two or more names alone on a line under the headline as a byline, but not one name without a date', () => {
    const title = 'Headline about the harbour strike today';
    expect(findAuthors(lines(`${title}\nLocal News\nAna Lima/Jan Novak`), [], 0).authors).toEqual(['Ana Lima', 'Jan Novak']);
    expect(findAuthors(lines(`${title}\nAna Lima and Jan Novak`), [], 0).authors).toEqual(['Ana Lima', 'Jan Novak']);
    expect(findAuthors(lines(`${title}\nAna Lima`), [], 0).authors).toEqual([]);
    expect(findAuthors(lines(`${title}\nTrade and Industry`), [], 0).authors).toEqual([]);
  });

  it('reads a name alone over its affiliation, right above the lead, as a byline; not a name over a label before other furniture', () => {
    const lead = 'Dockworkers walked out over pay on Tuesday, leaving dozens of grain ships waiting at anchor outside the port.';
    const page = (byline: string[], next: string) => {
      const all = lines(['Headline about the harbour strike today', 'Share', ...byline, next].join('\n'));
      return findAuthors(all.slice(0, -1), [], 0, all.at(-1)).authors;
    };
    expect(page(['Duncan Walker', 'BBC'], lead)).toEqual(['Duncan Walker']);
    expect(page(['Duncan Walker', 'BBC'], 'Related Topics')).toEqual([]);
    expect(page(['Harbour Strike', 'Live'], lead)).toEqual([]);
  });

  it('does not take section labels, months, mastheads or form text for names', () => {
    expect(findAuthors(lines('Headline about the harbour strike today\nLocal News\nMay 3, 2024'), [], 0).authors).toEqual([]);
    expect(findAuthors(lines('Tuesday, 26 November 2024\nFederal Politics\nHeadline about the harbour strike today\nDan Jervis-Bardy\nThe West Australian\nTue, 26 November 2024 9:27PM'), [], 2).authors).toEqual(['Dan Jervis-Bardy']);
    expect(findAuthors(lines('Headline about the harbour strike today\nThe Associated Press\nPublished May 07, 2025'), [], 0).authors).toEqual(['The Associated Press']);
    expect(findAuthors(lines('Headline about the harbour strike today\nBy submitting your information you agree to the Terms & Conditions and Privacy Policy.'), [], 0).authors).toEqual([]);
  });

  it('reads a bio with profile links glued to the name, and a surname reporting from a place as the byline\'s author', () => {
    const bio = lines('Sarah LazareTwitterSarah Lazare is the editor of Workday Magazine and a contributing editor.');
    expect(findAuthors([], bio, null).authors).toEqual(['Sarah Lazare']);
    expect(findAuthors([], lines('Amelia Thomson-DeVeaux is a reporter for the news agency.'), null).authors).toEqual(['Amelia Thomson-DeVeaux']);
    const credited = findAuthors(lines('Headline about the harbour strike today\nBy Matthew Lee'), lines('Lee reported from Prague.'), 0);
    expect(credited.authors).toEqual(['Matthew Lee']);
    expect(findAuthors([], lines('Lee reported from Prague.'), null).authors).toEqual(['Lee']);
  });

  it('reads a wire credit line: reporters as authors, additional reporters and writers as contributors, editors as neither', () => {
    const credit = 'Reporting by Ana Lima in Lisbon, Jan Novak in The Hague and Tom Reed in London; Writing by Tom Reed; Editing by Kim Park';
    expect(findAuthors([], lines(credit), null)).toMatchObject({ authors: ['Ana Lima', 'Jan Novak', 'Tom Reed'], contributors: [] });
    const additional = findAuthors([], lines('Reporting by Ana Lima, additional reporting by Jan Novak, writing by Tom Reed, Editing by Kim Park'), null);
    expect(additional).toMatchObject({ authors: ['Ana Lima'], contributors: ['Jan Novak', 'Tom Reed'] });
    // A byline names the authors; the credit line's other reporters contribute, a name spelt a letter apart is the byline's.
    const bylined = findAuthors(lines('Headline about the harbour strike today\nBy Ana Lima and Jan Novak'), lines(credit.replace('Jan Novak', 'Jan Novakk')), 0);
    expect(bylined).toMatchObject({ authors: ['Ana Lima', 'Jan Novak'], contributors: ['Tom Reed'] });
  });

  it('takes names a letter apart for one, short names only when equal', () => {
    expect(sameName('Maya Gebeily', 'maya gebeilly')).toBe(true);
    expect(sameName('Jan Novak', 'Jan Nowak')).toBe(true);
    expect(sameName('Jan Novak', 'Jon Nowak')).toBe(false);
    expect(sameName('Ann', 'Anna')).toBe(false);
  });

  it('reads contributors from a credit line after the article', () => {
    const tail = lines('Associated Press writers Jan Novak and Maria Silva contributed to this report.');
    expect(findAuthors([], tail, null).contributors).toEqual(['Jan Novak', 'Maria Silva']);
    const placed = lines('Associated Press writers Will Weissert in Johnstown, Pennsylvania, and Bill Barrow in Atlanta contributed to this report.');
    expect(findAuthors([], placed, null).contributors).toEqual(['Will Weissert', 'Bill Barrow']);
  });
});
