import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from 'd3';
import type { MultiPoint } from 'geojson';

export interface MapPanel {
  id: 'main' | 'north-america';
  /** The States this panel draws; every other State is drawn in the other panel. */
  contains(iso3: string): boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  projection: GeoProjection;
}

/** From the Atlantic coast to Mongolia, and from the Arctic to Cyprus and the Pamir. */
export const EURASIA_FRAME: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [-24, 64], // Iceland, west
    [-9.5, 37], // Cape St Vincent
    [14.5, 35.7], // Malta
    [34.5, 34.5], // Cyprus
    [44, 38.5], // Armenia, south
    [62, 35.2], // Turkmenistan, south
    [75, 36.8], // Tajikistan, Pamir
    [119.9, 46.5], // Mongolia, east
    [100, 52], // Lake Baikal
    [30, 71], // North Cape
    [60, 70], // Yamal
  ],
};

export const NORTH_AMERICA_FRAME: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [-124.5, 48.4], // Vancouver Island
    [-117, 32.5], // San Diego
    [-81, 25], // Florida
    [-67, 45], // Maine
    [-55, 52], // Newfoundland
    [-68, 69], // Baffin Island
    [-141, 69.6], // Alaska and Yukon
    [-160, 59], // Alaska, west
  ],
};

const NORTH_AMERICA = new Set(['CAN', 'USA']);

const INSET_SHARE = 0.27;
const MAIN_ROTATION: [number, number] = [-40, -54];
/** Below this width the inset sits above the main panel instead of beside it. */
export const STACKED_BELOW = 600;

function mainHeightFor(width: number): number {
  const probe = geoAzimuthalEqualArea().rotate(MAIN_ROTATION).fitWidth(width, EURASIA_FRAME);
  const [[, y0], [, y1]] = geoPath(probe).bounds(EURASIA_FRAME);
  return Math.round(y1 - y0 + 8);
}

/** Height that fits the Eurasian frame at this width, with room for the inset. */
export function osceMapHeight(width: number): number {
  if (width < STACKED_BELOW) return Math.round(width * 0.42) + 6 + mainHeightFor(width - 8);
  return mainHeightFor(width - Math.round(width * INSET_SHARE) - 10);
}

/** How wide the Eurasian frame is when it fills this height (the panel may be wider). */
function frameWidthFor(height: number): number {
  const probe = geoAzimuthalEqualArea().rotate(MAIN_ROTATION).fitHeight(height, EURASIA_FRAME);
  const [[x0], [x1]] = geoPath(probe).bounds(EURASIA_FRAME);
  return Math.ceil(x1 - x0);
}

/**
 * Two Lambert azimuthal equal-area panels: the OSCE's Eurasian part centred on 40°E 54°N
 * and, in an inset of the same projection, Canada and the United States. `right`: a panel
 * wider than its frame draws the frame at its right edge, leaving the Atlantic free for a
 * legend (a slide); otherwise the frame is centred. `insetMax`: the inset no taller (room
 * for that legend under it).
 */
export function osceLayout(
  width: number,
  height: number,
  right = false,
  insetMax = Infinity,
): MapPanel[] {
  const stacked = width < STACKED_BELOW;
  const insetWidth = stacked ? width : Math.round(width * INSET_SHARE);
  const insetHeight = stacked
    ? Math.round(width * 0.42)
    : Math.round(Math.min(height * 0.45, insetWidth * 0.8, insetMax));
  const mainTop = stacked ? insetHeight + 6 : 0;
  const pad = 4;
  const left = stacked ? pad : insetWidth + 6;
  const main = geoAzimuthalEqualArea()
    .rotate(MAIN_ROTATION)
    .fitExtent(
      [
        [
          right ? Math.max(left, width - pad - frameWidthFor(height - mainTop - 2 * pad)) : left,
          pad,
        ],
        [width - pad, height - mainTop - pad],
      ],
      EURASIA_FRAME,
    );
  const northAmerica = geoAzimuthalEqualArea()
    .rotate([100, -50])
    .fitExtent(
      [
        [pad + 6, pad + 18],
        [insetWidth - 6, insetHeight - 6],
      ],
      NORTH_AMERICA_FRAME,
    );
  return [
    {
      id: 'main',
      contains: (iso3) => !NORTH_AMERICA.has(iso3),
      x: 0,
      y: mainTop,
      width,
      height: height - mainTop,
      projection: main,
    },
    {
      id: 'north-america',
      contains: (iso3) => NORTH_AMERICA.has(iso3),
      x: 0,
      y: 0,
      width: insetWidth,
      height: insetHeight,
      projection: northAmerica,
    },
  ];
}
