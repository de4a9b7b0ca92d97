// A phone without signal, for the specs that send something offline and check what reached the server.
//
// context.setOffline alone is not enough. Chromium applies it per DevTools target (the page, the service
// worker), and it does not hold for every new document: on Chromium 156, once the service worker has been
// stopped and started again (Chromium stops an idle worker by itself), a page loaded while setOffline(true)
// is in force begins with navigator.onLine true — stop the worker, reload, and it is true every time. The
// app then rightly tries to send, and only the emulated network stands between it and the server; in a CI
// run of 7 December a proposal sent "offline" reached the server before the test gave the signal back.
// So, as well, every request to the server's API fails here as it does without signal, whatever the
// emulation does with each new document.
//
// Failing them hides nothing: a send of what the spec watches (its outbox's records) made while the page
// itself says it is offline is recorded (`sentWhileOffline`), and the specs expect none. A send made while
// Chromium wrongly says online is the app doing its job; it fails like any send without signal and waits
// for the next attempt. (Other requests are not counted: renewing the session is tried on every load and
// simply fails offline.)
import type { BrowserContext, Route } from '@playwright/test';

export interface WithoutSignal {
  /** Sends to the watched collection that a page made while it said navigator.onLine false: the app must make none. */
  sentWhileOffline: string[];
  /** The signal returns: the server answers again, then navigator.onLine and the "online" event. */
  restore(): Promise<void>;
}

const API = '**/api/**';

/** Takes the context off the network; `watched` is the path the app's outbox sends to (a collection's records). */
export async function withoutSignal(context: BrowserContext, watched: string): Promise<WithoutSignal> {
  const sentWhileOffline: string[] = [];
  const disconnected = async (route: Route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    if (request.method() === 'POST' && path === watched && !request.serviceWorker()) {
      const online = await request
        .frame()
        .evaluate(() => navigator.onLine)
        .catch(() => undefined);
      if (online === false) sentWhileOffline.push(`${request.method()} ${path}`);
    }
    await route.abort('internetdisconnected');
  };
  await context.route(API, disconnected);
  await context.setOffline(true);
  return {
    sentWhileOffline,
    async restore() {
      await context.unroute(API, disconnected);
      await context.setOffline(false);
    },
  };
}
