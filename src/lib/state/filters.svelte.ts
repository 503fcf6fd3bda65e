import { DEFAULT_FILTERS, encodeFilters, type Filters, type Lang } from './url-codec';
import type { Stage } from '../vocabulary/codes';

export type UrlWriter = (params: URLSearchParams) => void;

/** The single source of truth for what the atlas shows. Writes the URL only on a user's choice. */
export class FilterState {
  stage = $state<Stage>(DEFAULT_FILTERS.stage);
  year = $state<number>(DEFAULT_FILTERS.year);
  lang = $state<Lang>(DEFAULT_FILTERS.lang);
  selected = $state<string | null>(DEFAULT_FILTERS.selected);
  outlineStudy = $state<boolean>(DEFAULT_FILTERS.outlineStudy);

  readonly snapshot: Filters = $derived({
    stage: this.stage,
    year: this.year,
    lang: this.lang,
    selected: this.selected,
    outlineStudy: this.outlineStudy,
  });

  constructor(
    initial: Filters = DEFAULT_FILTERS,
    private readonly writeUrl: UrlWriter = () => {},
  ) {
    this.stage = initial.stage;
    this.year = initial.year;
    this.lang = initial.lang;
    this.selected = initial.selected;
    this.outlineStudy = initial.outlineStudy;
  }

  update(patch: Partial<Filters>): void {
    if (patch.stage !== undefined) this.stage = patch.stage;
    if (patch.year !== undefined) this.year = patch.year;
    if (patch.lang !== undefined) this.lang = patch.lang;
    if (patch.selected !== undefined) this.selected = patch.selected;
    if (patch.outlineStudy !== undefined) this.outlineStudy = patch.outlineStudy;
    this.writeUrl(encodeFilters(this.snapshot));
  }

  toggleSelected(iso3: string): void {
    this.update({ selected: this.selected === iso3 ? null : iso3 });
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
