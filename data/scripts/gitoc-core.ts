import type { RawCell } from './unodc-core';

import { GITOC_SOURCE_ID } from '../../src/lib/model/sources';

/** The source these rows come from (its id lives with the other source facts in src/lib/model/sources.ts). */
export { GITOC_SOURCE_ID };

export const GITOC_SHEETS = [
  { sheet: '2023_dataset', edition: 2023 },
  { sheet: '2021_dataset', edition: 2021 },
] as const;

type IndicatorKind = 'market' | 'actor' | 'resilience' | 'average';

/** Workbook column header (2023 and 2021 spellings) to the atlas's indicator code. */
const INDICATORS: Record<string, { code: string; kind: IndicatorKind }> = {
  'Criminality avg,': { code: 'criminality', kind: 'average' },
  Criminality: { code: 'criminality', kind: 'average' },
  'Criminal markets avg,': { code: 'criminal_markets', kind: 'average' },
  'Criminal markets': { code: 'criminal_markets', kind: 'average' },
  'Criminal actors avg,': { code: 'criminal_actors', kind: 'average' },
  'Criminal actors': { code: 'criminal_actors', kind: 'average' },
  'Resilience avg,': { code: 'resilience', kind: 'average' },
  Resilience: { code: 'resilience', kind: 'average' },
  'Human trafficking': { code: 'human_trafficking', kind: 'market' },
  'Human smuggling': { code: 'human_smuggling', kind: 'market' },
  'Arms trafficking': { code: 'arms_trafficking', kind: 'market' },
  'Flora crimes': { code: 'flora_crimes', kind: 'market' },
  'Fauna crimes': { code: 'fauna_crimes', kind: 'market' },
  'Non-renewable resource crimes': { code: 'non_renewable_resource_crimes', kind: 'market' },
  'Heroin trade': { code: 'heroin_trade', kind: 'market' },
  'Cocaine trade': { code: 'cocaine_trade', kind: 'market' },
  'Cannabis trade': { code: 'cannabis_trade', kind: 'market' },
  'Synthetic drug trade': { code: 'synthetic_drug_trade', kind: 'market' },
  'Cyber-dependent crimes': { code: 'cyber_dependent_crimes', kind: 'market' },
  'Financial crimes': { code: 'financial_crimes', kind: 'market' },
  'Trade in counterfeit goods': { code: 'counterfeit_goods', kind: 'market' },
  'Illicit trade in excisable goods': { code: 'excise_goods', kind: 'market' },
  'Extortion and protection racketeering': {
    code: 'extortion_protection_racketeering',
    kind: 'market',
  },
  'Mafia-style groups': { code: 'mafia_style_groups', kind: 'actor' },
  'Criminal networks': { code: 'criminal_networks', kind: 'actor' },
  'State-embedded actors': { code: 'state_embedded_actors', kind: 'actor' },
  'Foreign actors': { code: 'foreign_actors', kind: 'actor' },
  'Private sector actors': { code: 'private_sector_actors', kind: 'actor' },
  'Political leadership and governance': {
    code: 'political_leadership_governance',
    kind: 'resilience',
  },
  'Government transparency and accountability': {
    code: 'government_transparency_accountability',
    kind: 'resilience',
  },
  'International cooperation': { code: 'international_cooperation', kind: 'resilience' },
  'National policies and laws': { code: 'national_policies_laws', kind: 'resilience' },
  'Judicial system and detention': { code: 'judicial_system_detention', kind: 'resilience' },
  'Law enforcement': { code: 'law_enforcement', kind: 'resilience' },
  'Territorial integrity': { code: 'territorial_integrity', kind: 'resilience' },
  'Anti-money laundering': { code: 'anti_money_laundering', kind: 'resilience' },
  'Economic regulatory capacity': { code: 'economic_regulatory_capacity', kind: 'resilience' },
  'Victim and witness support': { code: 'victim_witness_support', kind: 'resilience' },
  Prevention: { code: 'prevention', kind: 'resilience' },
  'Non-state actors': { code: 'non_state_actors', kind: 'resilience' },
};

/** Names the index uses where they differ from the OSCE's. */
const NAME_ALIASES: Record<string, string> = {
  Turkey: 'TUR',
  Türkiye: 'TUR',
  Russia: 'RUS',
  'Czech Republic': 'CZE',
  'United States': 'USA',
  Moldova: 'MDA',
  Macedonia: 'MKD',
};

const IGNORED_COLUMNS = new Set(['Continent', 'Region', 'Country']);

export interface ScoreRecord {
  iso3: string;
  edition: string;
  indicator: string;
  indicator_kind: IndicatorKind;
  score: string;
  source_id: string;
}

export interface GitocReport {
  notices: string[];
  rejected: string[];
  statesNotInIndex: string[];
}

export function importGitocSheet(
  header: string[],
  rows: Record<string, RawCell>[],
  edition: number,
  countries: { iso3: string; nameEn: string }[],
  report: GitocReport,
): ScoreRecord[] {
  const byName = new Map(countries.map((c) => [c.nameEn, c.iso3]));
  for (const [alias, iso3] of Object.entries(NAME_ALIASES)) byName.set(alias, iso3);
  const unknownHeaders = header.filter((h) => !IGNORED_COLUMNS.has(h) && !INDICATORS[h]);
  if (unknownHeaders.length > 0) {
    throw new Error(
      `${edition} sheet has column(s) this importer does not know: ${unknownHeaders.join(', ')}`,
    );
  }
  if (header.some((h) => h.endsWith(','))) {
    report.notices.push(
      `${edition}: column names end with a comma instead of a full stop (e.g. "Criminality avg,"); read as the same indicators`,
    );
  }
  const records: ScoreRecord[] = [];
  const found = new Set<string>();
  rows.forEach((row, index) => {
    const name = String(row.Country ?? '').trim();
    const iso3 = byName.get(name);
    if (!iso3) return;
    found.add(iso3);
    for (const column of header) {
      const indicator = INDICATORS[column];
      if (!indicator) continue;
      const raw = row[column];
      const score = typeof raw === 'number' ? raw : Number(String(raw ?? '').trim());
      if (
        raw === null ||
        raw === undefined ||
        String(raw).trim() === '' ||
        !Number.isFinite(score) ||
        score < 1 ||
        score > 10
      ) {
        report.rejected.push(
          `${edition} row ${index + 2} (${name}), ${column}: "${String(raw ?? '')}" is not a score from 1 to 10`,
        );
        continue;
      }
      records.push({
        iso3,
        edition: String(edition),
        indicator: indicator.code,
        indicator_kind: indicator.kind,
        score: String(Math.round(score * 100) / 100),
        source_id: GITOC_SOURCE_ID,
      });
    }
  });
  const missing = countries.filter((c) => !found.has(c.iso3)).map((c) => c.nameEn);
  if (missing.length) report.statesNotInIndex.push(`${edition}: ${missing.join(', ')}`);
  return records;
}

export function formatGitocReport(report: GitocReport, file: string, written: number): string {
  const list = (items: string[]) => (items.length ? items.map((i) => `- ${i}`) : ['- none']);
  return [
    '# GI-TOC Global Organized Crime Index import report',
    '',
    `File: ${file}`,
    `Scores written: ${written} (OSCE participating States and Kosovo only). The scores are expert ratings from 1 to 10 and are not broken down by sex.`,
    '',
    '## States not covered by the index (left without scores, never given a zero)',
    ...list(report.statesNotInIndex),
    '',
    '## Rejected cells',
    ...list(report.rejected),
    '',
    '## Notices',
    ...list(report.notices),
    '',
  ].join('\n');
}
