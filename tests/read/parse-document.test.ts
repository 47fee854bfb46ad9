import { describe, expect, it } from 'vitest';
import { kindOf, MAX_ARCHIVE_BYTES, MAX_FILE_BYTES, parseDocument, sizeProblem } from '../../src/read/parse-document.js';

describe('parseDocument', () => {
  it('should report unknown kinds, empty files and oversized files by name', () => {
    expect(kindOf('a.pdf')).toBeNull();
    expect(parseDocument('a.pdf', Buffer.from('x')).problems[0]).toMatchObject({ file: 'a.pdf', severity: 'error' });
    expect(parseDocument('empty.txt', Buffer.from('  \n ')).problems[0].message).toMatch(/empty/);
    const big = parseDocument('big.txt', Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    expect(big.document).toBeNull();
    expect(big.problems[0].message).toMatch(/MB, over the 5 MB limit/);
    // A web archive holds the page's pictures too: it may be larger, up to its own limit.
    expect(sizeProblem('page.mhtml', MAX_FILE_BYTES + 1)).toBeNull();
    expect(sizeProblem('page.mhtml', MAX_ARCHIVE_BYTES + 1)).toMatch(/over the 25 MB limit/);
  });

  it('should keep front-matter fields as ISO strings and strip them from the body', () => {
    const text = '---\ntitle: Given title\ndate: 2024-05-31\nauthors: [A. Writer]\noutlet: The Paper\n---\nBody text here.\n';
    const { document, problems } = parseDocument('a.md', Buffer.from(text));
    expect(problems).toEqual([]);
    expect(document?.overrides).toEqual({ title: 'Given title', published: '2024-05-31', authors: ['A. Writer'], outlet: 'The Paper' });
    expect(document?.text.trim()).toBe('Body text here.');
  });

  it('should read a web clipper\'s front matter: the page address as the address, wiki-linked names as names', () => {
    const text = '---\ntitle: Given title\nsource: "https://news.example.org/2024/05/31/story"\nauthor:\n  - "[[Jane Doe]]"\n  - "[[people/John Roe|John Roe]]"\npublished: 2024-05-31\ncreated: 2024-06-02\n---\nBody text here.\n';
    const { document } = parseDocument('clip.md', Buffer.from(text));
    expect(document?.overrides).toEqual({ title: 'Given title', originalUrl: 'https://news.example.org/2024/05/31/story', authors: ['Jane Doe', 'John Roe'], published: '2024-05-31' });
    // A name stays the outlet, whichever key holds it.
    expect(parseDocument('b.md', Buffer.from('---\nsource: The Paper\nurl: https://paper.example/x\n---\nBody.\n')).document?.overrides).toEqual({ outlet: 'The Paper', originalUrl: 'https://paper.example/x' });
    // A clipper's byline: the name.
    expect(parseDocument('c.md', Buffer.from('---\nauthor: By Jane Doe\n---\nBody.\n')).document?.overrides).toEqual({ authors: ['Jane Doe'] });
  });

  it('should report malformed front matter and skip the file', () => {
    const { document, problems } = parseDocument('bad.md', Buffer.from('---\ntitle: [unclosed\n---\nBody'));
    expect(document).toBeNull();
    expect(problems[0]).toMatchObject({ file: 'bad.md', severity: 'error' });
    expect(problems[0].message).toMatch(/malformed front matter/);
  });

  it('should apply a sidecar to a text article', () => {
    const { document } = parseDocument('a.txt', Buffer.from('Some text.'), 'outlet: Sidecar News\npublished: "2024-06-01"\n');
    expect(document?.overrides).toEqual({ outlet: 'Sidecar News', published: '2024-06-01' });
  });

  it('should warn when text is not UTF-8', () => {
    const { document, problems } = parseDocument('old.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    expect(document?.text).toBe('Café');
    expect(problems[0]).toMatchObject({ severity: 'warning', message: 'not UTF-8; read as windows-1252' });
  });
});
