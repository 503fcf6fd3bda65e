export interface TableCell {
  /** The cell as written on screen, in the view's language. */
  text: string;
  /** The unformatted value for CSV (a number, or a stable code); the text when absent. */
  value?: number | string | null;
  obsIds?: string[];
}

/** A number cell: written for the reader, kept unformatted for CSV. */
export function numberCell(text: string, value: number | null, obsIds: string[] = []): TableCell {
  return { text, value, ...(obsIds.length ? { obsIds } : {}) };
}

export function textCell(text: string, obsIds: string[] = []): TableCell {
  return obsIds.length ? { text, obsIds } : { text };
}
