/** Worker thread of the stage pool: runs the per-article stages of the documents it is sent. */
import { parentPort } from 'node:worker_threads';
import { computeArticleStages } from '../article-stages.js';
import type { RawDocument } from '../types.js';

parentPort!.on('message', (documents: RawDocument[]) => {
  parentPort!.postMessage(documents.flatMap((document) => computeArticleStages(document)));
});
