import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { ViewBinding } from '../../src/views/view-binding.svelte';
import { DEFAULT_FILTERS, type Filters } from '../../src/lib/model/filters';
import type { ContextBase } from '../../src/views/context';
import type { BoundView, RegisteredView } from '../../src/views/view-spec';

/** A view that records every time it is bound, honouring only the stage. */
function countingView(bindings: unknown[]): RegisteredView {
  return {
    name: 'states',
    page: 'atlas',
    heading: 'viewStates',
    figures: ['states-chart'],
    honours: ['stage'],
    queries: () => ({}),
    shape: (raw) => raw,
    bind(result) {
      bindings.push(result);
      return { summary: () => String(result) } as unknown as BoundView;
    },
  };
}

/** What the page hands a binding: the views' results and the filters they were computed for. */
class PageInputs {
  results = $state.raw<Record<string, unknown>>({});
  filters = $state.raw<Filters>({ ...DEFAULT_FILTERS });
  constructor(results: Record<string, unknown>) {
    this.results = results;
  }
}

class PageFailures {
  byView = $state.raw<Record<string, string>>({});
}

const base: ContextBase = {
  document,
  countries: [],
  sources: [],
  regions: [],
  geography: null,
  countSourceOverride: null,
};

describe('ViewBinding', () => {
  it('keeps its bound view when a refresh leaves its result object and honoured filters unchanged', () => {
    const bindings: unknown[] = [];
    const mine = { rows: 1 };
    const page = new PageInputs({ states: mine, regions: { rows: 2 } });
    const seen: (BoundView | null)[] = [];
    const stop = $effect.root(() => {
      const binding = new ViewBinding(
        countingView(bindings),
        () => page.results.states,
        () => page.filters,
        () => base,
      );
      $effect(() => {
        seen.push(binding.bound);
      });
    });
    flushSync();
    expect(seen).toHaveLength(1);
    const first = seen[0];

    // Another view's result changed, and a field this view does not honour.
    page.results = { ...page.results, regions: { rows: 3 } };
    page.filters = { ...page.filters, hierarchy: 'leader' };
    flushSync();
    expect(seen).toHaveLength(1);
    expect(bindings).toEqual([mine]);

    // A field it honours: a new context, so it is bound again (to the same result).
    page.filters = { ...page.filters, stage: 'prosecuted' };
    flushSync();
    expect(seen).toHaveLength(2);
    expect(seen[1]).not.toBe(first);

    // Its own result changed.
    const next = { rows: 4 };
    page.results = { ...page.results, states: next };
    flushSync();
    expect(seen).toHaveLength(3);
    expect(bindings).toEqual([mine, mine, next]);
    stop();
  });

  it('carries its own failure, and is not bound again when another view fails', () => {
    const bindings: unknown[] = [];
    const page = new PageInputs({ states: { rows: 1 } });
    const failures = new PageFailures();
    let binding: ViewBinding | null = null;
    const seen: (string | null)[] = [];
    const stop = $effect.root(() => {
      const b = new ViewBinding(
        countingView(bindings),
        () => page.results.states,
        () => page.filters,
        () => base,
        () => failures.byView.states ?? null,
      );
      binding = b;
      $effect(() => {
        void b.bound;
        seen.push(b.failure);
      });
    });
    flushSync();
    failures.byView = { regions: 'Binder Error' };
    flushSync();
    expect(seen).toEqual([null]);
    failures.byView = { states: 'Binder Error' };
    page.results = {};
    flushSync();
    expect(seen).toEqual([null, 'Binder Error']);
    expect(binding!.bound).toBeNull();
    stop();
  });

  it('turns a model that throws into the view’s failure', () => {
    const view: RegisteredView = {
      ...countingView([]),
      bind: () => {
        throw new Error('unexpected row');
      },
    };
    let failure: string | null = null;
    const stop = $effect.root(() => {
      const b = new ViewBinding(
        view,
        () => ({}),
        () => ({ ...DEFAULT_FILTERS }),
        () => base,
      );
      $effect(() => {
        failure = b.failure;
      });
    });
    flushSync();
    expect(failure).toBe('unexpected row');
    stop();
  });
});
