/** Every figure the atlas draws; the view registry supplies exactly these (a unit test checks). */
export const FIGURE_NAMES = [
  'states-chart',
  'map',
  'regions',
  'pipeline',
  'comparison',
  'hierarchy',
  'markets',
  'coverage',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

export function isFigureName(value: string): value is FigureName {
  return (FIGURE_NAMES as readonly string[]).includes(value);
}
