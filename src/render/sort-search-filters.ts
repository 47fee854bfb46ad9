/**
 * Make a Pagefind bundle's filter files the same on every run. Pagefind 1.5.2 writes each filter's values, and
 * the bundle's lists of filters and of sort keys, in hash-map order, which changes from run to run; a filter
 * file is named by a hash of its content, the bundle's metadata file lists those names and is itself named by a
 * hash, which `pagefind-entry.json` gives. This sorts each filter's values (and their page numbers) and the two
 * lists, then names the files again the way Pagefind does (the first hex digits of the SHA-1 of the file's
 * CBOR), so the same pages give a byte-identical bundle.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from '../util/cbor.js';

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

/** A Pagefind data file's CBOR, or null when the file is not one in the form this module knows. */
function readData(file: string): Uint8Array | null {
  const bytes = gunzipSync(readFileSync(file));
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  return bytes.subarray(MAGIC.length);
}

/** Decode, or null unless encoding the value again gives the same bytes (so rewriting loses nothing). */
function decodeExactly(cbor: Uint8Array): CborValue | null {
  try {
    const value = decodeCbor(cbor);
    return Buffer.from(encodeCbor(value)).equals(cbor) ? value : null;
  } catch {
    return null;
  }
}

/** The name Pagefind gives a data file: its language, and as many hex digits of the CBOR's SHA-1 as before. */
const hashedName = (language: string, cbor: Uint8Array, digits: number) =>
  `${language}_${createHash('sha1').update(cbor).digest('hex').slice(0, digits)}`;

const writeData = (file: string, cbor: Uint8Array) => writeFileSync(file, gzipSync(Buffer.concat([MAGIC, cbor])));


/**
 * Sort the filter values of the Pagefind bundle in `bundle` and rename its files to match. Returns whether the
 * bundle was in the form this module knows; when it is not (another Pagefind version), it is left as written.
 */
export function sortSearchFilters(bundle: string): boolean {
  const entryFile = path.join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { hash?: unknown }> };
  const filterFolder = path.join(bundle, 'filter');
  if (!existsSync(filterFolder)) return true;
  const filterFiles = readdirSync(filterFolder, { withFileTypes: true }).filter((file) => file.isFile() && file.name.endsWith('.pf_filter')).map((file) => file.name);
  // Read and check everything before writing anything.
  const metas: { language: string; id: string; value: Meta }[] = [];
  for (const [language, info] of Object.entries(entry.languages ?? {})) {
    if (typeof info.hash !== 'string' || !info.hash.startsWith(`${language}_`)) return false;
    const cbor = readData(path.join(bundle, `pagefind.${info.hash}.pf_meta`));
    const value = cbor && decodeExactly(cbor);
    if (!value || !isMeta(value)) return false;
    metas.push({ language, id: info.hash, value });
  }
  const chunks: { id: string; language: string; value: FilterChunk }[] = [];
  for (const name of filterFiles) {
    const id = name.slice(0, -'.pf_filter'.length);
    const language = id.slice(0, id.lastIndexOf('_'));
    const cbor = readData(path.join(filterFolder, name));
    const value = cbor && decodeExactly(cbor);
    if (!value || !isFilterChunk(value) || !metas.some((meta) => meta.language === language)) return false;
    chunks.push({ id, language, value });
  }
  const renamed = new Map<string, string>();
  for (const chunk of chunks) {
    const [filter, values] = chunk.value;
    const sorted: FilterChunk = [filter, values
      .map(([value, pages]): [string, number[]] => [value, [...pages].sort((a, b) => a - b)])
      .sort(byName)];
    const cbor = encodeCbor(sorted);
    const id = hashedName(chunk.language, cbor, chunk.id.length - chunk.language.length - 1);
    if (id === chunk.id) continue;
    writeData(path.join(filterFolder, `${id}.pf_filter`), cbor);
    rmSync(path.join(filterFolder, `${chunk.id}.pf_filter`));
    renamed.set(chunk.id, id);
  }
  let changed = false;
  for (const meta of metas) {
    const [version, pages, indexChunks, filters, sorts, ...rest] = meta.value;
    const cbor = encodeCbor([version, pages, indexChunks,
      filters.map(([name, file]): [string, string] => [name, renamed.get(file) ?? file]).sort(byName),
      [...sorts].sort(byName), ...rest]);
    const id = hashedName(meta.language, cbor, meta.id.length - meta.language.length - 1);
    if (id === meta.id) continue;
    writeData(path.join(bundle, `pagefind.${id}.pf_meta`), cbor);
    rmSync(path.join(bundle, `pagefind.${meta.id}.pf_meta`));
    entry.languages![meta.language].hash = id;
    changed = true;
  }
  if (changed) writeFileSync(entryFile, JSON.stringify(entry));
  return true;
}
