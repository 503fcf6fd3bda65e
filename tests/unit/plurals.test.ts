import { describe, expect, it } from 'vitest';
import '../../src/lib/i18n/all';
import { catalogue, translator } from '../../src/lib/i18n';
import { LANGS } from '../../src/lib/model/filters';

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
});
