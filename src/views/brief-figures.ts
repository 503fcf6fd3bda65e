import type { BriefFigure } from '../lib/export/brief';
import { briefFigureNames } from '../lib/export/brief-figures';
import { exportedPages } from '../lib/export/export-pages';
import { figureSources } from '../lib/export/standalone-svg';
import { SIZE_PRESETS } from '../lib/export/presets';
import { svgToPng } from '../lib/export/download';
import { sourcesLine } from '../lib/charts/source-line';
import type { Filters } from '../lib/model/filters';
import type { SourceRow } from '../lib/model/rows';
import { figurePages } from './context';
import type { ExportSettings } from './export-settings';
import type { ViewBinding } from './view-binding.svelte';

/** Three device pixels per CSS pixel: a 17 cm column at about 360 dots per inch. */
const PRINT_SCALE = 3;

/** The briefing note's figures as drawn on the page, A4 column wide, rasterised at print resolution. */
export async function briefFiguresOnPage(
  bindings: readonly ViewBinding[],
  filters: Filters,
  exporting: ExportSettings,
  sources: readonly SourceRow[],
  date: string,
): Promise<BriefFigure[]> {
  const a4 = SIZE_PRESETS.a4;
  const layout = { width: a4.width, height: null, type: a4.type };
  const figures: BriefFigure[] = [];
  for (const name of briefFigureNames(filters)) {
    const bound = bindings.find((b) => b.view.figures.includes(name))?.bound;
    if (!bound) continue;
    const meta = { ...exporting.meta, date, queries: [], permalink: exporting.publicLink };
    const [page] = exportedPages(
      (at) => figurePages(bound, name, at),
      layout,
      meta,
      false,
      (svg) => figureSources(svg, exporting.sourceOf),
    );
    if (!page) continue;
    const height = page.height || 600;
    const svg = new DOMParser().parseFromString(page.markup, 'image/svg+xml').documentElement;
    const ids = figureSources(svg, exporting.sourceOf).map((s) => s.sourceId);
    const png = await svgToPng(page.markup, a4.width, height, PRINT_SCALE);
    figures.push({
      png: new Uint8Array(await png.arrayBuffer()),
      width: a4.width,
      height,
      title: page.title,
      sourceLine: sourcesLine(ids, [...sources], filters.lang),
    });
  }
  return figures;
}
