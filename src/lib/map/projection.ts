import { geoAzimuthalEqualArea, type GeoProjection } from 'd3';
import type { MultiPoint } from 'geojson';

/** Points the frame must contain, from Vancouver to Vladivostok and Lisbon to Mongolia. */
export const OSCE_FRAME_POINTS: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [-123.1, 49.3], // Vancouver
    [-80.2, 25.8], // Miami
    [-124, 40], // California coast
    [-9.5, 36.8], // Cape St Vincent
    [14.5, 35.8], // Malta
    [34.5, 34.6], // Cyprus
    [62, 35.2], // Turkmenistan, south
    [75, 37], // Tajikistan, Pamir
    [120, 42], // Mongolia, east
    [131.9, 43.1], // Vladivostok
    [-170, 65], // Bering Strait
    [-75, 80], // Ellesmere Island
  ],
};

/** Lambert azimuthal equal-area centred on the North Pole, Europe at the bottom centre. */
export function osceProjection(width: number, height: number): GeoProjection {
  return geoAzimuthalEqualArea()
    .rotate([-20, -90, 0])
    .clipAngle(110)
    .fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      OSCE_FRAME_POINTS,
    );
}
