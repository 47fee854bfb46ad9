/** Raw input file (name, bytes, optional sidecar) → RawDocument or problems. Pure: no disk access. */
import matter from 'gray-matter';
import YAML from 'yaml';
import { ArticleOverrides, type Problem, type RawDocument } from '../types.js';
import { decodeText } from './decode-text.js';
import { htmlOfMhtml } from './decode-mhtml.js';

/** Largest input file accepted, in bytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Largest web archive (.mhtml) accepted: it holds the page's pictures too, and only its page is decoded. */
export const MAX_ARCHIVE_BYTES = 25 * 1024 * 1024;

/** A web archive's name: a page saved as a single file. */
const ARCHIVE = /\.mht(?:ml)?$/i;

/** Why a file of this name and size is refused for its size, or null (checked before reading, where it can be). */
export function sizeProblem(fileName: string, bytes: number): string | null {
  const limit = ARCHIVE.test(fileName) ? MAX_ARCHIVE_BYTES : MAX_FILE_BYTES;
  return bytes > limit ? `file is ${(bytes / 1048576).toFixed(1)} MB, over the ${limit / 1048576} MB limit` : null;
}

/** Input kinds by file extension. */
const KINDS: Record<string, RawDocument['kind']> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html', mhtml: 'html', mht: 'html',
};

/** The article files Dossier reads, as its messages name them. */
export const ARTICLE_FILES = '.txt, .md, .html or .mhtml';

/** The kind of an input file name, or null when Dossier does not read it. */
export function kindOf(fileName: string): RawDocument['kind'] | null {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension ? (KINDS[extension] ?? null) : null;
}

/** The result of parsing one input: a document, or none, with its problems. */
export interface ParsedDocument {
  document: RawDocument | null;
  problems: Problem[];
}

/**
 * Parse one input file. `sidecar` is the text of its `<name>.meta.yaml` file, if any: fields there
 * correct extraction without touching the article (see README, "Correcting an article").
 */
export function parseDocument(sourceFile: string, bytes: Uint8Array, sidecar?: string): ParsedDocument {
  const problems: Problem[] = [];
  const fail = (message: string): ParsedDocument => ({
    document: null,
    problems: [...problems, { file: sourceFile, severity: 'error', message }],
  });
  const kind = kindOf(sourceFile);
  if (!kind) return fail(`unknown file kind (expected ${ARTICLE_FILES}); skipped`);
  const tooLarge = sizeProblem(sourceFile, bytes.length);
  if (tooLarge) return fail(`${tooLarge}; skipped`);
  // A web archive (.mhtml, a page saved as a single file) holds its page as a MIME part: the page is read from it.
  const decoded = ARCHIVE.test(sourceFile) ? htmlOfMhtml(bytes) : decodeText(bytes);
  if (!decoded.ok) return fail(`${decoded.reason}; skipped`);
  if (decoded.encoding !== 'utf-8') {
    problems.push({ file: sourceFile, severity: 'warning', message: `not UTF-8; read as ${decoded.encoding}` });
  }
  let text = decoded.text.replace(/\r\n?/g, '\n');
  let fields: Record<string, unknown> = {};
  if (kind === 'md') {
    try {
      // An options object keeps gray-matter from serving a cached parse of identical content.
      const parsed = matter(text, { language: 'yaml' });
      fields = parsed.data;
      text = parsed.content;
    } catch (error) {
      return fail(`malformed front matter: ${firstLine(error)}`);
    }
  }
  if (sidecar !== undefined) {
    try {
      const data: unknown = YAML.parse(sidecar);
      if (data !== null && typeof data !== 'object') throw new Error('expected a mapping of fields');
      fields = { ...fields, ...(data as Record<string, unknown>) };
    } catch (error) {
      problems.push({ file: sourceFile, severity: 'warning', message: `sidecar ignored: ${firstLine(error)}` });
    }
  }
  const overrides = readOverrides(fields, (message) => problems.push({ file: sourceFile, severity: 'warning', message }));
  if (text.trim() === '') return fail('empty file: no text to read');
  return { document: { sourceFile, kind, text, encoding: decoded.encoding, overrides }, problems };
}

/** Pick the known fields out of front matter, normalising dates to ISO strings and names to arrays. */
function readOverrides(fields: Record<string, unknown>, warn: (message: string) => void): ArticleOverrides {
  const pick = (...names: string[]): unknown => names.map((name) => fields[name]).find((value) => value != null);
  const published = isoDay(pick('published', 'date', 'datePublished'));
  if (pick('published', 'date', 'datePublished') != null && !published) {
    warn('front matter date is not a calendar date (expected YYYY-MM-DD); ignored');
  }
  const authors = pick('authors', 'author');
  // Web clippers write the page's address as `source` (Obsidian's) or `site`: an address is no outlet's name.
  const named = [pick('outlet', 'publisher'), pick('site', 'source')].map(stringOf);
  const outlet = named.find((value) => value !== undefined && !ADDRESS.test(value));
  const url = stringOf(pick('url', 'originalUrl', 'original_url', 'link'));
  const address = [url, ...named].find((value) => value !== undefined && ADDRESS.test(value));
  const candidate = {
    title: stringOf(pick('title')),
    outlet,
    published,
    authors: (Array.isArray(authors) ? authors.map(String) : typeof authors === 'string' ? [authors] : undefined)?.map(unlinked).filter(Boolean),
    dateline: stringOf(pick('dateline')),
    originalUrl: address ?? url,
    language: stringOf(pick('language', 'lang')),
  };
  const clean = Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined));
  return ArticleOverrides.parse(clean);
}

/** A web address. */
const ADDRESS = /^https?:\/\/\S+$/i;

/**
 * A name without the wiki-link brackets a note-taking app puts round it ("[[Jane Doe]]" → "Jane Doe") or the "By" a
 * clipper copies from the byline ("By Jane Doe").
 */
const unlinked = (name: string) => name.trim().replace(/^\[\[(?:[^\]|]*\|)?([^\]]*)\]\]$/, '$1').trim().replace(/^by\s+(?=\p{Lu})/iu, '');

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A YAML date (which js-yaml makes a Date) or a date-like string, as `YYYY-MM-DD`. */
function isoDay(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
    if (match) return match[1];
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime()) && /\d{4}/.test(value)) return parsed.toISOString().slice(0, 10);
  }
  return undefined;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
