/** Every figure the atlas draws; the view registry supplies exactly these (a unit test checks). */
export const FIGURE_NAMES = [
  'states-chart',
  'map',
  'regions',
  'pipeline',
  'comparison',
  'hierarchy',
  'markets',
  'market-figures',
  'coverage',
  'profile-trends',
  'profile-figures',
  'profile-scores',
  'profile-coverage',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

export function isFigureName(value: string): value is FigureName {
  return (FIGURE_NAMES as readonly string[]).includes(value);
}
