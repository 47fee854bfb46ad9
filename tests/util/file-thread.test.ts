import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkFilesInWorker, removeInWorker } from '../../src/util/file-thread.js';

const tree = (count: number) => {
  const from = mkdtempSync(path.join(os.tmpdir(), 'dossier-files-'));
  const files = Array.from({ length: count }, (_, index) => `f${index % 7}/p${index}/index.html`);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(from, file)), { recursive: true });
    writeFileSync(path.join(from, file), file);
  }
  return { from, files };
};

describe('linkFilesInWorker', () => {
  it('should link the same files as linkFiles, in a worker thread', async () => {
    const { from, files } = tree(40);
    const to = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-files-')), 'out');
    await linkFilesInWorker(from, to, files);
    for (const file of files) expect(statSync(path.join(to, file)).ino).toBe(statSync(path.join(from, file)).ino);
  });

  it('should fail with the reason when a file cannot be linked or copied', async () => {
    const from = mkdtempSync(path.join(os.tmpdir(), 'dossier-files-'));
    const to = path.join(mkdtempSync(path.join(os.tmpdir(), 'dossier-files-')), 'out');
    await expect(linkFilesInWorker(from, to, ['missing/index.html'])).rejects.toThrow(/ENOENT/);
  });
});

describe('removeInWorker', () => {
  it('should remove a folder with everything in it and leave its neighbours', async () => {
    const { from } = tree(30);
    const neighbour = `${from}-neighbour`;
    writeFileSync(neighbour, 'kept');
    await removeInWorker(from);
    expect(existsSync(from)).toBe(false);
    expect(existsSync(neighbour)).toBe(true);
  });

  it('should do nothing for a folder that is not there', async () => {
    await expect(removeInWorker(path.join(os.tmpdir(), 'dossier-files-none', 'missing'))).resolves.toBeUndefined();
  });
});
