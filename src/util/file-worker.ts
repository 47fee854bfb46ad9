/** Worker thread of `inFileThread`: does the task it is sent, then says whether it failed. */
import { parentPort } from 'node:worker_threads';
import { type FileTask, runFileTask } from './file-thread.js';

parentPort!.once('message', (task: FileTask) => {
  try {
    runFileTask(task);
    parentPort!.postMessage(null);
  } catch (error) {
    parentPort!.postMessage(error instanceof Error ? error.message : String(error));
  }
});
