/** Progress of a long build on a terminal: stage, detail and elapsed time on one rewritten line. */

/** Reports stages; `done` clears the line. */
export interface Progress {
  stage(name: string, detail?: string): void;
  done(): void;
}

/** Options of `createProgress`. */
export interface ProgressOptions {
  /** Where to write (default: process.stderr). */
  stream?: NodeJS.WriteStream;
  /** Force on or off (default: on when the stream is a terminal and CI is not set). */
  enabled?: boolean;
}

/** A progress line that is silent when not a terminal or in CI. */
export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const enabled = options.enabled ?? (Boolean(stream.isTTY) && !process.env.CI);
  const started = performance.now();
  let shown = false;
  return {
    stage(name, detail) {
      if (!enabled) return;
      const elapsed = ((performance.now() - started) / 1000).toFixed(1).padStart(5);
      stream.write(`\r\x1b[K[${elapsed} s] ${name}${detail ? `: ${detail}` : ''}`);
      shown = true;
    },
    done() {
      if (enabled && shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
