/** Worker thread of `linkFilesInWorker`: links the files it is sent, then says whether it failed. */
import { parentPort } from 'node:worker_threads';
import { linkFiles } from './link-files.js';

parentPort!.once('message', ({ from, to, files }: { from: string; to: string; files: string[] }) => {
  try {
    linkFiles(from, to, files);
    parentPort!.postMessage(null);
  } catch (error) {
    parentPort!.postMessage(error instanceof Error ? error.message : String(error));
  }
});
