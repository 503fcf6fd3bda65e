/** Browser only: a figure on the clipboard, as PNG (and SVG where allowed) with its summary as text. */

export type CopyOutcome = 'copied' | 'unsupported' | 'refused';

const PATIENCE_MS = 5000;

function supports(type: string): boolean {
  if (typeof ClipboardItem === 'undefined') return false;
  // Browsers before ClipboardItem.supports (Safari 17, Firefox ESR 115) take PNG and text only.
  const check = (ClipboardItem as { supports?: (type: string) => boolean }).supports;
  return check ? check.call(ClipboardItem, type) : type === 'image/png' || type === 'text/plain';
}

/**
 * Puts the picture on the clipboard. The PNG is passed as a promise, so that the browser still
 * counts the click as the reason for the copy while it is drawn (Safari insists).
 */
export async function copyFigureToClipboard(
  png: Promise<Blob>,
  markup: string,
  summary: string,
): Promise<CopyOutcome> {
  if (!navigator.clipboard?.write || !supports('image/png')) return 'unsupported';
  const items: Record<string, Blob | Promise<Blob>> = {
    'image/png': png,
    'text/plain': new Blob([summary], { type: 'text/plain' }),
  };
  if (supports('image/svg+xml'))
    items['image/svg+xml'] = new Blob([markup], { type: 'image/svg+xml' });
  try {
    const written = navigator.clipboard.write([new ClipboardItem(items)]);
    // Firefox under some settings never answers: once the PNG is drawn, a clipboard that has
    // not taken it within a few seconds counts as refusing (the PNG is downloaded instead).
    const stalled = png.then(
      () => new Promise<'stalled'>((done) => setTimeout(() => done('stalled'), PATIENCE_MS)),
    );
    if ((await Promise.race([written, stalled])) === 'stalled') return 'refused';
    return 'copied';
  } catch (error) {
    // The PNG's own failure is the caller's to report; anything else is the clipboard's refusal.
    await png;
    if (error instanceof DOMException && error.name === 'NotAllowedError') return 'refused';
    if (error instanceof TypeError) return 'unsupported';
    return 'refused';
  }
}
