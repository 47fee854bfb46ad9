import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileCache } from '../../src/cache/file-cache.js';
import { createMapMemo, memoKey } from '../../src/cache/memo.js';

describe('openFileCache', () => {
  it('should return stored results to the next build and compute only what is new', () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-')), 'cache');
    let computed = 0;
    const work = (input: string) => () => { computed++; return { upper: input.toUpperCase() }; };
    const first = openFileCache(folder, 'v1');
    expect(first.memo('stage', 'a', work('a'))).toEqual({ upper: 'A' });
    expect(first.memo('stage', 'b', work('b'))).toEqual({ upper: 'B' });
    first.save();
    const second = openFileCache(folder, 'v1');
    expect(second.memo('stage', 'a', work('a'))).toEqual({ upper: 'A' });
    expect(second.memo('stage', 'c', work('c'))).toEqual({ upper: 'C' });
    expect(computed).toBe(3);
    expect(second.stats).toEqual({ hits: 1, misses: 1 });
    second.save();
    // "b" was not used by the second build: it is gone, and so is everything when the code version changes.
    expect(readdirSync(path.join(folder, 'v1'))).toHaveLength(2);
    openFileCache(folder, 'v2').save();
    expect(existsSync(path.join(folder, 'v1'))).toBe(false);
    // Moved to the trash, which the next build empties while it works.
    expect(readdirSync(path.join(folder, 'trash'))).toEqual(['cache-v1']);
    expect(readdirSync(path.join(folder, 'trash', 'cache-v1'))).toHaveLength(2);
  });

  it('should keep what an interrupted build computed (written at once), in a folder still marked as its own', () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-')), 'cache');
    let computed = 0;
    const interrupted = openFileCache(folder, 'v1');
    interrupted.memo('stage', 'a', () => ++computed);
    // No save(): the build failed after computing "a".
    const next = openFileCache(folder, 'v1');
    expect(next.memo('stage', 'a', () => ++computed)).toBe(1);
    expect(computed).toBe(1);
    expect(next.stats).toEqual({ hits: 1, misses: 0 });
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
