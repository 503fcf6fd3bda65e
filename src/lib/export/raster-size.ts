/**
 * The most pixels a canvas may hold in every browser delegates use: iOS Safari refuses a canvas
 * over 16,777,216 pixels (4096 x 4096), and no engine draws one wider or taller than 16,384 px.
 */
export const MAX_CANVAS_PIXELS = 16_777_216;
export const MAX_CANVAS_SIDE = 16_384;

export interface RasterSize {
  /** The scale actually used: the one asked for, or less when that would not fit a canvas. */
  scale: number;
  width: number;
  height: number;
  /** True when the PNG is smaller than asked. */
  reduced: boolean;
}

/** The canvas for a figure of `width` x `height` at `scale`, made smaller to fit the limits. */
export function rasterSize(
  width: number,
  height: number,
  scale: number,
  limits: { pixels: number; side: number } = { pixels: MAX_CANVAS_PIXELS, side: MAX_CANVAS_SIDE },
): RasterSize {
  if (!(width > 0 && height > 0 && scale > 0))
    throw new RangeError(`no picture of ${width} x ${height} at ${scale}x`);
  const at = (s: number) => ({ width: Math.round(width * s), height: Math.round(height * s) });
  const fits = (s: number) => {
    const size = at(s);
    return (
      size.width * size.height <= limits.pixels &&
      size.width <= limits.side &&
      size.height <= limits.side
    );
  };
  if (fits(scale)) return { scale, ...at(scale), reduced: false };
  // Two decimals, rounded down: the largest such scale that still fits.
  let reduced =
    Math.floor(
      100 *
        Math.min(
          Math.sqrt(limits.pixels / (width * height)),
          limits.side / width,
          limits.side / height,
        ),
    ) / 100;
  while (reduced > 0.01 && !fits(reduced)) reduced = Math.round((reduced - 0.01) * 100) / 100;
  return { scale: reduced, ...at(reduced), reduced: true };
}
