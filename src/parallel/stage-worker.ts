/**
 * Worker thread of the stage pool: runs the per-article stages of the documents it is sent, or has the NLP
 * library read the sentences it is sent, and sends back the memo entries.
 */
import { parentPort } from 'node:worker_threads';
import { computeArticleStages } from '../article-stages.js';
import { libraryEntry } from '../entities/library-votes.js';
import type { RawDocument } from '../types.js';

parentPort!.on('message', (items: (RawDocument | string)[]) => {
  parentPort!.postMessage(items.flatMap((item) => (typeof item === 'string' ? [libraryEntry(item)] : computeArticleStages(item))));
});
