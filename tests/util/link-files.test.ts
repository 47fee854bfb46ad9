import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkFiles, linkFilesInWorker } from '../../src/util/link-files.js';

describe('linkFiles', () => {
  it('should hard-link the files under the same paths, making the folders they need', () => {
    const from = mkdtempSync(path.join(os.tmpdir(), 'dossier-link-'));
    const to = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-link-')), 'out');
    mkdirSync(path.join(from, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(from, 'a', 'b', 'one.html'), 'one');
    writeFileSync(path.join(from, 'a', 'two.html'), 'two');
    linkFiles(from, to, ['a/b/one.html', 'a/two.html']);
    expect(readFileSync(path.join(to, 'a', 'b', 'one.html'), 'utf8')).toBe('one');
    expect(statSync(path.join(to, 'a', 'two.html')).ino).toBe(statSync(path.join(from, 'a', 'two.html')).ino);
  });
});

describe('linkFilesInWorker', () => {
  it('should link the same files as linkFiles, in a worker thread', async () => {
    const from = mkdtempSync(path.join(os.tmpdir(), 'dossier-link-'));
    const to = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-link-')), 'out');
    const files = Array.from({ length: 40 }, (_, index) => `f${index % 7}/p${index}/index.html`);
    for (const file of files) {
      mkdirSync(path.dirname(path.join(from, file)), { recursive: true });
      writeFileSync(path.join(from, file), file);
    }
    await linkFilesInWorker(from, to, files);
    for (const file of files) expect(statSync(path.join(to, file)).ino).toBe(statSync(path.join(from, file)).ino);
  });

  it('should fail with the reason when a file cannot be linked or copied', async () => {
    const from = mkdtempSync(path.join(os.tmpdir(), 'dossier-link-'));
    const to = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-link-')), 'out');
    await expect(linkFilesInWorker(from, to, ['missing/index.html'])).rejects.toThrow(/ENOENT/);
  });
});
