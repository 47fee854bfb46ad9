import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkFiles } from '../../src/util/link-files.js';

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
