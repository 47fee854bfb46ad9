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
  /** Write new entries and remove unused ones and other code versions' folders. */
  save(): void;
}

/** Marker that says a folder is Dossier's cache, safe to prune. */
const CACHE_MARKER = '.dossier-cache';

/** Open the cache in `folder` for code version `version`. */
export function openFileCache(folder: string, version: string): FileCache {
  const root = path.resolve(folder);
  if (existsSync(root) && readdirSync(root).length && !existsSync(path.join(root, CACHE_MARKER))) {
    throw new Error(`Refusing to use ${root} as the cache: it is not empty and was not written by Dossier (no ${CACHE_MARKER} file)`);
  }
  const dir = path.join(root, version);
  const used = new Set<string>();
  const fresh = new Map<string, unknown>();
  const stats = { hits: 0, misses: 0 };
  /** Keys stored by `put` and not looked up yet. */
  const ahead = new Set<string>();
  const fileOf = (key: string) => path.join(dir, `${key}.json`);
  const memo: Memo = <T>(stage: string, input: unknown, compute: () => T): T => {
    const key = memoKey(stage, input);
    used.add(key);
    if (fresh.has(key)) {
      // A result computed ahead (`put`) was counted as computed; later lookups of it are reuse.
      if (!ahead.delete(key)) stats.hits++;
      return fresh.get(key) as T;
    }
    try {
      const value = JSON.parse(readFileSync(fileOf(key), 'utf8')) as T;
      stats.hits++;
      return value;
    } catch {
      // Missing or unreadable (a build interrupted while writing): compute again.
    }
    stats.misses++;
    const value = compute();
    fresh.set(key, value);
    return value;
  };
  const has = (key: string) => fresh.has(key) || existsSync(fileOf(key));
  const put = (key: string, value: unknown) => {
    if (fresh.has(key)) return;
    stats.misses++;
    fresh.set(key, value);
    ahead.add(key);
  };
  const save = () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(root, CACHE_MARKER), 'Written by Dossier: per-file results, safe to delete.\n');
    for (const [key, value] of fresh) {
      // Computed ahead for a file the build then skipped (a duplicate, say): nothing will look it up.
      if (!used.has(key)) continue;
      // Write then rename, so an interrupted build never leaves half an entry.
      const file = fileOf(key);
      writeFileSync(`${file}.tmp`, JSON.stringify(value));
      renameSync(`${file}.tmp`, file);
    }
    for (const name of readdirSync(dir)) if (!used.has(name.replace(/\.json$/, ''))) rmSync(path.join(dir, name), { force: true });
    for (const name of readdirSync(root)) {
      if (name !== version && name !== CACHE_MARKER) rmSync(path.join(root, name), { recursive: true, force: true });
    }
  };
  return { memo, has, put, stats, save };
}
