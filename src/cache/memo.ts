/** Memoisation of per-file stages: the pure pipeline asks, the caller decides where results are kept. */
import { createHash } from 'node:crypto';

/**
 * Return the stored result of `stage` for `input`, or compute and store it. Results must be plain JSON data
 * (they may come back from disk), and `input` must hold everything the result depends on.
 */
export type Memo = <T>(stage: string, input: unknown, compute: () => T) => T;

/** No memoisation: always compute. */
export const noMemo: Memo = (_stage, _input, compute) => compute();

/** Digests of the arrays already seen as (parts of) inputs: an article's paragraphs, say, are part of several
 * stages' inputs and are hashed once. Inputs are records of the pure pipeline, never changed after. */
const digests = new WeakMap<unknown[], string>();
/** SHA-256 of whole inputs already keyed (a document's, say), for digests derived from them. */
const inputHashes = new WeakMap<object, string>();

/** Content length below which an array is not hashed on its own. */
const SHORT = 200;

/** A value's content as text for hashing: JSON, except that longer arrays stand as a SHA-256 of their content. */
function digestOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (!Array.isArray(value)) return `{${Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => `${JSON.stringify(key)}:${digestOf(item)}`).join(',')}}`;
  const known = digests.get(value);
  if (known) return known;
  const content = `[${value.map((item) => (item === undefined ? 'null' : digestOf(item))).join(',')}]`;
  // Short lists (an entity's names in an article) stand as themselves: a hash each would cost more than it saves.
  if (content.length < SHORT) return content;
  const digest = `#${createHash('sha256').update(content).digest('base64')}`;
  digests.set(value, digest);
  return digest;
}

/** SHA-256 of an input's content (remembered for objects). */
function hashOf(input: unknown): string {
  const known = typeof input === 'object' && input !== null ? inputHashes.get(input) : undefined;
  if (known) return known;
  const hash = createHash('sha256').update(digestOf(input)).digest('hex');
  if (typeof input === 'object' && input !== null) inputHashes.set(input, hash);
  return hash;
}

/** The key of one stage's input: the stage name and a SHA-256 of the input's content. */
export function memoKey(stage: string, input: unknown): string {
  return `${stage}-${hashOf(input).slice(0, 32)}`;
}

/**
 * Give `derived`, the output of the pure step `step` on `source`, a digest made from the source's instead of
 * its own content: an article's paragraphs come from its document, so no later stage hashes the text again.
 * Sound because results are kept per code version: the same source and step give the same output.
 */
export function deriveDigest<T extends unknown[]>(derived: T, source: object, step: string): T {
  if (!digests.has(derived)) digests.set(derived, `#${step}:${hashOf(source)}`);
  return derived;
}

/** A memo over an in-memory map (tests, and the base of the file cache). */
export function createMapMemo(store: Map<string, unknown> = new Map()): Memo {
  return <T>(stage: string, input: unknown, compute: () => T): T => {
    const key = memoKey(stage, input);
    if (store.has(key)) return store.get(key) as T;
    const value = compute();
    store.set(key, value);
    return value;
  };
}

/** A memo whose entries can also be looked up and filled by key (for results computed ahead, in parallel). */
export interface MemoStore {
  memo: Memo;
  /** Is there a result under this key (see `memoKey`)? */
  has(key: string): boolean;
  /** Store a result computed elsewhere. */
  put(key: string, value: unknown): void;
  /** A result `put` in this build and not used yet, else undefined (nothing is read from disk or consumed). */
  peek(key: string): unknown;
}

/** A memo store in memory (a build without a cache folder). */
export function createMapStore(store: Map<string, unknown> = new Map()): MemoStore {
  return { memo: createMapMemo(store), has: (key) => store.has(key), put: (key, value) => { store.set(key, value); }, peek: (key) => store.get(key) };
}
