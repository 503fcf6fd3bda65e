import { encodeFilters } from './url-codec';
import { DEFAULT_FILTERS, type Filters, type Lang } from '../model/filters';
import type { Stage } from '../vocabulary/codes';
import { noteFilterInput } from '../perf';

export type UrlWriter = (params: URLSearchParams) => void;

/** The single source of truth for what the atlas shows. Writes the URL only on a user's choice. */
export class FilterState {
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

  readonly snapshot: Filters = $derived({
    stage: this.stage,
    yearFrom: this.yearFrom,
    yearTo: this.yearTo,
    region: this.region,
    market: this.market,
    hierarchy: this.hierarchy,
    position: this.position,
    sourceKind: this.sourceKind,
    lang: this.lang,
    selected: this.selected,
    profile: this.profile,
    outlineStudy: this.outlineStudy,
    points: this.points,
  });

  constructor(
    initial: Filters = DEFAULT_FILTERS,
    private readonly writeUrl: UrlWriter = () => {},
  ) {
    this.assign(initial);
  }

  private assign(patch: Partial<Filters>): void {
    if (patch.stage !== undefined) this.stage = patch.stage;
    if (patch.yearFrom !== undefined) this.yearFrom = patch.yearFrom;
    if (patch.yearTo !== undefined) this.yearTo = patch.yearTo;
    if (patch.region !== undefined) this.region = patch.region;
    if (patch.market !== undefined) this.market = patch.market;
    if (patch.hierarchy !== undefined) this.hierarchy = patch.hierarchy;
    if (patch.position !== undefined) this.position = patch.position;
    if (patch.sourceKind !== undefined) this.sourceKind = patch.sourceKind;
    if (patch.lang !== undefined) this.lang = patch.lang;
    if (patch.selected !== undefined) this.selected = [...patch.selected];
    if (patch.profile !== undefined) this.profile = patch.profile;
    if (patch.outlineStudy !== undefined) this.outlineStudy = patch.outlineStudy;
    if (patch.points !== undefined) this.points = patch.points && [...patch.points];
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

export function browserUrlWriter(): UrlWriter {
  return (params) => {
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    history.replaceState(history.state, '', url);
  };
}
