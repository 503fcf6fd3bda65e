import { geoCentroid, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildFigureFrame, svgElement, INK, MUTED, type FrameNote } from '../charts/frame';
import type { TextMeasurer } from '../charts/text-measure';
import { formatCount, STAGE_PHRASE, translator } from '../i18n';
import type { StateShareRow } from '../data/queries/women-share-by-state';
import type { SourceRow } from '../data/queries/sources';
import type { Lang } from '../state/url-codec';
import { osceProjection } from './projection';
import {
  CONTEXT_FILL,
  NO_DATA_FILL,
  SHARE_COLOURS,
  SHARE_THRESHOLDS,
  SUPPRESSED_FILL,
  TOTAL_ONLY_FILL,
  shareColour,
} from './colour-scale';
import { shareLabel, sourceLine, statusNotes } from '../charts/women-share-by-state';
import { stateName, summariseShares } from '../charts/share-summary';

export const MICRO_STATES = ['AND', 'VAT', 'LIE', 'MLT', 'MCO', 'SMR'] as const;

export interface OsceGeography {
  countries: Feature<Geometry, { osce: boolean }>[];
  context: Feature<Geometry>[];
}

export function geographyFromTopology(topology: Topology): OsceGeography {
  const countries = feature(
    topology,
    topology.objects.countries as GeometryCollection<{ osce: boolean }>,
  ) as FeatureCollection<Geometry, { osce: boolean }>;
  const context = feature(
    topology,
    topology.objects.context as GeometryCollection,
  ) as FeatureCollection<Geometry>;
  return { countries: countries.features, context: context.features };
}

export interface MapOptions {
  document: Document;
  lang: Lang;
  width: number;
  stage: string;
  year: number;
  source: SourceRow;
  selected?: string | null;
  measure?: TextMeasurer;
}

export function stateFill(row: StateShareRow | undefined): string {
  if (!row) return NO_DATA_FILL;
  switch (row.status) {
    case 'share':
      return shareColour(row.share ?? 0);
    case 'suppressed':
      return SUPPRESSED_FILL;
    case 'total_only':
      return TOTAL_ONLY_FILL;
    default:
      return NO_DATA_FILL;
  }
}

export function stateDescription(row: StateShareRow, lang: Lang): string {
  const t = translator(lang);
  switch (row.status) {
    case 'share':
      return `${shareLabel(row, lang)}, ${t(row.shareBasis === 'women_plus_men' ? 'basisWomenPlusMen' : 'basisTotal')}`;
    case 'suppressed':
      return t('tooltipSuppressed');
    case 'total_only':
      return row.total !== null
        ? t('tooltipTotalOnly', { total: formatCount(row.total, lang) })
        : t('tooltipSuppressed');
    case 'zero_persons':
      return t('tooltipZero');
    default:
      return t('tooltipNoData');
  }
}

function definePatterns(document: Document, svg: SVGElement) {
  const defs = svgElement(document, 'defs');
  const noData = svgElement(document, 'pattern', {
    id: 'pattern-no-data',
    width: 6,
    height: 6,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  noData.append(
    svgElement(document, 'rect', { width: 6, height: 6, fill: '#f7f7f7' }),
    svgElement(document, 'line', {
      x1: 0,
      y1: 0,
      x2: 0,
      y2: 6,
      stroke: '#9e9e9e',
      'stroke-width': 1.2,
    }),
  );
  const suppressed = svgElement(document, 'pattern', {
    id: 'pattern-suppressed',
    width: 5,
    height: 5,
    patternUnits: 'userSpaceOnUse',
  });
  suppressed.append(
    svgElement(document, 'rect', { width: 5, height: 5, fill: '#e0e0e0' }),
    svgElement(document, 'circle', { cx: 2.5, cy: 2.5, r: 1.1, fill: '#616161' }),
  );
  defs.append(noData, suppressed);
  svg.appendChild(defs);
}

function drawLegend(
  document: Document,
  layer: SVGGElement,
  t: ReturnType<typeof translator>,
  y: number,
): number {
  const legend = svgElement(document, 'g', {
    id: 'map-legend',
    transform: `translate(0,${y})`,
    'font-size': 12,
    fill: INK,
  });
  const title = svgElement(document, 'text', { x: 0, y: 12, 'font-weight': 700 });
  title.textContent = t('legendTitle');
  legend.appendChild(title);
  const swatch = 34;
  SHARE_COLOURS.forEach((colour, i) => {
    legend.appendChild(
      svgElement(document, 'rect', {
        x: i * swatch,
        y: 20,
        width: swatch,
        height: 12,
        fill: colour,
        stroke: '#757575',
        'stroke-width': 0.5,
      }),
    );
  });
  ['0', ...SHARE_THRESHOLDS.map(String)].forEach((label, i) => {
    const tick = svgElement(document, 'text', {
      x: i * swatch,
      y: 46,
      'text-anchor': i === 0 ? 'start' : 'middle',
      fill: MUTED,
    });
    tick.textContent = label;
    legend.appendChild(tick);
  });
  const special: [string, string][] = [
    [NO_DATA_FILL, t('legendNoData')],
    [SUPPRESSED_FILL, t('legendSuppressed')],
    [TOTAL_ONLY_FILL, t('legendTotalOnly')],
  ];
  let x = SHARE_COLOURS.length * swatch + 24;
  for (const [fill, label] of special) {
    legend.appendChild(
      svgElement(document, 'rect', {
        x,
        y: 20,
        width: 18,
        height: 12,
        fill,
        stroke: '#757575',
        'stroke-width': 0.5,
      }),
    );
    const text = svgElement(document, 'text', { x: x + 22, y: 30 });
    text.textContent = label;
    legend.appendChild(text);
    x += 22 + label.length * 7 + 18;
  }
  layer.appendChild(legend);
  return 52;
}

export function buildOsceMap(
  geography: OsceGeography,
  rows: StateShareRow[],
  options: MapOptions,
): SVGSVGElement {
  const { document, lang } = options;
  const t = translator(lang);
  const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
  const stagePhrase = STAGE_PHRASE[lang][options.stage] ?? options.stage;
  const notes: FrameNote[] = [
    ...statusNotes(rows, lang),
    { text: t('noteKosovo') },
    { text: t('noteBoundaries') },
  ];
  const svg = buildFigureFrame(
    {
      document,
      width: options.width,
      title: t('mapTitle', { stage: stagePhrase, year: options.year }),
      subtitle: t('chartSubtitle'),
      sourceLine: sourceLine(options.source, lang),
      notes,
      summary: summariseShares(rows, lang, t),
      figureId: 'osce-map',
      lang,
      interactive: true,
      ...(options.measure ? { measure: options.measure } : {}),
    },
    (layer, width) => {
      const height = Math.round(width * 0.62);
      const projection = osceProjection(width, height);
      const path = geoPath(projection);
      const clip = svgElement(document, 'clipPath', { id: 'map-clip' });
      clip.appendChild(svgElement(document, 'rect', { x: 0, y: 0, width, height }));
      layer.appendChild(clip);
      const map = svgElement(document, 'g', { 'clip-path': 'url(#map-clip)' });
      map.appendChild(svgElement(document, 'rect', { x: 0, y: 0, width, height, fill: '#f4f8fb' }));
      const context = svgElement(document, 'g', {
        'aria-hidden': 'true',
        fill: CONTEXT_FILL,
        stroke: '#ffffff',
        'stroke-width': 0.5,
      });
      for (const f of geography.context)
        context.appendChild(svgElement(document, 'path', { d: path(f) ?? '' }));
      map.appendChild(context);
      const states = svgElement(document, 'g', {
        role: 'group',
        'aria-label': t('mapLabel'),
        stroke: '#ffffff',
        'stroke-width': 0.6,
      });
      const symbols = svgElement(document, 'g', { role: 'group', 'aria-label': 'micro-states' });
      const sorted = [...geography.countries].sort((a, b) =>
        String(a.id).localeCompare(String(b.id)),
      );
      for (const f of sorted) {
        const iso3 = String(f.id);
        const row = byIso3.get(iso3);
        const isMicro = (MICRO_STATES as readonly string[]).includes(iso3);
        const group = svgElement(document, 'g', {
          'data-iso3': iso3,
          tabindex: 0,
          role: 'button',
          class: 'state',
          'aria-label': row ? `${stateName(row, lang)}: ${stateDescription(row, lang)}` : iso3,
        });
        if (row?.obsIds.length) group.setAttribute('data-obs-id', row.obsIds.join(' '));
        if (iso3 === options.selected) group.setAttribute('aria-pressed', 'true');
        const fill = stateFill(row);
        const shape = svgElement(document, 'path', { d: path(f) ?? '', fill });
        if (iso3 === options.selected) {
          shape.setAttribute('stroke', INK);
          shape.setAttribute('stroke-width', '2');
        }
        group.appendChild(shape);
        if (isMicro) {
          const [cx = 0, cy = 0] = projection(geoCentroid(f)) ?? [];
          group.appendChild(
            svgElement(document, 'circle', { cx, cy, r: 5, fill, stroke: INK, 'stroke-width': 1 }),
          );
          group.appendChild(
            svgElement(document, 'circle', {
              cx,
              cy,
              r: 12,
              fill: 'transparent',
              stroke: 'none',
              class: 'hit-target',
            }),
          );
          symbols.appendChild(group);
        } else states.appendChild(group);
      }
      map.append(states, symbols);
      layer.appendChild(map);
      definePatterns(document, layer);
      const legendHeight = drawLegend(document, layer, t, height + 10);
      return height + 10 + legendHeight;
    },
  );
  return svg;
}
