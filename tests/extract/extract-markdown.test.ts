import { describe, expect, it } from 'vitest';
import { linkedBlocks, markdownBlocks } from '../../src/extract/extract-markdown.js';

describe('markdownBlocks', () => {
  it('should keep a block\'s links to addresses, emphasis and code as spans over its text, and no site path, picture or raw HTML', () => {
    const { blocks } = markdownBlocks('The **council\'s** report, [published](https://example.org/r "R") on\nMonday, runs on   `pumps` and [a page](/local/page) ![pic](https://example.org/p.png) <b>raw</b>.\n\nNo markup here.\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'The council\'s report, published on Monday, runs on pumps and a page raw.', spans: [
        { start: 4, end: 13, kind: 'strong' }, { start: 22, end: 31, kind: 'link', url: 'https://example.org/r' }, { start: 51, end: 56, kind: 'code' }] },
      { kind: 'paragraph', text: 'No markup here.' },
    ]);
    const [block] = blocks;
    expect(block.spans!.map((span) => block.text.slice(span.start, span.end))).toEqual(['council\'s', 'published', 'pumps']);
  });

  it('should number the items of a numbered list from its start, and leave a bulleted list\'s unnumbered', () => {
    const { blocks } = markdownBlocks('The plan:\n\n3. Raise the wall.\n4. Build a pump.\n\n- A bullet.\n');
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'The plan:' }, { kind: 'list-item', text: 'Raise the wall.', number: 3 },
      { kind: 'list-item', text: 'Build a pump.', number: 4 }, { kind: 'list-item', text: 'A bullet.' }]);
  });

  it('should read a link written around blocks (a story card) as link text, without its brackets and address', () => {
    // How a converter writes <a href><span>Latest</span><h3>Headline</h3></a>: Markdown cannot hold it, and the
    // parser leaves "[" and "](/address "title")" as text.
    const markdown = [
      '[', 'Latest', '_6m ago_Why the striker left the club in a hurry](https://paper.example/sport/striker/ "Why")',
      'Officials said on Friday that the new rail line would open next spring, two years later than first planned.',
      '- [', '  #### Council delays vote on bus lanes', '  ](/news/bus-lanes/)',
    ].join('\n\n');
    const { blocks, marks } = markdownBlocks(markdown);
    expect(blocks.map((block) => block.text)).toEqual([
      'Latest', '_6m ago_Why the striker left the club in a hurry',
      'Officials said on Friday that the new rail line would open next spring, two years later than first planned.',
      'Council delays vote on bus lanes',
    ]);
    expect(marks.map((mark) => mark.linkOnly)).toEqual([true, true, false, true]);
  });

  it('should close such a link at an address in angle brackets, and leave the article after it alone', () => {
    const markdown = '[Email link\n\n](<mailto:?subject=Rail line delayed&body=https://paper.example/rail/>)\n\nThe council met on Friday to discuss the rail line and its cost.';
    const { blocks, marks } = markdownBlocks(markdown);
    expect(blocks.map((block) => block.text)).toEqual(['Email link', 'The council met on Friday to discuss the rail line and its cost.']);
    expect(marks.map((mark) => mark.linkOnly)).toEqual([true, false]);
  });

  it('should part a link from a word it is glued to, and keep a link inside a word\'s sentence as text', () => {
    const { blocks, marks } = markdownBlocks('[Jane Doe](https://paper.example/author/jane-doe/)2 minutes ago\n\nShe met [the mayor](/mayor/)\'s team.');
    expect(blocks.map((block) => block.text)).toEqual(['Jane Doe 2 minutes ago', 'She met the mayor\'s team.']);
    expect(marks[1].linkOnly).toBe(false);
  });

  it('should read a list of the most read, each story\'s link under its counter, as links, and no counter alone or sentence with a link as one', () => {
    const markdown = [
      '## Most read',
      '-   1\n    \n    [Council delays vote on bus lanes](https://paper.example/news/bus-lanes/)\n',
      '-   2.\n    \n    [Why the striker left the club](https://paper.example/sport/striker/)\n',
      '-   3',
      '- In 2 of the 3 wards, [the council](/council/) voted against the plan.',
    ].join('\n\n');
    const { marks } = markdownBlocks(markdown);
    expect(marks.map((mark) => mark.linkOnly)).toEqual([false, true, true, false, false]);
  });

  it('should list the links to authors\' pages with the block they stand in, a picture\'s link by its title', () => {
    const markdown = '[![avatar](/a.jpg)](https://paper.example/staff/jane-doe "Jane Doe")\n\nBy [Jane Doe](/staff/jane-doe/) and [John Roe](/authors/john-roe)\n\n[World](/world/)';
    expect(markdownBlocks(markdown).authorLinks).toEqual([
      { name: 'Jane Doe', block: 0 }, { name: 'Jane Doe', block: 0 }, { name: 'John Roe', block: 0 },
    ]);
  });
});

describe('linkedBlocks', () => {
  it('should take a bracket that no link end follows within a card\'s length for a stray one', () => {
    const prose = Array.from({ length: 10 }, (_, index) => `Paragraph ${index} of the article, which says something.`);
    expect(linkedBlocks(['[', ...prose])).toEqual([true, ...prose.map(() => false)]);
    expect(linkedBlocks(['[', 'Latest', 'Headline](/story/)', 'Prose after it.'])).toEqual([true, true, true, false]);
  });
});
