import { describe, expect, it } from 'vitest';
import { guessLanguage, languageName } from '../../src/report/guess-language.js';

describe('guessLanguage', () => {
  it('should tell English from German and French, and decline on short text', () => {
    expect(guessLanguage('The minister said on Friday that the government would not change its position until the talks resumed, and that the new package of aid would arrive within weeks rather than months, as officials from the alliance met in the capital to discuss it.')).toBe('en');
    expect(guessLanguage('Der Minister sagte am Freitag, dass die Regierung ihre Position nicht ändern werde, bis die Gespräche wieder aufgenommen würden, und dass das neue Paket in den nächsten Wochen auf dem Weg sei, als sich die Vertreter des Bündnisses in der Hauptstadt trafen.')).toBe('de');
    expect(guessLanguage('Le ministre a déclaré vendredi que le gouvernement ne changerait pas sa position tant que les discussions ne reprendraient pas, et que le nouveau paquet arriverait dans les semaines qui viennent, alors que les représentants de l’alliance se réunissaient dans la capitale pour en discuter.')).toBe('fr');
    expect(guessLanguage('Too short to tell.')).toBeNull();
  });

  it('should name a language outside its lists by franc\'s guess, and give English names', () => {
    const arabic = 'قال وزير الخارجية يوم الجمعة إن الحكومة لن تغير سياستها في هذه المسألة على الرغم من الضغوط التي يمارسها الحلفاء منذ أسابيع وكانت هذه هي المرة الأولى التي يتحدث فيها المسؤولون علنا عن الخطة منذ الإعلان عنها في الربيع الماضي أمام البرلمان ويرى المنتقدون أن القرار لن يساعد كثيرا الذين هم في أمس الحاجة إليه';
    expect(guessLanguage(arabic)).toBe('arb');
    expect(languageName('arb')).toBe('Arabic');
    // English that holds few function words (a list of headlines) is still English, not "not English (English)".
    const headlines = Array.from({ length: 6 }, () => 'Government announces new budget plans Ministers unveil housing strategy Police investigate stadium incident Storm brings heavy rainfall across northern regions Markets rally after central bank decision').join(' ');
    expect(['en', 'unknown']).toContain(guessLanguage(headlines));
    expect(languageName('de')).toBe('German');
    expect(languageName('not a code')).toBe('not a code');
  });
});
