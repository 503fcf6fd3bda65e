import type { ObservationRecord, RawCell } from './unodc-core';
import { MIN_SEX_COVERAGE } from '../../src/lib/method/shares';

import { WDR_SOURCE_ID } from '../../src/lib/model/sources';

/** The source these rows come from (its id lives with the other source facts in src/lib/model/sources.ts). */
export { WDR_SOURCE_ID };
export const WDR_SHEET = 'Formal contact';

export const WDR_REQUIRED_HEADERS = [
  'msCode',
  'Year',
  'Type of offence',
  'Drug',
  'Calculated total',
  'Reported total',
  'Males',
  'Females',
] as const;

const TRAFFICKING = 'Offences related to drug trafficking';
const USE = 'Offences related to drug use and/or drug possession';
const OTHER = 'Other drug-related offences';
const ANY_DRUG = 'Any Illicit drugs';

/**
 * Which rows become which atlas market. Drug-trafficking offences for all drugs and for the four
 * drugs the GI-TOC index also scores (the mapping to its markets is approximate and stated in
 * data/README.md); use, possession and other drug offences for all drugs only, as context.
 */
const MARKETS: Record<string, Record<string, string>> = {
  [TRAFFICKING]: {
    [ANY_DRUG]: 'drug_trafficking',
    'Cannabis-type': 'drug_trafficking_cannabis',
    'Cocaine-type': 'drug_trafficking_cocaine',
    ATS: 'drug_trafficking_ats',
    Opioids: 'drug_trafficking_opioids',
  },
  [USE]: { [ANY_DRUG]: 'drug_use_possession' },
  [OTHER]: { [ANY_DRUG]: 'drug_other_offences' },
};

export interface DrugsReport {
  rowsRead: number;
  outOfScope: number;
  observations: number;
  conflicts: string[];
  duplicates: string[];
  totalsDisagree: string[];
  partialBySex: string[];
  zeroPersons: string[];
  rejected: string[];
  notReported: number;
}

type Count = number | null | 'bad';

function count(raw: RawCell): Count {
  if (raw === null || raw === undefined || raw === '') return null;
  const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
  return Number.isInteger(n) && n >= 0 ? n : 'bad';
}

const text = (raw: RawCell) => (raw === null || raw === undefined ? '' : String(raw).trim());

interface Parsed {
  rowNumber: number;
  iso3: string;
  year: string;
  market: string;
  females: number | null;
  males: number | null;
  calculated: number | null;
  reported: number | null;
}

const NOTE_TRAFFICKING =
  'Persons brought into formal contact with the police and/or criminal justice system for drug-trafficking offences (national definitions; includes supply offences not linked to organized crime).';
const NOTE_CONTEXT =
  'Context only, not organized crime: persons brought into formal contact for drug use or possession, or for other drug-related offences (national definitions).';

/**
 * Turns the `Formal contact` sheet of UNODC World Drug Report annex table 10.1 into atlas
 * observations (counts of women, men and the total per State, year and offence). Reports what
 * it cannot decide: a key given twice with different values is left out; totals that disagree,
 * breakdowns by sex that cover less than 90% of the total, zero totals and unreadable cells
 * are listed.
 */
export function importDrugRows(
  rows: Record<string, RawCell>[],
  areas: ReadonlySet<string>,
): { observations: ObservationRecord[]; report: DrugsReport } {
  const report: DrugsReport = {
    rowsRead: rows.length,
    outOfScope: 0,
    observations: 0,
    conflicts: [],
    duplicates: [],
    totalsDisagree: [],
    partialBySex: [],
    zeroPersons: [],
    rejected: [],
    notReported: 0,
  };
  const byKey = new Map<string, Parsed[]>();
  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    const iso3 = text(row.msCode);
    const market = MARKETS[text(row['Type of offence'])]?.[text(row.Drug)];
    if (!areas.has(iso3) || !market) {
      report.outOfScope++;
      return;
    }
    const year = text(row.Year);
    if (!/^\d{4}$/.test(year)) {
      report.rejected.push(`row ${rowNumber} (${iso3}): Year "${year}" is not a year`);
      return;
    }
    const cells = {
      females: count(row.Females),
      males: count(row.Males),
      calculated: count(row['Calculated total']),
      reported: count(row['Reported total']),
    };
    const bad = Object.entries(cells).filter(([, v]) => v === 'bad');
    if (bad.length > 0) {
      report.rejected.push(
        `row ${rowNumber} (${iso3} ${year} ${market}): ${bad.map(([k]) => k).join(', ')} not a whole number of persons`,
      );
      return;
    }
    const parsed: Parsed = {
      rowNumber,
      iso3,
      year,
      market,
      females: cells.females as number | null,
      males: cells.males as number | null,
      calculated: cells.calculated as number | null,
      reported: cells.reported as number | null,
    };
    const key = `${iso3}-${year}-${market}`;
    byKey.set(key, [...(byKey.get(key) ?? []), parsed]);
  });

  const observations: ObservationRecord[] = [];
  for (const [key, entries] of byKey) {
    const values = new Set(
      entries.map((e) => [e.females, e.males, e.calculated, e.reported].join('/')),
    );
    const first = entries[0];
    if (!first) continue;
    if (values.size > 1) {
      report.conflicts.push(
        `${key}: rows ${entries.map((e) => e.rowNumber).join(', ')} give different values (women/men/calculated/reported: ${[...values].join(' vs ')}); left out`,
      );
      continue;
    }
    if (entries.length > 1)
      report.duplicates.push(
        `${key}: rows ${entries.map((e) => e.rowNumber).join(', ')} repeat the same values; kept once`,
      );
    const { iso3, year, market, females, males, calculated, reported } = first;
    const total = calculated ?? reported;
    if (calculated !== null && reported !== null && calculated !== reported)
      report.totalsDisagree.push(
        `${key}: calculated total ${calculated}, reported total ${reported}; the calculated total is used`,
      );
    if (total === 0) report.zeroPersons.push(`${key}: 0 persons reported (no share)`);
    if (females !== null && males !== null && total !== null && total > 0) {
      const covered = (females + males) / total;
      if (covered < MIN_SEX_COVERAGE)
        report.partialBySex.push(
          `${key}: women ${females} + men ${males} cover ${Math.round(covered * 100)}% of ${total} persons; no share is drawn`,
        );
    }
    const note = market.startsWith('drug_trafficking') ? NOTE_TRAFFICKING : NOTE_CONTEXT;
    const totalNote =
      calculated !== null && reported !== null && calculated !== reported
        ? ` Total: the table's calculated total; the reported total is ${reported}.`
        : calculated === null && reported !== null
          ? ' Total: the reported total (no calculated total).'
          : '';
    const cellsBySex: [string, number | null, string][] = [
      ['female', females, note],
      ['male', males, note],
      ['total', total, note + totalNote],
    ];
    for (const [sex, value, rowNote] of cellsBySex) {
      if (value === null) {
        report.notReported++;
        continue;
      }
      observations.push({
        obs_id: `WDR-${iso3}-${year}-${market}-${sex}`,
        source_id: WDR_SOURCE_ID,
        area: iso3,
        period_start: year,
        period_end: year,
        period_note: '',
        population: 'offenders',
        market,
        hierarchy: 'all',
        role: 'all',
        org_type: 'all',
        stage: 'formal_contact',
        sex,
        measure: 'count',
        value: String(value),
        value_low: '',
        value_high: '',
        qualifier: 'exact',
        unit: 'persons',
        denominator: '',
        note: rowNote,
      });
    }
  }
  observations.sort((a, b) => (a.obs_id ?? '').localeCompare(b.obs_id ?? ''));
  report.observations = observations.length;
  return { observations, report };
}

export function formatDrugsReport(report: DrugsReport, file: string): string {
  const list = (items: string[]) => (items.length ? items.map((c) => `- ${c}`) : ['- none']);
  return [
    `# UNODC World Drug Report (table 10.1, drug-related crimes) import report`,
    ``,
    `File: ${file}, sheet "${WDR_SHEET}"`,
    `Rows read: ${report.rowsRead}; out of scope (other areas, drugs or offences): ${report.outOfScope}; observations written: ${report.observations}; empty cells (not reported, no row written): ${report.notReported}.`,
    ``,
    `## Keys given twice with different values (left out, never picked)`,
    ...list(report.conflicts),
    ``,
    `## Keys given twice with the same values (kept once)`,
    ...list(report.duplicates),
    ``,
    `## Calculated total and reported total disagree`,
    ...list(report.totalsDisagree),
    ``,
    `## Women and men cover less than 90% of the total (imported; the atlas draws no share from them)`,
    ...list(report.partialBySex),
    ``,
    `## Zero persons reported (shown as "0 persons reported", never as 0%)`,
    ...list(report.zeroPersons),
    ``,
    `## Rejected rows`,
    ...list(report.rejected),
    ``,
  ].join('\n');
}
