/**
 * Many small file-system steps in a worker thread, with synchronous calls. Through the thread pool each step
 * waits for the busy main thread to start the next (linking 1,800 pages took 2.4 s beside a 1.7 s render,
 * against 0.3 s synchronously), and a long task there (deleting thousands of files) holds up the main thread's
 * own reads behind it (loading Eleventy's modules waited 0.2 s behind the deletion of the previous site).
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerSource } from '../parallel/worker-source.js';
import { linkFiles } from './link-files.js';

/** A file to write: its path relative to the folder written into, and its bytes. */
export interface FileContent {
  path: string;
  data: Uint8Array;
}

/** A task for the file thread: link files from one folder into another, remove a folder, or write files into a
 * folder (and copy others there, `to` relative to it). */
export type FileTask =
  | { task: 'link'; from: string; to: string; files: readonly string[] }
  | { task: 'remove'; folder: string }
  | { task: 'write'; folder: string; files: readonly FileContent[]; copies: readonly { from: string; to: string }[] };

/** Write files and copies into `folder`, making the folders they need once each. */
function writeFiles(folder: string, files: readonly FileContent[], copies: readonly { from: string; to: string }[]): void {
  const made = new Set<string>();
  const target = (file: string) => {
    const full = path.join(folder, file);
    const parent = path.dirname(full);
    if (!made.has(parent)) { mkdirSync(parent, { recursive: true }); made.add(parent); }
    return full;
  };
  for (const file of files) writeFileSync(target(file.path), file.data);
  for (const copy of copies) copyFileSync(copy.from, target(copy.to));
}

/** Do a task here, synchronously (what the file thread runs). */
export function runFileTask(task: FileTask): void {
  if (task.task === 'link') linkFiles(task.from, task.to, task.files);
  else if (task.task === 'write') writeFiles(task.folder, task.files, task.copies);
  else rmSync(task.folder, { recursive: true, force: true });
}

/** Do a task in a worker thread of its own; resolves when it is done, rejects with the reason it failed. The
 * bytes of files to write move to the thread (they are empty here after). */
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
    worker.postMessage(task, task.task === 'write' ? task.files.map((file) => file.data.buffer as ArrayBuffer) : []);
  });
}

/** Write text files (and copy others) into `folder` in a worker thread, so this one can go on meanwhile. */
export function writeFilesInWorker(folder: string, files: readonly { path: string; content: string }[], copies: readonly { from: string; to: string }[] = []): Promise<void> {
  if (!files.length && !copies.length) return Promise.resolve();
  // Each file's bytes in a buffer of their own, moved to the thread rather than copied.
  const encoder = new TextEncoder();
  return inFileThread({ task: 'write', folder, files: files.map((file) => ({ path: file.path, data: encoder.encode(file.content) })), copies });
}

/** `linkFiles` in a worker thread, so the links are made on another core while this one renders pages. */
export function linkFilesInWorker(from: string, to: string, files: readonly string[]): Promise<void> {
  return files.length ? inFileThread({ task: 'link', from, to, files }) : Promise.resolve();
}

/** Remove `folder` and everything in it (nothing when it is missing) in a worker thread. */
export function removeInWorker(folder: string): Promise<void> {
  return inFileThread({ task: 'remove', folder });
}
