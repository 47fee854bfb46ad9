import { describe, expect, it } from 'vitest';
import { createMapMemo, type Memo } from '../../src/cache/memo.js';
import { buildArchive } from '../../src/build-archive.js';
import { readSeeds } from '../../src/read/read-seeds.js';
import { buildReport, PROFILE_STAGE, profileText } from '../../src/report/build-report.js';
import { seedArchive, seedsDir } from '../helpers.js';

describe('buildReport', () => {
  it('should take the texts\' profiles from the built archive, each computed once and memoised', async () => {
    const { documents } = await readSeeds(seedsDir);
    const base = createMapMemo(new Map<string, unknown>());
    const computed: string[] = [];
    const memo: Memo = (stage, input, compute) => base(stage, input, () => { computed.push(stage); return compute(); });
    const first = buildArchive(documents, { version: 'test', memo });
    expect(computed.filter((stage) => stage === PROFILE_STAGE)).toHaveLength(first.archive.articles.length);
    const report = buildReport(first, first.problems);
    expect(report).toEqual(buildReport(await seedArchive(), first.problems));
    computed.length = 0;
    const again = buildArchive(documents, { version: 'test', memo });
    expect(computed.filter((stage) => stage === PROFILE_STAGE)).toEqual([]);
    expect(buildReport(again, again.problems)).toEqual(report);
  });

  it('should count words and guess the language of an article\'s text', () => {
    const lead = 'The minister said on Tuesday that the talks with the other side would go on for as long as they were needed, and that there was no reason to think that they would fail before the end of the year.';
    const profile = profileText([lead, lead, 'Nothing was agreed.']);
    expect(profile.words).toBe(lead.split(' ').length * 2 + 3);
    expect(profile.language).toBe('en');
    expect(profile.shingles.length).toBeGreaterThan(0);
  });
});
