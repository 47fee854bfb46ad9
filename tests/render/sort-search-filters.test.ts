import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { sortSearchFilters } from '../../src/render/sort-search-filters.js';
import { decodeCbor } from '../../src/util/cbor.js';

const OUTLETS = ['Reuters', 'AP', 'BBC', 'Kyiv Independent', 'Le Monde', 'RFE/RL', 'Espreso', 'NewsNation', 'Die Zeit'];
const TOPICS = ['war', 'aid', 'talks', 'energy'];

/** A bundle of one page per outlet, each with two filters and a sort key, written by a fresh index. */
async function writeBundle(): Promise<string> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dossier-filters-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error('no index');
  for (const [n, outlet] of OUTLETS.entries()) {
    await index.addCustomRecord({ url: `/articles/${n}/`, content: `Report ${n} from ${outlet} on the talks.`, language: 'en',
      meta: { title: `Report ${n}` }, filters: { outlet: [outlet], topic: [TOPICS[n % TOPICS.length]] }, sort: { date: `2024-05-${10 + n}`, words: String(100 + n) } });
  }
  await index.writeFiles({ outputPath: folder });
  await index.deleteIndex();
  return folder;
}

const files = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name))).sort();
const data = (file: string) => gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length);
const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

afterAll(() => pagefind.close());

describe('sortSearchFilters', () => {
  it('should make two bundles of the same pages byte-identical, with sorted values under names Pagefind would give', async () => {
    const [first, second] = [await writeBundle(), await writeBundle()];
    expect(sortSearchFilters(first)).toBe(true);
    expect(sortSearchFilters(second)).toBe(true);
    expect(files(second)).toEqual(files(first));
    for (const file of files(first)) expect(readFileSync(path.join(second, file)).equals(readFileSync(path.join(first, file))), file).toBe(true);

    const entry = JSON.parse(readFileSync(path.join(first, 'pagefind-entry.json'), 'utf8'));
    const metaCbor = data(path.join(first, `pagefind.${entry.languages.en.hash}.pf_meta`));
    expect(entry.languages.en.hash).toBe(`en_${sha1(metaCbor).slice(0, 10)}`);
    const meta = decodeCbor(metaCbor) as [string, unknown, unknown, [string, string][], [string, number[]][]];
    expect(meta[3].map(([name]) => name)).toEqual(['outlet', 'topic']);
    expect(meta[4].map(([name]) => name)).toEqual(['date', 'words']);
    for (const [name, id] of meta[3]) {
      const cbor = data(path.join(first, 'filter', `${id}.pf_filter`));
      expect(id).toBe(`en_${sha1(cbor).slice(0, 7)}`);
      const [filter, values] = decodeCbor(cbor) as [string, [string, number[]][]];
      expect(filter).toBe(name);
      expect(values.map(([value]) => value)).toEqual([...(name === 'outlet' ? OUTLETS : TOPICS)].sort());
    }
    // Every page is still under its outlet.
    const outlets = decodeCbor(data(path.join(first, 'filter', `${meta[3][0][1]}.pf_filter`))) as [string, [string, number[]][]];
    expect(outlets[1].flatMap(([, pages]) => pages).sort((a, b) => a - b)).toEqual(OUTLETS.map((_, n) => n));
    expect(readdirSync(path.join(first, 'filter'))).toHaveLength(2);
  });

  it('should leave a bundle it does not recognise as written', async () => {
    const folder = await writeBundle();
    const filter = readdirSync(path.join(folder, 'filter'))[0];
    writeFileSync(path.join(folder, 'filter', filter), gzipSync(Buffer.from('pagefind_dcd\u00ff')));
    const before = files(folder).map((file) => [file, readFileSync(path.join(folder, file)).toString('base64')]);
    expect(sortSearchFilters(folder)).toBe(false);
    expect(files(folder).map((file) => [file, readFileSync(path.join(folder, file)).toString('base64')])).toEqual(before);
  });
});
