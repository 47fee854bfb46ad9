import { describe, expect, it } from 'vitest';
import { cleanHeadline, findTitle } from '../../src/extract/find-title.js';
import { linesOf } from '../helpers.js';

describe('cleanHeadline', () => {
  it('drops a breadcrumb, a kicker in capitals and a short site-name suffix', () => {
    expect(cleanHeadline('Home Solar lights boost market traders')).toBe('Solar lights boost market traders');
    expect(cleanHeadline('CHILDHOOD SWEETHEART Who is the striker’s partner?')).toBe('Who is the striker’s partner?');
    expect(cleanHeadline('What comes next for the ceasefire talks? | The Daily Courier')).toBe('What comes next for the ceasefire talks?');
    expect(cleanHeadline('BUDGET 3.0 | Agency gets money to hire debt collectors')).toBe('BUDGET 3.0 | Agency gets money to hire debt collectors');
  });
});

/** The title found on a page whose body starts at the line beginning with `lead`, the body being the lead text. */
function titleOf(pageLines: string[], lead: string): string | undefined {
  const lines = linesOf(pageLines.join('\n'));
  const bodyStart = lines.findIndex((line) => line.text.startsWith(lead));
  return findTitle(lines, bodyStart, lines.slice(bodyStart).map((line) => line.text).join(' '))?.title;
}

describe('findTitle', () => {
  const page = [
    'Subscribe now', 'Sign in', 'Click to return to homepage', 'World', 'Politics',
    'Harbour strike halts grain exports for a third day', 'Dockworkers walked out over pay as ships queued offshore',
    'By Jane Doe', 'May 3, 2024',
    'A strike by harbour workers halted grain exports for a third day on Friday, leaving dozens of ships waiting offshore.',
    'The dockworkers say their pay has not kept up with prices since the last agreement was signed.',
  ];

  it('picks the headline above its stand-first and byline, not menu lines', () => {
    expect(titleOf(page, 'A strike')).toBe('Harbour strike halts grain exports for a third day');
  });

  it('finds nothing when no line shares words with the lead', () => {
    const lines = linesOf('Subscribe now\nClick to return to homepage\nAll sections\nThe council approved the budget on Monday after a long debate among its members.');
    expect(findTitle(lines, 3, lines[3].text)).toBeNull();
  });

  it('takes a breadcrumb of capitalised words for no headline, even when it names the story and the headline follows', () => {
    // The breadcrumb shares two words with the lead, so it looks like a headline set above a stand-first.
    const title = titleOf([
      'Latest', 'World', 'Business', 'Log In', 'News World Harbour',
      'Harbour strike halts grain exports as ships queue offshore for a third day',
      'Dockworkers at the harbour in 2024. (Photo/Agency)', 'By Jane Doe', 'Published on 03/05/2024',
      'A strike by harbour workers halted grain exports for a third day on Friday, leaving dozens of ships waiting offshore.',
      'The dockworkers in the world’s busiest grain harbour say their pay has not kept up with prices.',
    ], 'A strike');
    expect(title).toBe('Harbour strike halts grain exports as ships queue offshore for a third day');
  });

  it('still pairs a short sentence-case headline with the stand-first under it', () => {
    const title = titleOf([
      'Latest', 'World', 'Mining blasts shatter homes', '…as valley communities cry foul over lost homes and livelihoods', 'By Jane Doe',
      'Residents of the valley say blasts at the new mine have cracked the walls of their homes and scared away their cattle.',
      'The mining company says it follows every rule on blasting.',
    ], 'Residents');
    expect(title).toBe('Mining blasts shatter homes');
  });
});
