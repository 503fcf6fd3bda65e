import { afterEach, describe, expect, it } from 'vitest';
import '../../src/lib/i18n/all';
import { translator } from '../../src/lib/i18n';
import { renderText } from '../../src/lib/i18n/local-text';
import {
  forgetStoredUserData,
  readStoredUserData,
  storeUserData,
  UserStoreError,
} from '../../src/lib/user-data/user-store';

const global = globalThis as { indexedDB?: unknown };
/** The English words of a storage failure. */
async function failure(run: () => Promise<unknown>): Promise<string> {
  return run().then(
    () => 'no failure',
    (error: unknown) =>
      error instanceof UserStoreError ? renderText(error.text, translator('en')) : String(error),
  );
}

afterEach(() => {
  delete global.indexedDB;
});

describe('keeping a user’s data in the browser', () => {
  it('says the browser gives no storage instead of a raw TypeError', async () => {
    global.indexedDB = undefined;
    expect(
      await failure(() => storeUserData({ observations: 'a', sources: null, label: 'x' })),
    ).toBe(
      'The browser could not keep your data for next time (this browser gives the atlas no storage, as in a private window or with storage turned off). They are loaded for this visit only.',
    );
    expect(await readStoredUserData()).toBeNull();
    await expect(forgetStoredUserData()).resolves.toBeUndefined();
  });

  it('says so when another open connection blocks forgetting', async () => {
    global.indexedDB = {
      open: () => ({}),
      deleteDatabase: () => {
        const request: { onblocked?: () => void } = {};
        queueMicrotask(() => request.onblocked?.());
        return request;
      },
    };
    expect(await failure(() => forgetStoredUserData())).toMatch(
      /^Another tab or window of the atlas holds the browser’s storage open/,
    );
  });
});
