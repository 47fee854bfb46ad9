import { describe, expect, it } from 'vitest';
import { extractHtml, reconcile } from '../../src/extract/extract-html.js';

const prose = (n: number) => Array.from({ length: n }, (_, i) =>
  `<p>Paragraph ${i + 1} of the report says that the harbour workers kept their strike going for another day while the ships waited offshore.</p>`).join('');

describe('extractHtml', () => {
  it('takes metadata from JSON-LD and meta tags, the headline from the page h1, and decodes entities', () => {
    const html = `<html lang="en"><head><meta property="og:site_name" content="The Courier">
      <meta property="og:title" content="Harbour strike enters third day &amp;#8217;s talks - The Courier">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour strike enters third day","datePublished":"2024-05-03T10:00:00Z","author":{"name":"Jane Doe"}}</script>
      </head><body><article><h1>Harbour strike enters third day</h1>${prose(6)}</article></body></html>`;
    const article = extractHtml(html, 'page.html');
    expect(article.title).toBe('Harbour strike enters third day');
    expect(article.outlet).toBe('The Courier');
    expect(article.published).toBe('2024-05-03');
    expect(article.authors).toEqual(['Jane Doe']);
    expect(article.language).toBe('en');
    expect(article.paragraphs).toHaveLength(6);
  });

  it('takes the visible headline when it differs from the metadata title, although Readability drops it from the page', () => {
    const html = `<html lang="en"><head><meta property="og:title" content="Harbour strike: workers stay out">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour strike: workers stay out as talks fail"}</script>
      </head><body><article><h1>Harbour strike workers stay out for a third day</h1>${prose(6)}</article></body></html>`;
    expect(extractHtml(html, 'page.html').title).toBe('Harbour strike workers stay out for a third day');
  });

  it('takes the visible headline when the share title words it alike although the structured-data headline differs', () => {
    const html = `<html lang="en"><head><meta property="og:title" content="A dock worker who lost his job shares 7 things he learned on strike">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Dockers on strike: seven lessons"}</script>
      </head><body><article><h1>A dock worker who lost his job shares 7 things he learned on strike</h1>${prose(6)}</article></body></html>`;
    expect(extractHtml(html, 'page.html').title).toBe('A dock worker who lost his job shares 7 things he learned on strike');
  });

  it('keeps one copy of a paragraph the page repeats as a key point, in its place in the body', () => {
    const point = 'Collectors are paying up to 150,000 dollars for bills printed with a rare pair of serial numbers this year.';
    const html = `<html lang="en"><head><title>Rare dollar bills are worth thousands</title></head><body><article><h1>Rare dollar bills are worth thousands</h1>
      <ul><li>${point.replace(/\.$/, '')}</li></ul>${prose(3)}<p>${point}</p>${prose(3).replace(/Paragraph (\d)/g, 'Section $1')}</article></body></html>`;
    const article = extractHtml(html, 'page.html');
    expect(article.paragraphs.filter((paragraph) => paragraph === point)).toHaveLength(1);
    expect(article.paragraphs.indexOf(point)).toBe(3);
    expect(article.removed).toContainEqual({ text: point.replace(/\.$/, ''), reason: 'repeated verbatim on the page (caption or key point)' });
  });

  it('keeps a paragraph\'s links to addresses, emphasis and code as spans over its text, and a link to a site path as text', () => {
    const html = `<html lang="en"><head><title>Council report on the harbour</title></head><body><article><h1>Council report on the harbour</h1>
      <p>The <strong>council's</strong>  <a href="https://example.org/report">report,
      published</a> on Monday, runs on <code>pumps</code> and <a href="/local/page">a page of ours</a>, <em>the mayor <b>said</b></em> at the meeting on Monday evening.</p>${prose(3)}</article></body></html>`;
    const [block] = extractHtml(html, 'page.html').blocks;
    expect(block.text).toBe('The council\'s report, published on Monday, runs on pumps and a page of ours, the mayor said at the meeting on Monday evening.');
    expect(block.spans!.map((span) => [block.text.slice(span.start, span.end), span.kind, span.url])).toEqual([
      ['council\'s', 'strong', undefined], ['report, published', 'link', 'https://example.org/report'], ['pumps', 'code', undefined],
      ['said', 'strong', undefined], ['the mayor said', 'emphasis', undefined]]);
  });

  it('numbers the items of a numbered list, from the list\'s start', () => {
    const html = `<html lang="en"><head><title>Five steps the council will take</title></head><body><article><h1>Five steps the council will take</h1>
      ${prose(3)}<ol start="4"><li>Raise the harbour wall by two metres along the quay.</li><li>Build a pumping station at the river mouth.</li></ol>
      <ul><li>Move the ferry terminal inland, the council said.</li></ul>${prose(2).replace(/Paragraph (\d)/g, 'Section $1')}</article></body></html>`;
    const items = extractHtml(html, 'page.html').blocks.filter((block) => block.kind === 'list-item');
    expect(items.map((block) => block.number)).toEqual([4, 5, undefined]);
  });

  it('takes Readability\'s byline guess only when it reads as a person\'s name', () => {
    const page = (byline: string) => `<html lang="en"><head><title>Harbour strike enters third day</title></head><body><article>
      <h1>Harbour strike enters third day</h1><div class="byline">${byline}</div>${prose(6)}</article></body></html>`;
    expect(extractHtml(page('Jane Doe'), 'page.html').authors).toEqual(['Jane Doe']);
    // A section's name in the author's place is none.
    expect(extractHtml(page('Miscellany'), 'page.html').authors).toEqual([]);
  });

  it('takes the site name without the tagline beside it, the part the page\'s address names', () => {
    const page = (site: string) => `<html lang="en"><head><meta name="application-name" content="${site}"><meta property="og:url" content="https://www.9news.com.au/world/strike">
      </head><body><article><h1>Harbour strike enters third day</h1>${prose(6)}</article></body></html>`;
    expect(extractHtml(page('Breaking Australian and World News Headlines - 9News'), 'page.html').outlet).toBe('9News');
    expect(extractHtml(page('Nine News - Australia'), 'page.html').outlet).toBe('Nine News - Australia');
  });

  it('reads the article a WebPage holds as its main entity, names each author once, and no outlet for an author', () => {
    const nested = `<html lang="en"><head><script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"Harbour strike enters third day","datePublished":"2024-05-03","author":[{"name":"Jane Doe"},{"name":"Ann Lee"}]}}</script>
      </head><body><article><h1>Harbour strike enters third day</h1><p>By Jane Doe &amp;</p><p>Ann Lee</p>${prose(6)}</article></body></html>`;
    expect(extractHtml(nested, 'page.html')).toMatchObject({ authors: ['Jane Doe', 'Ann Lee'], published: '2024-05-03' });
    const slug = `<html lang="en"><head><meta name="author" content="Jane Doe"><meta name="parsely-author" content="jane-doe">
      </head><body><article><h1>Harbour strike enters third day</h1>${prose(6)}</article></body></html>`;
    expect(extractHtml(slug, 'page.html').authors).toEqual(['Jane Doe']);
    const outlet = `<html lang="en"><head><meta property="og:site_name" content="The Courier"><meta name="author" content="The Courier">
      </head><body><article><h1>Harbour strike enters third day</h1><p>By Jane Doe</p>${prose(6)}</article></body></html>`;
    expect(extractHtml(outlet, 'page.html').authors).toEqual(['Jane Doe']);
  });

  it('lists each author of a JSON-LD entry naming several, and reads the visible byline when metadata names none', () => {
    const listed = `<html lang="en"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour strike enters third day","author":{"@type":"Person","name":"Jane Doe, Ann Lee and Bob Ray"}}</script>
      </head><body><article><h1>Harbour strike enters third day</h1>${prose(6)}</article></body></html>`;
    expect(extractHtml(listed, 'page.html').authors).toEqual(['Jane Doe', 'Ann Lee', 'Bob Ray']);
    const visible = `<html lang="en"><head><title>Harbour strike enters third day</title></head><body><article><h1>Harbour strike enters third day</h1>
      <p>Kyle Marsh / THE COURIER / Sep 2, 2024, 17:07 IST</p>${prose(6)}</article></body></html>`;
    const fromText = extractHtml(visible, 'page.html');
    expect(fromText.authors).toEqual(['Kyle Marsh']);
    // The date the visible byline gives, with the evidence the text path found for it.
    expect(fromText.published).toBe('2024-09-02');
    expect(fromText.evidence.published?.text).toMatch(/Sep 2, 2024/);
    expect(fromText.evidence.authors?.text).toMatch(/Kyle Marsh/);
  });

  it('prefers the publisher\'s name to a site name given as a slug, and reads the page\'s footer when metadata names none', () => {
    const slug = `<html lang="en"><head><meta property="og:site_name" content="harbourcourier">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour strike enters third day","publisher":{"@type":"Organization","name":"Harbour Courier"}}</script>
      </head><body><article><h1>Harbour strike enters third day</h1>${prose(6)}</article></body></html>`;
    expect(extractHtml(slug, 'page.html').outlet).toBe('Harbour Courier');
    const footer = `<html lang="en"><head><title>Harbour strike enters third day</title></head><body><article><h1>Harbour strike enters third day</h1>${prose(6)}</article>
      <footer><p>© 2024 Harbour Courier Ltd. All rights reserved.</p></footer></body></html>`;
    expect(extractHtml(footer, 'page.html').outlet).toBe('Harbour Courier');
  });

  it('reads the published date from a scholarly publisher\'s meta tags and from microdata', () => {
    const scholarly = `<html lang="en"><head><meta name="dc.date" content="2025-11-03"><meta name="prism.publicationDate" content="2025-11-03"></head>
      <body><article><h1>Harbour strike enters third day</h1>${prose(6)}</article></body></html>`;
    expect(extractHtml(scholarly, 'page.html').published).toBe('2025-11-03');
    const microdata = `<html lang="en"><head></head><body><article><h1>Harbour strike enters third day</h1>
      <time itemprop="datePublished" datetime="2023-08-30T16:45+0100">30 August 2023</time>${prose(6)}</article></body></html>`;
    expect(extractHtml(microdata, 'page.html').published).toBe('2023-08-30');
  });

  it('leaves out furniture inside the main content (cookie tables), saying why', () => {
    const html = `<html><body><article><h1>Harbour strike</h1>${prose(6)}
      <p>_ga 2 years This cookie is used by the analytics service to count visits to the site.</p></article></body></html>`;
    const article = extractHtml(html, 'page.html');
    expect(article.paragraphs.some((text) => text.includes('cookie'))).toBe(false);
    expect(article.removed.some((entry) => entry.text.includes('cookie') && /cookie/.test(entry.reason))).toBe(true);
  });

  it('falls back to the visible text when the main-content guess misses most of the article, or holds other text', () => {
    const block = (text: string) => ({ kind: 'paragraph' as const, text });
    const visible = extractHtml(`<html><body>${prose(8)}</body></html>`, 'page.html');
    const partial = reconcile([block(visible.paragraphs[0])], visible);
    expect(partial.blocks).toEqual(visible.blocks);
    const full = reconcile(visible.blocks.slice(0, 7), visible);
    expect(full.blocks).toHaveLength(7);
    // As long as the article, but another text (a block of product promotions).
    const promotions = visible.paragraphs.map((_, index) => block(`Product ${index + 1} is the most comprehensive solution to manage all your complex and ever-expanding tax and compliance needs today.`));
    expect(reconcile(promotions, visible).blocks).toEqual(visible.blocks);
  });

  it('adds a paragraph of the visible body that Readability dropped between two of its own, in its place, and nothing outside them', () => {
    const block = (text: string) => ({ kind: 'paragraph' as const, text });
    const visible = extractHtml(`<html><body>${prose(8)}</body></html>`, 'page.html');
    const caption = block('Ships wait offshore on Monday.');
    const teaser = block('Another story entirely: the city council has approved the new budget for the harbour after a long debate.');
    const text = { ...visible, blocks: [teaser, ...visible.blocks.slice(0, 3), caption, ...visible.blocks.slice(3)] };
    const readable = visible.blocks.filter((_, index) => index !== 4);
    expect(reconcile(readable, text).blocks).toEqual(visible.blocks);
  });

  it('leaves out the author\'s bio closing the main content and the outlet\'s sign-off, as the text path does', () => {
    const html = `<html><head><meta name="author" content="Jane Doe"></head><body><article><h1>Harbour strike</h1>${prose(5)}
      <p>The port said talks would resume on Monday. HD</p>
      <p>An award-winning journalist, Jane has covered the harbour and its workers for two decades and more.</p></article></body></html>`;
    const article = extractHtml(html, 'page.html');
    expect(article.paragraphs.at(-1)).toBe('The port said talks would resume on Monday.');
    expect(article.removed).toEqual(expect.arrayContaining([{ text: 'HD', reason: 'sign-off' }, expect.objectContaining({ reason: 'author bio' })]));
  });

  it('never takes a modal overlay for the article, however long (a consent manager\'s policy pages)', () => {
    const policy = Array.from({ length: 12 }, (_, i) => `<p>Section ${i + 1}: when you visit our website, we store information on your browser to collect details about you, your preferences or your device, which is mostly used to make the site work as you expect it to and to give you a more personalised experience.</p>`).join('');
    const html = `<html><body><div aria-modal="true" role="region">${policy}</div><article><h1>Harbour strike</h1>${prose(3)}</article></body></html>`;
    const article = extractHtml(html, 'page.html');
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs.every((text) => text.includes('harbour workers'))).toBe(true);
    // An article the page saved inside a dialog, with nothing else to read, is still the article.
    const inDialog = extractHtml(`<html><body><nav><a>Home</a></nav><div role="dialog"><article><h1>Harbour strike</h1>${prose(4)}</article></div></body></html>`, 'page.html');
    expect(inDialog.paragraphs).toHaveLength(4);
  });

  it('leaves out a menu and a sign-up notice inside the main content that the page does not show as text, keeping the article\'s own list', () => {
    const visible = extractHtml(`<html><body><h1>Harbour strike enters third day</h1>${prose(6)}</body></html>`, 'page.html');
    const item = (text: string) => ({ kind: 'list-item' as const, text });
    const menu = ['Comics', 'Horoscopes', 'Travel Guide', 'Place an Obituary'].map(item);
    const notice = (text: string) => ({ kind: 'paragraph' as const, text });
    const signUp = notice('By continuing to use our site, you agree to our Terms of Use and Privacy Policy.');
    const cookies = notice('This website uses cookies to personalize your content, and allows us to analyze our traffic. Read more about cookies here.');
    const video = notice('To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video');
    const { blocks, removed } = reconcile([...visible.blocks, item('More than forty ships are waiting offshore to load grain.'), ...menu, signUp, cookies, video], visible);
    expect(blocks.map((block) => block.text)).toEqual([...visible.blocks.map((block) => block.text), 'More than forty ships are waiting offshore to load grain.']);
    expect(removed.map((entry) => [entry.text, /menu/.test(entry.reason)])).toEqual([...menu.map((entry) => [entry.text, true]), [signUp.text, false], [cookies.text, false], [video.text, false]]);
    expect(removed.slice(-3).map((entry) => entry.reason)).toEqual(['sign-up form text', 'cookie or consent notice', 'notice about the browser']);
  });
});
