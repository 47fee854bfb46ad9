/**
 * List the entities Dossier discovers on the development corpus (../shared/corpora/dev), for a check by eye:
 * recurring entities (in two or more of the 80 unrelated pages) and, with --all, every entity with a page at a
 * threshold of one article. Skips cleanly when the corpus is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEntityIndex } from '../src/entities/build-entity-index.js';
import { extractText } from '../src/extract/extract-text.js';
import type { Article } from '../src/types.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpora/dev');
if (!existsSync(path.join(corpus, 'gold.json'))) {
  console.log(`review:entities: no corpus at ${corpus}; skipped.`);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(path.join(corpus, 'gold.json'), 'utf8')) as { id: string }[];
const articles: Article[] = gold.map((record) => ({
  ...extractText(readFileSync(path.join(corpus, 'text', `${record.id}.txt`), 'utf8'), `${record.id}.txt`),
  id: record.id,
  url: `articles/${record.id}/`,
}));
const minArticles = process.argv.includes('--all') ? 1 : 2;
const { entities } = buildEntityIndex(articles, { minArticles });
console.log(`${entities.length} entities in ${minArticles}+ of ${articles.length} pages\n`);
for (const entity of [...entities].sort((a, b) => a.type.localeCompare(b.type) || b.mentionCount - a.mentionCount)) {
  console.log(`${entity.type.padEnd(13)} ${entity.name.padEnd(34)} articles ${String(entity.mentions.length).padStart(2)}  mentions ${String(entity.mentionCount).padStart(3)}  aliases ${entity.aliases.join(' | ')}`);
}
