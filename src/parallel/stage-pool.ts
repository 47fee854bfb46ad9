/**
 * Run the per-article stages of many documents on several threads, ahead of the pipeline, and put the results
 * into its memo store: the pipeline then finds them there and runs its archive-wide stages as usual. The main
 * thread computes documents too, beside the workers. Only documents whose extraction is not stored yet are
 * taken. Small batches (few documents, few characters) stay in the main thread alone (a worker takes a while to
 * start); a worker that fails leaves its documents to the pipeline, which computes them itself.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { memoKey, type MemoStore } from '../cache/memo.js';
import { candidatesInput, computeArticleStages, keyExtracted, STAGES } from '../article-stages.js';
import type { Candidate } from '../entities/discover-candidates.js';
import { LIBRARY_STAGE, libraryEntry, librarySentences } from '../entities/library-votes.js';
import type { ExtractedArticle } from '../extract/extract-text.js';
import type { RawDocument } from '../types.js';
import { workerSource } from './worker-source.js';

/** Options of `precomputeArticleStages`. */
export interface PoolOptions {
  /**
   * Threads, the main thread included (default: the machine's parallelism, at most 4). Two workers on two cores
   * were slower than the main thread alone (they compete with it while it only waits); one worker beside the
   * main thread uses both cores.
   */
  threads?: number;
  /** Whether the main thread computes documents too (default: true; false leaves them all to the workers). */
  mainThread?: boolean;
  /** Fewest documents worth starting a worker for (default: 100)… */
  minDocuments?: number;
  /**
   * … or fewest characters of input (default: 700,000, about 100 articles copied as text): saved pages are
   * large, and their extraction costs about as much per character as a text's (80 saved pages of 30 MB took
   * 20 s on one thread).
   */
  minChars?: number;
  /** Fewest sentences worth starting a worker to read with the NLP library (default: 200, about half a second). */
  minSentences?: number;
  /** Called as documents (or sentences) are done (optional). */
  progress?: (done: number, total: number) => void;
}

/** Threads used when none are asked for: every core, up to 4. */
export const defaultThreads = () => Math.min(os.availableParallelism(), 4);

/** Items (documents, or sentences for the library) sent to a worker at a time. */
const CHUNK = 16;
/** Chunks a worker holds at once: the next waits in its queue while the main thread is busy computing its own. */
const AHEAD = 2;
/** Heap of one worker: small, so it collects often and its garbage never piles up. */
const WORKER_HEAP_MB = 256;

/** Compute the per-article stages of the documents that need them. Returns how many were computed. */
export async function precomputeArticleStages(documents: RawDocument[], store: MemoStore, options: PoolOptions = {}): Promise<number> {
  const wanted = options.threads ?? defaultThreads();
  const fewest = options.minDocuments ?? 100;
  const fewestChars = options.minChars ?? 700_000;
  const worthIt = (batch: RawDocument[]) => batch.length >= 2
    && (batch.length >= fewest || batch.reduce((chars, document) => chars + document.text.length, 0) >= fewestChars);
  if (wanted < 2 || !worthIt(documents)) return 0;
  const todo = documents.filter((document) => !store.has(memoKey(STAGES.extract, document)));
  if (!worthIt(todo)) return 0;
  return runPool(todo, store, {
    threads: Math.min(wanted, todo.length),
    mainThread: options.mainThread ?? true,
    local: computeArticleStages,
    // A document's progress is its extraction.
    count: (entries) => entries.filter(([key]) => key.startsWith(`${STAGES.extract}-`)).length,
    progress: options.progress,
  });
}

/**
 * Read with the NLP library, ahead of the pipeline and in parallel, the sentences its entity stage will have it
 * read (see `librarySentences`): those of the names the stored per-article stages found. On an archive of
 * unrelated articles, with thousands of names, the library is the largest of the archive-wide stages. Returns
 * how many sentences were read.
 */
export async function precomputeLibraryReadings(documents: RawDocument[], store: MemoStore, options: PoolOptions = {}): Promise<number> {
  const wanted = options.threads ?? defaultThreads();
  if (wanted < 2) return 0;
  // Only what the pool just computed is looked at (an older article's readings are stored from its first build).
  const stored = <T>(stage: string, input: unknown) => store.peek(memoKey(stage, input)) as T | undefined;
  const candidates = documents.flatMap((document) => {
    const extracted = stored<{ article: ExtractedArticle | null }>(STAGES.extract, document);
    // Keyed as the pipeline keys it, so the candidates' memo key is the pipeline's.
    const article = extracted && keyExtracted(document, extracted).article;
    if (!article) return [];
    return (stored<Candidate[]>(STAGES.candidates, candidatesInput(article)) ?? []).map((candidate) => ({ ...candidate, article: document.sourceFile }));
  });
  const todo = librarySentences(candidates).filter((sentence) => !store.has(memoKey(LIBRARY_STAGE, sentence)));
  if (todo.length < (options.minSentences ?? 200)) return 0;
  return runPool(todo, store, {
    threads: wanted,
    mainThread: options.mainThread ?? true,
    local: (sentence) => [libraryEntry(sentence)],
    count: (entries) => entries.length,
    progress: options.progress,
  });
}

/** Work items (documents or sentences) and how each thread computes their memo entries. */
interface PoolRun<T> {
  threads: number;
  mainThread: boolean;
  /** The main thread's computation of one item (a worker runs the same, see stage-worker.ts). */
  local: (item: T) => [string, unknown][];
  /** How many items a batch of entries stands for. */
  count: (entries: [string, unknown][]) => number;
  progress?: (done: number, total: number) => void;
}

/** Share the items among the main thread and worker threads, putting each result into the store. */
async function runPool<T>(todo: T[], store: MemoStore, run: PoolRun<T>): Promise<number> {
  const workers = run.mainThread ? run.threads - 1 : run.threads;
  // Small chunks keep the threads busy to the end; at most CHUNK, so results flow back steadily.
  const size = Math.max(1, Math.min(CHUNK, Math.ceil(todo.length / (run.threads * 4))));
  const chunks: T[][] = [];
  for (let start = 0; start < todo.length; start += size) chunks.push(todo.slice(start, start + size));
  let next = 0;
  let done = 0;
  const finished = (count: number) => {
    done += count;
    run.progress?.(done, todo.length);
  };
  const source = workerSource(import.meta.url, 'stage-worker');
  const worker = () => new Promise<void>((resolve) => {
    const thread = new Worker(source, { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let held = 0;
    const send = () => {
      while (held < AHEAD && next < chunks.length) { thread.postMessage(chunks[next++]); held++; }
      if (!held) void thread.terminate().then(() => resolve());
    };
    thread.on('message', (entries: [string, unknown][]) => {
      held--;
      for (const [key, value] of entries) store.put(key, value);
      finished(run.count(entries));
      send();
    });
    // A failed worker (out of memory on a huge file, say): its chunks are left to the pipeline.
    thread.on('error', () => resolve());
    thread.on('exit', () => resolve());
    send();
  });
  // The main thread takes chunks too, and lets the workers' results in between them.
  const local = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++];
      for (const item of chunk) for (const [key, value] of run.local(item)) store.put(key, value);
      finished(chunk.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all([...Array.from({ length: workers }, worker), ...(run.mainThread ? [local()] : [])]);
  return done;
}
