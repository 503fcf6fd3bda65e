/** What a map tooltip says about a State: its name, lines of text and the rows behind them. */
export interface StateTooltip {
  name: string;
  lines: string[];
  obsIds: string[];
}
