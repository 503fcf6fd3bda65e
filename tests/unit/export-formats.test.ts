import { describe, expect, it } from 'vitest';
import {
  DECK_FORMATS,
  EXPORT_FORMATS,
  FIGURE_FORMATS,
  deckFormat,
  exportFormat,
  formatFileName,
  type ExportJob,
} from '../../src/lib/export/formats';
import { DEFAULT_FILTERS } from '../../src/lib/model/filters';

const job = (pages: number): ExportJob => ({
  figure: 'regions',
  filters: { ...DEFAULT_FILTERS, lang: 'fr' },
  lang: 'fr',
  date: '2026-12-03',
  pages: (withLink) =>
    Array.from({ length: pages }, (_, i) => ({
      markup: `<svg>${i}${withLink ? ' link' : ''}</svg>`,
      width: 800,
      height: 600,
    })),
  table: {
    columns: [{ code: 'subregion' }, { code: 'share' }],
    rows: [
      [
        { text: 'Asie centrale', value: 'central_asia' },
        { text: '12,5 %', value: 12.5, obsIds: ['A'] },
      ],
    ],
  },
  sourceOf: () => undefined,
  rasterize: (markup, width, height, scale) =>
    Promise.resolve(new Blob([`${markup} ${width * scale}x${height * scale}`])),
});

describe('the export formats, one list for the export bar and npm run figures', () => {
  it('has one entry per id, each with a label and an extension', () => {
    const ids = EXPORT_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['svg', 'png2', 'png4', 'csv', 'csv-excel', 'pptx']);
    for (const format of EXPORT_FORMATS) expect(format.extension).toMatch(/^[a-z]+$/);
  });

  it('keeps the deck’s format off the figures’ export bar and finds it by id', () => {
    expect(FIGURE_FORMATS.map((f) => f.id)).not.toContain('pptx');
    expect(DECK_FORMATS.map((f) => f.id)).toEqual(['pptx']);
    expect(deckFormat('pptx')?.extension).toBe('pptx');
    expect(exportFormat('pptx')).toBeUndefined();
  });

  it('names a file by figure, filters, language, date, page and format', () => {
    const base = 'women-share-regions_convicted_2017-2021_fr_2026-12-03';
    const png4 = exportFormat('png4');
    const excel = exportFormat('csv-excel');
    if (!png4 || !excel) throw new Error('missing format');
    expect(formatFileName(png4, job(2), { index: 1, count: 2 })).toBe(`${base}_2-of-2@4x.png`);
    expect(formatFileName(excel, job(1))).toBe(`${base}_excel.csv`);
  });

  it('writes a file per page for a figure format and one for the table', async () => {
    const svg = await exportFormat('svg')?.write(job(3), true);
    expect(svg?.map((f) => f.name.replace(/^.*_2026-12-03/, ''))).toEqual([
      '_1-of-3.svg',
      '_2-of-3.svg',
      '_3-of-3.svg',
    ]);
    expect(await svg?.[0]?.blob.text()).toBe('<svg>0 link</svg>');
    const png = await exportFormat('png2')?.write(job(1), false);
    expect(await png?.[0]?.blob.text()).toBe('<svg>0</svg> 1600x1200');
    const csv = await exportFormat('csv')?.write(job(3), true);
    expect(csv).toHaveLength(1);
    expect(await csv?.[0]?.blob.text()).toContain('central_asia');
  });

  it('asks for a public address only for the formats that carry the link', () => {
    expect(FIGURE_FORMATS.filter((f) => f.linked).map((f) => f.id)).toEqual([
      'svg',
      'png2',
      'png4',
    ]);
  });
});
