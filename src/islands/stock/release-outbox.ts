// Releases of stock wait on the device until the server has them (src/lib/outbox.ts): a Camat in a
// village without signal records the release, and it is sent when the connection returns — once,
// under the idempotency key made when the form was opened. A release the server refuses (the stock
// was taken meanwhile by another release, the proposal was already served) is kept on the device
// that made it, with the server's reason, until whoever made it has read it: it is never lost silently.
import { createSignal } from 'solid-js';
import { createStore, get, set } from 'idb-keyval';
import { createOutbox, type Outbox, type OutboxState, type SendOutcome } from '../../lib/outbox';
import { pocketbase } from '../../lib/pocketbase-client';
import { routeUrl } from '../../lib/api-address';
import { ROUTES, type RecordedRelease, type StockReleaseRequest } from '../../domain/routes';

/** A release as the outbox keeps it: the request, and what the device says of it while it waits. */
export interface QueuedRelease {
  request: StockReleaseRequest;
  /** "USL-…", and the village: what a notice names. */
  proposalNumber: string;
  village: string;
}

/** A release the server refused, kept until read. */
export interface RefusedRelease {
  key: string;
  proposalNumber: string;
  village: string;
  reasons: string[];
  at: string;
}

const database = 'layanan-sosial-penyaluran';
let store: ReturnType<typeof createStore> | undefined;
const opened = () => (store ??= createStore(database, 'penyaluran'));
const outboxKey = (owner: string) => `kirim:${owner}`;
const refusedKey = (owner: string) => `ditolak:${owner}`;

const [state, setState] = createSignal<OutboxState>({
  queued: 0,
  sending: null,
  waitingReason: null,
  needsSignIn: false,
});
const [refused, setRefused] = createSignal<RefusedRelease[]>([]);
/** Releases sent from this page, by key: the form that queued one shows its BAST once it is recorded. */
const [recorded, setRecorded] = createSignal<Record<string, RecordedRelease>>({});
const [queuedKeys, setQueuedKeys] = createSignal<string[]>([]);

let running: { owner: string; outbox: Outbox<QueuedRelease> } | undefined;

/** How the server answered, in the outbox's terms: a 401 waits for signing in, a refusal is the server's word. */
async function sendRelease(payload: QueuedRelease): Promise<SendOutcome<RecordedRelease>> {
  const pb = pocketbase();
  if (!pb.authStore.isValid) return { kind: 'signed-out' };
  let response: Response;
  try {
    response = await fetch(routeUrl(ROUTES.stockRelease), {
      method: ROUTES.stockRelease.method,
      headers: { 'Content-Type': 'application/json', Authorization: pb.authStore.token },
      body: JSON.stringify(payload.request),
    });
  } catch {
    return { kind: 'retry-later', reason: 'Tidak ada sambungan' };
  }
  const body = (await response.json().catch(() => ({}))) as {
    message?: string;
    data?: Record<string, { message?: string }>;
  };
  if (response.ok) return { kind: 'sent', result: body as unknown as RecordedRelease };
  if (response.status === 401) return { kind: 'signed-out' };
  if (response.status === 400 || response.status === 403 || response.status === 404) {
    const problems = Object.entries(body.data ?? {}).flatMap(([field, problem]) =>
      problem?.message ? [{ field, message: problem.message }] : [],
    );
    return { kind: 'refused', problems, message: body.message ?? 'Server menolak penyaluran ini.' };
  }
  return { kind: 'retry-later', reason: body.message?.replace(/\.$/, '') || `Server menjawab ${response.status}` };
}

/**
 * Changes the account's refusals on the device, one change at a time, each from the list the last one
 * saved. The notices show a change once the device has it: a refusal read and then the page reloaded
 * at once does not come back, and a new one is on the device before the outbox lets its release go.
 */
let refusalsSaved: Promise<void> = Promise.resolve();
function changeRefused(owner: string, change: (list: RefusedRelease[]) => RefusedRelease[]): Promise<void> {
  const changed = refusalsSaved.then(async () => {
    const before = (await get<RefusedRelease[]>(refusedKey(owner), opened())) ?? [];
    const list = change(before);
    if (list !== before) await set(refusedKey(owner), list, opened());
    if (running?.owner === owner) setRefused(list);
  });
  // A change the device could not save fails for its caller (a refused release then stays queued and is
  // sent again later), never for the changes after it.
  refusalsSaved = changed.catch(() => undefined);
  return changed;
}

/** Starts the signed-in account's release outbox on this device (once per account), sending what waits. */
export function startReleaseOutbox(owner: string): void {
  if (running?.owner === owner) return;
  running?.outbox.dispose();
  setRefused([]);
  const storage = {
    load: async () => {
      const items = (await get(outboxKey(owner), opened())) ?? [];
      setQueuedKeys(items.map((item: { key: string }) => item.key));
      return items;
    },
    save: async (items: { key: string }[]) => {
      setQueuedKeys(items.map((item) => item.key));
      await set(outboxKey(owner), items, opened());
    },
  };
  const outbox = createOutbox<QueuedRelease, RecordedRelease>({
    storage,
    send: (item) => sendRelease(item.payload),
    onChange: setState,
    onSent: (item, result) => setRecorded({ ...recorded(), [item.key]: result }),
    onRefused: (item, outcome) => {
      const reasons =
        outcome.problems.length > 0 ? outcome.problems.map((problem) => problem.message) : [outcome.message];
      const refusal = {
        key: item.key,
        proposalNumber: item.payload.proposalNumber,
        village: item.payload.village,
        reasons,
        at: new Date().toISOString(),
      };
      // Sent again after a page closed between keeping it and the outbox letting it go: one notice.
      return changeRefused(owner, (list) => [...list.filter((kept) => kept.key !== item.key), refusal]);
    },
  });
  running = { owner, outbox };
  // Not read (the device's storage refused): no notices shown, none lost.
  changeRefused(owner, (list) => list).catch(() => undefined);
  void outbox.start();
}

export const releaseOutbox = {
  state,
  refused,
  recorded,
  /** Whether the release under `key` still waits on this device. */
  waiting: (key: string) => queuedKeys().includes(key),
  enqueue: (key: string, payload: QueuedRelease) => running?.outbox.enqueue(key, payload),
  flush: () => running?.outbox.flush(),
  /** The refusal has been read: it goes from the device. */
  dismiss: (key: string) => {
    if (!running) return;
    // Not saved: the notice stays, and "Sudah dibaca" tries again.
    changeRefused(running.owner, (list) => list.filter((refusal) => refusal.key !== key)).catch(() => undefined);
  },
};
