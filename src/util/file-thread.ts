/**
 * Many small file-system steps in a worker thread, with synchronous calls. Through the thread pool each step
 * waits for the busy main thread to start the next (linking 1,800 pages took 2.4 s beside a 1.7 s render,
 * against 0.3 s synchronously), and a long task there (deleting thousands of files) holds up the main thread's
 * own reads behind it (loading Eleventy's modules waited 0.2 s behind the deletion of the previous site).
 */
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { workerSource } from '../parallel/worker-source.js';
import { linkFiles } from './link-files.js';

/** A task for the file thread: link files from one folder into another, or remove a folder. */
export type FileTask =
  | { task: 'link'; from: string; to: string; files: readonly string[] }
  | { task: 'remove'; folder: string };

/** Do a task here, synchronously (what the file thread runs). */
export function runFileTask(task: FileTask): void {
  if (task.task === 'link') linkFiles(task.from, task.to, task.files);
  else rmSync(task.folder, { recursive: true, force: true });
}

/** Do a task in a worker thread of its own; resolves when it is done, rejects with the reason it failed. */
export function inFileThread(task: FileTask): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource(import.meta.url, 'file-worker'), { eval: true });
    worker.once('message', (failure: string | null) => {
      void worker.terminate();
      if (failure) reject(new Error(failure));
      else resolve();
    });
    worker.once('error', reject);
    // Settled already when it has answered; otherwise it stopped without finishing.
    worker.once('exit', (code) => reject(new Error(`the file thread stopped (exit code ${code})`)));
    worker.postMessage(task);
  });
}

/** `linkFiles` in a worker thread, so the links are made on another core while this one renders pages. */
export function linkFilesInWorker(from: string, to: string, files: readonly string[]): Promise<void> {
  return files.length ? inFileThread({ task: 'link', from, to, files }) : Promise.resolve();
}

/** Remove `folder` and everything in it (nothing when it is missing) in a worker thread. */
export function removeInWorker(folder: string): Promise<void> {
  return inFileThread({ task: 'remove', folder });
}
