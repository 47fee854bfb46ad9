import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.js';
import { markdownBlocks } from '../../src/extract/extract-markdown.js';
import type { RawDocument } from '../../src/types.js';

/** Lines a browser copy is made of: prose, headline-like lines, furniture, dates, noise. */
const sentence = fc.array(fc.constantFrom('the', 'minister', 'said', 'on', 'Friday', 'that', 'Kyiv', 'would', 'receive', 'new', 'weapons', 'after', 'talks', 'in', 'Brussels', 'with', 'NATO', 'allies', '"We', 'will', 'not', 'stop,"', '—', '2024', 'May', '31'), { minLength: 3, maxLength: 30 })
  .map((words) => `${words.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(' '));
const furniture = fc.constantFrom('Home | News | Sport', 'Share this article', 'Read also:', '© 2024 Example Media', 'Please wait', '0:00', 'By Jane Doe', 'May 31, 2024', 'Advertisement', '');
const line = fc.oneof(paragraph, furniture, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
const page = fc.array(line, { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\n\n').map((separator) => lines.join(separator)));

function documentOf(text: string, kind: RawDocument['kind']): RawDocument {
  return { sourceFile: `x.${kind}`, kind, text, encoding: 'utf-8', overrides: {} };
}

/** Collapse spacing, as extraction does when it joins lines into paragraphs (a line going on with a comma included). */
const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/ ([,;])/g, '$1').trim();

describe('extractArticle (properties)', () => {
  it('should never throw, on any text and any kind', () => {
    fc.assert(fc.property(page, fc.constantFrom<RawDocument['kind']>('txt', 'md', 'html'), (text, kind) => {
      const result = extractArticle(documentOf(text, kind));
      expect(Array.isArray(result.problems)).toBe(true);
    }), { numRuns: 150 });
  });

  // (Extraction also drops a link's label for screen readers inside a sentence, ", opens new tab": words no
  // generated page holds.)
  it('should take every body paragraph of a text file from its input', () => {
    fc.assert(fc.property(page, (text) => {
      const { article } = extractArticle(documentOf(text, 'txt'));
      if (!article) return;
      const input = squash(text);
      for (const body of article.paragraphs) expect(input).toContain(squash(body));
    }), { numRuns: 200 });
  });

  it('should give spans of Markdown markup inside their block\'s text, each two nested or apart, and links only to addresses', () => {
    const piece = fc.oneof(sentence, fc.constantFrom('**bold', 'bold**', '*', '_', '`', '[', '](https://example.org/x)', '](/path)', '](javascript:alert(1))',
      '[a link](https://example.org/a "t")', '**[strong link](https://example.org/s)**', '*em `code` em*', '<b>raw</b>', '![pic](https://example.org/p.png)', '  ', '\n', '\n\n', '1. ', '- ', '> '),
    fc.string({ maxLength: 20 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(' ')), (markdown) => {
      for (const block of markdownBlocks(markdown).blocks) {
        const spans = block.spans ?? [];
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(block.text.length);
          if (span.kind === 'link') expect(span.url).toMatch(/^(?:https?:\/\/|mailto:)/i);
        }
        for (const a of spans) for (const b of spans) {
          const apart = a.end <= b.start || b.end <= a.start;
          const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
          expect(apart || nested).toBe(true);
        }
      }
    }), { numRuns: 300 });
  });

  it('should keep every body paragraph of a page made only of prose', () => {
    // Prose as articles have it: sentences of eight words or more, two or more to a paragraph, no paragraph
    // twice (a block repeated verbatim is a caption).
    const clause = fc.tuple(
      fc.constantFrom('The minister', 'A spokesman for the army', 'Officials in Kyiv', 'The alliance', 'Local residents', 'Her office'),
      fc.constantFrom('said', 'told reporters', 'warned', 'confirmed', 'denied'),
      fc.constantFrom('on Friday', 'late on Monday', 'this week', 'after the meeting', 'in a statement'),
      fc.constantFrom('that the talks would resume', 'that new weapons were on their way', 'that the city had been shelled again', 'that no decision had been taken'),
      fc.constantFrom('', ' despite the objections of several allies', ' before the end of the month', ' in the border region'),
    ).map((parts) => `${parts[0]} ${parts[1]} ${parts[2]} ${parts[3]}${parts[4]}.`);
    const prose = fc.array(clause, { minLength: 2, maxLength: 5 }).map((sentences) => sentences.join(' '));
    fc.assert(fc.property(fc.uniqueArray(prose, { minLength: 3, maxLength: 12 }), (paragraphs) => {
      const { article } = extractArticle(documentOf(paragraphs.join('\n\n'), 'txt'));
      const kept = squash((article?.paragraphs ?? []).join(' '));
      // The headline may be taken from the first lines; every paragraph after them is body.
      for (const body of paragraphs.slice(2)) expect(kept).toContain(squash(body));
    }), { numRuns: 100 });
  });
});
