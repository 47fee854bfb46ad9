/**
 * A Pagefind indexer in a process of its own, driven by the build over IPC. Pagefind's API answers through its
 * backend's output, which only the event loop that started it reads: in the build's main thread, that loop is
 * held by Eleventy while pages render (a part's bundle waited 2 s for the batch to end). Here the loop is free,
 * so parts are indexed, their filters sorted and their bundles written while the next pages render.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { linkFiles } from '../util/link-files.js';
import { type BundleFile, sortSearchFilters } from './sort-search-filters.js';

/** What the build asks of an indexer process (`index` is the number the build gave an index when it asked for it to
 * be opened; `scratch` is a folder where pages are gathered for Pagefind, removed by the build when it is done). */
export type IndexerRequest =
  | { op: 'open'; index: number }
  | { op: 'add'; index: number; from: string; pages: readonly string[]; scratch: string }
  | { op: 'part'; begun?: number; name: string; pages: readonly string[]; folder: string; scratch: string; bundle: string }
  | { op: 'discard'; index: number }
  | { op: 'close' };

/** The answer to request `id`: its result, or why it failed. */
export type IndexerReply = { id: number; result?: unknown; error?: string };

/** Pagefind's ready-made interfaces: the search page uses its JavaScript API only. */
const UNUSED_FILE = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

/** The open indexes, by number (the build's), with the pages added to each. */
const indexes = new Map<number, { index: pagefind.PagefindIndex; added: Set<string> }>();
/** Why an index could not be opened, by number. */
const failures = new Map<number, string>();
/** Indexes opened here for a part, numbered down from -1 (the build numbers its own up from 1). */
let ownIndexes = 0;
/** Folders made to gather pages in, so far. */
let gathered = 0;
/** Requests are done one after another, in the order they came (the build sends requests on an index without
 * waiting for the one before; Pagefind holds a part's pages in memory, so parts are indexed one at a time). */
let queue: Promise<unknown> = Promise.resolve();

const indexOf = (index: number) => {
  const found = indexes.get(index);
  if (!found) throw new Error(failures.get(index) ?? `no search index ${index} is open`);
  return found;
};

async function open(number: number): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) {
    failures.set(number, `Pagefind could not start: ${errors.join('; ')}`);
    throw new Error(failures.get(number));
  }
  indexes.set(number, { index, added: new Set() });
  return number;
}

/** Add pages of the site in `from` to an index: linked into a folder of their own in `scratch`, under the same
 * paths, which Pagefind reads at once (faster than pages sent one by one, and in a fixed order). */
async function add(number: number, from: string, pages: readonly string[], scratch: string): Promise<number> {
  const { index, added } = indexOf(number);
  if (!pages.length) return 0;
  const source = path.join(scratch, `${process.pid}-${++gathered}`);
  linkFiles(from, source, pages);
  try {
    const result = await index.addDirectory({ path: source });
    if (result.errors.length) throw new Error(result.errors.join('; '));
    if (result.page_count !== pages.length) throw new Error(`Pagefind indexed ${result.page_count} of ${pages.length} pages`);
    for (const page of pages) added.add(page);
    return result.page_count;
  } finally {
    await rm(source, { recursive: true, force: true });
  }
}

async function discard(number: number): Promise<void> {
  const open = indexes.get(number);
  indexes.delete(number);
  await open?.index.deleteIndex();
}

/**
 * Index a part from the pages in `folder` and write its bundle, in the index `begun` when given (begun with some
 * of the part's pages; started again when it holds a page the part no longer has), then close the index.
 * Returns the pages added now.
 */
async function indexPart(request: Extract<IndexerRequest, { op: 'part' }>): Promise<number> {
  const members = new Set(request.pages);
  let number = request.begun;
  if (number !== undefined && [...indexOf(number).added].some((page) => !members.has(page))) {
    await discard(number);
    number = undefined;
  }
  number ??= await open(--ownIndexes);
  try {
    // Every page the index does not hold: a begun index whose adding failed gets its pages here.
    const { added } = indexOf(number);
    const pages = request.pages.filter((page) => !added.has(page));
    const count = await add(number, request.folder, pages, request.scratch);
    // Taken in memory and written here: Pagefind's own writing answers before its last writes reach the disk
    // (they finish in the background), so a bundle it wrote could not be read back at once.
    const { files, errors } = await indexOf(number).index.getFiles();
    if (errors.length) throw new Error(`Pagefind could not build its bundle: ${errors.join('; ')}`);
    await writeBundle(request.bundle, sortSearchFilters(files.filter((file) => !UNUSED_FILE.test(file.path))));
    return count;
  } finally {
    await discard(number);
  }
}

/** Write a bundle's files into the folder `bundle`. */
async function writeBundle(bundle: string, files: readonly BundleFile[]): Promise<void> {
  for (const folder of new Set(files.map((file) => path.dirname(path.join(bundle, file.path))))) await mkdir(folder, { recursive: true });
  await Promise.all(files.map((file) => writeFile(path.join(bundle, file.path), file.content)));
}

/** Do one request. */
function run(request: IndexerRequest): Promise<unknown> {
  switch (request.op) {
    case 'open':
      return open(request.index);
    case 'add':
      return add(request.index, request.from, request.pages, request.scratch);
    case 'part':
      return indexPart(request);
    case 'discard':
      return discard(request.index);
    case 'close':
      return pagefind.close();
  }
}

/** Do one request after those that came before it. */
export function handle(request: IndexerRequest): Promise<unknown> {
  const done = queue.then(() => run(request));
  queue = done.catch(() => undefined);
  return done;
}

if (process.send) {
  process.on('message', (message: IndexerRequest & { id: number }) => {
    const { id, ...request } = message;
    handle(request as IndexerRequest).then(
      (result) => process.send!({ id, result } satisfies IndexerReply),
      (error: unknown) => process.send!({ id, error: error instanceof Error ? error.message : String(error) } satisfies IndexerReply),
    );
  });
  // The build went away: stop Pagefind's backend; this process ends once it is gone (and reaped: a process
  // that ended first would leave it to an init that may never reap it).
  process.on('disconnect', () => void pagefind.close());
}
