import { LANGS } from '../model/lang';
import {
  HIERARCHY,
  MARKET,
  MEASURE,
  QUALIFIER,
  ROLE,
  SEX,
  SOURCE_KIND,
  TERMS,
  STAGE,
  SUBREGION,
  REGION_KIND,
  INDICATOR_KIND,
  COVERAGE_STATUS,
  LOCATOR_KIND,
  POPULATION,
  ORG_TYPE,
  type Vocabulary,
} from './codes';

export { POPULATION, ORG_TYPE };

export type ColumnKind =
  'id' | 'id_list' | 'code' | 'year' | 'number' | 'text' | 'bool' | 'url' | 'iso_numeric';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  required: boolean;
  vocabulary?: Vocabulary;
  sqlType: 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';
}

const text = (name: string, required = false): ColumnSpec => ({
  name,
  kind: 'text',
  required,
  sqlType: 'VARCHAR',
});
const code = (name: string, vocabulary: Vocabulary, required = true): ColumnSpec => ({
  name,
  kind: 'code',
  required,
  vocabulary,
  sqlType: 'VARCHAR',
});

/** Names in the six OSCE languages (the atlas renders names from its tables, never from the browser). */
const NAME_COLUMNS = LANGS.map((lang) => text(`name_${lang}`, true));

export const TABLES = {
  countries: [
    { name: 'iso3', kind: 'id', required: true, sqlType: 'VARCHAR' },
    { name: 'iso_numeric', kind: 'iso_numeric', required: false, sqlType: 'VARCHAR' },
    ...NAME_COLUMNS,
    { name: 'osce_participating', kind: 'bool', required: true, sqlType: 'BOOLEAN' },
    code('subregion', SUBREGION),
    { name: 'in_2023_study', kind: 'bool', required: true, sqlType: 'BOOLEAN' },
    text('note'),
  ],
  regions: [
    { name: 'region_code', kind: 'id', required: true, sqlType: 'VARCHAR' },
    ...NAME_COLUMNS,
    code('kind', REGION_KIND),
    { name: 'parent_iso3', kind: 'id', required: false, sqlType: 'VARCHAR' },
    { name: 'members', kind: 'id_list', required: false, sqlType: 'VARCHAR' },
    text('note'),
  ],
  sources: [
    { name: 'source_id', kind: 'id', required: true, sqlType: 'VARCHAR' },
    text('publisher', true),
    text('title', true),
    { name: 'year', kind: 'year', required: false, sqlType: 'INTEGER' },
    { name: 'url', kind: 'url', required: true, sqlType: 'VARCHAR' },
    text('terms', true),
    code('terms_code', TERMS, false),
    text('provenance'),
    code('kind', SOURCE_KIND),
    // Where a reader finds the figures in the source, where known: a page, table, section…
    code('locator_kind', LOCATOR_KIND, false),
    text('locator'),
    // The atlas's own words on the source (a relay, who is quoted, secondary or partisan), in `texts`.
    text('note'),
  ],
  observations: [
    { name: 'obs_id', kind: 'id', required: true, sqlType: 'VARCHAR' },
    { name: 'source_id', kind: 'id', required: true, sqlType: 'VARCHAR' },
    { name: 'area', kind: 'id', required: true, sqlType: 'VARCHAR' },
    { name: 'period_start', kind: 'year', required: false, sqlType: 'INTEGER' },
    { name: 'period_end', kind: 'year', required: false, sqlType: 'INTEGER' },
    text('period_note'),
    code('population', POPULATION),
    code('market', MARKET),
    code('hierarchy', HIERARCHY),
    code('role', ROLE),
    code('org_type', ORG_TYPE),
    code('stage', STAGE),
    code('sex', SEX),
    code('measure', MEASURE),
    { name: 'value', kind: 'number', required: false, sqlType: 'DOUBLE' },
    { name: 'value_low', kind: 'number', required: false, sqlType: 'DOUBLE' },
    { name: 'value_high', kind: 'number', required: false, sqlType: 'DOUBLE' },
    code('qualifier', QUALIFIER),
    text('unit', true),
    text('denominator'),
    text('note'),
  ],
  /**
   * The atlas's own words about rows (notes, period notes, the group counted), keyed by the
   * English text as it stands in `observations`: every such text in all six languages.
   */
  texts: [
    text('en', true),
    text('fr', true),
    text('de', true),
    text('it', true),
    text('ru', true),
    text('es', true),
  ],
  market_scores: [
    { name: 'iso3', kind: 'id', required: true, sqlType: 'VARCHAR' },
    { name: 'edition', kind: 'year', required: true, sqlType: 'INTEGER' },
    { name: 'indicator', kind: 'id', required: true, sqlType: 'VARCHAR' },
    code('indicator_kind', INDICATOR_KIND),
    { name: 'score', kind: 'number', required: true, sqlType: 'DOUBLE' },
    { name: 'source_id', kind: 'id', required: true, sqlType: 'VARCHAR' },
  ],
} as const satisfies Record<string, readonly ColumnSpec[]>;

/** Derived at build time from observations; never edited by hand. */
export const DERIVED_TABLES = {
  coverage: [
    { name: 'iso3', kind: 'id', required: true, sqlType: 'VARCHAR' },
    code('market', MARKET),
    code('stage', STAGE),
    { name: 'year', kind: 'year', required: true, sqlType: 'INTEGER' },
    code('status', COVERAGE_STATUS),
    { name: 'obs_ids', kind: 'id_list', required: false, sqlType: 'VARCHAR' },
  ],
  count_series: [
    { name: 'source_id', kind: 'id', required: true, sqlType: 'VARCHAR' },
    { name: 'iso3', kind: 'id', required: true, sqlType: 'VARCHAR' },
    code('market', MARKET),
    { name: 'series', kind: 'id', required: true, sqlType: 'VARCHAR' },
    { name: 'year', kind: 'year', required: true, sqlType: 'INTEGER' },
    { name: 'women', kind: 'number', required: false, sqlType: 'DOUBLE' },
    { name: 'men', kind: 'number', required: false, sqlType: 'DOUBLE' },
    { name: 'total', kind: 'number', required: false, sqlType: 'DOUBLE' },
    { name: 'women_suppressed', kind: 'bool', required: true, sqlType: 'BOOLEAN' },
    { name: 'men_suppressed', kind: 'bool', required: true, sqlType: 'BOOLEAN' },
    { name: 'total_suppressed', kind: 'bool', required: true, sqlType: 'BOOLEAN' },
    { name: 'partial_by_sex', kind: 'bool', required: true, sqlType: 'BOOLEAN' },
    { name: 'share', kind: 'number', required: false, sqlType: 'DOUBLE' },
    { name: 'basis', kind: 'text', required: false, sqlType: 'VARCHAR' },
    { name: 'denominator', kind: 'number', required: false, sqlType: 'DOUBLE' },
    { name: 'women_obs_ids', kind: 'id_list', required: false, sqlType: 'VARCHAR' },
    { name: 'men_obs_ids', kind: 'id_list', required: false, sqlType: 'VARCHAR' },
    { name: 'total_obs_ids', kind: 'id_list', required: false, sqlType: 'VARCHAR' },
  ],
} as const satisfies Record<string, readonly ColumnSpec[]>;

export type TableName = keyof typeof TABLES;

export function columnNames(table: TableName): string[] {
  return TABLES[table].map((c) => c.name);
}

export const SQL_IDENTIFIER_ALLOW_LIST: ReadonlySet<string> = new Set([
  ...Object.keys(TABLES),
  ...Object.keys(DERIVED_TABLES),
  ...[...Object.values(TABLES), ...Object.values(DERIVED_TABLES)].flatMap((cols) =>
    cols.map((c) => c.name),
  ),
]);
