/**
 * The per-file cache on disk (outside the output folder): results of per-file stages keyed by a hash of their
 * input, under a folder named after the code version, so any change of Dossier's code or dependencies starts
 * afresh. Entries not used by a build are removed when it is saved, so the cache tracks the seeds folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Memo, memoKey, type MemoStore } from './memo.js';

/** A cache opened for one build. */
export interface FileCache extends MemoStore {
  /** Lookups answered without computing (from disk or from earlier in this build), and computations. */
  stats: { hits: number; misses: number };
  /** Remove the entries this build did not use, and other code versions' folders (new entries are written as they are computed). */
  save(): void;
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
  let ready = false;
  /** Read-only: what this use computes stays in memory. */
  const local = readOnly ? new Map<string, unknown>() : null;
  /** Write one entry: write then rename, so an interrupted build never leaves half an entry. */
  const write = (key: string, value: unknown) => {
    if (local) { local.set(key, value); return; }
    if (!ready) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(root, CACHE_MARKER), MARKER_TEXT);
      ready = true;
    }
    const file = fileOf(key);
    writeFileSync(`${file}.tmp`, JSON.stringify(value));
    renameSync(`${file}.tmp`, file);
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
    try {
      const value = JSON.parse(readFileSync(fileOf(key), 'utf8')) as T;
      stats.hits++;
      return value;
    } catch {
      // Missing or unreadable (a build interrupted while writing): compute again.
    }
    if (!first) stats.hits++;
    else stats.misses++;
    // Written at once rather than held until the end: a large first build would otherwise keep every result.
    const value = compute();
    write(key, value);
    return value;
  };
  const has = (key: string) => ahead.has(key) || existsSync(fileOf(key));
  const put = (key: string, value: unknown) => {
    if (ahead.has(key) || existsSync(fileOf(key))) return;
    stats.misses++;
    ahead.set(key, value);
  };
  const save = () => {
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
  return { memo, has, put, stats, save };
}
