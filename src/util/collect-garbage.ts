/**
 * Ask V8 for full garbage collections. V8 lets the heap grow far beyond the live data when memory is
 * plentiful; a large build collects between its steps so its peak memory follows what it keeps, not what it
 * discarded, and only when the heap has grown well past the live data, so a build that discards little
 * (a rebuild that finds everything in its cache) pays for few collections.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;
/** Heap in use after the last collection. */
let live = 0;

/** Run a full collection (enables V8's `gc` function the first time). */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  live = process.memoryUsage().heapUsed;
}

/** Heap below which no collection is asked for: V8's own keep a heap this small in check, at less cost. */
const FLOOR = 256 * 1048576;

/**
 * Collect when the heap holds a quarter more than the live data (plus 32 MB) at the last collection, and more
 * than `FLOOR`. (Five collections asked for in a rebuild of 1,000 articles whose heap stayed under 200 MB took
 * 0.2 s.)
 */
export function collectGarbageIfGrown(): void {
  if (worthCollecting(process.memoryUsage().heapUsed, live)) collectGarbage();
}

/** Whether a heap of `used` bytes is worth a full collection when `live` bytes were left by the last one. */
export const worthCollecting = (used: number, live: number) => used > FLOOR && used > live * 1.25 + 32 * 1048576;
