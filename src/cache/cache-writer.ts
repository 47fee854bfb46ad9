/** Worker thread of the file cache: writes the entries it is sent, in order, and says when it could not. */
import { parentPort } from 'node:worker_threads';
import { type WriterReply, writeEntry } from './file-cache.js';

let failed = false;
parentPort!.on('message', (message: [string, string][] | 'flush') => {
  const reply = (answer: WriterReply) => parentPort!.postMessage(answer);
  if (message === 'flush') return reply({ flushed: true });
  if (failed) return;
  try {
    for (const [file, json] of message) writeEntry(file, json);
  } catch (error) {
    failed = true;
    reply({ failed: error instanceof Error ? error.message : String(error) });
  }
});
