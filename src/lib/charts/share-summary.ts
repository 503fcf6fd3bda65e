import { formatCount, formatPercent, translator, joinSemicolon } from '../i18n';
import { localName } from '../i18n/names';
import { clearlyExtreme } from '../method/interval';
import { intervalBounds } from '../method/figure-values';
import type { StateShareRow } from '../model/rows';
import type { Lang } from '../model/filters';
import type { CountFigureText } from './states-chart';

const TOP = 3;

/** "Uzbekistan, 2021: 70.8% (95% interval 63–77%), of 154 persons". */
export function describeShare(row: StateShareRow, lang: Lang): string {
  const t = translator(lang);
  return t(row.interval ? 'describeShare' : 'describeShareNoInterval', {
    name: localName(row, lang),
    year: row.year ?? '',
    share: formatPercent(row.share ?? 0, lang),
    ...(row.interval ? intervalBounds(row.interval, lang) : {}),
    persons: row.denominator ?? 0,
    personsText: formatCount(row.denominator ?? 0, lang),
  });
}

/**
 * A summary written from the rows drawn. A State is "the highest" (or "the lowest") only when its
 * interval lies wholly above (below) every other State's; otherwise the top and bottom States are
 * named with their intervals. Small counts and States without a figure are counted.
 */
export function summariseShares(rows: StateShareRow[], lang: Lang, text: CountFigureText): string {
  const t = translator(lang);
  const withShare = rows
    .filter((r) => r.share !== null)
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || a.iso3.localeCompare(b.iso3));
  if (withShare.length === 0) return t('summaryEmpty', { scope: text.scopeName });
  const parts = [t('summaryCount', { count: withShare.length, scope: text.scopeName })];
  const highest = clearlyExtreme(withShare, (r) => r.interval, 'highest');
  const lowest = clearlyExtreme(withShare, (r) => r.interval, 'lowest');
  if (withShare.length === 1) {
    parts.push(describeShare(withShare[0] as StateShareRow, lang) + '.');
  } else {
    parts.push(
      highest
        ? t('summaryHighest', { state: describeShare(highest, lang) })
        : t('summaryTop', {
            states: joinSemicolon(
              withShare.slice(0, TOP).map((r) => describeShare(r, lang)),
              lang,
            ),
          }),
    );
    const bottom = withShare.slice(Math.max(TOP, withShare.length - TOP)).reverse();
    if (lowest) parts.push(t('summaryLowest', { state: describeShare(lowest, lang) }));
    else if (bottom.length)
      parts.push(
        t('summaryBottom', {
          states: joinSemicolon(
            bottom.map((r) => describeShare(r, lang)),
            lang,
          ),
        }),
      );
  }
  const small = withShare.filter((r) => r.smallCount).length;
  if (small) parts.push(t('summarySmall', { count: small }));
  const missing = rows.filter((r) => r.share === null && r.iso3 !== 'XKX').length;
  if (missing)
    parts.push(
      t(text.whole ? 'summaryMissingAll' : 'summaryMissingSelection', {
        count: missing,
        total: text.scopeSize,
        scope: text.scopeName,
      }),
    );
  return parts.join(' ');
}
