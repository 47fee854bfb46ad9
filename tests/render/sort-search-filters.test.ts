import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { type BundleFile, sortSearchFilters } from '../../src/render/sort-search-filters.js';
import { decodeCbor } from '../../src/util/cbor.js';

const OUTLETS = ['Reuters', 'AP', 'BBC', 'Kyiv Independent', 'Le Monde', 'RFE/RL', 'Espreso', 'NewsNation', 'Die Zeit'];
const TOPICS = ['war', 'aid', 'talks', 'energy'];

/** The files of a bundle of one page per outlet, each with two filters and two sort keys, from a fresh index. */
async function bundleFiles(): Promise<BundleFile[]> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error('no index');
  for (const [n, outlet] of OUTLETS.entries()) {
    await index.addCustomRecord({ url: `/articles/${n}/`, content: `Report ${n} from ${outlet} on the talks.`, language: 'en',
      meta: { title: `Report ${n}` }, filters: { outlet: [outlet], topic: [TOPICS[n % TOPICS.length]] }, sort: { date: `2024-05-${10 + n}`, words: String(100 + n) } });
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return files;
}

const data = (file: BundleFile) => gunzipSync(file.content).subarray('pagefind_dcd'.length);
const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');
const named = (files: BundleFile[], name: string) => files.find((file) => file.path === name)!;
const listing = (files: BundleFile[]) => files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]).sort();

afterAll(() => pagefind.close());

describe('sortSearchFilters', () => {
  it('should make two bundles of the same pages byte-identical, with sorted values under names Pagefind would give', async () => {
    const [first, second] = [sortSearchFilters(await bundleFiles()), sortSearchFilters(await bundleFiles())];
    expect(listing(second)).toEqual(listing(first));

    const entry = JSON.parse(Buffer.from(named(first, 'pagefind-entry.json').content).toString());
    const metaCbor = data(named(first, `pagefind.${entry.languages.en.hash}.pf_meta`));
    expect(entry.languages.en.hash).toBe(`en_${sha1(metaCbor).slice(0, 10)}`);
    const meta = decodeCbor(metaCbor) as [string, unknown, unknown, [string, string][], [string, number[]][]];
    expect(meta[3].map(([name]) => name)).toEqual(['outlet', 'topic']);
    expect(meta[4].map(([name]) => name)).toEqual(['date', 'words']);
    for (const [name, id] of meta[3]) {
      const cbor = data(named(first, `filter/${id}.pf_filter`));
      expect(id).toBe(`en_${sha1(cbor).slice(0, 7)}`);
      const [filter, values] = decodeCbor(cbor) as [string, [string, number[]][]];
      expect(filter).toBe(name);
      expect(values.map(([value]) => value)).toEqual([...(name === 'outlet' ? OUTLETS : TOPICS)].sort());
      // Every page is still under one of its values.
      expect(values.flatMap(([, pages]) => pages).sort((a, b) => a - b)).toEqual(OUTLETS.map((_, n) => n));
    }
    // One file per filter, one metadata file: the old ones are replaced, not kept beside.
    expect(first.filter((file) => file.path.startsWith('filter/'))).toHaveLength(2);
    expect(first.filter((file) => file.path.endsWith('.pf_meta'))).toHaveLength(1);
  });

  it('should give back a bundle it does not recognise as it was', async () => {
    const files = await bundleFiles();
    const broken = files.map((file) => (file.path.startsWith('filter/') ? { ...file, content: gzipSync(Buffer.from('pagefind_dcd\u00ff')) } : file));
    expect(listing(sortSearchFilters(broken))).toEqual(listing(broken));
    const noEntry = files.filter((file) => file.path !== 'pagefind-entry.json');
    expect(listing(sortSearchFilters(noEntry))).toEqual(listing(noEntry));
  });
});
