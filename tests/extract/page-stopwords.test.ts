import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/extract/classify-lines.js';
import { pageStopwords } from '../../src/extract/page-stopwords.js';
import { STOPWORDS } from '../../src/extract/vocabulary.js';

const lineWords = (text: string) => text.split('\n').map(wordsOf);

const ENGLISH = `The minister said on Friday that the government would not change its policy on the matter.
It was the first time that officials had spoken about the plan since it was announced in the spring.
Critics of the decision have argued that it will do little to help the people who need it most.`;

const FRENCH = `Le ministre a déclaré vendredi que le gouvernement ne changerait pas sa politique sur cette question.
C'est la première fois que des responsables s'expriment sur ce plan depuis son annonce au printemps dernier.
Les critiques de la décision estiment qu'elle ne fera pas grand-chose pour aider ceux qui en ont le plus besoin.`;

const RUSSIAN = `Министр заявил в пятницу, что правительство не будет менять свою политику по этому вопросу.
Это был первый раз, когда чиновники говорили об этом плане с тех пор, как он был объявлен весной.
Критики решения считают, что оно мало поможет тем людям, которые больше всего в этом нуждаются.`;

describe('pageStopwords', () => {
  it('keeps the English list for an English page', () => {
    const chosen = pageStopwords(lineWords(ENGLISH));
    expect(chosen.language).toBe('eng');
    expect(chosen.words).toBe(STOPWORDS);
  });

  it("gives a page in another language that language's function words", () => {
    const french = pageStopwords(lineWords(FRENCH));
    expect(french.language).toBe('fra');
    expect(['le', 'que', 'la', 'ne', 'pas'].every((word) => french.words.has(word))).toBe(true);
    const russian = pageStopwords(lineWords(RUSSIAN));
    expect(russian.language).toBe('rus');
    expect(['что', 'не', 'по', 'как'].every((word) => russian.words.has(word))).toBe(true);
  });

  it('keeps English when there is too little text to tell', () => {
    expect(pageStopwords(lineWords('Menu\nHome\nLe ministre a déclaré vendredi')).language).toBe('eng');
  });
});
