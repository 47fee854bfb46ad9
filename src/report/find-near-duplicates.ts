/**
 * Likely duplicates: two articles that share most of their text (the same wire story in two outlets, or one
 * page saved twice with different furniture). Compared on word 5-gram shingles through an inverted index, so
 * the cost grows with the archive, not with its square; shingles found in many articles (stock phrases)
 * are ignored. Shingles are kept as 32-bit hashes, and only the quarter whose hash ends in two zero bits
 * (a fixed sample, the same in every article, so shared text stays shared), which keeps a large archive's
 * index small.
 */

/** A pair of articles and the share of the smaller one's shingles they have in common. */
export interface NearDuplicate {
  a: string;
  b: string;
  overlap: number;
}

const SHINGLE = 5;
/** Shingles in more articles than this are stock phrases, not evidence of copying. */
const COMMON = 20;

/** FNV-1a hash of a string, 32 bits. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return value >>> 0;
}

/** The sampled shingle hashes of a text; short texts keep every shingle, so they can still be compared. */
export function shingles(text: string): Set<number> {
  // Each word is hashed once, and a shingle's hash combines its words' hashes in order (no joined strings).
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(hash);
  const all: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let value = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k++) value = Math.imul(value ^ words[k], 0x01000193);
    all.push((value ^ (value >>> 15)) >>> 0);
  }
  const sampled = all.filter((value) => (value & 3) === 0);
  return new Set(all.length < 200 ? all : sampled);
}

/** Pairs whose shared shingles cover at least `threshold` of the shorter article (default: 0.6). */
export function findNearDuplicates(articles: { id: string; text: string }[], threshold = 0.6): NearDuplicate[] {
  return findNearDuplicateShingles(articles.map((article) => ({ id: article.id, shingles: shingles(article.text) })), threshold);
}

/** `findNearDuplicates` over the articles' shingles (see `shingles`), computed beforehand. */
export function findNearDuplicateShingles(articles: { id: string; shingles: Iterable<number> }[], threshold = 0.6): NearDuplicate[] {
  const sets = articles.map((article) => new Set(article.shingles));
  const postings = new Map<number, number[]>();
  sets.forEach((set, index) => {
    for (const shingle of set) {
      const list = postings.get(shingle);
      if (list) list.push(index);
      else postings.set(shingle, [index]);
    }
  });
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > COMMON) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const key = list[i] * articles.length + list[j];
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const out: NearDuplicate[] = [];
  for (const [key, count] of shared) {
    const i = Math.floor(key / articles.length);
    const j = key % articles.length;
    const overlap = count / Math.max(1, Math.min(sets[i].size, sets[j].size));
    if (overlap >= threshold) out.push({ a: articles[i].id, b: articles[j].id, overlap: Math.round(overlap * 100) / 100 });
  }
  return out.sort((x, y) => y.overlap - x.overlap || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/**
 * Articles that are copies of one text: each article of a pair (and of pairs chained through it) → the first of
 * its group in `order`. Articles in no pair are left out.
 */
export function sameTextGroups(pairs: NearDuplicate[], order: string[]): Map<string, string> {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    return at;
  };
  const position = new Map(order.map((id, index) => [id, index]));
  for (const { a, b } of pairs) {
    for (const id of [a, b]) if (!parent.has(id)) parent.set(id, id);
    const [first, second] = [root(a), root(b)].sort((x, y) => (position.get(x) ?? 0) - (position.get(y) ?? 0));
    parent.set(second, first);
  }
  return new Map([...parent.keys()].map((id) => [id, root(id)]));
}
