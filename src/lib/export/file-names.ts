import type { Filters } from '../model/filters';

const safe = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * A file name that says which figure, filters, language and date an export holds, so that a
 * second export does not overwrite the first: women-share-regions_convicted_2017-2021_fr_2026-11-28.svg
 */
export function exportFileName(
  figure: string,
  filters: Filters,
  date: string,
  extension: string,
  page?: { index: number; count: number },
): string {
  const period =
    filters.yearFrom === filters.yearTo
      ? String(filters.yearFrom)
      : `${filters.yearFrom}-${filters.yearTo}`;
  const parts = [
    `women-share-${safe(figure)}`,
    ...(filters.profile ? [safe(filters.profile)] : []),
    safe(filters.stage),
    period,
    ...(filters.region ? [safe(filters.region)] : []),
    ...(filters.market ? [safe(filters.market)] : []),
    ...(filters.selected.length ? [safe(filters.selected.join('-'))] : []),
    filters.lang,
    date,
  ];
  const pageTag = page && page.count > 1 ? `_${page.index + 1}-of-${page.count}` : '';
  return `${parts.join('_')}${pageTag}.${extension}`;
}
