import { translator } from '../../i18n';
import type { LocalNames } from '../../i18n/names';
import type { MarketScore, ShareInterval, StageYearShare } from '../../model/rows';
import type { Lang } from '../../model/filters';

/** The offences and stages with per-State counts by sex, in the order the columns show them. */
export const OFFENCE_COLUMNS = [
  { market: 'human_trafficking', series: 'formal_contact' },
  { market: 'human_trafficking', series: 'prosecuted' },
  { market: 'human_trafficking', series: 'convicted' },
  { market: 'drug_trafficking', series: 'formal_contact' },
] as const;

/** The GI-TOC markets read beside the offences (drug trafficking: the four drug markets). */
export const SCORE_COLUMNS = [
  'human_trafficking',
  'heroin_trade',
  'cocaine_trade',
  'cannabis_trade',
  'synthetic_drug_trade',
] as const;

export interface OffenceCell {
  market: string;
  series: string;
  share: number | null;
  interval: ShareInterval | null;
  smallCount: boolean;
  year: number | null;
  women: number | null;
  denominator: number | null;
  obsIds: string[];
}

export interface MarketsStateRow extends LocalNames {
  iso3: string;
  cells: OffenceCell[];
  scores: (MarketScore | null)[];
}

/** For each State with a share: its latest share in the period for each offence and stage, and its GI-TOC scores. */
export function marketsStateRows(
  rows: StageYearShare[],
  scores: MarketScore[],
  names: Map<string, LocalNames>,
): MarketsStateRow[] {
  const states = [...new Set(rows.filter((r) => r.share !== null).map((r) => r.iso3))];
  return states.map((iso3) => {
    const cells = OFFENCE_COLUMNS.map(({ market, series }) => {
      const latest = rows
        .filter(
          (r) => r.iso3 === iso3 && r.market === market && r.series === series && r.share !== null,
        )
        .sort((a, b) => b.year - a.year)[0];
      return {
        market,
        series,
        share: latest?.share ?? null,
        interval: latest?.interval ?? null,
        smallCount: latest?.smallCount ?? false,
        year: latest?.year ?? null,
        women: latest?.women ?? null,
        denominator: latest?.denominator ?? null,
        obsIds: latest?.obsIds ?? [],
      };
    });
    const name = names.get(iso3) ?? { nameEn: iso3, nameFr: iso3 };
    return {
      iso3,
      ...name,
      cells,
      scores: SCORE_COLUMNS.map(
        (m) => scores.find((s) => s.iso3 === iso3 && s.indicator === m) ?? null,
      ),
    };
  });
}

export function marketsSummary(rows: MarketsStateRow[], lang: Lang): string {
  const t = translator(lang);
  const count = (i: number) => rows.filter((r) => r.cells[i]?.share !== null).length;
  return t('marketsStatesSummary', {
    states: rows.length,
    contact: count(0),
    prosecuted: count(1),
    convicted: count(2),
    drugs: count(3),
  });
}
