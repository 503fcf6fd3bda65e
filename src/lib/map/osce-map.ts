import { geoCentroid, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildFigureFrame, svgElement, INK, MUTED, type FrameNote } from '../charts/frame';
import type { TextMeasurer } from '../charts/text-measure';
import { measureWithFontMetrics } from '../charts/font-measure';
import { formatCount, STAGE_PHRASE, translator } from '../i18n';
import type { StateShareRow } from '../data/queries/women-share-by-state';
import type { SourceRow } from '../data/queries/sources';
import type { Lang } from '../state/url-codec';
import { osceLayout, osceMapHeight } from './projection';
import { placeSymbols } from './symbol-placement';
import { definePatterns, drawLegend } from './map-legend';
import {
  CONTEXT_FILL,
  NO_DATA_FILL,
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
  period: string;
  source: SourceRow;
  selected?: string[];
  outlineStudy?: boolean;
  measure?: TextMeasurer;
}

export const SELECTED_STROKE = '#b35806';
/** Radius of a micro-state's invisible hit target: a 26 px circle, above the 24 px minimum. */
export const HIT_RADIUS = 13;

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
      return `${shareLabel(row, lang, true)}, ${t(row.shareBasis === 'women_plus_men' ? 'basisWomenPlusMen' : 'basisTotal')}`;
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
      title: t('mapTitle', { stage: stagePhrase, year: options.period }),
      subtitle: t('mapSubtitle'),
      sourceLine: sourceLine(options.source, lang),
      notes,
      summary: summariseShares(rows, lang, t),
      figureId: 'osce-map',
      lang,
      interactive: true,
      ...(options.measure ? { measure: options.measure } : {}),
    },
    (layer, width) => {
      const height = osceMapHeight(width);
      const panels = osceLayout(width, height);
      const sorted = [...geography.countries].sort((a, b) =>
        String(a.id).localeCompare(String(b.id)),
      );
      for (const panel of panels) {
        const path = geoPath(panel.projection);
        const clipId = `map-clip-${panel.id}`;
        const clip = svgElement(document, 'clipPath', { id: clipId });
        clip.appendChild(
          svgElement(document, 'rect', { x: 0, y: 0, width: panel.width, height: panel.height }),
        );
        layer.appendChild(clip);
        const frame = svgElement(document, 'g', {
          id: `map-panel-${panel.id}`,
          transform: `translate(${panel.x},${panel.y})`,
        });
        const map = svgElement(document, 'g', { 'clip-path': `url(#${clipId})` });
        map.appendChild(
          svgElement(document, 'rect', {
            x: 0,
            y: 0,
            width: panel.width,
            height: panel.height,
            fill: '#f4f8fb',
          }),
        );
        const context = svgElement(document, 'g', {
          'aria-hidden': 'true',
          fill: CONTEXT_FILL,
          stroke: '#ffffff',
          'stroke-width': 0.5,
        });
        for (const f of geography.context)
          context.appendChild(svgElement(document, 'path', { d: path(f) ?? '' }));
        const others = svgElement(document, 'g', {
          'aria-hidden': 'true',
          fill: CONTEXT_FILL,
          stroke: '#ffffff',
          'stroke-width': 0.5,
        });
        const states = svgElement(document, 'g', {
          role: 'group',
          'aria-label': panel.id === 'main' ? t('mapLabel') : t('mapInsetLabel'),
          stroke: '#ffffff',
          'stroke-width': 0.6,
        });
        const study = svgElement(document, 'g', {
          'aria-hidden': 'true',
          fill: 'none',
          stroke: INK,
          'stroke-width': 2,
          'data-layer': 'study-outline',
        });
        const symbolPositions = new Map(
          placeSymbols(
            sorted
              .filter(
                (f) =>
                  panel.contains(String(f.id)) &&
                  (MICRO_STATES as readonly string[]).includes(String(f.id)),
              )
              .map((f) => ({
                key: String(f.id),
                anchor: (panel.projection(geoCentroid(f)) ?? [0, 0]) as [number, number],
              })),
            2 * HIT_RADIUS + 1,
          ).map((p) => [p.key, p]),
        );
        const symbols = svgElement(document, 'g', {
          role: 'group',
          'aria-label': t('mapMicroStatesLabel'),
        });
        for (const f of sorted) {
          const iso3 = String(f.id);
          if (!panel.contains(iso3)) {
            others.appendChild(svgElement(document, 'path', { d: path(f) ?? '' }));
            continue;
          }
          const row = byIso3.get(iso3);
          const fill = stateFill(row);
          const group = svgElement(document, 'g', {
            'data-iso3': iso3,
            tabindex: 0,
            role: 'button',
            class: 'state',
            'aria-label': row ? `${stateName(row, lang)}: ${stateDescription(row, lang)}` : iso3,
          });
          if (row?.obsIds.length) group.setAttribute('data-obs-id', row.obsIds.join(' '));
          group.setAttribute(
            'aria-pressed',
            (options.selected ?? []).includes(iso3) ? 'true' : 'false',
          );
          const shape = svgElement(document, 'path', { d: path(f) ?? '', fill });
          if ((options.selected ?? []).includes(iso3)) {
            shape.setAttribute('stroke', SELECTED_STROKE);
            shape.setAttribute('stroke-width', '2.5');
          }
          group.appendChild(shape);
          if (options.outlineStudy && row?.inStudy)
            study.appendChild(svgElement(document, 'path', { d: path(f) ?? '' }));
          if ((MICRO_STATES as readonly string[]).includes(iso3)) {
            const placed = symbolPositions.get(iso3);
            const [ax = 0, ay = 0] = placed?.anchor ?? [];
            const [cx = 0, cy = 0] = placed?.position ?? [];
            if (ax !== cx || ay !== cy) {
              group.appendChild(
                svgElement(document, 'line', {
                  x1: ax,
                  y1: ay,
                  x2: cx,
                  y2: cy,
                  stroke: INK,
                  'stroke-width': 0.8,
                }),
              );
              group.appendChild(
                svgElement(document, 'circle', { cx: ax, cy: ay, r: 1.5, fill: INK }),
              );
            }
            const selectedHere = (options.selected ?? []).includes(iso3);
            group.appendChild(
              svgElement(document, 'circle', {
                cx,
                cy,
                r: 6,
                fill,
                stroke: selectedHere ? SELECTED_STROKE : INK,
                'stroke-width': selectedHere ? 2.5 : 1,
              }),
            );
            if (options.outlineStudy && row?.inStudy)
              study.appendChild(svgElement(document, 'circle', { cx, cy, r: 9 }));
            group.appendChild(
              svgElement(document, 'circle', {
                cx,
                cy,
                r: HIT_RADIUS,
                fill: 'transparent',
                stroke: 'none',
                class: 'hit-target',
              }),
            );
            symbols.appendChild(group);
          } else states.appendChild(group);
        }
        map.append(context, others, states, study, symbols);
        frame.appendChild(map);
        if (panel.id !== 'main') {
          frame.appendChild(
            svgElement(document, 'rect', {
              x: 0.5,
              y: 0.5,
              width: panel.width - 1,
              height: panel.height - 1,
              fill: 'none',
              stroke: '#9e9e9e',
            }),
          );
          frame.appendChild(
            svgElement(document, 'rect', {
              x: 1,
              y: 1,
              width: panel.width - 2,
              height: 18,
              fill: '#ffffff',
              'fill-opacity': 0.9,
            }),
          );
          const label = svgElement(document, 'text', { x: 6, y: 14, 'font-size': 11, fill: MUTED });
          label.textContent = t('mapInsetLabel');
          frame.appendChild(label);
        }
        layer.appendChild(frame);
      }
      definePatterns(document, layer);
      const legendHeight = drawLegend(
        document,
        layer,
        t,
        height + 10,
        width,
        options.measure ?? measureWithFontMetrics,
      );
      return height + 10 + legendHeight;
    },
  );
  return svg;
}
