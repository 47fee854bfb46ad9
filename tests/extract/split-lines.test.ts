import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/extract/split-lines.js';
import { hardWrap } from '../helpers.js';

const PARAGRAPHS = [
  'Officials in the capital said on Friday that the new rail line would open to passengers next spring, two years later than first planned, and that the cost had risen by a third.',
  'The delay, they said, came from a shortage of signalling engineers and from a long dispute with the main contractor over the cost of the tunnels under the river.',
  'Residents of the northern suburbs, who have waited a decade for the line, said they were tired of promises and wanted a firm date from the city and its mayor.',
  'The city council will vote on the revised budget for the project at its next meeting in June, and the mayor has said she expects it to pass without much trouble.',
  'Opposition councillors have asked for an independent review of the contract, saying that the public deserves to know why the cost of the line keeps rising.',
];

describe('splitLines', () => {
  it('should join hard-wrapped lines into their paragraphs, one to a line, whatever separates the paragraphs', () => {
    for (const separator of ['\n', '\n\n']) {
      const text = ['Rail line to open two years late', 'By Jane Doe', 'May 31, 2024', ...PARAGRAPHS.map((paragraph) => hardWrap(paragraph, 72))].join(separator);
      expect(splitLines(text).map((line) => line.text)).toEqual(['Rail line to open two years late', 'By Jane Doe', 'May 31, 2024', ...PARAGRAPHS]);
    }
  });

  it('should start a byline, a date line and a copy of the line before on lines of their own, after a full line', () => {
    const headline = 'Rail line to open two years late as its cost rises by a third, city says';
    const text = [headline, headline, 'By Jane Doe', ...PARAGRAPHS.map((paragraph) => hardWrap(paragraph, 72))].join('\n');
    expect(splitLines(text).map((line) => line.text).slice(0, 4)).toEqual([headline, headline, 'By Jane Doe', PARAGRAPHS[0]]);
    const dated = [headline, 'May 31, 2024 3:00 AM', ...PARAGRAPHS.map((paragraph) => hardWrap(paragraph, 72))].join('\n');
    expect(splitLines(dated).map((line) => line.text).slice(0, 3)).toEqual([headline, 'May 31, 2024 3:00 AM', PARAGRAPHS[0]]);
    // A date stamp that fills the width ends its own line.
    const stamp = 'Published November 18, 2024 9:26pm Updated November 19, 2024 4:23pm';
    const stamped = [headline, stamp, 'Comments', ...PARAGRAPHS.map((paragraph) => hardWrap(paragraph, 72))].join('\n');
    expect(splitLines(stamped).map((line) => line.text).slice(0, 4)).toEqual([headline, stamp, 'Comments', PARAGRAPHS[0]]);
  });

  it('should keep apart a line that fills the width by chance and the line after it, when together they end no sentence', () => {
    const body = PARAGRAPHS.map((paragraph) => hardWrap(paragraph, 72));
    const read = (lines: string[]) => splitLines([...lines, '', ...body].join('\n')).map((line) => line.text).slice(0, lines.length);
    // A headline just short of the width, then its stand-first; a headline ending a question, then a photo credit.
    const headline = 'Rail line to open two years late as the cost of its new tunnels soars';
    const deck = 'Residents say they have waited a decade for the line to the suburbs';
    expect(headline.length + 1 + 'Residents'.length).toBeGreaterThan(72);
    expect(read([headline, deck])).toEqual([headline, deck]);
    const question = 'City rail line: why is it two years late and who will pay for the delay?';
    expect(read([question, 'Getty Images'])).toEqual([question, 'Getty Images']);
    // A headline over the width is still one line: broken after a word that cannot end it, before a name's
    // next word, or before a word in lower case.
    for (const [long, lastLine] of [
      ['What we know about the rail line to the suburbs and the long delays in Montreal', 'Montreal'],
      ['Rail Line to Open Two Years Late as Cost of Tunnels Rises, Says Mayor Jane Doe', 'Jane Doe'],
      ['Rail line to open two years late as the cost of its tunnels rises by a third', 'third'],
    ]) {
      expect(hardWrap(long, 72).split('\n').at(-1)).toBe(lastLine);
      expect(read([hardWrap(long, 72), deck])).toEqual([long, deck]);
    }
    // Prose keeps its lines joined whatever word follows a break: it ends a sentence.
    const prose = 'The new rail line to the suburbs will open next spring, the mayor told Reuters on Friday, and residents welcomed the news.';
    expect(hardWrap(prose, 72).split('\n')[1]).toMatch(/^Reuters/);
    expect(read([hardWrap(prose, 72)])).toEqual([prose]);
  });

  it('should take the width from the lines that reach it, and never break at a no-break space', () => {
    // Words joined by no-break spaces are one word to the wrapper: it breaks before them, and a line made of
    // them may run over the width alone.
    const glued = PARAGRAPHS.map((paragraph) => paragraph.replace(/ (the|a|of) /g, '\u00a0$1\u00a0'));
    glued[1] = `Residents\u00a0of\u00a0the\u00a0northern\u00a0suburbs,\u00a0who\u00a0waited\u00a0a\u00a0decade\u00a0for\u00a0the\u00a0line,\u00a0agreed: ${glued[1]}`;
    const wrapped = glued.map((paragraph) => hardWrap(paragraph, 72));
    expect(wrapped.join('\n').split('\n').some((line) => line.length > 72)).toBe(true);
    expect(splitLines(wrapped.join('\n\n')).map((line) => line.text)).toEqual(glued.map((paragraph) => paragraph.replace(/\u00a0/g, ' ')));
  });

  it('should join wrapped lines of a script without capitals', () => {
    const arabic = [
      'قال مسؤولون في العاصمة يوم الجمعة إن خط السكك الحديدية الجديد سيفتح أمام الركاب في الربيع المقبل، بعد عامين من الموعد المخطط له، وإن التكلفة ارتفعت بمقدار الثلث.',
      'وأضافوا أن التأخير نتج عن نقص في مهندسي الإشارات وعن نزاع طويل مع المقاول الرئيسي حول تكلفة الأنفاق تحت النهر.',
      'وقال سكان الضواحي الشمالية الذين انتظروا الخط عقدا كاملا إنهم سئموا الوعود ويريدون موعدا ثابتا من المدينة ورئيس بلديتها.',
    ];
    expect(splitLines(arabic.map((paragraph) => hardWrap(paragraph, 60)).join('\n\n')).map((line) => line.text)).toEqual(arabic);
  });

  it('should join a word hyphenated across lines without a space', () => {
    const hyphenated = ['The delay came from a shortage of signalling engineers and a long-', 'standing dispute with the main contractor over the cost of building the', 'tunnels under the river.'];
    expect(hyphenated[0].length + 1 + 'standing'.length).toBeGreaterThan(72);
    const lines = splitLines([hardWrap(PARAGRAPHS[0], 72), ...hyphenated, hardWrap(PARAGRAPHS.slice(2).join('\n'), 72)].join('\n'));
    expect(lines[1].text).toBe('The delay came from a shortage of signalling engineers and a long-standing dispute with the main contractor over the cost of building the tunnels under the river.');
  });

  it('should know text a typesetter wrapped and hyphenated (a PDF\'s) for wrapped, and join a hyphenated word whole', () => {
    // Many lines end on a hyphen, few on a word: wrapped all the same.
    const typeset = [
      'Officials in the capital said on Friday that the new rail line would',
      'open to passengers next spring, two years later than first planned,',
      'and that the cost had risen by a third since the work began. The de-',
      'lay, they said, came from a shortage of signalling engineers and a',
      'dispute with the main contractor over the cost of the tunnels. The',
      'national government, which promised to pay for the rest of the govern-',
      'ment work by the end of the year, said the city had asked for more tun-',
      'nels than the plan held. Residents said they were tired of the long-',
      'term promises and wanted a firm date from the city and its mayor.',
    ];
    const lines = splitLines(typeset.join('\n'));
    expect(lines).toHaveLength(1);
    // A word's ending ("ment") or a word the text writes whole ("tunnels") joins whole; a compound keeps its
    // hyphen ("long-term"), and so does a word with no evidence ("de-lay").
    expect(lines[0].text).toContain('the government work');
    expect(lines[0].text).toContain('more tunnels than');
    expect(lines[0].text).toContain('the long-term promises');
    expect(lines[0].text).toContain('The de-lay, they said');
  });

  it('should leave lines of text that is not wrapped as they are', () => {
    const text = ['Home', 'News', ...PARAGRAPHS, 'Short line.', ...PARAGRAPHS].join('\n');
    expect(splitLines(text).map((line) => line.text)).toEqual(['Home', 'News', ...PARAGRAPHS, 'Short line.', ...PARAGRAPHS]);
  });

  it('should join a sentence a widget broke, going on with its comma to its end, and no link label for screen readers', () => {
    const text = ['When it comes to cryptocurrency like bitcoin', ', new investors are often motivated by friends to take the plunge, according to a new study.', '', 'The report', ', opens new tab', 'About Us', ', opens new tab'].join('\n');
    expect(splitLines(text).map((line) => line.text)).toEqual([
      'When it comes to cryptocurrency like bitcoin, new investors are often motivated by friends to take the plunge, according to a new study.',
      'The report', ', opens new tab', 'About Us', ', opens new tab',
    ]);
    // Broken after a comma or a joining word, going on in lower case to a sentence's end.
    expect(splitLines('Try refreshing your browser, or\ntap here to see other videos from our team.\nThe cabins remain storied spots that attract the\nqueen and her guests.').map((line) => line.text))
      .toEqual(['Try refreshing your browser, or tap here to see other videos from our team.', 'The cabins remain storied spots that attract the queen and her guests.']);
    expect(splitLines('Skip to\nmain content').map((line) => line.text)).toEqual(['Skip to', 'main content']);
    // After a blank line, or after a sentence's end, a line is a line of its own.
    expect(splitLines('He left.\n, and then she came back home.').map((line) => line.text)).toEqual(['He left.', ', and then she came back home.']);
    expect(splitLines('He left\n\n, and then she came back home.').map((line) => line.text)).toEqual(['He left', ', and then she came back home.']);
  });

  it('should join a sentence a link\'s screen-reader label broke, without the label, and leave a menu\'s labels alone', () => {
    const text = ['The report', ', opens new tab', ' by the institute found that the tank had fired twice.', 'To read the report, click here', ', opens new tab', '.', 'About Us', ', opens new tab', 'Careers', '(opens in a new window)'].join('\n');
    expect(splitLines(text).map((line) => line.text)).toEqual([
      'The report by the institute found that the tank had fired twice.',
      'To read the report, click here.',
      'About Us', ', opens new tab', 'Careers', '(opens in a new window)',
    ]);
  });
});
