/**
 * The service worker's side of upgrades, as seen by the page: a new version waits until the
 * user accepts the notice (or closes every atlas tab); accepting activates it and reloads.
 */
export class AppUpdates {
  /** A new version is installed and waiting, or another tab switched to it. */
  available = $state(false);
  private registration: ServiceWorkerRegistration | null = null;
  private accepted = false;

  async register(url: string): Promise<void> {
    if (!('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    const hadController = container.controller !== null;
    container.addEventListener('controllerchange', () => {
      if (this.accepted) location.reload();
      // The first visit's worker taking control is not an update.
      else if (hadController) this.available = true;
    });
    const registration = await container.register(url, { updateViaCache: 'none' });
    this.registration = registration;
    container.controller?.postMessage({ type: 'CLEAN_UP' });
    if (registration.waiting && container.controller) this.available = true;
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && container.controller) this.available = true;
      });
    });
  }

  /** The user accepted: the waiting worker takes over, and the page reloads with it. */
  accept(): void {
    this.accepted = true;
    const waiting = this.registration?.waiting;
    if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  }
}

export const appUpdates = new AppUpdates();
