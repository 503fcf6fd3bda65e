export interface ParsedCsv {
  header: string[];
  /** Data rows, each with the 1-based line number where the record starts. */
  records: { line: number; cells: string[] }[];
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    /** The catalogue's words for the problem. */
    readonly key: 'csv_after_quote' | 'csv_unterminated',
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** RFC 4180 parser: quoted fields, doubled quotes, CRLF or LF, optional BOM. */
export function parseCsv(text: string, delimiter = ','): ParsedCsv {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (inQuotes) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          const next = source[i + 1];
          if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
            throw new CsvSyntaxError(
              `unexpected character after closing quote`,
              line,
              'csv_after_quote',
            );
          }
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
    } else if (ch === delimiter) {
      cells.push(field);
      field = '';
      fieldStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      cells.push(field);
      rows.push({ line: recordLine, cells });
      cells = [];
      field = '';
      fieldStarted = false;
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes)
    throw new CsvSyntaxError('unterminated quoted field', recordLine, 'csv_unterminated');
  if (fieldStarted || cells.length > 0) {
    cells.push(field);
    rows.push({ line: recordLine, cells });
  }
  const nonEmpty = rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  const [headerRow, ...records] = nonEmpty;
  return { header: headerRow ? headerRow.cells.map((h) => h.trim()) : [], records };
}

function quoteCell(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export function formatCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter = ',',
  eol = '\n',
): string {
  const lines = [header, ...rows].map((cells) =>
    cells.map((c) => quoteCell(c, delimiter)).join(delimiter),
  );
  return lines.join(eol) + eol;
}

export function recordsAsObjects(
  parsed: ParsedCsv,
): { line: number; row: Record<string, string> }[] {
  return parsed.records.map(({ line, cells }) => {
    const row: Record<string, string> = {};
    parsed.header.forEach((name, index) => {
      row[name] = cells[index] ?? '';
    });
    return { line, row };
  });
}
