import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMapMemo, type Memo } from '../../src/cache/memo.js';
import { buildEntityIndex } from '../../src/entities/build-entity-index.js';
import { parseCuration } from '../../src/entities/curation.js';
import type { Article } from '../../src/types.js';
import { root, seedArchive } from '../helpers.js';

interface Gold {
  entities: Record<string, { type: string; mentions: Record<string, number> }>;
  aliases: [string, string][];
  notEntities: string[];
  alsoReal: { names: string[] };
}
const gold = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/seeds/entities.gold.json'), 'utf8')) as Gold;

/** A small article record for hand-made cases. */
function article(id: string, paragraphs: string[]): Article {
  return {
    id, sourceFile: `${id}.txt`, url: `articles/${id}/`, title: id, titleDerived: false, outlet: null, published: null, authors: [], contributors: [],
    dateline: null, originalUrl: null, language: null, paragraphs, blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })), evidence: {}, removed: [],
  };
}

/** The entity of an index named so, if any. */
const entityNamed = (index: ReturnType<typeof buildEntityIndex>, name: string) => index.entities.find((entity) => entity.name === name);
/** The articles that mention the entity named so (none when there is no such entity). */
const articlesOf = (index: ReturnType<typeof buildEntityIndex>, name: string) => entityNamed(index, name)?.mentions.map((mention) => mention.article) ?? [];

describe('buildEntityIndex', () => {
  it('should find the gold entities of the seeds with their types and exact mention counts per article', async () => {
    const { archive } = await seedArchive();
    const prefixOf = new Map(archive.articles.map((entry) => [entry.id, entry.sourceFile.slice(0, 3)]));
    let goldMentions = 0;
    let matched = 0;
    let found = 0;
    for (const [name, expected] of Object.entries(gold.entities)) {
      const entity = archive.entities.find((entry) => entry.name === name);
      expect(entity, name).toBeDefined();
      found++;
      expect(entity!.type, name).toBe(expected.type);
      const actual = Object.fromEntries(entity!.mentions.map((mention) => [prefixOf.get(mention.article), mention.count]));
      expect(actual, name).toEqual(expected.mentions);
      for (const [prefix, count] of Object.entries(expected.mentions)) {
        goldMentions += count;
        matched += Math.min(count, actual[prefix] ?? 0);
      }
    }
    const recall = found / Object.keys(gold.entities).length;
    const real = new Set([...Object.keys(gold.entities), ...gold.alsoReal.names]);
    const precision = archive.entities.filter((entry) => real.has(entry.name)).length / archive.entities.length;
    console.log(`entities vs gold: recall ${recall.toFixed(2)}, precision ${precision.toFixed(2)} (${archive.entities.length} with pages); mention counts matched ${matched}/${goldMentions}`);
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('should merge aliases into one entity', async () => {
    const { archive } = await seedArchive();
    for (const [name, alias] of gold.aliases) {
      const entity = archive.entities.find((entry) => entry.name === name);
      expect(entity?.aliases, `${name} ← ${alias}`).toContain(alias);
      expect(archive.entities.some((entry) => entry.name === alias), alias).toBe(false);
    }
  });

  it('should never make clutter into entities', async () => {
    const { archive } = await seedArchive();
    const names = new Set(archive.entities.flatMap((entity) => [entity.name, ...entity.aliases]));
    for (const word of gold.notEntities) expect(names.has(word), word).toBe(false);
  });

  it('should give entity pages contexts that highlight the mention, quotes and related entities', async () => {
    const { archive } = await seedArchive();
    const blinken = archive.entities.find((entry) => entry.name === 'Antony Blinken')!;
    // Every article that mentions him gives context, at most three sentences each.
    expect(blinken.contexts.filter((context) => context.article === blinken.mentions[0].article)).toHaveLength(3);
    expect(new Set(blinken.contexts.map((context) => context.article)).size).toBe(blinken.mentions.length);
    for (const mention of blinken.mentions) {
      const count = blinken.contexts.filter((context) => context.article === mention.article).length;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(3);
    }
    for (const context of blinken.contexts) {
      for (const [start, end] of context.spans) expect(['Blinken', 'Antony Blinken']).toContain(context.sentence.slice(start, end));
    }
    expect(blinken.quotes.some((quote) => quote.text.startsWith('Over the past few weeks, Ukraine came to us'))).toBe(true);
    const stoltenberg = archive.entities.find((entry) => entry.name === 'Jens Stoltenberg')!;
    expect(stoltenberg.quotes.some((quote) => quote.text.startsWith('This is part of President Vladimir Putin'))).toBe(true);
    expect(blinken.related.map((entry) => entry.entity)).toContain('joe-biden');
  });

  it('should count copies of one text once towards a page, and take no evidence from a copy', () => {
    const story = 'Harbour master Maria Kowalczyk closed the port on Monday after the storm, and the union leader Tomas Brandt said the crews were ready.';
    const other = 'The union leader Tomas Brandt said on Friday that the port would open again next week.';
    const articles = [article('a', [story]), article('b', ['Advertisement', story]), article('c', [other])];
    const sameText = new Map([['a', 'a'], ['b', 'a']]);
    const index = buildEntityIndex(articles, { sameText });
    // Named only in one text, saved twice: no page. Named in that text and another: a page, with both copies' mentions.
    expect(entityNamed(index, 'Maria Kowalczyk')).toBeUndefined();
    expect(articlesOf(index, 'Tomas Brandt')).toEqual(['a', 'b', 'c']);
    // Without the copies known, the copy makes her recur.
    expect(articlesOf(buildEntityIndex(articles), 'Maria Kowalczyk')).toEqual(['a', 'b']);
  });

  it('should keep two people who share a surname apart', () => {
    const index = buildEntityIndex([
      article('a', ['Former president George Bush spoke on Monday. Bush said the plan was sound.']),
      article('b', ['Governor Jeb Bush disagreed on Tuesday. Bush said the plan would fail.']),
      article('c', ['George Bush and Jeb Bush met later that week in Houston, Texas.']),
    ]);
    const names = index.entities.map((entity) => entity.name);
    expect(names).toContain('George Bush');
    expect(names).toContain('Jeb Bush');
    expect(index.entities.find((entity) => entity.name === 'George Bush')!.mentions).toEqual([{ article: 'a', count: 2 }, { article: 'c', count: 1 }]);
  });

  it('should join a surname alone to the one person of that surname, a word the archive writes in lower case only where the person is named', () => {
    const index = buildEntityIndex([
      article('a', ['Mourners gathered outside the hall on Monday, and its owner Lena Space said she was grateful.']),
      article('b', ['He co-founded the Society of Astronomy and Space in 2008, and space is costly.']),
      article('c', ['She studied Physics and Space at the university before the launch.']),
      article('d', ['Lena Space said on Friday that the vigil would be held again.']),
      article('e', ['President Vladimir Putin spoke in Moscow on Friday.']),
      article('f', ['Putin said the talks would go on, and Putin left Moscow later.']),
    ]);
    expect(articlesOf(index, 'Lena Space')).toEqual(['a', 'd']);
    expect(entityNamed(index, 'Lena Space')!.aliases).toEqual([]);
    expect(entityNamed(index, 'Vladimir Putin')!.mentions).toEqual([{ article: 'e', count: 1 }, { article: 'f', count: 2 }]);
  });

  it('should join a surname that opens other people\'s names only where the person is named in full', () => {
    const index = buildEntityIndex([
      article('a', ['The festival line-up had Rick James and several other acts on the bill that summer.']),
      article('b', ['A lecturer who asked to use the pseudonym James for his safety said the school had moved. James says the fees cover little.']),
      article('c', ['"We saw the gap," James said on Monday, and the strategist James Carville agreed with him.']),
      article('d', ['The union, helmed by President James Hoffa at the time, kept the contract.']),
      article('e', ['Rick James played the second night, and James thanked the crowd.']),
    ]);
    expect(articlesOf(index, 'Rick James')).toEqual(['a', 'e']);
  });

  it('should take a body named by one member and by many for one body, named by the many', () => {
    const index = buildEntityIndex([
      article('a', ['Jon Tester bills himself as a moderate Democrat willing to criticise his party, making the red-state Democrat a target.']),
      article('b', ['The Democrats have a decided advantage on the air, and the Democrats wielded superior campaign infrastructure.']),
    ]);
    expect(entityNamed(index, 'Democrats')).toMatchObject({ type: 'organization', aliases: ['Democrat'] });
    expect(articlesOf(index, 'Democrats')).toEqual(['a', 'b']);
    expect(entityNamed(index, 'Democrat')).toBeUndefined();
    // A common word opening a sentence is no member: "Forensic police" joins no "Forensics for Justice".
    const common = buildEntityIndex([
      article('c', ['Forensic police found the tenth victim inside the building on Saturday.']),
      article('d', ['The court will hear the executive director of Forensics for Justice on Tuesday.']),
    ], { minArticles: 1 });
    expect(common.entities.flatMap((entity) => entity.aliases)).not.toContain('Forensic');
  });

  it('should join a titled name that opens one person\'s full name to that person, not a dictionary first name', () => {
    const index = buildEntityIndex([
      article('a', ['"I would like to congratulate President Xi and the people of China," he wrote on Friday.']),
      article('b', ['China\'s President Xi Jinping announced plans to cut emissions by 2035.']),
      article('c', ['Sir John thanked the crowd at the harbour on Monday evening.']),
      article('d', ['John Smith, the harbour master, said the wall would hold.', 'John Smith spoke again on Tuesday.']),
    ]);
    expect(articlesOf(index, 'Xi Jinping')).toEqual(['a', 'b']);
    expect(articlesOf(index, 'John Smith')).not.toContain('c');
  });

  it('should join a titled first name to the person of that first name where an article names them in full', () => {
    const index = buildEntityIndex([
      article('a', ['Sir Keir Starmer has defended accepting gifts from a donor.', 'Sir Keir said on Monday that all members get gifts.', 'Sir Keir added that he had followed the rules.']),
      article('b', ['Prime Minister Keir Starmer spoke to the press in London.']),
      article('c', ['Sir Keir, a local councillor of the same name, opened the fete on Saturday.']),
    ]);
    expect(entityNamed(index, 'Keir Starmer')!.mentions).toEqual([{ article: 'a', count: 3 }, { article: 'b', count: 1 }]);
  });

  it('should name a place with the capital "The" it is written with, and keep a word that is common without it out', () => {
    const index = buildEntityIndex([
      article('a', ['Hearings were held at the Peace Palace in The Hague on Monday.']),
      article('b', ['The court in The Hague ruled on Friday, and lawyers left the Hague by train.']),
      article('c', ['The minister told The Namibian that talks would go on.', 'Namibian officials met on Monday.']),
      article('d', ['He told The Namibian that Namibian farmers were worried.']),
    ]);
    const hague = entityNamed(index, 'The Hague')!;
    expect(hague.type).toBe('place');
    expect(hague.mentions).toEqual([{ article: 'a', count: 1 }, { article: 'b', count: 2 }]);
    expect(index.entities.map((entity) => entity.name)).not.toContain('The Namibian');
  });

  it('should name and type a person by the full name, though the surname alone is written more often', () => {
    const index = buildEntityIndex([
      article('a', ['Fans praised the new album by Taylor Swift on Friday, and Swift thanked them. Later, Swift went on tour.']),
      article('b', ['Crowds waited for Swift in the rain, and Swift waved from the stage.']),
    ]);
    expect(index.entities.map((entity) => [entity.name, entity.type, entity.aliases])).toEqual([['Taylor Swift', 'person', ['Swift']]]);
  });

  it('should take an acronym written as a word by some outlets for the same entity, but not a word the archive uses', () => {
    const index = buildEntityIndex([
      article('a', ['Allies met at the NATO summit in Vilnius on Tuesday. NATO leaders will discuss air defence.']),
      article('b', ['Nato members agreed to send more air defence systems, the Nato chief said in Brussels.']),
      article('c', ['The WILL party said its campaign in Vilnius will start soon. Officials will meet in Brussels.']),
      article('d', ['Later the WILL party met Nato diplomats in Brussels, where Will Smith spoke.']),
    ]);
    const nato = index.entities.filter((entity) => /^nato$/i.test(entity.name));
    expect(nato).toHaveLength(1);
    expect(nato[0].mentions.map((mention) => mention.article).sort()).toEqual(['a', 'b', 'd']);
    expect(nato[0].aliases).toContain('Nato');
    // "will" is a word here: "WILL" keeps its own entity, and no "Will" joins it.
    const will = index.entities.find((entity) => entity.name === 'WILL');
    expect(will?.aliases ?? []).not.toContain('Will');
  });

  it('should join an acronym to the one name that abbreviates it, not to people\'s initials or to one of several', () => {
    const index = buildEntityIndex([
      article('a', ['The band AC/DC played in Sydney. Alastair Campbell said the Advisory Council would meet in Sydney.']),
      article('b', ['Alastair Campbell told the African Commission in Sydney that AC/DC had sold out.']),
      article('c', ['MP numbers fell. Members of Parliament and Merseyside Police met in Leeds on the plan of Merseyside Police.']),
      article('d', ['Members of Parliament said in Leeds that the MP expenses rules would change.']),
      article('e', ['Staff at Radio Liberty in Kyiv were safe, and Radio Liberty kept broadcasting.']),
      article('f', ['The RFE/RL bureau in Kyiv said its reporters were safe. RFE/RL said more later.']),
    ]);
    const aliasesOf = (name: string) => index.entities.find((entity) => entity.name === name)?.aliases ?? [];
    // Initials of people and of two bodies named beside it do not join "AC/DC"; nor do both "MP"s.
    const band = index.entities.filter((entity) => [entity.name, ...entity.aliases].includes('AC/DC'));
    expect(band).toHaveLength(1);
    expect([band[0].name, ...band[0].aliases].filter((name) => name !== 'AC/DC')).toEqual([]);
    expect(aliasesOf('MP')).toEqual([]);
    // The one name a part of a compound acronym stands for joins it, in whatever article it is used.
    const radio = index.entities.find((entity) => [entity.name, ...entity.aliases].includes('RFE/RL'))!;
    expect([radio.name, ...radio.aliases].sort()).toEqual(['RFE/RL', 'Radio Liberty']);
  });

  it('should join an acronym to the name it abbreviates written with "The" ("AP" and "The Associated Press")', () => {
    const index = buildEntityIndex([
      article('a', ['Reporters of The Associated Press were in Kyiv on Monday. AP said the strike hit a school in Kyiv.']),
      article('b', ['AP photographers in Kyiv saw the damage, a reporter of The Associated Press said.']),
    ]);
    const wire = index.entities.filter((entity) => [entity.name, ...entity.aliases].some((name) => /^(?:AP|The Associated Press)$/.test(name)));
    expect(wire).toHaveLength(1);
    expect([wire[0].name, ...wire[0].aliases].sort()).toEqual(['AP', 'The Associated Press']);
  });

  it('should make no entity of a first name alone, but keep a surname alone and a country that is a first name', () => {
    const index = buildEntityIndex([
      article('a', ['John said the harbour would reopen. Putin said the talks in Chad would go on.', 'John added that ships were waiting.']),
      article('b', ['John said the fishermen were angry. Putin said nothing more about Chad.']),
      article('c', ['John said he had left the port in N\'Djamena, the capital of Chad. Putin said so too.']),
    ]);
    const names = index.entities.map((entity) => entity.name);
    expect(names).not.toContain('John');
    expect(names).toContain('Putin');
    expect(names).toContain('Chad');
  });

  it('should make no entity of a common word that opens sentences, however often the NLP library reads it as a name', () => {
    const index = buildEntityIndex(['a', 'b', 'c', 'd'].map((id) => article(id, [
      'Aid agencies warned that the harbour would stay closed for a week.',
      'The government said more aid would reach the port by Friday, and Aid agencies warned that it was not enough.',
    ])));
    expect(index.entities.map((entity) => entity.name)).not.toContain('Aid');
  });

  it('should make no entity of a common noun that only opens sentences, though the archive never writes it in lower case', () => {
    const index = buildEntityIndex(['a', 'b', 'c'].map((id) => article(id, [
      'Residents described long queues at fuel stations on Tuesday. Hezbollah said it had fired on the border post.',
      'Residents said the shops had run out of bread. Hezbollah denied it.',
    ])));
    const names = index.entities.map((entity) => entity.name);
    expect(names).not.toContain('Residents');
    // A name the dictionary does not know as a common noun stays, opening sentences alone as well.
    expect(names).toContain('Hezbollah');
  });

  it('should know a common word with a doubled letter by its spelling ("Missiles" opening sentences, "missiles" elsewhere)', () => {
    const index = buildEntityIndex(['a', 'b', 'c'].map((id) => article(id, [
      'Missiles struck the port on Tuesday. Officials said the missiles came from the east.',
      'Villagers said the missiles hit a school. Villagers fled.',
    ])));
    expect(index.entities.map((entity) => entity.name)).not.toContain('Missiles');
  });

  it('should take a full name that the articles shorten to its last word for a person\'s, and a team named after its city for none', () => {
    const index = buildEntityIndex([
      article('a', ['Adriane Burnett takes home about $2,800 a month as a customer service representative.', 'Even so, Burnett had to file for bankruptcy last year.']),
      article('b', ['Adriane Burnett has two sons and works nights.', 'Burnett said the payments were late again.']),
      article('c', ['The Cleveland Rams moved west in 1946.', 'The Rams won the title that year in front of a home crowd in Cleveland.']),
      article('d', ['The Cleveland Rams lost only one game.', 'Fans of the Rams in Cleveland still remember the season.']),
    ]);
    expect(entityNamed(index, 'Adriane Burnett')).toMatchObject({ type: 'person', aliases: ['Burnett'] });
    expect(entityNamed(index, 'Cleveland Rams')?.type).not.toBe('person');
  });

  it('should count no mention of a name inside a longer name the text writes as one', () => {
    const index = buildEntityIndex([
      article('a', ['America is facing a child care crisis, the report said.', 'Officials in Washington said the United States would act, The Washington Post reported.']),
      article('b', ['Hospitals across North America need more nurses.', 'Officials in Washington said the U.S. plan was ready.']),
      article('c', ['New Mexico and Texas border Mexico.', 'The US Congress will vote on Mexico aid.']),
      article('d', ['Mexico said the vote in Congress was welcome.', 'A Mexico official said the plan was fair.']),
    ]);
    const count = (name: string, id: string) => entityNamed(index, name)?.mentions.find((entry) => entry.article === id)?.count ?? 0;
    // "America" is the United States on its own, not in "North America".
    expect([count('United States', 'a'), count('United States', 'b')]).toEqual([2, 1]);
    expect([count('Washington', 'a'), count('Washington', 'b')]).toEqual([1, 1]);
    expect(count('Mexico', 'c')).toBe(2);
    // Two names side by side are both mentions ("US Congress" names the United States).
    expect(count('United States', 'c')).toBe(1);
  });

  it('should take the spellings of one transliterated name, or of a place\'s older name, for one entity', () => {
    const index = buildEntityIndex([
      article('a', ['President Volodymyr Zelenskiy said Kiev would hold.', 'Foreign Minister Sergei Lavrov said Russia would respond.']),
      article('b', ['President Volodymyr Zelensky said Kyiv would hold.', 'Foreign Minister Sergey Lavrov said Russia would respond.']),
    ]);
    expect(articlesOf(index, 'Kyiv')).toEqual(['a', 'b']);
    expect(entityNamed(index, 'Kyiv')?.type).toBe('place');
    expect(index.entities.filter((entity) => /Zelensk/.test(entity.name))).toHaveLength(1);
    expect(index.entities.filter((entity) => /Lavrov/.test(entity.name)).map((entity) => entity.mentions.length)).toEqual([2]);
  });

  it('should apply curation: rename, describe, merge and hide', () => {
    const curation = parseCuration(`
entities:
  - name: Acme Corp
    rename: Acme Corporation
    description: A maker of everything.
    wikidata: Q42
  - name: Widget Works
    hide: true
`);
    const index = buildEntityIndex([
      article('a', ['Officials at Acme Corp met staff of Widget Works in Springfield on Monday.']),
      article('b', ['Acme Corp and Widget Works later signed a deal in Springfield.']),
    ], { curation });
    const acme = index.entities.find((entity) => entity.name === 'Acme Corporation');
    expect(acme).toMatchObject({ description: 'A maker of everything.', wikidata: 'Q42' });
    expect(acme!.aliases).toContain('Acme Corp');
    expect(index.entities.some((entity) => entity.name === 'Widget Works')).toBe(false);
  });

  it('should report a broken curation file clearly', () => {
    expect(() => parseCuration('entities:\n  - type: person\n', 'curation.yaml')).toThrow(/curation.yaml: entities.0.name/);
  });

  it('should memoise the dictionary look-ups, so a rebuild with the same names asks compromise nothing', async () => {
    const { archive } = await seedArchive();
    const store = createMapMemo();
    const computed = new Map<string, number>();
    const counting: Memo = (stage, input, compute) => store(stage, input, () => { computed.set(stage, (computed.get(stage) ?? 0) + 1); return compute(); });
    const first = buildEntityIndex(archive.articles, { memo: counting });
    expect(computed.get('common-word')).toBeGreaterThan(0);
    computed.clear();
    const again = buildEntityIndex(archive.articles, { memo: counting });
    expect([...computed.keys()]).toEqual([]);
    expect(again.entities).toEqual(first.entities);
    // The same entities as with no memo at all.
    expect(buildEntityIndex(archive.articles).entities).toEqual(first.entities);
  });
});
