/**
 * Make a Pagefind bundle's filter files the same on every run. Pagefind 1.5.2 writes each filter's values, and
 * the bundle's lists of filters and of sort keys, in hash-map order, which changes from run to run; a filter
 * file is named by a hash of its content, the bundle's metadata file lists those names and is itself named by a
 * hash, which `pagefind-entry.json` gives. This sorts each filter's values (and their page numbers) and the two
 * lists, then names the files again the way Pagefind does (the first hex digits of the SHA-1 of the file's
 * CBOR), so the same pages give a byte-identical bundle.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from '../util/cbor.js';

/** A file of a Pagefind bundle: its path inside the bundle (`filter/en_1a2b3c4.pf_filter`) and its bytes. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/** Every Pagefind data file starts with these bytes, before its CBOR. */
const MAGIC = Buffer.from('pagefind_dcd');

/** A filter file's content: the filter's name and, per value, the numbers of the pages carrying it. */
type FilterChunk = [string, [string, number[]][]];

const isFilterChunk = (value: CborValue): value is FilterChunk =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Array.isArray(value[1])
  && value[1].every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string'
    && Array.isArray(entry[1]) && entry[1].every((page) => typeof page === 'number'));

/**
 * The metadata file's content, as far as it is rewritten here: version, pages, index chunks, then the filters
 * (name, file) and the sort keys (name, pages in order), then what a later version may add.
 */
type Meta = [string, CborValue, CborValue, [string, string][], [string, CborValue][], ...CborValue[]];

const isNamedList = (value: CborValue): value is [string, CborValue][] =>
  Array.isArray(value) && value.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string');

const isMeta = (value: CborValue): value is Meta =>
  Array.isArray(value) && value.length >= 5 && typeof value[0] === 'string' && isNamedList(value[3])
  && value[3].every((entry) => typeof entry[1] === 'string') && isNamedList(value[4]);

/** Order by a string key, the same in every locale. */
const byName = <T extends [string, ...unknown[]]>(a: T, b: T) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** A data file's value, or null unless it is CBOR in the subset known here that encodes again to the same bytes. */
function readData(content: Uint8Array): CborValue | null {
  try {
    const bytes = gunzipSync(content);
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const cbor = bytes.subarray(MAGIC.length);
    const value = decodeCbor(cbor);
    return Buffer.from(encodeCbor(value)).equals(cbor) ? value : null;
  } catch {
    return null;
  }
}

/** The name Pagefind gives a data file: its language, and as many hex digits of the CBOR's SHA-1 as before. */
const hashedName = (language: string, cbor: Uint8Array, digits: number) =>
  `${language}_${createHash('sha1').update(cbor).digest('hex').slice(0, digits)}`;

const dataFile = (path: string, cbor: Uint8Array): BundleFile => ({ path, content: gzipSync(Buffer.concat([MAGIC, cbor])) });

const FILTER_FILE = /^filter\/(.+)\.pf_filter$/;
/** The file that names a bundle's metadata file: every complete bundle holds it. */
export const ENTRY_FILE = 'pagefind-entry.json';

/**
 * The files of a Pagefind bundle with each filter's values and the metadata's lists sorted, and the rewritten
 * files renamed to match. A bundle not in the form known here (another Pagefind version) comes back as it was.
 */
export function sortSearchFilters(files: readonly BundleFile[]): BundleFile[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const entryFile = byPath.get(ENTRY_FILE);
  if (!entryFile) return [...files];
  let entry: { languages?: Record<string, { hash?: unknown }> };
  try {
    entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8'));
  } catch {
    return [...files];
  }
  // Read and check everything before changing anything.
  const metas: { language: string; id: string; value: Meta }[] = [];
  for (const [language, info] of Object.entries(entry.languages ?? {})) {
    if (typeof info.hash !== 'string' || !info.hash.startsWith(`${language}_`)) return [...files];
    const file = byPath.get(`pagefind.${info.hash}.pf_meta`);
    const value = file && readData(file.content);
    if (!value || !isMeta(value)) return [...files];
    metas.push({ language, id: info.hash, value });
  }
  const chunks: { id: string; language: string; value: FilterChunk }[] = [];
  for (const file of files) {
    const id = FILTER_FILE.exec(file.path)?.[1];
    if (!id) continue;
    const language = id.slice(0, id.lastIndexOf('_'));
    const value = readData(file.content);
    if (!value || !isFilterChunk(value) || !metas.some((meta) => meta.language === language)) return [...files];
    chunks.push({ id, language, value });
  }
  const replaced = new Map<string, BundleFile>();
  const renamed = new Map<string, string>();
  for (const chunk of chunks) {
    const [filter, values] = chunk.value;
    const cbor = encodeCbor([filter, values
      .map(([value, pages]): [string, number[]] => [value, [...pages].sort((a, b) => a - b)])
      .sort(byName)]);
    const id = hashedName(chunk.language, cbor, chunk.id.length - chunk.language.length - 1);
    // Written again even under the same name: every filter file is then compressed alike.
    replaced.set(`filter/${chunk.id}.pf_filter`, dataFile(`filter/${id}.pf_filter`, cbor));
    if (id !== chunk.id) renamed.set(chunk.id, id);
  }
  for (const meta of metas) {
    const [version, pages, indexChunks, filters, sorts, ...rest] = meta.value;
    const cbor = encodeCbor([version, pages, indexChunks,
      filters.map(([name, file]): [string, string] => [name, renamed.get(file) ?? file]).sort(byName),
      [...sorts].sort(byName), ...rest]);
    const id = hashedName(meta.language, cbor, meta.id.length - meta.language.length - 1);
    replaced.set(`pagefind.${meta.id}.pf_meta`, dataFile(`pagefind.${id}.pf_meta`, cbor));
    entry.languages![meta.language].hash = id;
  }
  replaced.set(ENTRY_FILE, { path: ENTRY_FILE, content: Buffer.from(JSON.stringify(entry)) });
  return files.map((file) => replaced.get(file.path) ?? file);
}
