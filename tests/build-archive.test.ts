import { describe, expect, it } from 'vitest';
import { buildArchive } from '../src/build-archive.js';
import { parseDocument } from '../src/read/parse-document.js';
import type { RawDocument } from '../src/types.js';

const file = (name: string, text: string): RawDocument => parseDocument(name, Buffer.from(text)).document!;

const LEAD = 'Harbour master Maria Kowalczyk closed the port of Gdynia on Monday after the storm broke the sea wall, and the union leader Tomas Brandt said the crews were ready to work through the night.';
const STORY = [
  LEAD,
  'The storm pushed the sea over the wall on Sunday night, flooding the quays and forcing the crews of a dozen ships to leave them at anchor outside the harbour.',
  'Engineers said the repairs would take months and cost more than the port had set aside for the whole year, and that the wall would have to be raised by a metre.',
].join('\n\n');

describe('buildArchive', () => {
  it('should count a page saved twice once towards an entity\'s page, and say the two are likely duplicates', () => {
    const documents = [
      file('port-closed.txt', `Home\nNews\nPort closes after storm breaks sea wall\nBy Jane Doe\nMarch 3, 2023\n\n${STORY}\n\n© 2023 The Harbour Daily`),
      // The same story as another outlet ran it, a paragraph longer.
      file('port-closed-copy.txt', `Menu\nPort closes after storm breaks sea wall\n\n${STORY}\n\nThe port authority said it would publish a timetable for the repairs on Tuesday, and asked the crews to stay on board until then.\n\nRead more\nSubscribe`),
      file('brandt.txt', 'Union calls off strike\n\nThe union leader Tomas Brandt said on Friday that the port of Gdynia would open again next week, after engineers finished the first repairs to the wall.\n\nThe port authority said ships would be let in one at a time.'),
    ];
    const built = buildArchive(documents, { version: 'test' });
    expect(built.archive.articles).toHaveLength(3);
    const names = built.archive.entities.map((entity) => entity.name);
    expect(names).toContain('Tomas Brandt');
    expect(names).not.toContain('Maria Kowalczyk');
    const [copy] = built.duplicates;
    const files = new Map(built.archive.articles.map((article) => [article.id, article.sourceFile]));
    expect([files.get(copy.a), files.get(copy.b)].sort()).toEqual(['port-closed-copy.txt', 'port-closed.txt']);
  });
});
