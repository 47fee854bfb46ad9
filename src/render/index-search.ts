/**
 * Full-text search: index parts of the rendered site with Pagefind, each part a bundle of its own in
 * `pagefind/<part>/`, and list the parts in `pagefind/parts.json` for the search page.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { processModule } from '../parallel/worker-source.js';
import type { IndexerReply, IndexerRequest } from './indexer-process.js';
import type { SearchPart } from './search-parts.js';
import { ENTRY_FILE } from './sort-search-filters.js';

/** The folders whose pages mark a searchable part (`data-pagefind-body`); no other page is read. */
export const SEARCHABLE_FOLDERS = ['articles', 'entities'] as const;

/** Folder of the search bundles inside the site. */
export const SEARCH_FOLDER = 'pagefind';

/** The list of parts the search page loads, inside `SEARCH_FOLDER`. */
export const PARTS_FILE = 'parts.json';

/** A file every complete part bundle holds. */
export const PART_ENTRY = ENTRY_FILE;

/** Folder inside the site where each part's pages are gathered for the indexer, removed once it is done. */
const SOURCE_FOLDER = '.search-pages';

/** A part's index while its pages are added: it lives in indexer process `on` (which knows its pages). */
export interface PartIndex {
  name: string;
  on: number;
  index: number;
}

/** An indexer process (see `indexer-process.ts`) and its requests under way. */
interface Indexer {
  child: ChildProcess;
  waiting: Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>;
  next: number;
  /** Indexes opened in it so far (they are numbered here, so requests on one need not wait for its opening). */
  opened: number;
  exited: Promise<void>;
}

/** The indexer processes started so far, by number. */
const indexers: Indexer[] = [];

/** Indexer `n` (from 0), started when first asked for. */
function indexer(n: number): Indexer {
  if (indexers[n]) return indexers[n];
  const { file, execArgv } = processModule(import.meta.url, 'indexer-process');
  const child = fork(file, [], { execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const waiting: Indexer['waiting'] = new Map();
  const fail = (error: Error) => {
    for (const call of waiting.values()) call.reject(error);
    waiting.clear();
  };
  child.on('message', ({ id, result, error }: IndexerReply) => {
    const call = waiting.get(id);
    waiting.delete(id);
    if (error !== undefined) call?.reject(new Error(error));
    else call?.resolve(result);
  });
  child.on('error', fail);
  const exited = new Promise<void>((resolve) => child.once('exit', (code, signal) => {
    fail(new Error(`the search indexer stopped (${signal ?? `exit code ${code}`})`));
    if (indexers[n] === record) delete indexers[n];
    resolve();
  }));
  const record: Indexer = { child, waiting, next: 0, opened: 0, exited };
  indexers[n] = record;
  return record;
}

/** Ask indexer `on` to do `request`. */
function ask<T>(on: number, request: IndexerRequest): Promise<T> {
  const target = indexer(on);
  return new Promise<T>((resolve, reject) => {
    const id = ++target.next;
    target.waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
    target.child.send({ id, ...request }, (error) => {
      if (error) { target.waiting.delete(id); reject(error); }
    });
  });
}

/**
 * Open an index for the part `name` (in indexer `on`, by default the first). Its opening is not waited for: the
 * indexer does requests in order, and one that failed to open fails every later request on it, with the reason.
 */
export function openPartIndex(name: string, on = 0): PartIndex {
  const index = ++indexer(on).opened;
  ask<null>(on, { op: 'open', index }).catch(() => undefined);
  return { name, on, index };
}

/**
 * Add `pages` of the site in `from` to a part's index. Pagefind reads a folder faster than pages sent one by one,
 * and in a fixed order (pages sent together are indexed as they arrive): the indexer process links the pages into
 * a folder of their own in `scratch`, under the same paths, which Pagefind reads at once.
 */
export async function addPages(part: PartIndex, from: string, pages: readonly string[], scratch: string): Promise<void> {
  if (!pages.length) return;
  await ask<number>(part.on, { op: 'add', index: part.index, from, pages, scratch: path.join(scratch, SOURCE_FOLDER) }).catch((error: Error) => {
    throw new Error(`Pagefind could not index ${part.name}: ${error.message}`);
  });
}

/** Close a part's index without writing it. */
const discardPartIndex = (part: PartIndex) => ask<null>(part.on, { op: 'discard', index: part.index });

/** Stop the indexer processes (every index must be written or discarded first) and remove the scratch folder. */
export async function closeSearch(scratch: string): Promise<void> {
  for (const [on, running] of [...indexers.entries()]) {
    if (!running) continue;
    await ask<null>(on, { op: 'close' }).catch(() => undefined);
    if (running.child.connected) running.child.disconnect();
    await running.exited;
  }
  await rm(path.join(scratch, SOURCE_FOLDER), { recursive: true, force: true });
}

/**
 * Index one part from the pages in `folder` and write its bundle, in `open` when given (an index begun with some
 * of the part's pages) or in a new index, in indexer `on`. The indexer does the whole part on its own, after the
 * parts sent to it before: no step waits for this thread, which the render may hold.
 */
async function indexPart(folder: string, part: SearchPart, open: PartIndex | undefined, on: number): Promise<void> {
  const request = { op: 'part', begun: open?.index, name: part.name, pages: part.pages, folder, scratch: path.join(folder, SOURCE_FOLDER), bundle: path.join(folder, SEARCH_FOLDER, part.name) } as const;
  await ask<number>(open?.on ?? on, request)
    .catch((error: Error) => { throw new Error(`Pagefind could not index ${part.name}: ${error.message}`); });
}

/** Options of `startIndexing` and `indexSearch`. */
export interface IndexSearchOptions {
  /** Indexes begun ahead in the first indexer: some of their parts' pages added while the others render (optional). */
  begun?: PartIndex[];
  /** Pagefind processes indexing parts side by side, each one part at a time (default: 1). */
  indexers?: number;
  /**
   * The pages are still rendering (default: false): the first indexer alone works, and it is sent each part as it
   * is queued, to work through on its own while the render holds this thread; `widen` ends that.
   */
  rendering?: boolean;
  /** Called as each part is written, with the count written so far (optional). */
  onPart?: (part: SearchPart, done: number) => void;
}

/** Indexing under way: parts are queued as their pages are ready. */
export interface SearchIndexing {
  /** Queue a part (a part begun ahead goes to the indexer holding it). */
  add(part: SearchPart): void;
  /** Let every indexer work from now on (the pages are rendered: the cores are free). */
  widen(): void;
  /** No more parts: wait until each queued part's bundle is written, then stop the indexers (also when one
   * failed, which rejects with its reason). Returns the pages indexed. */
  finish(): Promise<number>;
  /** Take no more parts, let the indexers finish the one they are on, and stop them (a failed build). */
  stop(): Promise<void>;
}

/**
 * Start indexing parts of the site in `folder` as they are queued, each written as a bundle of its own. A part
 * begun ahead gets the rest of its pages, in the indexer that holds it. Each indexer takes the next part when it
 * is done with one; a part is indexed alone either way, so its bundle is the same whatever the order.
 */
export function startIndexing(folder: string, options: IndexSearchOptions = {}): SearchIndexing {
  const count = Math.max(1, options.indexers ?? 1);
  let rendering = options.rendering ?? false;
  let active = rendering ? 1 : count;
  const queue: SearchPart[] = [];
  const begun = new Map((options.begun ?? []).map((part) => [part.name, part]));
  let closed = false;
  let failed = false;
  let done = 0;
  let pages = 0;
  /** Indexers waiting for a part (or for the end). */
  const idle = new Set<() => void>();
  const wake = () => { for (const resume of idle) resume(); idle.clear(); };
  // The next part for indexer `on`: the first indexer takes the parts begun in it before the others, the others
  // take no begun part; undefined when there are no more.
  const take = async (on: number): Promise<SearchPart | undefined> => {
    for (;;) {
      if (failed) return undefined;
      if (on < active) {
        const at = on === 0 ? Math.max(0, queue.findIndex((part) => begun.has(part.name))) : queue.findIndex((part) => !begun.has(part.name));
        if (at >= 0 && at < queue.length) return queue.splice(at, 1)[0];
      }
      if (closed && (!queue.length || on !== 0 && queue.every((part) => begun.has(part.name)))) return undefined;
      await new Promise<void>((resume) => idle.add(resume));
    }
  };
  const run = async (on: number) => {
    const one = async (part: SearchPart) => {
      const open = begun.get(part.name);
      begun.delete(part.name);
      await indexPart(folder, part, open, on);
      pages += part.pages.length;
      options.onPart?.(part, ++done);
    };
    /** Parts sent while the pages render, under way in the indexer. */
    const sent: Promise<void>[] = [];
    try {
      for (let part = await take(on); part; part = await take(on)) {
        if (rendering) {
          const indexing = one(part);
          indexing.catch(() => { failed = true; wake(); });
          sent.push(indexing);
          continue;
        }
        await Promise.all(sent.splice(0));
        await one(part);
      }
      await Promise.all(sent);
    } catch (error) {
      // The other indexers finish the part they are on and take no other.
      failed = true;
      wake();
      throw error;
    }
  };
  const runs = Promise.allSettled(Array.from({ length: count }, (_, on) => run(on)));
  const end = async () => {
    closed = true;
    rendering = false;
    active = count;
    wake();
    try {
      const failure = (await runs).find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failure) throw failure.reason;
    } finally {
      for (const part of begun.values()) await discardPartIndex(part);
      await closeSearch(folder);
    }
  };
  return {
    add(part) { queue.push(part); wake(); },
    widen() { rendering = false; active = count; wake(); },
    async finish() {
      await end();
      return pages;
    },
    async stop() {
      queue.length = 0;
      await end();
    },
  };
}

/** Index each part from the pages in `folder` (the site) and write its bundle; stops the indexers at the end.
 * Returns the pages indexed. */
export function indexSearch(folder: string, parts: SearchPart[], options: IndexSearchOptions = {}): Promise<number> {
  const indexing = startIndexing(folder, options);
  for (const part of parts) indexing.add(part);
  return indexing.finish();
}

/** Write the list of parts (all of them: indexed now or taken over) for the search page. */
export async function writePartList(folder: string, parts: SearchPart[]): Promise<void> {
  const list = { version: 1, parts: parts.map((part) => part.name) };
  await mkdir(path.join(folder, SEARCH_FOLDER), { recursive: true });
  await writeFile(path.join(folder, SEARCH_FOLDER, PARTS_FILE), `${JSON.stringify(list)}\n`);
}
