import { describe, expect, it } from 'vitest';
import { createMapMemo, type Memo } from '../../src/cache/memo.js';
import { buildReport, profileText } from '../../src/report/build-report.js';
import { seedArchive } from '../helpers.js';

describe('buildReport', () => {
  it('should give the same report with its text profiles memoised, and read each text once', async () => {
    const built = await seedArchive();
    const plain = buildReport(built, built.problems);
    const store = new Map<string, unknown>();
    const base = createMapMemo(store);
    const computed: string[] = [];
    const memo: Memo = (stage, input, compute) => base(stage, input, () => { computed.push(stage); return compute(); });
    expect(buildReport(built, built.problems, { memo })).toEqual(plain);
    expect(computed.filter((stage) => stage === 'profile')).toHaveLength(built.archive.articles.length);
    computed.length = 0;
    expect(buildReport(built, built.problems, { memo })).toEqual(plain);
    expect(computed).toEqual([]);
  });

  it('should count words and guess the language of an article\'s text', () => {
    const lead = 'The minister said on Tuesday that the talks with the other side would go on for as long as they were needed, and that there was no reason to think that they would fail before the end of the year.';
    const profile = profileText([lead, lead, 'Nothing was agreed.']);
    expect(profile.words).toBe(lead.split(' ').length * 2 + 3);
    expect(profile.language).toBe('en');
    expect(profile.shingles.length).toBeGreaterThan(0);
  });
});
