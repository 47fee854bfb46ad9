/** Shared test helpers: the seed articles, read and built once per test file. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArchive, type BuiltArchive } from '../src/build-archive.js';
import { classifyLines } from '../src/extract/classify-lines.js';
import { splitLines } from '../src/extract/split-lines.js';
import { readSeeds } from '../src/read/read-seeds.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const seedsDir = path.join(root, 'seeds');

let cached: Promise<BuiltArchive> | null = null;

/** The archive built from the project's seeds (no curation). */
export function seedArchive(): Promise<BuiltArchive> {
  cached ??= readSeeds(seedsDir).then(({ documents }) => buildArchive(documents, { version: 'test' }));
  return cached;
}

/** Page text → classified lines, as the extractors see them. */
export const linesOf = (text: string) => classifyLines(splitLines(text));

/** The seed article whose file name starts with `prefix`. */
export async function seedArticle(prefix: string) {
  const { archive } = await seedArchive();
  const article = archive.articles.find((entry) => entry.sourceFile.startsWith(prefix));
  if (!article) throw new Error(`no seed ${prefix}`);
  return article;
}
