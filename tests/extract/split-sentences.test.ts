import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/split-sentences.js';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('should end no sentence at an abbreviation or an initial', () => {
    expect(texts('U.S. Secretary of State Antony Blinken met Gen. Charles Q. Brown on Friday. They spoke.')).toEqual([
      'U.S. Secretary of State Antony Blinken met Gen. Charles Q. Brown on Friday.', 'They spoke.',
    ]);
  });

  it('should go on past a full stop inside a bracket the sentence opened, and end after a bracketed sentence', () => {
    expect(texts('We had a message. Early this morning (May 31 - ed.) I received this message from my military. I cannot say more.')).toEqual([
      'We had a message.', 'Early this morning (May 31 - ed.) I received this message from my military.', 'I cannot say more.',
    ]);
    expect(texts('He left. (He declined to comment.) Then he came back.')).toEqual(['He left.', '(He declined to comment.)', 'Then he came back.']);
  });
});
