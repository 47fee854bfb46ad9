import { describe, expect, it } from 'vitest';
import { linkNeighbours, nameParts } from '../../src/render/page-parts.js';

describe('nameParts', () => {
  it('should name the first part after the list and number the others', () => {
    expect(nameParts('dates/2024-05', 'May 2024', [[1, 2], [3]])).toEqual([
      { url: 'dates/2024-05/', label: 'May 2024', items: [1, 2] },
      { url: 'dates/2024-05-2/', label: 'May 2024, part 2', items: [3] },
    ]);
  });
});

describe('linkNeighbours', () => {
  it('should link each page to the one before and after it', () => {
    const pages = linkNeighbours([{ url: 'a/', label: 'A' }, { url: 'b/', label: 'B' }, { url: 'c/', label: 'C' }]);
    expect(pages.map((page) => [page.previous?.url ?? null, page.next?.url ?? null])).toEqual([[null, 'b/'], ['a/', 'c/'], ['b/', null]]);
  });
});
