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
  });

  it('should join a word hyphenated across lines without a space', () => {
    const hyphenated = ['The delay came from a shortage of signalling engineers and a long-', 'standing dispute with the main contractor over the cost of building the', 'tunnels under the river.'];
    expect(hyphenated[0].length + 1 + 'standing'.length).toBeGreaterThan(72);
    const lines = splitLines([hardWrap(PARAGRAPHS[0], 72), ...hyphenated, hardWrap(PARAGRAPHS.slice(2).join('\n'), 72)].join('\n'));
    expect(lines[1].text).toBe('The delay came from a shortage of signalling engineers and a long-standing dispute with the main contractor over the cost of building the tunnels under the river.');
  });

  it('should leave lines of text that is not wrapped as they are', () => {
    const text = ['Home', 'News', ...PARAGRAPHS, 'Short line.', ...PARAGRAPHS].join('\n');
    expect(splitLines(text).map((line) => line.text)).toEqual(['Home', 'News', ...PARAGRAPHS, 'Short line.', ...PARAGRAPHS]);
  });
});
