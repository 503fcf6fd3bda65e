import { formatPercent, type Translate } from '../i18n';
import { localName } from '../i18n/names';
import type { StateShareRow } from '../model/rows';
import type { Lang } from '../model/filters';

/** A text summary generated from the data drawn: highest, lowest, how many have no figure. */
export function summariseShares(rows: StateShareRow[], lang: Lang, t: Translate): string {
  const withShare = rows
    .filter((r) => r.share !== null)
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || a.iso3.localeCompare(b.iso3));
  const high = withShare[0];
  const low = withShare[withShare.length - 1];
  if (!high || !low) return t('summaryEmpty');
  const missing = rows.filter((r) => r.share === null && r.iso3 !== 'XKX').length;
  return t('summary', {
    count: withShare.length,
    highName: localName(high, lang),
    high: formatPercent(high.share ?? 0, lang),
    lowName: localName(low, lang),
    low: formatPercent(low.share ?? 0, lang),
    missing,
  });
}
