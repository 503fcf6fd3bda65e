import { rasterSize, type RasterSize } from './raster-size';
import { embedAtlasFont } from './font-files';

/** Browser-only helpers: turn an export into a file the user downloads. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // A slow browser (WebKit on a busy machine) starts the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Why a figure could not be made into a PNG: the export bar says so in the reader's language. */
export class RasterError extends Error {
  constructor(readonly reason: 'image' | 'canvas' | 'encode') {
    super(`the figure could not be rasterised (${reason})`);
  }
}

export interface Raster {
  blob: Blob;
  size: RasterSize;
}

async function loadImage(markup: string): Promise<{ image: HTMLImageElement; url: string }> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new RasterError('image'));
    image.src = url;
  }).catch((error: unknown) => {
    URL.revokeObjectURL(url);
    throw error;
  });
  return { image, url };
}

function draw(image: HTMLImageElement, size: RasterSize): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new RasterError('canvas'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new RasterError('encode'))), 'image/png'),
  );
}

/**
 * The same picture as the SVG, in the atlas's font, at `scale` (2x, 4x), or smaller when the
 * browser's canvas cannot hold that many pixels (`size.reduced` says so).
 */
export async function rasterizeSvg(
  markup: string,
  width: number,
  height: number,
  scale: number,
): Promise<Raster> {
  const { image, url } = await loadImage(await embedAtlasFont(markup));
  try {
    const size = rasterSize(width, height, scale);
    return { blob: await draw(image, size), size };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** As `rasterizeSvg`, the PNG only. */
export async function svgToPng(
  markup: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  return (await rasterizeSvg(markup, width, height, scale)).blob;
}
