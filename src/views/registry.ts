import type { FigureName } from '../lib/model/figure-names';
import type { QueryFilters } from '../lib/model/filters';
import type { ViewPlan } from '../lib/data/runner';
import type { QueryContext, RegisteredView, ViewPage } from './view-spec';
import { statesView } from './states/spec';
import { regionsView } from './regions/spec';
import { pipelineView } from './pipeline/spec';
import { comparisonView } from './comparison/spec';
import { hierarchyView } from './hierarchy/spec';
import { marketsView } from './markets/spec';
import { coverageView } from './coverage/spec';
import {
  profileCoverageView,
  profileFiguresView,
  profileScoresView,
  profileTrendsView,
} from './profile/specs';

/** Every view of the atlas, in page order. Adding a view: src/views/README.md. */
export const VIEWS: readonly RegisteredView[] = [
  statesView,
  regionsView,
  pipelineView,
  comparisonView,
  hierarchyView,
  marketsView,
  coverageView,
  profileTrendsView,
  profileFiguresView,
  profileScoresView,
  profileCoverageView,
];

/** The page a state of the filters shows: a State's profile, or the atlas. */
export function pageOf(filters: Pick<QueryFilters, 'profile'>): ViewPage {
  return filters.profile ? 'profile' : 'atlas';
}

/** What the views of the page in view ask of the engine for one state of the filters. */
export function viewPlans(filters: QueryFilters, data: QueryContext): ViewPlan[] {
  const page = pageOf(filters);
  return VIEWS.filter((v) => v.page === page).map((view) => ({
    name: view.name,
    queries: view.queries(filters, data),
    shape: view.shape,
  }));
}

/** The view that draws a figure. */
export function viewOfFigure(name: FigureName): RegisteredView {
  const view = VIEWS.find((v) => v.figures.includes(name));
  if (!view) throw new Error(`no view draws ${name}`);
  return view;
}
