// An outbox on the phone: what a resident or a village sends is kept on the device first and
// delivered when there is a connection — after a dropped upload, with the app closed and opened
// again, or after signing in again — and delivered once: every item carries an idempotency key
// the server remembers (a retried send gets the record the first one created).
//
// The sender, the storage, the clock and the network are injected, so the behaviour is
// unit-tested (tests/unit/outbox.test.ts) without a browser; forms use it through their own sender.

/** How one attempt to send ended, in the terms the outbox acts on. */
export type SendOutcome<Result> =
  | { kind: 'sent'; result: Result }
  /** The server refused the content: give it back to the form, do not retry as is. */
  | { kind: 'refused'; problems: { field: string; message: string }[]; message: string }
  /** The session ended: wait until the user signs in again. */
  | { kind: 'signed-out' }
  /** No connection, a stalled upload, a busy or failing server: try again later. */
  | { kind: 'retry-later'; reason: string };

export interface OutboxItem<Payload> {
  /** The idempotency key: the server creates one record per key, however often it is sent. */
  key: string;
  payload: Payload;
  queuedAt: string;
  /** Failed attempts so far; the wait before the next one grows with it. */
  attempts: number;
}

export interface OutboxStorage<Payload> {
  load(): Promise<OutboxItem<Payload>[]>;
  save(items: OutboxItem<Payload>[]): Promise<void>;
}

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Network {
  /** False only when the device knows it is offline (true may still be a dead connection). */
  isOnline(): boolean;
  /** Calls back when the device gets a connection; returns how to stop listening. */
  onOnline(listener: () => void): () => void;
}

export interface OutboxState {
  queued: number;
  /** Bytes of the item being sent, while it is sent. */
  sending: { sent: number; total: number } | null;
  /** Why the last attempt failed, while items wait for the next one. */
  waitingReason: string | null;
  needsSignIn: boolean;
}

export interface OutboxOptions<Payload, Result> {
  storage: OutboxStorage<Payload>;
  send: (item: OutboxItem<Payload>, onProgress: (sent: number, total: number) => void) => Promise<SendOutcome<Result>>;
  clock?: Clock;
  network?: Network;
  onChange?: (state: OutboxState) => void;
  onSent?: (item: OutboxItem<Payload>, result: Result) => void;
  /**
   * The server refused the item for good. What is returned is awaited before the item leaves the device's
   * queue: whatever keeps the refusal (the form's draft, a notice) is saved first, so a page closed in
   * between never loses both.
   */
  onRefused?: (
    item: OutboxItem<Payload>,
    outcome: Extract<SendOutcome<Result>, { kind: 'refused' }>,
  ) => void | Promise<void>;
}

export interface Outbox<Payload> {
  /** Loads what the device kept and starts delivering it. */
  start(): Promise<void>;
  /** Keeps the item on the device, then tries to deliver it. An item whose key is queued already is ignored. */
  enqueue(key: string, payload: Payload): Promise<void>;
  /** Tries to deliver everything now (also after signing in again). */
  flush(): Promise<void>;
  state(): OutboxState;
  /** Stops listening and retrying (the page goes away); what is queued stays on the device. */
  dispose(): void;
}

const NO_CONNECTION = 'Tidak ada sambungan';

/** Waits 5 s after the first failure, doubling to at most a minute. */
export function retryDelay(attempts: number): number {
  return Math.min(60_000, 5_000 * 2 ** Math.min(Math.max(attempts - 1, 0), 4));
}

export const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const browserNetwork: Network = {
  isOnline: () => navigator.onLine !== false,
  onOnline(listener) {
    window.addEventListener('online', listener);
    return () => window.removeEventListener('online', listener);
  },
};

export function createOutbox<Payload, Result>(options: OutboxOptions<Payload, Result>): Outbox<Payload> {
  const clock = options.clock ?? browserClock;
  const network = options.network ?? browserNetwork;
  let items: OutboxItem<Payload>[] = [];
  let state: OutboxState = { queued: 0, sending: null, waitingReason: null, needsSignIn: false };
  let running: Promise<void> | null = null;
  let retryTimer: unknown;
  let stopListening: (() => void) | undefined;
  let disposed = false;

  const update = (patch: Partial<OutboxState>) => {
    state = { ...state, ...patch, queued: items.length };
    options.onChange?.(state);
  };
  const persist = async (next: OutboxItem<Payload>[]) => {
    items = next;
    await options.storage.save(items);
    update({});
  };
  const scheduleRetry = (attempts: number) => {
    clock.clearTimeout(retryTimer);
    if (!disposed) retryTimer = clock.setTimeout(() => void flush(), retryDelay(attempts));
  };

  async function deliver(): Promise<void> {
    while (items.length > 0 && !disposed) {
      if (!network.isOnline()) {
        update({ waitingReason: NO_CONNECTION });
        scheduleRetry(items[0]!.attempts + 1);
        return;
      }
      const item = items[0]!;
      update({ sending: { sent: 0, total: 1 }, needsSignIn: false });
      const outcome = await options.send(item, (sent, total) => update({ sending: { sent, total } }));
      // Gone meanwhile (like a page that closed mid-upload): the item stays on the device, and the
      // next start sends it again with the same key, which the server answers with its first record.
      if (disposed) return;
      update({ sending: null });
      switch (outcome.kind) {
        case 'sent':
          await persist(items.filter((queued) => queued.key !== item.key));
          update({ waitingReason: null });
          options.onSent?.(item, outcome.result);
          break;
        case 'refused':
          await options.onRefused?.(item, outcome);
          await persist(items.filter((queued) => queued.key !== item.key));
          update({ waitingReason: null });
          break;
        case 'signed-out':
          update({ needsSignIn: true });
          return;
        case 'retry-later': {
          const attempts = item.attempts + 1;
          await persist(items.map((queued) => (queued.key === item.key ? { ...queued, attempts } : queued)));
          update({ waitingReason: outcome.reason });
          scheduleRetry(attempts);
          return;
        }
      }
    }
  }

  function flush(): Promise<void> {
    // One delivery at a time: a second call while sending waits for the same run.
    running ??= deliver().finally(() => (running = null));
    return running;
  }

  return {
    async start() {
      items = await options.storage.load();
      update({});
      stopListening = network.onOnline(() => void flush());
      await flush();
    },
    async enqueue(key, payload) {
      if (!items.some((item) => item.key === key)) {
        await persist([...items, { key, payload, queuedAt: new Date(clock.now()).toISOString(), attempts: 0 }]);
      }
      await flush();
    },
    flush,
    state: () => state,
    dispose() {
      disposed = true;
      stopListening?.();
      clock.clearTimeout(retryTimer);
    },
  };
}
