import type { Filters } from '../lib/model/filters';
import type { BoundView, RegisteredView, SourceUsage, ViewContext } from './view-spec';
import { contextFor, honouredFilters, type ContextBase } from './context';

const NO_USAGE: readonly SourceUsage[] = [];

type Binding = { bound: BoundView; failure: null } | { bound: null; failure: string | null };

/**
 * One view bound to its result: the model is recomputed only when the view's own result,
 * the filter fields it honours, the language or the shared tables change.
 */
export class ViewBinding {
  readonly view: RegisteredView;
  /** The filters the view sees, as a string: equal strings mean nothing it shows changed. */
  private readonly key: string;
  readonly context: ViewContext;
  /**
   * The view's own result. Read through this derived value, so that a refresh that hands the
   * view the same object (another view's result changed) does not bind it again.
   */
  private readonly result: unknown;
  /** Why its queries or shaping failed, read the same way: the failures of others do not bind it. */
  private readonly failed: string | null;
  private readonly binding: Binding;
  /** The observation rows it shows, computed once per binding. */
  readonly usage: readonly SourceUsage[];

  constructor(
    view: RegisteredView,
    result: () => unknown,
    filters: () => Filters,
    base: () => ContextBase,
    /** Why the view's queries or shaping failed, or null. */
    failure: () => string | null = () => null,
  ) {
    this.view = view;
    this.key = $derived(JSON.stringify(honouredFilters(view, filters())));
    this.context = $derived(contextFor(view, JSON.parse(this.key) as Filters, base()));
    this.result = $derived(result());
    this.failed = $derived(failure());
    this.binding = $derived.by((): Binding => {
      const failed = this.failed;
      const value = this.result;
      if (failed !== null || value === undefined) return { bound: null, failure: failed };
      try {
        return { bound: view.bind(value, this.context), failure: null };
      } catch (error) {
        return { bound: null, failure: error instanceof Error ? error.message : String(error) };
      }
    });
    this.usage = $derived(this.binding.bound?.usage() ?? NO_USAGE);
  }

  /** The view bound to its result and context; null while it has none, or when it failed. */
  get bound(): BoundView | null {
    return this.binding.bound;
  }

  /** Why the view cannot show its result (its queries, shaping or model failed), or null. */
  get failure(): string | null {
    return this.binding.failure;
  }
}
