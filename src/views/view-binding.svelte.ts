import type { Filters } from '../lib/model/filters';
import type { BoundView, RegisteredView, ViewContext } from './view-spec';
import { contextFor, honouredFilters, type ContextBase } from './context';

/**
 * One view bound to its result: the model is recomputed only when the view's own result,
 * the filter fields it honours, the language or the shared tables change.
 */
export class ViewBinding {
  readonly view: RegisteredView;
  /** The filters the view sees, as a string: equal strings mean nothing it shows changed. */
  private readonly key: string;
  readonly context: ViewContext;
  readonly bound: BoundView | null;

  constructor(
    view: RegisteredView,
    result: () => unknown,
    filters: () => Filters,
    base: () => ContextBase,
  ) {
    this.view = view;
    this.key = $derived(JSON.stringify(honouredFilters(view, filters())));
    this.context = $derived(contextFor(view, JSON.parse(this.key) as Filters, base()));
    this.bound = $derived.by(() => {
      const value = result();
      return value === undefined ? null : view.bind(value, this.context);
    });
  }
}
