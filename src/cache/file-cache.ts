/**
 * The per-file cache on disk (outside the output folder): results of per-file stages keyed by a hash of their
 * input, under a folder named after the code version, so any change of Dossier's code or dependencies starts
 * afresh. Entries not used by a build are removed when it is saved, so the cache tracks the seeds folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerSource } from '../parallel/worker-source.js';
import { type Memo, memoKey, type MemoStore } from './memo.js';

/** A cache opened for one build. */
export interface FileCache extends MemoStore {
  /** Lookups answered without computing (from disk or from earlier in this build), and computations. */
  stats: { hits: number; misses: number };
  /** Wait until every entry computed so far is on disk, and stop the thread that writes them (a failed build). */
  flush(): Promise<void>;
  /** Flush, then remove the entries this build did not use, and other code versions' folders. */
  save(): Promise<void>;
}

/** Write one entry's JSON to `file`: write then rename, so an interrupted build never leaves half an entry. */
export function writeEntry(file: string, json: string): void {
  writeFileSync(`${file}.tmp`, json);
  renameSync(`${file}.tmp`, file);
}

/** Entries sent to the writer thread at a time. */
const WRITE_BATCH = 16;

/** What the writer thread answers: why it could not write an entry (then it writes no more), or that it has
 * written everything sent before a flush. */
export type WriterReply = { failed: string } | { flushed: true };

/**
 * The thread that writes entries to disk, in the order they are sent. Written from the pipeline's thread, a
 * first build of 1,000 articles spent 2 s there in the file system's calls (7,000 entries), while the other core
 * sat idle through the archive-wide stages. An entry this build wrote may not be on disk yet: looked up again
 * before the flush (rare: a stage asked twice for the same input), it is computed again, not read.
 */
function createWriter() {
  let worker: Worker | null = null;
  let batch: [string, string][] = [];
  let failure: string | null = null;
  let flushed: (() => void) | null = null;
  /** Whether the thread is there to answer (it stops on an error of its own), and whether it is being stopped. */
  let running = false;
  let stopping = false;
  /** Keys written since the last flush. */
  const written = new Set<string>();
  const start = () => {
    const thread = new Worker(workerSource(import.meta.url, 'cache-writer'), { eval: true });
    running = true;
    stopping = false;
    // A build that fails leaves no process waiting on it.
    thread.unref();
    thread.on('message', (reply: WriterReply) => {
      if ('failed' in reply) failure ??= reply.failed;
      else flushed?.();
    });
    thread.on('error', (error) => { failure ??= error.message; });
    thread.on('exit', () => {
      running = false;
      if (!stopping) failure ??= 'the writer thread stopped';
      flushed?.();
    });
    return thread;
  };
  const send = () => {
    if (!batch.length) return;
    worker ??= start();
    worker.postMessage(batch);
    batch = [];
  };
  return {
    written,
    write(key: string, file: string, json: string) {
      written.add(key);
      batch.push([file, json]);
      if (batch.length >= WRITE_BATCH) send();
    },
    async flush(): Promise<string | null> {
      send();
      const thread = worker;
      worker = null;
      if (thread && running) {
        await new Promise<void>((resolve) => {
          flushed = resolve;
          thread.postMessage('flush');
        });
        flushed = null;
        stopping = true;
        await thread.terminate();
      }
      written.clear();
      const reason = failure;
      failure = null;
      return reason;
    },
  };
}

/** Marker that says a folder is Dossier's cache, safe to prune. */
const CACHE_MARKER = '.dossier-cache';
const MARKER_TEXT = 'Written by Dossier: per-file results, safe to delete.\n';
/** Folder in the cache where a build leaves the site it replaced, for the next build to delete meanwhile (see `build-site.ts`). */
export const TRASH = 'trash';

/** Open the cache in `folder` for code version `version`; `readOnly` uses what is there and writes nothing. */
export function openFileCache(folder: string, version: string, { readOnly = false } = {}): FileCache {
  const root = path.resolve(folder);
  if (existsSync(root) && readdirSync(root).length && !existsSync(path.join(root, CACHE_MARKER))) {
    throw new Error(`Refusing to use ${root} as the cache: it is not empty and was not written by Dossier (no ${CACHE_MARKER} file)`);
  }
  const dir = path.join(root, version);
  const used = new Set<string>();
  /** Results computed ahead (`put`) and not written yet: written when looked up, so skipped files leave none. */
  const ahead = new Map<string, unknown>();
  const stats = { hits: 0, misses: 0 };
  const fileOf = (key: string) => path.join(dir, `${key}.json`);
  /** The entries on disk (or on their way there): listed once, so a new input costs no failed read. */
  const stored = new Set(existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)) : []);
  let ready = false;
  /** Read-only: what this use computes stays in memory. */
  const local = readOnly ? new Map<string, unknown>() : null;
  const writer = createWriter();
  /** Write one entry (in the writer thread). */
  const write = (key: string, value: unknown) => {
    if (local) { local.set(key, value); return; }
    if (!ready) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(root, CACHE_MARKER), MARKER_TEXT);
      ready = true;
    }
    stored.add(key);
    writer.write(key, fileOf(key), JSON.stringify(value));
  };
  const memo: Memo = <T>(stage: string, input: unknown, compute: () => T): T => {
    const key = memoKey(stage, input);
    const first = !used.has(key);
    used.add(key);
    if (ahead.has(key)) {
      // A result computed ahead was counted as computed; it is written now that the build uses it.
      const value = ahead.get(key) as T;
      ahead.delete(key);
      write(key, value);
      return value;
    }
    if (local?.has(key)) { stats.hits++; return local.get(key) as T; }
    if (writer.written.has(key)) { stats.hits++; return compute(); }
    if (stored.has(key)) {
      try {
        const value = JSON.parse(readFileSync(fileOf(key), 'utf8')) as T;
        stats.hits++;
        return value;
      } catch {
        // Gone or unreadable (removed meanwhile by hand, say): compute again.
      }
    }
    if (!first) stats.hits++;
    else stats.misses++;
    // Written at once rather than held until the end: a large first build would otherwise keep every result.
    const value = compute();
    write(key, value);
    return value;
  };
  const has = (key: string) => ahead.has(key) || stored.has(key);
  const put = (key: string, value: unknown) => {
    if (has(key)) return;
    stats.misses++;
    ahead.set(key, value);
  };
  const flush = async () => {
    const failed = await writer.flush();
    if (failed) throw new Error(`Could not write the cache in ${dir}: ${failed}`);
  };
  const save = async () => {
    await flush();
    if (readOnly) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(root, CACHE_MARKER), MARKER_TEXT);
    for (const name of readdirSync(dir)) if (!used.has(name.replace(/\.json$/, ''))) rmSync(path.join(dir, name), { force: true });
    for (const name of readdirSync(root)) {
      if (name === version || name === CACHE_MARKER || name === TRASH) continue;
      // Another code version's entries (thousands of files) go to the trash, which the next build empties while
      // it works (see `build-site.ts`): a rename instead of a deletion at the end of this one.
      try {
        mkdirSync(path.join(root, TRASH), { recursive: true });
        renameSync(path.join(root, name), path.join(root, TRASH, `cache-${name}`));
      } catch {
        rmSync(path.join(root, name), { recursive: true, force: true });
      }
    }
  };
  return { memo, has, put, peek: (key: string) => ahead.get(key), stats, flush, save };
}
