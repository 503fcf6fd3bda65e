import { columnNames } from '../../src/lib/vocabulary/contract';

import { UNODC_SOURCE_ID } from '../../src/lib/model/sources';

/** The source these rows come from (its id lives with the other source facts in src/lib/model/sources.ts). */
export { UNODC_SOURCE_ID };

export const REQUIRED_HEADERS = [
  'Iso3_code',
  'Indicator',
  'Dimension',
  'Category',
  'Sex',
  'Age',
  'Year',
  'Unit of measurement',
  'txtVALUE',
] as const;

const INDICATORS: Record<string, { population: 'offenders' | 'victims'; stage: string }> = {
  'Persons brought into formal contact': { population: 'offenders', stage: 'formal_contact' },
  'Persons prosecuted': { population: 'offenders', stage: 'prosecuted' },
  'Persons convicted': { population: 'offenders', stage: 'convicted' },
  'Detected trafficking victims': { population: 'victims', stage: 'other' },
};

const SEXES: Record<string, string> = {
  Female: 'female',
  Male: 'male',
  Other: 'other',
  Unknown: 'unknown',
  Total: 'total',
};

export type RawCell = string | number | null | undefined;

export interface ImportReport {
  rowsRead: number;
  rowsKept: number;
  outOfScope: number;
  notices: string[];
  conflicts: string[];
  rejected: string[];
}

export type ObservationRecord = Record<string, string>;

type ParsedValue =
  { kind: 'count'; value: number; normalised: boolean } | { kind: 'suppressed' } | { kind: 'bad' };

export function parseUnodcValue(raw: RawCell): ParsedValue {
  if (typeof raw === 'number') {
    return Number.isInteger(raw) && raw >= 0
      ? { kind: 'count', value: raw, normalised: false }
      : { kind: 'bad' };
  }
  const text = String(raw ?? '').trim();
  if (text === '<5') return { kind: 'suppressed' };
  if (/^\d+$/.test(text)) return { kind: 'count', value: Number(text), normalised: false };
  if (/^\d{1,3}(,\d{3})+$/.test(text))
    return { kind: 'count', value: Number(text.replace(/,/g, '')), normalised: true };
  return { kind: 'bad' };
}

function cellText(raw: RawCell): string {
  return raw === null || raw === undefined ? '' : String(raw).trim();
}

/**
 * Turns rows of the official UNODC GLOTIP country data into atlas observations.
 * Keeps the national totals (Dimension = Category = Total, all ages) of the offender
 * and victim indicators for the given areas. Anything it cannot decide is reported:
 * conflicting values for one key drop that key, unreadable values drop the row.
 */
export function importUnodcRows(
  rows: Record<string, RawCell>[],
  areas: ReadonlySet<string>,
): { observations: ObservationRecord[]; report: ImportReport } {
  const report: ImportReport = {
    rowsRead: rows.length,
    rowsKept: 0,
    outOfScope: 0,
    notices: [],
    conflicts: [],
    rejected: [],
  };
  const byKey = new Map<
    string,
    { rowNumbers: number[]; values: ParsedValue[]; raw: string[]; record: ObservationRecord }
  >();
  let normalisedCount = 0;
  // By key (GLOTIP-ISO-year-stage): whether the total under 18 is shown as "<5", and the total of adults.
  const byAge: AgeTotals = new Map();
  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    const iso3 = cellText(row.Iso3_code);
    const indicator = INDICATORS[cellText(row.Indicator)];
    const sex = SEXES[cellText(row.Sex)];
    const age = cellText(row.Age);
    if (
      indicator &&
      sex === 'total' &&
      (age === MINORS || age === ADULTS) &&
      cellText(row.Dimension) === 'Total' &&
      cellText(row.Category) === 'Total'
    ) {
      const key = `GLOTIP-${iso3}-${cellText(row.Year)}-${indicator.population === 'victims' ? 'victims' : indicator.stage}`;
      const totals = byAge.get(key) ?? { minorsSuppressed: false, adults: null };
      const value = parseUnodcValue(row.txtVALUE);
      if (age === MINORS) totals.minorsSuppressed = value.kind === 'suppressed';
      else totals.adults = value.kind === 'count' ? value.value : null;
      byAge.set(key, totals);
    }
    const inScope =
      areas.has(iso3) &&
      indicator !== undefined &&
      cellText(row.Dimension) === 'Total' &&
      cellText(row.Category) === 'Total' &&
      (age === 'Total' || (age === 'Unknown' && cellText(row.Sex) === 'Unknown'));
    if (!inScope) {
      report.outOfScope++;
      return;
    }
    if (sex === undefined) {
      report.rejected.push(`row ${rowNumber}: unknown Sex "${cellText(row.Sex)}"`);
      return;
    }
    const yearText = cellText(row.Year);
    if (!/^\d{4}$/.test(yearText)) {
      report.rejected.push(`row ${rowNumber}: Year "${yearText}" is not a year`);
      return;
    }
    const unit = cellText(row['Unit of measurement']);
    if (unit !== 'Counts') {
      report.rejected.push(`row ${rowNumber}: unit "${unit}" is not Counts`);
      return;
    }
    const parsed = parseUnodcValue(row.txtVALUE);
    if (parsed.kind === 'bad') {
      report.rejected.push(
        `row ${rowNumber}: value "${cellText(row.txtVALUE)}" is neither a count nor "<5"`,
      );
      return;
    }
    if (parsed.kind === 'count' && parsed.normalised) normalisedCount++;
    const stageKey = indicator.population === 'victims' ? 'victims' : indicator.stage;
    const obsId = `GLOTIP-${iso3}-${yearText}-${stageKey}-${sex}`;
    const record: ObservationRecord = {
      obs_id: obsId,
      source_id: UNODC_SOURCE_ID,
      area: iso3,
      period_start: yearText,
      period_end: yearText,
      period_note: '',
      population: indicator.population,
      market: 'human_trafficking',
      hierarchy: 'all',
      role: 'all',
      org_type: 'all',
      stage: indicator.stage,
      sex,
      measure: 'count',
      value: parsed.kind === 'count' ? String(parsed.value) : '',
      value_low: '',
      value_high: '',
      qualifier: parsed.kind === 'count' ? 'exact' : 'suppressed',
      unit: 'persons',
      denominator: '',
      note:
        (indicator.population === 'victims'
          ? 'Detected victims of trafficking in persons (not an offender stage).'
          : '') +
        (parsed.kind === 'suppressed'
          ? `${indicator.population === 'victims' ? ' ' : ''}Publisher shows "<5".`
          : ''),
    };
    const entry = byKey.get(obsId);
    const rawText = cellText(row.txtVALUE);
    if (entry) {
      entry.rowNumbers.push(rowNumber);
      entry.values.push(parsed);
      entry.raw.push(rawText);
    } else byKey.set(obsId, { rowNumbers: [rowNumber], values: [parsed], raw: [rawText], record });
  });
  const observations: ObservationRecord[] = [];
  for (const [obsId, entry] of byKey) {
    const distinct = new Set(
      entry.values.map((v) => (v.kind === 'count' ? String(v.value) : v.kind)),
    );
    if (distinct.size > 1) {
      report.conflicts.push(
        `${obsId}: rows ${entry.rowNumbers.join(', ')} give different values (${entry.raw.map((r) => `"${r}"`).join(' vs ')}); left out`,
      );
      continue;
    }
    if (entry.rowNumbers.length > 1) {
      report.notices.push(
        `${obsId}: rows ${entry.rowNumbers.join(', ')} repeat the same value; kept once`,
      );
    }
    observations.push(entry.record);
  }
  if (normalisedCount > 0) {
    report.notices.push(
      `${normalisedCount} value(s) written with a thousands separator (e.g. "1,964") were read as whole numbers`,
    );
  }
  noteMinorsLeftOut(observations, byAge);
  observations.sort((a, b) => (a.obs_id ?? '').localeCompare(b.obs_id ?? ''));
  report.rowsKept = observations.length;
  return { observations, report };
}

const MINORS = '0 to 17 years';
const ADULTS = '18 years or over';
type AgeTotals = Map<string, { minorsSuppressed: boolean; adults: number | null }>;

/** The atlas's note on a total that women + men fall short of because the under-18s are shown as "<5". */
export const MINORS_NOTE =
  'The total includes persons under 18, whom the publisher shows only as "<5"; the counts of women and men for all ages leave them out, so women + men fall short of the total by up to 4.';

/**
 * A total that the counts of women and men fall short of by at most 4, where the publisher
 * shows the persons under 18 only as "<5" and women + men equal the total of adults: the total
 * counts the under-18s and the counts by sex do not. The note says so, never silently.
 */
function noteMinorsLeftOut(observations: ObservationRecord[], byAge: AgeTotals): void {
  const byId = new Map(observations.map((o) => [o.obs_id ?? '', o]));
  for (const [key, { minorsSuppressed, adults }] of byAge) {
    const [total, women, men] = ['total', 'female', 'male'].map((sex) => byId.get(`${key}-${sex}`));
    if (!minorsSuppressed || !total?.value || !women?.value || !men?.value || total.note) continue;
    const sum = Number(women.value) + Number(men.value);
    const gap = Number(total.value) - sum;
    if (gap > 0 && gap <= 4 && sum === adults) total.note = MINORS_NOTE;
  }
}

export function observationColumns(): string[] {
  return columnNames('observations');
}

export function formatReport(report: ImportReport, file: string): string {
  const lines = [
    `# UNODC GLOTIP import report`,
    ``,
    `File: ${file}`,
    `Rows read: ${report.rowsRead}; out of scope: ${report.outOfScope}; observations written: ${report.rowsKept}.`,
    ``,
    `## Conflicting rows (not imported: the file gives two values for one key)`,
    ...(report.conflicts.length ? report.conflicts.map((c) => `- ${c}`) : ['- none']),
    ``,
    `## Rejected rows`,
    ...(report.rejected.length ? report.rejected.map((c) => `- ${c}`) : ['- none']),
    ``,
    `## Notices`,
    ...(report.notices.length ? report.notices.map((c) => `- ${c}`) : ['- none']),
    ``,
  ];
  return lines.join('\n');
}
