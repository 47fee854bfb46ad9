import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/build-archive.js';
import { createMapStore, type Memo } from '../../src/cache/memo.js';
import { precomputeArticleStages, precomputeLibraryReadings } from '../../src/parallel/stage-pool.js';
import { LIBRARY_STAGE } from '../../src/entities/library-votes.js';
import { readSeeds } from '../../src/read/read-seeds.js';
import { PROFILE_STAGE } from '../../src/report/build-report.js';
import { seedArchive, seedsDir } from '../helpers.js';

describe('precomputeArticleStages', () => {
  it.each([
    ['in worker threads alone', false],
    ['in the main thread and a worker', true],
  ])('should compute every per-article stage %s, so the pipeline computes none (but the dates of an undated article, which take the story\'s year) and builds the same archive', async (_, mainThread) => {
    const { documents } = await readSeeds(seedsDir);
    const store = createMapStore();
    const seen: number[] = [];
    const computed = await precomputeArticleStages(documents, store, { threads: 2, mainThread, minDocuments: 1, progress: (done) => seen.push(done) });
    expect(computed).toBe(documents.length);
    expect(seen.at(-1)).toBe(documents.length);
    const computedHere: string[] = [];
    const counting: Memo = (stage, input, compute) => store.memo(stage, input, () => { computedHere.push(stage); return compute(); });
    const built = buildArchive(documents, { version: 'test', memo: counting });
    expect(computedHere.filter((stage) => ['extract', 'candidates', PROFILE_STAGE].includes(stage))).toEqual([]);
    const undated = built.archive.articles.filter((article) => !article.published).length;
    expect(undated).toBeGreaterThan(0);
    expect(computedHere.filter((stage) => stage === 'dates')).toHaveLength(undated);
    expect(built.archive).toEqual((await seedArchive()).archive);
  });

  it('should read ahead every sentence the entity stage has the NLP library read, so the pipeline reads none', async () => {
    const { documents } = await readSeeds(seedsDir);
    const store = createMapStore();
    await precomputeArticleStages(documents, store, { threads: 2, minDocuments: 1 });
    const read = await precomputeLibraryReadings(documents, store, { threads: 2, minSentences: 1 });
    expect(read).toBeGreaterThan(10);
    const computedHere: string[] = [];
    const counting: Memo = (stage, input, compute) => store.memo(stage, input, () => { computedHere.push(stage); return compute(); });
    const built = buildArchive(documents, { version: 'test', memo: counting });
    expect(computedHere.filter((stage) => stage === LIBRARY_STAGE)).toEqual([]);
    expect(built.archive).toEqual((await seedArchive()).archive);
    // Read once: nothing left to read.
    expect(await precomputeLibraryReadings(documents, store, { threads: 2, minSentences: 1 })).toBe(0);
  });

  it('should send nothing when every extraction is stored, and stay in-process for a few small documents', async () => {
    const { documents } = await readSeeds(seedsDir);
    const store = createMapStore();
    expect(await precomputeArticleStages(documents, store, { threads: 2 })).toBe(0);
    // A few large documents are worth a worker: the seeds count as many characters as asked for.
    const characters = documents.reduce((sum, document) => sum + document.text.length, 0);
    expect(await precomputeArticleStages(documents, createMapStore(), { threads: 2, minChars: characters })).toBe(documents.length);
    expect(await precomputeArticleStages(documents, createMapStore(), { threads: 2, minChars: characters + 1 })).toBe(0);
    await precomputeArticleStages(documents, store, { threads: 2, minDocuments: 1 });
    expect(await precomputeArticleStages(documents, store, { threads: 2, minDocuments: 1 })).toBe(0);
  });
});
