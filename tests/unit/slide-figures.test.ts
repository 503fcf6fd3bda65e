import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import '../../src/lib/i18n/all';
import { openNodeDatabase } from '../support/duckdb-node';
import { createDocument } from '../support/golden';
import { VIEWS, viewPlans } from '../../src/views/registry';
import {
  buildFigurePages,
  contextFor,
  figurePages,
  type ContextBase,
} from '../../src/views/context';
import type { BoundView } from '../../src/views/view-spec';
import type { FigureName } from '../../src/lib/model/figure-names';
import { DEFAULT_FILTERS, LANGS, queryFiltersOf, type Lang } from '../../src/lib/model/filters';
import { shapeStartup, startupQueries } from '../../src/lib/data/startup';
import { screenLayout, type FigureLayout } from '../../src/lib/charts/frame';
import { geographyFromTopology } from '../../src/lib/map/osce-map';
import { presetLayout, SIZE_PRESETS, type SizePreset } from '../../src/lib/export/presets';
import { exportedPages } from '../../src/lib/export/export-pages';
import { translator } from '../../src/lib/i18n';
import { placementOf, textFitProblems } from '../support/svg-text-boxes';
import { sourceOfRows } from '../../src/views/export-meta';
import { figureSources } from '../../src/lib/export/standalone-svg';
import { viewOfFigure } from '../../src/views/registry';
import { GITOC_SOURCE_ID } from '../../src/lib/model/sources';

/**
 * The default figures with the bundled data, as a delegate takes them to a forum (issue 25 §2):
 * one message per slide, the map large, every number on the slide, and no interaction hints in
 * anything that leaves the page.
 */
const topology = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/osce-map.topo.json'), 'utf8'),
) as Topology;
const geography = geographyFromTopology(topology);
const SLIDE = presetLayout('slide', 1920);

const results: Record<string, unknown> = {};
/** The views' results with Central Asia picked, as the app queries them. */
const regionResults: Record<string, unknown> = {};
const REGION_FILTERS = { ...DEFAULT_FILTERS, region: 'central_asia' };
let base: ContextBase;
let db: Awaited<ReturnType<typeof openNodeDatabase>>;

beforeAll(async () => {
  db = await openNodeDatabase(resolve(import.meta.dirname, '../../data'));
  const startupRaw: Record<string, Record<string, unknown>[]> = {};
  for (const [name, q] of Object.entries(startupQueries())) startupRaw[name] = await db.run(q);
  const startup = shapeStartup(startupRaw);
  base = {
    document: createDocument(),
    countries: startup.countries,
    sources: startup.sources,
    regions: startup.regions,
    geography,
    countSourceOverride: null,
  };
  for (const [filters, into] of [
    [DEFAULT_FILTERS, results],
    [REGION_FILTERS, regionResults],
  ] as const)
    for (const plan of viewPlans(queryFiltersOf(filters), { countSourceOverride: null })) {
      if (into === regionResults && plan.name !== 'states') continue;
      const rows: Record<string, Record<string, unknown>[]> = {};
      for (const [name, q] of Object.entries(plan.queries)) rows[name] = await db.run(q);
      const view = VIEWS.find((v) => v.name === plan.name);
      if (view) into[plan.name] = view.shape(rows);
    }
}, 120000);
afterAll(() => db.close());

const pages = (name: FigureName, lang: Lang, layout: FigureLayout) =>
  buildFigurePages(name, results, { ...DEFAULT_FILTERS, lang }, base, layout);
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('interaction hints stay on screen', () => {
  const hints = LANGS.map((lang) => translator(lang)('mapHint'));

  it.each(LANGS)('the map on the page tells how to reach a State’s counts: %s', (lang) => {
    const [svg] = pages('map', lang, screenLayout(960));
    expect(texts(svg as SVGSVGElement).join(' ')).toContain(translator(lang)('mapHint'));
  });

  it.each(LANGS)('no figure drawn for an export carries a hint, in any view: %s', (lang) => {
    const filters = { ...DEFAULT_FILTERS, lang };
    for (const preset of Object.keys(SIZE_PRESETS) as SizePreset[]) {
      const layout = presetLayout(preset, 900);
      for (const view of VIEWS.filter((v) => v.page === 'atlas')) {
        const bound = view.bind(results[view.name], contextFor(view, filters, base));
        for (const name of view.figures) {
          const svg = bound.figure(name, layout);
          expect(svg, `${name} at ${preset}`).not.toBeNull();
          const markup = svg?.outerHTML ?? '';
          for (const hint of hints)
            expect(markup, `${name} at ${preset} in ${lang}`).not.toContain(hint);
        }
      }
    }
    // And through the whole export route, as the file a delegate downloads.
    const exported = exportedPages(
      (at) => pages('map', lang, at),
      SLIDE,
      {
        datasetVersion: 'test',
        date: '2026-12-03',
        permalink: null,
        filters: {},
        queries: [],
        lang,
      },
      true,
    );
    expect(exported).toHaveLength(1);
    for (const hint of hints) expect(exported[0]?.markup).not.toContain(hint);
  });
});

const META = (lang: Lang) => ({
  datasetVersion: 'test',
  date: '2026-12-03',
  permalink: 'https://example.org/atlas/?v=test',
  filters: {},
  queries: [],
  lang,
});
/** The figure's slides exactly as exported: with the citation lines reserved at the bottom. */
const slides = (name: FigureName, lang: Lang) => {
  const document = base.document;
  return exportedPages((at) => pages(name, lang, at), SLIDE, META(lang), true).map(
    (page) =>
      new (
        document.defaultView as unknown as { DOMParser: typeof DOMParser }
      ).DOMParser().parseFromString(page.markup, 'image/svg+xml').documentElement,
  );
};

describe('one message per slide (1920x1080)', () => {
  it.each(LANGS)('the Regions figure is one page holding every subregion: %s', (lang) => {
    const exported = slides('regions', lang);
    expect(exported.length).toBe(1);
    const names = new Set(
      [...(exported[0]?.querySelectorAll('text[data-group]') ?? [])].map((t) =>
        t.getAttribute('data-group'),
      ),
    );
    expect(names.size).toBe(8);
    // The rows take the slide's room: a bar is taller than the label beside it.
    const bars = [...(exported[0]?.querySelectorAll('rect[data-group]') ?? [])];
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars)
      expect(Number(bar.getAttribute('height'))).toBeGreaterThan(SLIDE.type.label * 1.4);
  });

  it.each(LANGS)('every pipeline dot shows its share on the slide, not on screen: %s', (lang) => {
    const [slide] = slides('pipeline', lang);
    const dots = slide?.querySelectorAll('circle[data-obs-id]') ?? [];
    const values = [...(slide?.querySelectorAll('text[data-value]') ?? [])];
    expect(dots.length).toBeGreaterThan(0);
    expect(values.length).toBe(dots.length);
    for (const value of values) {
      expect(value.textContent).toMatch(/\d%|\d[\u00a0\u202f ]%|%[\u00a0\u202f ]?\d/);
      expect(value.getAttribute('data-obs-id')).toBeTruthy();
    }
    const [onScreen] = pages('pipeline', lang, screenLayout(900));
    expect(onScreen?.querySelectorAll('text[data-value]').length).toBe(0);
  });

  it.each(LANGS)(
    'Criminal markets: every dot shows its share on the slide: %s',
    (lang) => {
      const [slide] = slides('markets', lang);
      const dots = slide?.querySelectorAll('circle[data-obs-id]') ?? [];
      const values = [...(slide?.querySelectorAll('text[data-value]') ?? [])];
      expect(dots.length).toBeGreaterThan(0);
      expect(values.length).toBe(dots.length);
      expect(values.every((v) => v.getAttribute('data-obs-id'))).toBe(true);
      // Drawing the markets slide in jsdom takes 10-40 s on a busy 2-core machine.
    },
    120000,
  );

  it('Criminal markets: the picked States stand out', () => {
    const filters = { ...DEFAULT_FILTERS, selected: ['ALB', 'AUT'] };
    const [first] = buildFigurePages('markets', results, filters, base, SLIDE);
    const marked = [...(first?.querySelectorAll('rect[data-selected]') ?? [])];
    expect(marked).toHaveLength(2);
    const bold = [...(first?.querySelectorAll('text[data-iso3][font-weight="700"]') ?? [])];
    expect(bold.map((t) => t.getAttribute('data-iso3')).sort()).toEqual(['ALB', 'AUT']);
  });
});

describe('the map on a slide (1920x1080)', () => {
  const area = 1920 * 1080;

  it.each(LANGS)(
    'covers at least half of the slide, with its text inside and apart: %s',
    (lang) => {
      const exported = slides('map', lang);
      expect(exported).toHaveLength(1);
      const slide = exported[0]!;
      const panel = slide.querySelector('#map-panel-main');
      const clip = slide.querySelector('#map-clip-main rect');
      expect(panel && clip).toBeTruthy();
      const { scale } = placementOf(panel!);
      const panelArea =
        Number(clip!.getAttribute('width')) * Number(clip!.getAttribute('height')) * scale ** 2;
      expect(panelArea / area, `${lang}: the map's share of the slide`).toBeGreaterThanOrEqual(0.5);
      expect(textFitProblems(slide, 1920, 1080)).toEqual([]);
    },
    60000,
  );

  it.each(LANGS)(
    'covers at least half of the slide with a region picked (one more legend item): %s',
    (lang) => {
      const filters = { ...REGION_FILTERS, lang };
      const [slide] = exportedPages(
        (at) => buildFigurePages('map', regionResults, filters, base, at),
        SLIDE,
        META(lang),
        true,
      ).map(
        (page) =>
          new (
            base.document.defaultView as unknown as { DOMParser: typeof DOMParser }
          ).DOMParser().parseFromString(page.markup, 'image/svg+xml').documentElement,
      );
      const clip = slide?.querySelector('#map-clip-main rect');
      const share =
        (Number(clip?.getAttribute('width')) * Number(clip?.getAttribute('height'))) / area;
      expect(slide?.querySelector('[data-legend="over-map"]')).toBeTruthy();
      expect(share, `${lang}: the map's share of the slide`).toBeGreaterThanOrEqual(0.5);
      expect(textFitProblems(slide!, 1920, 1080)).toEqual([]);
    },
    60000,
  );

  it.each(LANGS)(
    'keeps what the audience needs on the slide and the method in the speaker notes: %s',
    (lang) => {
      const t = translator(lang);
      const [slide] = slides('map', lang);
      const drawn = texts(slide!).join(' ').replace(/\s+/g, ' ');
      const words = (key: Parameters<typeof t>[0]) => t(key).replace(/\s+/g, ' ').slice(0, 40);
      // Scope notes stay on every map; so do the source line and the flags on small counts.
      expect(drawn).toContain(words('noteBoundaries'));
      expect(drawn).toContain(words('noteKosovo'));
      expect(slide?.querySelector('[data-source-line]')).toBeTruthy();
      const flagged = [...(slide?.querySelectorAll('text[data-obs-id]') ?? [])].map(
        (e) => e.textContent ?? '',
      );
      expect(flagged.length).toBeGreaterThan(0);
      // The method is in the speaker notes the slide carries, not drawn on it.
      expect(drawn).not.toContain(words('noteInterval'));
      const speaker = slide?.querySelector('metadata[data-speaker-notes]')?.textContent ?? '';
      expect(speaker).toContain(t('noteInterval'));
      expect(speaker).toContain(t('noteMethod'));
      // On screen the method stays under the map.
      const [onScreen] = pages('map', lang, screenLayout(960));
      expect(texts(onScreen!).join(' ').replace(/\s+/g, ' ')).toContain(words('noteInterval'));
    },
    60000,
  );
});

describe('a page of a split figure cites what it shows', () => {
  it.each(['hierarchy', 'market-figures'] as const)(
    '%s at the slide preset: each page’s source line names the sources of its own rows',
    (name) => {
      const view = viewOfFigure(name);
      const filters = { ...DEFAULT_FILTERS, lang: 'en' as const };
      const sourceOf = sourceOfRows(
        view.bind(results[view.name], contextFor(view, filters, base)).usage(),
        base.sources,
      );
      const split = pages(name, 'en', SLIDE);
      expect(split.length).toBeGreaterThan(1);
      const cited = new Set<string>();
      for (const [i, page] of split.entries()) {
        const line = [...page.querySelectorAll('[data-source-line]')]
          .map((e) => e.textContent ?? '')
          .join(' ');
        const shown = figureSources(page, sourceOf);
        const shownIds = new Set(shown.map((s) => s.sourceId));
        // A line names "publisher, title (year)", or with more than three sources "publisher (year)".
        const short = (s: { publisher: string; year: number | null }) =>
          `${s.publisher} (${s.year ?? translator('en')('noDate')})`;
        for (const source of base.sources) {
          if (source.sourceId === GITOC_SOURCE_ID) continue;
          const named = line.includes(`${source.publisher}, ${source.title}`);
          const abridged = line.includes(short(source));
          if (named || abridged) cited.add(source.sourceId);
          if (named || (abridged && !shown.some((s) => short(s) === short(source))))
            expect(shownIds.has(source.sourceId), `page ${i + 1} cites ${source.sourceId}`).toBe(
              true,
            );
        }
      }
      // Together the pages still cite every source of the figure.
      const [whole] = pages(name, 'en', screenLayout(960));
      const all = figureSources(whole!, sourceOf).map((s) => s.sourceId);
      for (const id of all) if (id !== GITOC_SOURCE_ID) expect(cited.has(id), id).toBe(true);
    },
    60000,
  );
});

describe('a split figure fills its pages', () => {
  it('one tall row does not leave every other page half empty', () => {
    // A page holds 100 units: the first row takes 90, the twenty others 10 each.
    const heights = [90, ...Array.from({ length: 20 }, () => 10)];
    const drawn: [number, number][] = [];
    const bound = {
      rows: () => heights.length,
      figure: (_name: FigureName, _layout: FigureLayout, range?: [number, number]) => {
        const [start, end] = range ?? [0, heights.length];
        const svg = base.document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        const used = heights.slice(start, end).reduce((a, b) => a + b, 0);
        if (used > 100) svg.setAttribute('data-overflow', 'true');
        svg.setAttribute('data-range', `${start}-${end}`);
        if (range) drawn.push(range);
        return svg;
      },
    } as unknown as BoundView;
    const split = figurePages(bound, 'states-chart', SLIDE);
    expect(split.map((svg) => svg.getAttribute('data-range'))).toEqual(['0-2', '2-12', '12-21']);
    expect(drawn.length).toBeLessThan(40);
  });

  it('a page that does not fit only because it ends on a heading takes the next row too', () => {
    // Row 3 is a heading: a page ending on it counts as not fitting (as the Hierarchy chart says).
    const heights = [10, 10, 10, 10, 10, 10, 90];
    const bound = {
      rows: () => heights.length,
      figure: (_name: FigureName, _layout: FigureLayout, range?: [number, number]) => {
        const [start, end] = range ?? [0, heights.length];
        const svg = base.document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        const used = heights.slice(start, end).reduce((a, b) => a + b, 0);
        if (used > 100 || (end === 4 && end - start > 1)) svg.setAttribute('data-overflow', 'true');
        svg.setAttribute('data-range', `${start}-${end}`);
        return svg;
      },
    } as unknown as BoundView;
    const split = figurePages(bound, 'states-chart', SLIDE);
    expect(split.map((svg) => svg.getAttribute('data-range'))).toEqual(['0-6', '6-7']);
  });
});

describe('the Hierarchy figure on slides', () => {
  it.each(LANGS)('no page ends on a heading: %s', (lang) => {
    const split = pages('hierarchy', lang, SLIDE);
    expect(split.length).toBeGreaterThan(1);
    for (const page of split.slice(0, -1)) {
      const body = page.querySelector('[id$="-body"]');
      const ys = (selector: string) =>
        [...(body?.querySelectorAll(selector) ?? [])].map((t) => Number(t.getAttribute('y')));
      const lastHeading = Math.max(...ys('text[font-weight="700"]'));
      expect(Math.max(...ys('text:not([font-weight="700"])'))).toBeGreaterThan(lastHeading);
    }
  });
});
