export const SIZE_PRESETS = {
  screen: { width: null, label: { en: 'Screen width', fr: "Largeur de l'écran" } },
  slide: { width: 1920, label: { en: '16:9 slide (1920 px)', fr: 'Diapositive 16:9 (1920 px)' } },
  a4: { width: 760, label: { en: 'A4 portrait column', fr: 'Colonne A4 portrait' } },
  square: { width: 1080, label: { en: 'Square (1080 px)', fr: 'Carré (1080 px)' } },
} as const;

export type SizePreset = keyof typeof SIZE_PRESETS;

export function presetWidth(preset: SizePreset, screenWidth: number): number {
  return SIZE_PRESETS[preset].width ?? screenWidth;
}
