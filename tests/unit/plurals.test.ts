import { describe, expect, it } from 'vitest';
import '../../src/lib/i18n/all';
import { catalogue, translator } from '../../src/lib/i18n';
import { LANGS } from '../../src/lib/model/filters';
import { shareFigures } from '../../src/lib/method/published';
import { figureValueText } from '../../src/lib/method/figure-values';
import { publishedFigure } from '../support/figure-fixtures';

describe('plurals by the language’s rules', () => {
  it('no message writes a plural as "(s)"', () => {
    for (const lang of LANGS)
      expect(
        Object.entries(catalogue(lang).messages)
          .filter(([, text]) => typeof text === 'string' && /\(e?s\)/.test(text))
          .map(([key]) => key),
      ).toEqual([]);
  });

  it('picks the branch for the number: English 1 / 2, French 0 and 1 / 2', () => {
    const t = translator('en');
    expect(t('userValid', { n: 1 })).toBe('1 row is valid.');
    expect(t('userValid', { n: 20000 })).toBe('20,000 rows are valid.');
    const f = translator('fr');
    expect(f('userValid', { n: 0 })).toBe('0 ligne valide.');
    expect(f('userValid', { n: 1 })).toBe('1 ligne valide.');
    expect(f('userValid', { n: 20000 })).toBe('20\u202f000 lignes valides.');
    expect(f('deckLoaded', { n: 2 })).toBe('2 diapositives chargées.');
  });

  it('agrees a count of women with its number in every language (Russian one, few, many)', () => {
    const count = (value: number) =>
      shareFigures([
        publishedFigure({
          obsId: `N${value}`,
          hierarchy: 'leadership',
          measure: 'count',
          unit: 'persons',
          value,
        }),
      ])[0]!;
    const ru = (value: number) => figureValueText(count(value), 'ru');
    expect(ru(1)).toMatch(/^1 женщина \(/);
    expect(ru(21)).toMatch(/^21 женщина \(/);
    expect(ru(3)).toMatch(/^3 женщины \(/);
    expect(ru(120)).toMatch(/^120 женщин \(/);
    expect(ru(11)).toMatch(/^11 женщин \(/);
    const one = { en: '1 woman', fr: '1 femme', de: '1 Frau', it: '1 donna', es: '1 mujer' };
    for (const [lang, text] of Object.entries(one))
      expect(figureValueText(count(1), lang as 'en')).toMatch(new RegExp(`^${text} \\(`));
    expect(figureValueText(count(2), 'de')).toMatch(/^2 Frauen \(/);
  });

  it('agrees the verb with a count of States without figures', () => {
    const t = translator('en');
    expect(t('summaryMissingAll', { count: 1 })).toBe(
      '1 of the 57 participating States has no figure.',
    );
    expect(t('summaryMissingAll', { count: 40 })).toBe(
      '40 of the 57 participating States have no figure.',
    );
    expect(translator('de')('summaryMissingAll', { count: 1 })).toContain('hat keine Zahl');
    expect(translator('es')('summaryMissingAll', { count: 1 })).toContain('no tiene cifra');
  });
});
