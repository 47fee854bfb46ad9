import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.js';
import { parseDocument } from '../../src/read/parse-document.js';

/** Extract a Markdown file as the build reads it (front matter and all). */
function markdown(text: string) {
  const { document } = parseDocument('story.md', Buffer.from(text));
  return extractArticle(document!).article!;
}

const LEAD = 'Officials in the capital said on Friday that the new rail line would open to passengers next spring, two years later than first planned.';
const SECOND = 'The delay, they said, came from a shortage of signalling engineers and from a dispute with the main contractor over the cost of the tunnels.';
const THIRD = 'Residents of the northern suburbs, who have waited a decade for the line, said they were tired of promises and wanted a firm date from the city.';
const FOURTH = 'The city council will vote on the revised budget for the project at its next meeting, and the mayor has said she expects it to pass.';

describe('extractArticle: Markdown', () => {
  it('should read a page saved as Markdown as it reads a text copy: headline, byline, date, and the body without the page around it', () => {
    const page = [
      '# Log in', '[Skip to main content](#main)', '- [World](https://paper.example/world/)', '- [Business](https://paper.example/business/)', '- [Sport](https://paper.example/sport/)',
      '# Rail line to open two years late, officials say', 'By [Jane Doe](https://paper.example/authors/jane-doe/)', 'May 31, 2024',
      LEAD, '![A train at the depot](https://paper.example/train.jpg)', 'A train at the depot in March. (Photo by John Roe/Reuters)',
      SECOND, 'Flipboard', 'SUBSCRIBE TO UNLOCK MORE ARTICLES', '## What residents say', THIRD, 'It did not.', FOURTH,
      'Read more:', '- [Council delays vote on bus lanes](https://paper.example/bus/)', '- [Tunnel contractor sues city](https://paper.example/tunnel/)',
      '© 2024 The Daily Example. All rights reserved.',
    ].join('\n\n');
    const article = markdown(page);
    expect(article.title).toBe('Rail line to open two years late, officials say');
    expect(article.published).toBe('2024-05-31');
    expect(article.authors).toEqual(['Jane Doe']);
    // Inside the article the Markdown is taken as written (a short paragraph, a subheading), less the caption, a
    // button's word and a label in capitals.
    expect(article.paragraphs).toEqual([LEAD, SECOND, 'What residents say', THIRD, 'It did not.', FOURTH]);
    expect(article.blocks[2]).toEqual({ kind: 'heading', text: 'What residents say' });
    const reasons = Object.fromEntries(article.removed.map((entry) => [entry.text, entry.reason]));
    expect(reasons['A train at the depot in March. (Photo by John Roe/Reuters)']).toMatch(/caption/);
    expect(Object.keys(reasons)).toEqual(expect.arrayContaining(['Flipboard', 'SUBSCRIBE TO UNLOCK MORE ARTICLES', 'Log in', 'World', 'By Jane Doe', 'May 31, 2024', 'Tunnel contractor sues city', '© 2024 The Daily Example. All rights reserved.']));
  });

  it('should leave out a byline, a date line, a time counted back, a reading time and a subscription\'s pitch set between the stand-first and the lead', () => {
    const standfirst = 'Officials blamed a shortage of signalling engineers and a dispute over the cost of the tunnels, and residents of the northern suburbs say they are tired of waiting for the line.';
    const subscribe = 'Subscribe now to read the latest news in your city and across the country.';
    const pitch = ['Unlimited digital access to The Daily Example.', 'Opportunity to engage with our commenting community.', 'Daily puzzles, including the crossword.',
      'Support local journalism.', 'Share your thoughts and join the conversation in the comments.', 'Enjoy additional articles per month.', 'Get email updates from your favourite authors.'];
    const page = [
      '[Home](/)', '[News](/news/)', '[Local News](/news/local/)', 'Share this Story : The Daily Example', '# Rail line to open two years late, officials say', standfirst,
      'Author of the article:', 'By Jane Doe | The Daily Example', 'Friday 31 May 2024 08:49 GMT', 'Jane Doe 2 hours ago', '4 minute read', 'Join the conversation',
      'You can save this article by registering for free here. Or sign-in if you have an account.', 'The depot at the end of the line, pictured in March. Photo by John Roe/The Daily Example',
      'Article content', LEAD, 'THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY', subscribe, ...pitch.slice(0, 2), 'The Daily Example ePaper.', 'SUBSCRIBE TO UNLOCK MORE ARTICLES', subscribe,
      ...pitch.slice(2), 'Register to unlock this article', 'Sign In or Create an Account', 'Article content', SECOND, THIRD, FOURTH,
    ].join('\n\n');
    const article = markdown(page);
    // The lead, of a lead's shape, stays among them.
    expect(article.paragraphs).toEqual([standfirst, LEAD, SECOND, THIRD, FOURTH]);
    expect(article.published).toBe('2024-05-31');
    expect(article.authors).toEqual(['Jane Doe']);
    expect(article.removed.map((entry) => entry.text)).toEqual(expect.arrayContaining(['By Jane Doe | The Daily Example', 'Friday 31 May 2024 08:49 GMT', 'Jane Doe 2 hours ago', '4 minute read', ...pitch]));
  });

  it('should read a clipper\'s Markdown whole: its excerpt of the lead once, and paragraphs that open with an escaped number', () => {
    const page = [
      '# Rail line to open two years late, officials say', `> ## Excerpt\n> ${LEAD}`, '---', LEAD, SECOND,
      '**1\\. Signalling.** The line needs forty more signalling engineers than the city has been able to hire this year.',
      '**2\\. Tunnels.** The main contractor wants another forty million for the tunnels under the river, the council said.',
      THIRD, FOURTH,
    ].join('\n\n');
    const article = markdown(page);
    expect(article.paragraphs).toEqual([LEAD, SECOND, '1. Signalling. The line needs forty more signalling engineers than the city has been able to hire this year.',
      '2. Tunnels. The main contractor wants another forty million for the tunnels under the river, the council said.', THIRD, FOURTH]);
    // An excerpt that quotes the stand-first, which the article then opens with: the stand-first once.
    const standfirst = 'Officials blame a shortage of signalling engineers and a dispute with the main contractor over the rising cost of the tunnels under the river';
    const clipped = markdown(['# Rail line to open two years late, officials say', `> ## Excerpt\n> ${standfirst}`, '---', standfirst, LEAD, SECOND, THIRD].join('\n\n'));
    expect(clipped.paragraphs).toEqual([standfirst, LEAD, SECOND, THIRD]);
    expect(clipped.removed.find((entry) => entry.text === standfirst)?.reason).toMatch(/quotes a paragraph of the article/);
  });

  it('should take a clipper\'s heading without the site\'s name the page\'s title appends', () => {
    const titled = (heading: string) => markdown([`# ${heading}`, LEAD, SECOND, THIRD].join('\n\n')).title;
    expect(titled('Rail line to open two years late | The Daily Example')).toBe('Rail line to open two years late');
    expect(titled('Rail line to open two years late - National | Dailyexample.co.uk')).toBe('Rail line to open two years late - National');
    expect(titled('Rail line to open two years late - dailyexample.com')).toBe('Rail line to open two years late');
    // A headline's own dash stays.
    expect(titled('Rail line to open late - then the council votes again')).toBe('Rail line to open late - then the council votes again');
  });

  it('should take the authors from links to their pages under the headline when the text shows no byline', () => {
    const page = [
      '# Rail line to open two years late, officials say', '# … residents tired of waiting',
      '[![Jane Doe](https://paper.example/jane.jpg)](https://paper.example/author/jane-doe/ "Jane Doe")',
      '[Jane Doe](https://paper.example/author/jane-doe/)**Published** May 31, 2024, 11:21am|**Updated** May 31, 2024, 6:39pm', LEAD, SECOND, THIRD,
      '## More from [John Roe](https://paper.example/author/john-roe/)', '[Tunnel contractor sues city](https://paper.example/tunnel/)',
    ].join('\n\n');
    const article = markdown(page);
    expect(article.authors).toEqual(['Jane Doe']);
    expect(article.evidence.authors.source).toMatch(/links to the authors' pages/);
    // The heading that goes on from the one above it is its deck: the headline is the first.
    expect(article.title).toBe('Rail line to open two years late, officials say');
    // A menu as one long link, which reads like prose, is no part of the body.
    const menu = `[Credit Cards [Loans [Banking [Mortgages and the best savings accounts for your money this year, with insurance for your home and car, taxes and investing](/select/)`;
    expect(markdown([menu, '# Rail line to open two years late, officials say', LEAD, SECOND].join('\n\n')).paragraphs).toEqual([LEAD, SECOND]);
  });

  it('should let front matter win over what the text says, and keep a written article whole', () => {
    const text = `---\ntitle: Rail line delayed\npublished: 2024-06-01\nauthors: [A. Writer]\n---\n\nBy Jane Doe\n\nMay 30, 2024\n\n${LEAD}\n\nShort, yes.\n\n${SECOND}\n`;
    const article = markdown(text);
    expect(article).toMatchObject({ title: 'Rail line delayed', published: '2024-06-01', authors: ['A. Writer'] });
    expect(article.paragraphs).toEqual([LEAD, 'Short, yes.', SECOND]);
    // Without front matter the text's own date and byline are read.
    expect(markdown(`By Jane Doe\n\nMay 30, 2024\n\n${LEAD}\n\n${SECOND}\n`)).toMatchObject({ published: '2024-05-30', authors: ['Jane Doe'], titleDerived: true });
  });
});
