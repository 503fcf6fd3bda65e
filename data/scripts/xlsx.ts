import ExcelJS from 'exceljs';
import type { RawCell } from './unodc-core';

function cellValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'result' in value)
    return cellValue(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}

/** Reads one worksheet as objects keyed by the header row (first non-empty row). */
export async function readSheetObjects(
  path: string,
  sheetName?: string,
): Promise<{ header: string[]; rows: Record<string, RawCell>[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet)
    throw new Error(
      `${path}: no worksheet ${sheetName ? `"${sheetName}"` : ''} found (sheets: ${workbook.worksheets.map((w) => w.name).join(', ')})`,
    );
  let header: string[] = [];
  const rows: Record<string, RawCell>[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellValue);
    if (header.length === 0) {
      header = values.map((v) => String(v ?? '').trim());
      return;
    }
    const record: Record<string, RawCell> = {};
    header.forEach((name, i) => {
      record[name] = values[i];
    });
    rows.push(record);
  });
  return { header, rows };
}
