import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileCache } from '../../src/cache/file-cache.js';
import { createMapMemo, memoKey } from '../../src/cache/memo.js';

describe('openFileCache', () => {
  it('should return stored results to the next build and compute only what is new', async () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-')), 'cache');
    let computed = 0;
    const work = (input: string) => () => { computed++; return { upper: input.toUpperCase() }; };
    const first = openFileCache(folder, 'v1');
    expect(first.memo('stage', 'a', work('a'))).toEqual({ upper: 'A' });
    expect(first.memo('stage', 'b', work('b'))).toEqual({ upper: 'B' });
    await first.save();
    const second = openFileCache(folder, 'v1');
    expect(second.memo('stage', 'a', work('a'))).toEqual({ upper: 'A' });
    expect(second.memo('stage', 'c', work('c'))).toEqual({ upper: 'C' });
    expect(computed).toBe(3);
    expect(second.stats).toEqual({ hits: 1, misses: 1 });
    await second.save();
    // "b" was not used by the second build: it is gone, and so is everything when the code version changes.
    expect(readdirSync(path.join(folder, 'v1'))).toHaveLength(2);
    await openFileCache(folder, 'v2').save();
    expect(existsSync(path.join(folder, 'v1'))).toBe(false);
    // Moved to the trash, which the next build empties while it works.
    expect(readdirSync(path.join(folder, 'trash'))).toEqual(['cache-v1']);
    expect(readdirSync(path.join(folder, 'trash', 'cache-v1'))).toHaveLength(2);
  });

  it('should keep what a failed build computed, in a folder still marked as its own', async () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-')), 'cache');
    let computed = 0;
    const interrupted = openFileCache(folder, 'v1');
    interrupted.memo('stage', 'a', () => ++computed);
    // No save(): the build failed after computing "a", and waited for what was computed to be written.
    await interrupted.flush();
    const next = openFileCache(folder, 'v1');
    expect(next.memo('stage', 'a', () => ++computed)).toBe(1);
    expect(computed).toBe(1);
    expect(next.stats).toEqual({ hits: 1, misses: 0 });
  });

  it('should write entries in another thread, computing again an entry looked up before it is written', async () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-')), 'cache');
    const cache = openFileCache(folder, 'v1');
    let computed = 0;
    for (let n = 0; n < 40; n++) cache.memo('stage', n, () => ({ n, computed: ++computed }));
    // Not read back from a file that may not be there yet: the same result, computed again.
    expect(cache.memo('stage', 39, () => ({ n: 39, computed: ++computed }))).toEqual({ n: 39, computed: 41 });
    expect(cache.has(memoKey('stage', 39))).toBe(true);
    await cache.save();
    const entries = readdirSync(path.join(folder, 'v1'));
    expect(entries).toHaveLength(40);
    expect(entries.every((name) => name.endsWith('.json'))).toBe(true);
    const next = openFileCache(folder, 'v1');
    expect(next.memo('stage', 39, () => ({ n: 39, computed: -1 }))).toEqual({ n: 39, computed: 40 });
  });

  it('should say which folder it could not write, when the build saves the cache', async () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-'));
    const folder = path.join(base, 'cache');
    const cache = openFileCache(folder, 'v1');
    cache.memo('stage', 'a', () => 1);
    // The entries' folder is taken away under the writer.
    rmSync(path.join(folder, 'v1'), { recursive: true });
    writeFileSync(path.join(folder, 'v1'), 'not a folder');
    await expect(cache.save()).rejects.toThrow(`Could not write the cache in ${path.join(folder, 'v1')}`);
  });

  it('should show a result put ahead without using it up, and nothing it would read from disk', async () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-')), 'cache');
    const first = openFileCache(folder, 'v1');
    first.memo('stage', 'old', () => 'stored');
    await first.save();
    const cache = openFileCache(folder, 'v1');
    cache.put(memoKey('stage', 'new'), 'ahead');
    expect(cache.peek(memoKey('stage', 'new'))).toBe('ahead');
    expect(cache.peek(memoKey('stage', 'old'))).toBeUndefined();
    // Still there for the build, which uses it without computing it.
    expect(cache.memo('stage', 'new', () => 'computed')).toBe('ahead');
    expect(cache.peek(memoKey('stage', 'new'))).toBeUndefined();
  });

  it('should refuse a folder that is not its own', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-'));
    writeFileSync(path.join(folder, 'notes.txt'), 'mine');
    expect(() => openFileCache(folder, 'v1')).toThrow(/not written by Dossier/);
  });
});

describe('createMapMemo', () => {
  it('should compute once per stage and input', () => {
    let calls = 0;
    const memo = createMapMemo();
    memo('s', { x: 1 }, () => ++calls);
    memo('s', { x: 1 }, () => ++calls);
    memo('t', { x: 1 }, () => ++calls);
    expect(calls).toBe(2);
  });
});

describe('memoKey', () => {
  it('should depend on the content alone, at any depth, and on the stage', () => {
    const paragraphs = ['One.', 'Two.'];
    const key = memoKey('s', { paragraphs, names: [['A', 'B']] });
    expect(memoKey('s', { paragraphs: ['One.', 'Two.'], names: [['A', 'B']] })).toBe(key);
    expect(memoKey('s', { paragraphs, names: [['A', 'B']] })).toBe(key);
    expect(memoKey('s', { paragraphs, names: [['A', 'C']] })).not.toBe(key);
    expect(memoKey('s', { paragraphs: ['One.', 'Two!'], names: [['A', 'B']] })).not.toBe(key);
    expect(memoKey('s', { names: [['A', 'B']], paragraphs })).not.toBe(key);
    expect(memoKey('t', { paragraphs, names: [['A', 'B']] })).not.toBe(key);
    // As JSON: undefined fields are no fields; a string is never taken for an object.
    expect(memoKey('s', { a: 1, b: undefined })).toBe(memoKey('s', { a: 1 }));
    expect(memoKey('s', ['#x'])).not.toBe(memoKey('s', [['x']]));
  });
});
