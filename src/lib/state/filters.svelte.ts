import { addressOnStaticPage, staticPageAt } from './page-address';
import { encodeFilters } from './url-codec';
import { DEFAULT_FILTERS, FILTER_FIELDS, type Filters, type Lang } from '../model/filters';
import type { Stage } from '../vocabulary/codes';
import { noteFilterInput } from '../perf';

export type UrlWriter = (params: URLSearchParams) => void;

/** The single source of truth for what the atlas shows. Writes the URL only on a user's choice. */
export class FilterState implements Filters {
  stage = $state<Stage>(DEFAULT_FILTERS.stage);
  yearFrom = $state<number>(DEFAULT_FILTERS.yearFrom);
  yearTo = $state<number>(DEFAULT_FILTERS.yearTo);
  region = $state<string | null>(DEFAULT_FILTERS.region);
  market = $state<string | null>(DEFAULT_FILTERS.market);
  hierarchy = $state<string | null>(DEFAULT_FILTERS.hierarchy);
  position = $state<string | null>(DEFAULT_FILTERS.position);
  sourceKind = $state<string | null>(DEFAULT_FILTERS.sourceKind);
  lang = $state<Lang>(DEFAULT_FILTERS.lang);
  selected = $state.raw<string[]>(DEFAULT_FILTERS.selected);
  profile = $state<string | null>(DEFAULT_FILTERS.profile);
  outlineStudy = $state<boolean>(DEFAULT_FILTERS.outlineStudy);
  points = $state.raw<string[] | null>(DEFAULT_FILTERS.points);

  /** Every field read (so the snapshot follows each of them), as a plain object. */
  readonly snapshot: Filters = $derived(
    Object.fromEntries(FILTER_FIELDS.map((field) => [field, this[field]])) as unknown as Filters,
  );

  constructor(
    initial: Filters = DEFAULT_FILTERS,
    private readonly writeUrl: UrlWriter = () => {},
  ) {
    this.assign(initial);
  }

  private assign(patch: Partial<Filters>): void {
    const fields = this as Record<keyof Filters, unknown>;
    for (const field of FILTER_FIELDS) {
      const value = patch[field];
      if (value !== undefined) fields[field] = Array.isArray(value) ? [...value] : value;
    }
    if (this.yearFrom > this.yearTo) [this.yearFrom, this.yearTo] = [this.yearTo, this.yearFrom];
  }

  update(patch: Partial<Filters>): void {
    noteFilterInput();
    this.assign(patch);
    this.writeUrl(encodeFilters(this.snapshot));
  }

  toggleSelected(iso3: string): void {
    this.update({
      selected: this.selected.includes(iso3)
        ? this.selected.filter((s) => s !== iso3)
        : [...this.selected, iso3],
    });
  }

  reset(): void {
    this.update({ ...DEFAULT_FILTERS, lang: this.lang });
  }
}

export function browserUrlWriter(root?: string): UrlWriter {
  return (params) => {
    const query = params.toString();
    const onStaticPage = root !== undefined && staticPageAt(root, location.pathname) !== null;
    const url = onStaticPage
      ? `${addressOnStaticPage(root, params)}${location.hash}`
      : `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    history.replaceState(history.state, '', url);
  };
}
