import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it.each([
    [
      'de',
      'Die Regierung hat am Montag neue Pläne vorgestellt, die viele überrascht haben. Der Minister sagte, ' +
        'dass die Truppen nicht abgezogen werden.',
    ],
    [
      'en',
      'The government presented new plans on Monday that surprised many. The minister said that the troops ' +
        'would not be withdrawn from the region.',
    ],
    [
      'fr',
      'Le gouvernement a présenté lundi de nouveaux plans qui ont surpris beaucoup de monde. Le ministre a ' +
        'dit que les troupes ne seront pas retirées.',
    ],
    [
      'es',
      'El gobierno presentó el lunes nuevos planes que sorprendieron a muchos. El ministro dijo que las ' +
        'tropas no se retirarán de la región.',
    ],
    [
      'nl',
      'De regering heeft maandag nieuwe plannen gepresenteerd die velen hebben verrast. De minister zei ' +
        'dat de troepen niet worden teruggetrokken.',
    ],
  ])('when the text is %s news prose, then it is recognised reliably', (lang, text) => {
    expect(detectLanguage(text)).toEqual({ lang, reliable: true });
  });

  it('when the text has no function words, then the language is unknown and not reliable', () => {
    expect(detectLanguage('NATO 2026 — Rubio, Rutte.')).toEqual({ lang: 'und', reliable: false });
    expect(detectLanguage('')).toEqual({ lang: 'und', reliable: false });
  });

  it('when a German article quotes English words, then German still wins', () => {
    const text =
      'Der Senator sagte am Montag auf der Pressekonferenz: „America first“ sei für die NATO kein Problem, ' +
      'und die Allianz werde nicht geschwächt.';
    expect(detectLanguage(text).lang).toBe('de');
  });
});
