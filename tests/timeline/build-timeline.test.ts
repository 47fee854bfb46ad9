import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/types.js';
import { buildTimeline, eventText, storyDay } from '../../src/timeline/build-timeline.js';
import { root, seedArchive } from '../helpers.js';

interface GoldEvent { date: string; seeds: string[]; about: string }
const gold = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/seeds/timeline.gold.json'), 'utf8')) as { events: GoldEvent[] };

describe('buildTimeline', () => {
  it('should hold the story\'s dated events from the seeds, with their sources (recall against a hand-written gold)', async () => {
    const { archive } = await seedArchive();
    const prefixOf = new Map(archive.articles.map((article) => [article.id, article.sourceFile.slice(0, 3)]));
    let found = 0;
    const missed: string[] = [];
    for (const event of gold.events) {
      const match = archive.timeline.find((entry) => entry.date === event.date && event.seeds.every((seed) => entry.articles.some((id) => prefixOf.get(id) === seed)) && entry.text.toLowerCase().includes(event.about.toLowerCase()));
      if (match) found++;
      else missed.push(`${event.date} ${event.about}`);
    }
    const recall = found / gold.events.length;
    const goldDates = new Set(gold.events.map((event) => event.date));
    const precision = archive.timeline.filter((event) => goldDates.has(event.date)).length / archive.timeline.length;
    console.log(`timeline vs gold: recall ${recall.toFixed(2)} (${found}/${gold.events.length}), date precision ${precision.toFixed(2)} (${archive.timeline.length} events); missed: ${missed.join('; ') || 'none'}`);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.8);
  });

  it('should find the story\'s day among the dated articles only when they fall within a year', () => {
    expect(storyDay([{ published: '2024-05-30' }, { published: null }, { published: '2024-05-31' }, { published: '2024-06-02' }])).toBe('2024-05-31');
    expect(storyDay([{ published: '2022-03-01' }, { published: '2024-05-31' }])).toBeNull();
    expect(storyDay([{ published: null }])).toBeNull();
  });

  it('should make no event of a date that only starts what a sentence tells of, and keep its other dates', () => {
    const paragraphs = ['For the first time since 2019, the park reopened its lake on Saturday.', 'Its owners have run it since 1998, the year they bought it.'];
    const article = { id: 'park', outlet: 'The Paper', published: '2024-05-31', paragraphs, blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })) } as unknown as Article;
    const { events } = buildTimeline([article], {});
    expect(events.map((event) => event.date)).toEqual(['1998', '2024-05-25']);
  });

  it('should name in each event the words that date it, so a sentence with two dates tells its two events apart', () => {
    const paragraphs = ['The street was renamed in 2016 in honour of the poet, who died in a labour camp in 1985.'];
    const article = { id: 'street', outlet: 'The Paper', published: '2024-05-31', paragraphs, blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })) } as unknown as Article;
    const { events } = buildTimeline([article], {});
    expect(events.map((event) => [event.date, event.phrase])).toEqual([['1985', '1985'], ['2016', '2016']]);
    for (const event of events) expect(event.text).toContain(event.phrase);
  });

  it('should take nothing from the furniture', async () => {
    const { archive } = await seedArchive();
    expect(archive.timeline.some((event) => event.date.startsWith('2024-06-2'))).toBe(false);
    expect(archive.timeline.some((event) => /Sevastopol|0:01:29|file photo|Tiago Petinga/.test(event.text))).toBe(false);
  });

  it('should link every source to a paragraph anchor and explain how its date was resolved', async () => {
    const { archive } = await seedArchive();
    const relative = archive.timeline.flatMap((event) => event.sources).find((source) => source.phrase === 'two days later');
    expect(relative?.resolution).toMatch(/15 May 2024, counted from 13 May 2024/);
    for (const source of archive.timeline.flatMap((event) => event.sources)) {
      const article = archive.articles.find((entry) => entry.id === source.article)!;
      expect(article.paragraphs[source.paragraph]).toContain(source.phrase);
    }
  });

  it('should show an event by its sentence, or by the clause of a long one widened back to its subject', () => {
    const short = 'Multiple people are injured after several missiles, including a hospital crutch, a can of cider and a flare, were thrown tonight as a group confronted a counter protest.';
    expect(eventText(short, 'tonight')).toBe(short);
    const long = 'The council, which met for six hours and heard from more than forty residents, dozens of shop owners and the harbour master himself, said on Friday, after a long and bitter debate that ran late into the night, that repairs to the wall would begin in the spring.';
    expect(eventText(long, 'on Friday')).toBe('The council, which met for six hours and heard from more than forty residents, dozens of shop owners and the harbour master himself, said on Friday, after a long and bitter debate that ran late into the night');
    const clauses = 'Officials in the port city said that the storm had damaged hundreds of homes along the coast and cut power to the old town, The mayor declared an emergency on Saturday morning after the sea wall failed, and crews worked through the night to reach the families who were still trapped upstairs.';
    expect(eventText(clauses, 'on Saturday morning')).toBe('The mayor declared an emergency on Saturday morning after the sea wall failed');
    // A name in apposition ("Belém, Brazil,") opens no clause: the line goes back to what meets there.
    const apposition = 'When the world’s nations meet for the summit in Belém, Brazil, on 10 November to lock down new commitments to limit dangerous climate change, it will be the first such conference since the president announced in January that his country would leave the accord for the second time in a decade.';
    expect(eventText(apposition, 'on 10 November')).toBe('When the world’s nations meet for the summit in Belém, Brazil, on 10 November to lock down new commitments to limit dangerous climate change');
  });
});

