/** Shared test helpers: the seed articles, read and built once per test file. */
import { execFileSync } from 'node:child_process';
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

/** Whether this process's Pagefind indexers (child processes) are all gone within two seconds. */
export async function indexerStops(): Promise<boolean> {
  // The indexer processes are children of this one, and Pagefind's backends their children.
  const running = () => {
    const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n').map((line) => line.trim().split(/\s+/));
    const ours = new Set([String(process.pid)]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, ppid] of rows) if (ppid && ours.has(ppid) && !ours.has(pid)) { ours.add(pid); grew = true; }
    }
    return rows.some(([pid, , ...args]) => pid !== String(process.pid) && ours.has(pid) && /pagefind|indexer-process/.test(args.join(' ')));
  };
  for (let waited = 0; waited < 2000; waited += 100) {
    if (!running()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Text wrapped at `width` columns, as a PDF's, an e-mail's or a text browser's is (the tests and the evaluation). */
export const hardWrap = (text: string, width: number) => text.split('\n').map((line) => {
  const out: string[] = [];
  for (const word of line.split(' ')) {
    if (out.length && `${out.at(-1)} ${word}`.length <= width) out[out.length - 1] += ` ${word}`;
    else out.push(word);
  }
  return out.join('\n');
}).join('\n');
