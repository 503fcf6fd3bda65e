/** What a map tooltip says about a State: its name, lines of text and the rows behind them. */
export interface StateTooltip {
  name: string;
  lines: string[];
  obsIds: string[];
}

/**
 * The tooltip's line naming the year and the publisher, from the parts that are known; none
 * when neither is (a lone dash and separator said nothing).
 */
export function yearAndPublisher(year: number | null, publisher: string): string[] {
  const parts = [year === null ? '' : String(year), publisher.trim()].filter((p) => p !== '');
  return parts.length > 0 ? [parts.join(' · ')] : [];
}
