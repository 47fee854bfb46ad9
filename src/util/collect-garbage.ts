/**
 * Ask V8 for a full garbage collection. V8 lets the heap grow far beyond the live data when memory is plentiful;
 * a large build collects between its stages so its peak memory follows what it keeps, not what it discarded.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

/** Run a full collection (enables V8's `gc` function the first time). */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
