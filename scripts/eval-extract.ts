/**
 * Measure extraction on the development corpus (../shared/corpora/dev), when it is present: body token
 * precision / recall / F1, title exact match, published-date accuracy and author recall, for the text path (as
 * copied, and hard-wrapped at 72 columns), the HTML path and the Markdown path, beside the baseline of keeping every line. Skips cleanly when the corpus
 * is missing. The Markdown path reads each saved page converted whole to Markdown by turndown, as a "save as
 * Markdown" tool or web clipper in full-page mode writes it (menus, captions, related links and all), and as a
 * clipper writes the article alone (Readability's pick, then turndown).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import TurndownService from 'turndown';
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from '../src/extract/parse-html.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { extractHtml } from '../src/extract/extract-html.js';
import { extractText } from '../src/extract/extract-text.js';
import { parseDocument } from '../src/read/parse-document.js';
import { outletKey } from '../src/render/build-site-data.js';
import { hardWrap } from '../tests/helpers.js';

interface GoldRecord { id: string; title: string; authors: string[]; published: string | null; body: string }
interface Scores { precision: number; recall: number; f1: number; title: number; titleShown: number; shown: number; date: number; dated: number; authorRecall: number; authorPrecision: number }

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpora/dev');
if (!existsSync(path.join(corpus, 'gold.json'))) {
  console.log(`eval:extract: no corpus at ${corpus}; skipped.`);
  process.exit(0);
}

const tokens = (text: string) => (text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []);
const normal = (text: string) => tokens(text).join(' ');

function overlap(predicted: string[], gold: string[]): number {
  const counts = new Map<string, number>();
  for (const token of gold) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of predicted) {
    const left = counts.get(token) ?? 0;
    if (left > 0) { shared++; counts.set(token, left - 1); }
  }
  return shared;
}

function authorsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') {
    try { return JSON.parse(value.replace(/'/g, '"')) as string[]; } catch { return value ? [value] : []; }
  }
  return [];
}

function score(rows: { body: string; title: string; published: string | null; authors: string[]; gold: GoldRecord; page: string }[]): Scores {
  let shown = 0, shownHits = 0;
  let shared = 0, predictedTotal = 0, goldTotal = 0, titles = 0, dates = 0, dated = 0, authorHits = 0, authorTotal = 0, authorsFound = 0, authorsRight = 0;
  for (const row of rows) {
    const predicted = tokens(row.body);
    const gold = tokens(row.gold.body);
    shared += overlap(predicted, gold);
    predictedTotal += predicted.length;
    goldTotal += gold.length;
    const titleHit = normal(row.title) === normal(row.gold.title);
    if (titleHit) titles++;
    // Gold titles are often the metadata title, which the page text may not show at all.
    if (normal(row.page).includes(normal(row.gold.title))) { shown++; if (titleHit) shownHits++; }
    const goldDay = row.gold.published ? row.gold.published.slice(0, 10) : null;
    if (goldDay) { dated++; if (row.published === goldDay) dates++; }
    const goldAuthors = authorsOf(row.gold.authors);
    authorTotal += goldAuthors.length;
    authorHits += goldAuthors.filter((author) => row.authors.some((found) => normal(found) === normal(author))).length;
    // Precision where gold names authors: a page whose gold has none says nothing about a byline we found.
    if (goldAuthors.length) {
      authorsFound += row.authors.length;
      authorsRight += row.authors.filter((found) => goldAuthors.some((author) => normal(found) === normal(author))).length;
    }
  }
  const precision = shared / Math.max(predictedTotal, 1);
  const recall = shared / Math.max(goldTotal, 1);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(precision + recall, 1e-9), title: titles / rows.length, titleShown: shownHits / Math.max(shown, 1), shown, date: dates / Math.max(dated, 1), dated, authorRecall: authorHits / Math.max(authorTotal, 1), authorPrecision: authorsRight / Math.max(authorsFound, 1) };
}

const gold = JSON.parse(readFileSync(path.join(corpus, 'gold.json'), 'utf8')) as GoldRecord[];
const textRows = [];
const baselineRows = [];
const htmlRows = [];
const markdownRows = [];
const wrappedRows = [];
const clipperRows: Parameters<typeof score>[0] = [];
/** Text wrapped at 72 columns, as a PDF's, an e-mail's or a text browser's is. */
const WRAP = 72;
const perPage: string[] = [];
/** A site's name as compared: as the site tells outlets apart, and a domain's ending, a trailing "News" or "Online" aside. */
const siteKey = (name: string | null) => (name ? outletKey(name).replace(/tv$/, '').replace(/(?:news|online)$/, '') : null);
const outlets = { named: 0, text: 0, wrapped: 0, markdown: 0 };
const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-' });
turndown.remove((node) => ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'FORM', 'BUTTON'].includes(node.nodeName.toUpperCase()));
for (const record of gold) {
  const text = readFileSync(path.join(corpus, 'text', `${record.id}.txt`), 'utf8');
  const article = extractText(text, `${record.id}.txt`);
  textRows.push({ body: article.paragraphs.join('\n'), title: article.title, published: article.published, authors: article.authors, gold: record, page: text });
  const wrappedArticle = extractText(hardWrap(text, WRAP), `${record.id}.txt`);
  wrappedRows.push({ body: wrappedArticle.paragraphs.join('\n'), title: wrappedArticle.title, published: wrappedArticle.published, authors: wrappedArticle.authors, gold: record, page: text });
  baselineRows.push({ body: text, title: text.split('\n').find((line) => line.trim()) ?? '', published: null, authors: [], gold: record, page: text });
  const html = gunzipSync(readFileSync(path.join(corpus, 'html', `${record.id}.html.gz`))).toString('utf8');
  const page = extractHtml(html, `${record.id}.html`);
  htmlRows.push({ body: page.paragraphs.join('\n'), title: page.title, published: page.published, authors: page.authors, gold: record, page: text });
  // As the build reads a .md file: front matter (none here) and the Markdown body.
  const markdown = turndown.turndown(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ''));
  const clipped = parseDocument(`${record.id}.md`, Buffer.from(markdown)).document;
  const fromMarkdown = clipped ? extractArticle(clipped).article : null;
  markdownRows.push({ body: fromMarkdown?.paragraphs.join('\n') ?? '', title: fromMarkdown?.title ?? '', published: fromMarkdown?.published ?? null, authors: fromMarkdown?.authors ?? [], gold: record, page: text });
  // As a clipper writes the article alone (Readability's pick, in MarkDownload's default template: headline,
  // excerpt, rule, article); where Readability finds nothing the clipper saves nothing.
  const picked = new Readability(parseHtmlDocument(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ''))).parse();
  const clip = picked ? `# ${picked.title ?? ''}\n\n> ## Excerpt\n> ${picked.excerpt ?? ''}\n\n---\n${turndown.turndown(picked.content ?? '')}\n` : '';
  const clipDocument = clip ? parseDocument(`${record.id}.md`, Buffer.from(clip)).document : null;
  const fromClip = clipDocument ? extractArticle(clipDocument).article : null;
  clipperRows.push({ body: fromClip?.paragraphs.join('\n') ?? '', title: fromClip?.title ?? '', published: fromClip?.published ?? null, authors: fromClip?.authors ?? [], gold: record, page: text });
  // The outlet, against the site name the saved page gives itself (og:site_name and the like), where it gives one.
  if (page.evidence.outlet?.source === 'page metadata' && page.outlet) {
    const own = siteKey(page.outlet);
    outlets.named++;
    if (siteKey(article.outlet) === own) outlets.text++;
    if (siteKey(wrappedArticle.outlet) === own) outlets.wrapped++;
    if (siteKey(fromMarkdown?.outlet ?? null) === own) outlets.markdown++;
  }
  const one = score([textRows.at(-1)!]);
  const saved = score([htmlRows.at(-1)!]);
  perPage.push(`${record.id.padEnd(32)} text P ${one.precision.toFixed(2)} R ${one.recall.toFixed(2)} title ${one.title ? 'ok' : '--'} | HTML P ${saved.precision.toFixed(2)} R ${saved.recall.toFixed(2)} title ${saved.title ? 'ok' : '--'}`);
}
const table = (name: string, s: Scores) =>
  `| ${name} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${(s.title * 100).toFixed(0)}% | ${(s.titleShown * 100).toFixed(0)}% (of ${s.shown}) | ${(s.date * 100).toFixed(0)}% (of ${s.dated}) | ${(s.authorRecall * 100).toFixed(0)}% | ${(s.authorPrecision * 100).toFixed(0)}% |`;
if (process.argv.includes('--pages')) console.log(perPage.join('\n'));
console.log(`Extraction on ${gold.length} pages of ${corpus}\n`);
console.log('| path | body precision | body recall | body F1 | title exact | title exact where the page text shows it | date | author recall | author precision |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(table('text (.txt)', score(textRows)));
console.log(table(`text hard-wrapped at ${WRAP} columns`, score(wrappedRows)));
console.log(table('HTML (.html)', score(htmlRows)));
console.log(table('Markdown (.md, the saved page through turndown)', score(markdownRows)));
console.log(table('Markdown (.md, a clipper\'s: Readability, then turndown)', score(clipperRows)));
console.log(table('baseline: every line', score(baselineRows)));
const share = (count: number) => `${Math.round((100 * count) / Math.max(outlets.named, 1))}%`;
console.log(`\nOutlet as the page names itself in its metadata (${outlets.named} pages): text ${share(outlets.text)}, hard-wrapped ${share(outlets.wrapped)}, Markdown ${share(outlets.markdown)}.`);
