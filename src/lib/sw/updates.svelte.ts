/**
 * The service worker's side of upgrades, as seen by the page: a new version waits until the
 * user accepts the notice (or closes every atlas tab); accepting activates it and reloads, once
 * the waiting worker says it holds its whole version (offline it cannot fetch what it lacks).
 */
export type UpdateState = 'none' | 'available' | 'checking' | 'unavailable';

/** How long a waiting worker may take to answer before the page lets it take over anyway. */
const CHECK_TIMEOUT_MS = 20000;

/** Asks the waiting worker whether its cache holds its whole version (filling it if it can). */
function waitingIsComplete(worker: ServiceWorker): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    // A worker that does not answer (an older one) is let through, as before this check.
    const timer = setTimeout(() => resolve(true), CHECK_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<{ complete?: boolean }>) => {
      clearTimeout(timer);
      resolve(event.data.complete === true);
    };
    worker.postMessage({ type: 'CHECK' }, [channel.port2]);
  });
}

export class AppUpdates {
  state = $state<UpdateState>('none');
  /** A new version is installed and waiting, or another tab switched to it. */
  available = $derived(this.state !== 'none');
  private registration: ServiceWorkerRegistration | null = null;
  private accepted = false;

  async register(url: string): Promise<void> {
    if (!('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    const hadController = container.controller !== null;
    container.addEventListener('controllerchange', () => {
      if (this.accepted) location.reload();
      // The first visit's worker taking control is not an update.
      else if (hadController) this.state = 'available';
    });
    const registration = await container.register(url, { updateViaCache: 'none' });
    this.registration = registration;
    container.controller?.postMessage({ type: 'CLEAN_UP' });
    if (registration.waiting && container.controller) this.state = 'available';
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && container.controller) this.state = 'available';
      });
    });
  }

  /** The user accepted: the waiting worker takes over if it can, and the page reloads with it. */
  async accept(): Promise<void> {
    const waiting = this.registration?.waiting;
    if (!waiting) {
      // Another tab has switched already: this page's worker serves the new version.
      location.reload();
      return;
    }
    this.state = 'checking';
    if (!(await waitingIsComplete(waiting))) {
      this.state = 'unavailable';
      return;
    }
    this.accepted = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }
}

export const appUpdates = new AppUpdates();
