export type TextMeasurer = (text: string, fontSize: number, bold?: boolean) => number;

/**
 * Width estimate for wrapping before a real font-metrics measurer is plugged in;
 * errs wide (0.58 em per character, 0.62 em bold) so wrapped text does not overflow.
 */
export const estimateTextWidth: TextMeasurer = (text, fontSize, bold = false) =>
  text.length * fontSize * (bold ? 0.62 : 0.58);

/**
 * Breaks at ordinary spaces, and inside a hyphenated word only when that word alone is wider than
 * the line; no-break spaces (French typography) stay inside their line.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: TextMeasurer,
  bold = false,
): string[] {
  const tokens: { text: string; glued: boolean }[] = [];
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    if (word.includes('-') && measure(word, fontSize, bold) > maxWidth) {
      const parts = word.split(/(?<=-)(?=.)/);
      parts.forEach((part, i) => tokens.push({ text: part, glued: i > 0 }));
    } else tokens.push({ text: word, glued: false });
  }
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    const candidate = current ? `${current}${token.glued ? '' : ' '}${token.text}` : token.text;
    if (current && measure(candidate, fontSize, bold) > maxWidth) {
      lines.push(current);
      current = token.text;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/** Shortens text with an ellipsis so that it fits; the full text goes in a title or table. */
export function fitText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: TextMeasurer = estimateTextWidth,
): string {
  if (measure(text, fontSize) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
