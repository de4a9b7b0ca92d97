// The outbox (src/lib/outbox.ts) with a fake clock, a fake network and a fake server that keeps
// one record per idempotency key, as PocketBase does for proposals.
import { describe, expect, it } from 'vitest';
import {
  createOutbox,
  retryDelay,
  type Clock,
  type Network,
  type OutboxItem,
  type OutboxStorage,
  type SendOutcome,
} from '../../src/lib/outbox';

class FakeClock implements Clock {
  time = 0;
  private timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  };
  clearTimeout = (handle: unknown) => void this.timers.delete(handle as number);
  pending = () => [...this.timers.values()].map((timer) => timer.at - this.time);
  /** Moves time on, running the timers that fall due. */
  async advance(ms: number) {
    this.time += ms;
    for (const [id, timer] of [...this.timers]) {
      if (timer.at <= this.time) {
        this.timers.delete(id);
        timer.run();
      }
    }
    await settle();
  }
}

class FakeNetwork implements Network {
  online = true;
  private listeners = new Set<() => void>();
  isOnline = () => this.online;
  onOnline = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  async connect() {
    this.online = true;
    for (const listener of this.listeners) listener();
    await settle();
  }
}

/** A server that creates one record per key: a repeated key gets the first record back. */
class FakeServer {
  records = new Map<string, { number: string; payload: string }>();
  attempts = 0;
  /** What the next attempts answer before the server works normally again. */
  script: ('offline' | 'stall' | 'error' | 'signed-out' | 'refuse')[] = [];
  /** Set to hold the next answer until released: a send in progress. */
  hold: { release: () => void } | undefined;

  send = async (
    item: OutboxItem<string>,
    onProgress: (sent: number, total: number) => void,
  ): Promise<SendOutcome<{ number: string }>> => {
    this.attempts++;
    onProgress(0, 10);
    const next = this.script.shift();
    if (next === 'offline') return { kind: 'retry-later', reason: 'Tidak ada sambungan' };
    if (next === 'stall') return { kind: 'retry-later', reason: 'Sambungan terputus' };
    if (next === 'error') return { kind: 'retry-later', reason: 'Server menjawab 503' };
    if (next === 'signed-out') return { kind: 'signed-out' };
    if (next === 'refuse')
      return {
        kind: 'refused',
        problems: [{ field: 'chronology', message: 'Kronologi wajib diisi.' }],
        message: 'Kronologi wajib diisi.',
      };
    if (this.hold) await new Promise<void>((release) => (this.hold = { release }));
    onProgress(10, 10);
    const existing = this.records.get(item.key);
    if (existing) return { kind: 'sent', result: existing };
    const record = { number: `PWK-${String(this.records.size + 1).padStart(4, '0')}`, payload: item.payload };
    this.records.set(item.key, record);
    return { kind: 'sent', result: record };
  };
}

class MemoryStorage implements OutboxStorage<string> {
  saved: OutboxItem<string>[] = [];
  load = async () => structuredClone(this.saved);
  save = async (items: OutboxItem<string>[]) => {
    this.saved = structuredClone(items);
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(storage = new MemoryStorage(), server = new FakeServer()) {
  const clock = new FakeClock();
  const network = new FakeNetwork();
  const sent: string[] = [];
  const refused: string[] = [];
  const outbox = createOutbox<string, { number: string }>({
    storage,
    send: server.send,
    clock,
    network,
    onSent: (item, result) => sent.push(`${item.key}→${result.number}`),
    onRefused: (item) => {
      refused.push(item.key);
    },
  });
  return { outbox, storage, server, clock, network, sent, refused };
}

describe('the outbox', () => {
  it('sends at once when there is a connection, and keeps nothing after', async () => {
    const { outbox, storage, sent } = setup();
    await outbox.start();
    await outbox.enqueue('key-1', 'usulan 1');
    expect(sent).toEqual(['key-1→PWK-0001']);
    expect(storage.saved).toEqual([]);
    expect(outbox.state()).toMatchObject({ queued: 0, sending: null, waitingReason: null });
  });

  it('offline, keeps the item on the device, sends nothing, and delivers when the connection returns', async () => {
    const { outbox, storage, server, network, sent } = setup();
    network.online = false;
    await outbox.start();
    await outbox.enqueue('key-1', 'usulan 1');
    expect(server.attempts).toBe(0);
    expect(storage.saved.map((item) => item.key)).toEqual(['key-1']);
    expect(outbox.state()).toMatchObject({ queued: 1, waitingReason: 'Tidak ada sambungan' });
    await network.connect();
    expect(sent).toEqual(['key-1→PWK-0001']);
    expect(storage.saved).toEqual([]);
  });

  it('after a stalled upload, retries later with growing waits and delivers once', async () => {
    const { outbox, server, clock, sent } = setup();
    server.script = ['stall', 'error', 'stall'];
    await outbox.start();
    await outbox.enqueue('key-1', 'usulan 1');
    expect(outbox.state()).toMatchObject({ queued: 1, waitingReason: 'Sambungan terputus' });
    expect(clock.pending()).toEqual([retryDelay(1)]);
    await clock.advance(retryDelay(1));
    expect(outbox.state().waitingReason).toBe('Server menjawab 503');
    expect(clock.pending()).toEqual([retryDelay(2)]);
    await clock.advance(retryDelay(2));
    await clock.advance(retryDelay(3));
    expect(server.attempts).toBe(4);
    expect(sent).toEqual(['key-1→PWK-0001']);
    expect(server.records.size).toBe(1);
  });

  it('waits 5 s, 10 s, 20 s, 40 s, then at most a minute between attempts', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelay)).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000]);
  });

  it('gives a refused item back to the form and goes on with the next', async () => {
    const { outbox, server, network, sent, refused, storage } = setup();
    network.online = false;
    await outbox.start();
    await outbox.enqueue('key-1', 'usulan 1');
    await outbox.enqueue('key-2', 'usulan 2');
    server.script = ['refuse'];
    await network.connect();
    expect(refused).toEqual(['key-1']);
    expect(sent).toEqual(['key-2→PWK-0001']);
    expect(storage.saved).toEqual([]);
  });

  it('lets a refused item go from the device only once its refusal is kept', async () => {
    const storage = new MemoryStorage();
    const server = new FakeServer();
    let keep: () => void = () => {};
    const queuedWhenRefused: string[][] = [];
    const outbox = createOutbox<string, { number: string }>({
      storage,
      send: server.send,
      clock: new FakeClock(),
      network: new FakeNetwork(),
      onRefused: () => {
        queuedWhenRefused.push(storage.saved.map((item) => item.key));
        return new Promise<void>((kept) => (keep = kept));
      },
    });
    await outbox.start();
    server.script = ['refuse'];
    const sending = outbox.enqueue('key-1', 'usulan 1');
    await settle();
    expect(queuedWhenRefused).toEqual([['key-1']]);
    // The page closes now: the item is still on the device and is sent again at the next start.
    expect(storage.saved.map((item) => item.key)).toEqual(['key-1']);
    keep();
    await sending;
    expect(storage.saved).toEqual([]);
  });

  it('stops when the session has ended, and goes on after signing in again', async () => {
    const { outbox, server, sent } = setup();
    server.script = ['signed-out'];
    await outbox.start();
    await outbox.enqueue('key-1', 'usulan 1');
    expect(outbox.state()).toMatchObject({ needsSignIn: true, queued: 1 });
    await outbox.flush();
    expect(outbox.state()).toMatchObject({ needsSignIn: false, queued: 0 });
    expect(sent).toEqual(['key-1→PWK-0001']);
  });

  it('never sends the same item twice at once, and ignores an item queued twice', async () => {
    const { outbox, server, sent } = setup();
    server.hold = { release: () => undefined };
    await outbox.start();
    const first = outbox.enqueue('key-1', 'usulan 1');
    await settle();
    const again = outbox.enqueue('key-1', 'usulan 1');
    const flushing = outbox.flush();
    await settle();
    expect(server.attempts).toBe(1);
    server.hold.release();
    server.hold = undefined;
    await Promise.all([first, again, flushing]);
    expect(server.attempts).toBe(1);
    expect(sent).toEqual(['key-1→PWK-0001']);
  });

  it('after a reload in the middle of a send, sends again with the same key and the server keeps one record', async () => {
    const storage = new MemoryStorage();
    const server = new FakeServer();
    const before = setup(storage, server);
    server.hold = { release: () => undefined };
    await before.outbox.start();
    void before.outbox.enqueue('key-1', 'usulan 1');
    await settle();
    // The page goes away while the upload is in flight; the server still finishes creating it.
    before.outbox.dispose();
    server.hold.release();
    server.hold = undefined;
    await settle();
    expect(server.records.size).toBe(1);

    const after = setup(storage, server);
    await after.outbox.start();
    expect(after.sent).toEqual(['key-1→PWK-0001']);
    expect(server.records.size).toBe(1);
    expect(storage.saved).toEqual([]);
  });
});
