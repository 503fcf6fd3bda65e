import { figureCsv, type CsvDialect, type CsvTable } from './csv-export';
import { exportFileName } from './file-names';
import type { ExportMeta } from './standalone-svg';
import type { DeckDocument, SlidePng } from './deck';
import type { MessageKey } from '../i18n';
import type { Filters, Lang } from '../model/filters';
import type { FigureName } from '../model/figure-names';
import type { SourceRow } from '../model/rows';

/** A figure page as a standalone SVG file, ready to write or to rasterise. */
export interface ExportPage {
  markup: string;
  width: number;
  height: number;
}

/** Everything a format needs to write one figure's files, in the browser or on the command line. */
export interface ExportJob {
  figure: FigureName;
  filters: Filters;
  lang: Lang;
  /** ISO date (YYYY-MM-DD) of the export, in the file names and on the figure. */
  date: string;
  /** The figure's pages; `withLink`: with the permalink line (only to a public address). */
  pages: (withLink: boolean) => ExportPage[];
  /** The figure's table: one row per drawn value. */
  table: CsvTable;
  sourceOf: (obsId: string) => SourceRow | undefined;
  /** SVG to PNG: a canvas in the browser, rsvg-convert on the command line. */
  rasterize: (markup: string, width: number, height: number, scale: number) => Promise<Blob>;
}

export interface ExportFile {
  name: string;
  blob: Blob;
}

/**
 * One way to take a figure away. The export bar shows a button per format (`data-export` is its
 * id) and `npm run figures -- --formats` takes the ids; adding a format is one entry here (a
 * heavy writer is imported inside `write`, so that it loads only when used).
 */
export interface ExportFormat {
  id: string;
  /** The button's text: a catalogue message, or a name that reads the same in every language. */
  label: { message: MessageKey } | { name: string };
  /** What the file name ends with: `svg`, `png`, `csv`, … */
  extension: string;
  /** Put before the extension: `@2x` (PNG scale), `_excel` (dialect). */
  tag?: string;
  /** The files carry the figure's permalink: without a public address, the bar asks first. */
  linked: boolean;
  write(job: ExportJob, withLink: boolean): Promise<ExportFile[]>;
}

/** A deck of figures to take away whole: the deck's slides and how to make each slide's PNG. */
export interface DeckJob {
  deck: DeckDocument;
  /** The PNG fallback of a slide, 1920x1080: a canvas in the browser, rsvg-convert on the command line. */
  png: SlidePng;
}

/** A format that writes the whole deck in one file (`data-export` on the deck's button). */
export interface DeckExportFormat {
  id: string;
  scope: 'deck';
  label: { message: MessageKey } | { name: string };
  extension: string;
  write(job: DeckJob): Promise<ExportFile>;
}

/** The file name of a format's file, with the page number when the figure has several pages. */
export function formatFileName(
  format: Pick<ExportFormat, 'extension' | 'tag'>,
  job: Pick<ExportJob, 'figure' | 'filters' | 'date'>,
  page?: { index: number; count: number },
): string {
  const name = exportFileName(job.figure, job.filters, job.date, format.extension, page);
  return format.tag ? name.replace(/\.[^.]+$/, `${format.tag}.${format.extension}`) : name;
}

const svgFormat: ExportFormat = {
  id: 'svg',
  label: { name: 'SVG' },
  extension: 'svg',
  linked: true,
  write: (job, withLink) => {
    const pages = job.pages(withLink);
    return Promise.resolve(
      pages.map((page, index) => ({
        name: formatFileName(svgFormat, job, { index, count: pages.length }),
        blob: new Blob([page.markup], { type: 'image/svg+xml' }),
      })),
    );
  },
};

function pngFormat(scale: number): ExportFormat {
  const format: ExportFormat = {
    id: `png${scale}`,
    label: { name: `PNG ${scale}×` },
    extension: 'png',
    tag: `@${scale}x`,
    linked: true,
    write: async (job, withLink) => {
      const pages = job.pages(withLink);
      const files: ExportFile[] = [];
      for (const [index, page] of pages.entries())
        files.push({
          name: formatFileName(format, job, { index, count: pages.length }),
          blob: await job.rasterize(page.markup, page.width, page.height, scale),
        });
      return files;
    },
  };
  return format;
}

function csvFormat(
  id: string,
  label: ExportFormat['label'],
  dialect: CsvDialect,
  tag?: string,
): ExportFormat {
  const format: ExportFormat = {
    id,
    label,
    extension: 'csv',
    ...(tag ? { tag } : {}),
    linked: false,
    write: (job) =>
      Promise.resolve([
        {
          name: formatFileName(format, job),
          blob: new Blob([figureCsv(job.table, job.sourceOf, { dialect, lang: job.lang })], {
            type: 'text/csv;charset=utf-8',
          }),
        },
      ]),
  };
  return format;
}

const pptxFormat: DeckExportFormat = {
  id: 'pptx',
  scope: 'deck',
  label: { message: 'deckDownload' },
  extension: 'pptx',
  write: async (job) => {
    const { deckPptx } = await import('./deck-pptx');
    return {
      name: 'atlas-deck.pptx',
      blob: new Blob([new Uint8Array(await deckPptx(job.deck, job.png))], {
        type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      }),
    };
  },
};

/**
 * Every way to take figures away: the figures' formats (the export bar, in its order, and
 * `npm run figures -- --formats`), then the deck's (the deck's buttons and `--pptx`).
 */
export const EXPORT_FORMATS: readonly (ExportFormat | DeckExportFormat)[] = [
  svgFormat,
  pngFormat(2),
  pngFormat(4),
  csvFormat('csv', { name: 'CSV' }, 'rfc4180'),
  csvFormat('csv-excel', { message: 'csvExcel' }, 'excel', '_excel'),
  pptxFormat,
];

const isDeckFormat = (f: ExportFormat | DeckExportFormat): f is DeckExportFormat =>
  'scope' in f && f.scope === 'deck';

/** The formats of one figure, for its export bar. */
export const FIGURE_FORMATS: readonly ExportFormat[] = EXPORT_FORMATS.filter(
  (f): f is ExportFormat => !isDeckFormat(f),
);

/** The formats of the whole deck. */
export const DECK_FORMATS: readonly DeckExportFormat[] = EXPORT_FORMATS.filter(isDeckFormat);

export function exportFormat(id: string): ExportFormat | undefined {
  return FIGURE_FORMATS.find((f) => f.id === id);
}

export function deckFormat(id: string): DeckExportFormat | undefined {
  return DECK_FORMATS.find((f) => f.id === id);
}

/** What a figure's files say about it besides its title: version, date, link, filters, SQL. */
export function exportMeta(
  base: Pick<ExportMeta, 'datasetVersion' | 'filters' | 'lang'>,
  queries: string[],
  date: string,
  permalink: string | null,
): Omit<ExportMeta, 'title'> {
  return { ...base, date, queries, permalink };
}

/** A query as the figure's metadata lists it: its text and its parameters. */
export function queryText(query: { text: string; params: readonly unknown[] }): string {
  return `${query.text} -- params: ${JSON.stringify(query.params)}`;
}
