import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJsonFile } from '../../src/render/write-data-files.js';

describe('writeJsonFile', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-json-'));

  it('should write the same bytes as JSON.stringify for any object with arrays, nulls and text', async () => {
    let run = 0;
    await fc.assert(fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), async (value) => {
      const file = path.join(dir, `value-${run++}.json`);
      await writeJsonFile(file, value as Record<string, unknown>);
      expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(value)}\n`);
    }), { numRuns: 150 });
  });

  it('should leave out undefined fields and keep special characters as JSON.stringify writes them', async () => {
    const file = path.join(dir, 'fields.json');
    await writeJsonFile(file, { a: undefined, list: [{ text: '</script>"\u2028' }, null], n: 1 });
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify({ list: [{ text: '</script>"\u2028' }, null], n: 1 })}\n`);
  });
});
