export const SHARE_THRESHOLDS = [10, 20, 30, 40, 50] as const;
/** ColorBrewer YlGnBu, 6 classes: sequential and colour-blind safe. */
export const SHARE_COLOURS = [
  '#ffffcc',
  '#c7e9b4',
  '#7fcdbb',
  '#41b6c4',
  '#2c7fb8',
  '#253494',
] as const;
export const NO_DATA_FILL = 'url(#pattern-no-data)';
export const SUPPRESSED_FILL = 'url(#pattern-suppressed)';
export const TOTAL_ONLY_FILL = '#bdbdbd';
export const CONTEXT_FILL = '#ececec';
/** Participating States outside the chosen region: drawn, but apart from missing data. */
export const OUTSIDE_FILL = '#f2f2f2';
export const NON_OSCE_STROKE = '#ffffff';

export function shareColour(share: number): string {
  let index = 0;
  while (index < SHARE_THRESHOLDS.length && share >= (SHARE_THRESHOLDS[index] ?? Infinity)) index++;
  return SHARE_COLOURS[index] ?? SHARE_COLOURS[0];
}
