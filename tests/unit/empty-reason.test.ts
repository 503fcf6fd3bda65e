import { describe, expect, it } from 'vitest';
import '../../src/lib/i18n/all';
import { createDocument } from '../support/golden';
import { VIEWS } from '../../src/views/registry';
import { contextFor } from '../../src/views/context';
import { DEFAULT_FILTERS, LANGS, type Filters } from '../../src/lib/model/filters';
import { screenLayout } from '../../src/lib/charts/frame';

const base = {
  document: createDocument(),
  countries: [],
  sources: [],
  regions: [],
  geography: null,
  countSourceOverride: null,
};

/** The words of a figure's body, as a reader sees them (lines joined). */
const bodyText = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('[id$="-body"] text')].map((t) => t.textContent).join(' ');

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every view says why it has nothing to draw', () => {
  const reasons = new Map<string, string>();

  it.each(VIEWS.flatMap((view) => LANGS.map((lang) => [view.name, lang] as const)))(
    '%s in %s: an empty result gives a reason, and its figures say it',
    (name, lang) => {
      const view = VIEWS.find((v) => v.name === name)!;
      const filters: Filters = {
        ...DEFAULT_FILTERS,
        lang,
        profile: view.page === 'profile' ? 'DEU' : null,
      };
      const bound = view.bind(view.shape({}), contextFor(view, filters, base));
      const reason = bound.emptyReason();
      expect(reason.length).toBeGreaterThan(20);
      expect(reason).not.toMatch(/[{}]|^[a-z]+[A-Z]\w*$/);
      reasons.set(`${name}|${lang}`, reason);
      if (lang !== 'en') expect(reason).not.toBe(reasons.get(`${name}|en`));
      for (const figure of view.figures) {
        // The map has nothing to draw without its geography, and no page to draw it on.
        const svg = bound.figure(figure, screenLayout(900));
        if (figure === 'map') {
          expect(svg).toBeNull();
          continue;
        }
        expect(svg, figure).not.toBeNull();
        expect(svg!.hasAttribute('data-empty'), `${figure} is marked empty`).toBe(true);
        expect(words(bodyText(svg!))).toBe(words(reason));
        // A screen reader reads the figure's description, not its drawn words.
        expect(svg!.querySelector('desc')?.textContent).toContain(reason);
      }
    },
  );
});
