import { SCREEN_TYPE, type FigureLayout, type TypeScale } from '../charts/frame';

/**
 * Export sizes. On screen a figure is as tall as its content; the fixed presets fix both
 * dimensions and set type sizes fit for the room: on a 16:9 slide, labels of at least 22 px,
 * titles of at least 40 px, notes and source of at least 18 px.
 */
export const SIZE_PRESETS = {
  screen: { width: null, height: null, type: SCREEN_TYPE },
  slide: {
    width: 1920,
    height: 1080,
    type: { title: 40, subtitle: 26, label: 22, small: 20, note: 18 },
    // Shown to a room: the method notes go to the speaker notes (FigureLayout.presented).
    presented: true,
  },
  a4: {
    width: 794,
    height: 1123,
    type: { title: 22, subtitle: 14, label: 12, small: 11, note: 11 },
  },
  square: {
    width: 1080,
    height: 1080,
    type: { title: 32, subtitle: 20, label: 18, small: 16, note: 15 },
  },
} as const satisfies Record<
  string,
  { width: number | null; height: number | null; type: TypeScale; presented?: boolean }
>;

export type SizePreset = keyof typeof SIZE_PRESETS;

export function isSizePreset(value: string): value is SizePreset {
  return value in SIZE_PRESETS;
}

/** The layout of a preset; the screen preset takes the width on screen. */
export function presetLayout(preset: SizePreset, screenWidth: number): FigureLayout {
  const p = SIZE_PRESETS[preset];
  const layout: FigureLayout = { width: p.width ?? screenWidth, height: p.height, type: p.type };
  return 'presented' in p ? { ...layout, presented: p.presented } : layout;
}
