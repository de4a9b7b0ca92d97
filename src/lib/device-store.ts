// What a form keeps on the phone — its draft with the files chosen, and its outbox — in IndexedDB
// (blobs included), so a half-filled form survives a reload and a queued one survives closing the
// app. One database per form: idb-keyval keeps one object store per database.
import { createStore, delMany, get, getMany, set, type UseStore } from 'idb-keyval';
import type { OutboxItem, OutboxStorage } from './outbox';

export interface DeviceStore<Draft> {
  loadDraft(owner: string): Promise<Draft | undefined>;
  /** The whole draft, its files included: after a file changes, a step is taken, or typing pauses. */
  saveDraft(owner: string, draft: Draft): Promise<void>;
  /**
   * What was just typed, at once, on every change: the draft without its files, small enough to
   * write on each keystroke, so a reload right after typing loses nothing. (Written once the page
   * goes away — pagehide — it would not land: the page is gone before IndexedDB commits.)
   */
  saveTyped(owner: string, draft: Draft): Promise<void>;
  deleteDraft(owner: string): Promise<void>;
  /** The owner's outbox; `upgrade` reads items an earlier version of the page saved differently. */
  outbox<Payload>(owner: string, upgrade?: (saved: unknown) => OutboxItem<Payload>): OutboxStorage<Payload>;
}

/** Whether a value holds a file (a photo or PDF chosen), anywhere inside it. */
const holdsFile = (value: unknown): boolean =>
  value instanceof Blob ||
  (typeof value === 'object' && value !== null && Object.values(value as object).some(holdsFile));

/** The draft's entries that hold no file. */
const withoutFiles = <Draft extends object>(draft: Draft): Partial<Draft> =>
  Object.fromEntries(Object.entries(draft).filter(([, value]) => !holdsFile(value))) as Partial<Draft>;

export function deviceStore<Draft extends { updatedAt: string }>(
  database: string,
  objectStore: string,
): DeviceStore<Draft> {
  let store: UseStore | undefined;
  const opened = () => (store ??= createStore(database, objectStore));
  const whole = (owner: string) => `draf:${owner}`;
  const typed = (owner: string) => `draf-ketik:${owner}`;
  /** Owners whose whole draft is on the device: what is typed is kept beside it, not instead of it. */
  const saved = new Set<string>();
  const saveDraft = (owner: string, draft: Draft) => {
    saved.add(owner);
    return set(whole(owner), draft, opened());
  };
  return {
    async loadDraft(owner) {
      const [draft, latest] = (await getMany([whole(owner), typed(owner)], opened())) as [
        Draft | undefined,
        Partial<Draft> | undefined,
      ];
      if (!draft) return undefined;
      saved.add(owner);
      // Typed after the whole draft was last saved: the typing wins, the files stay.
      return latest?.updatedAt && latest.updatedAt > draft.updatedAt ? { ...draft, ...latest } : draft;
    },
    saveDraft,
    saveTyped: (owner, draft) =>
      saved.has(owner) ? set(typed(owner), withoutFiles(draft), opened()) : saveDraft(owner, draft),
    async deleteDraft(owner) {
      saved.delete(owner);
      await delMany([whole(owner), typed(owner)], opened());
    },
    outbox<Payload>(owner: string, upgrade?: (saved: unknown) => OutboxItem<Payload>): OutboxStorage<Payload> {
      const key = `kirim:${owner}`;
      return {
        async load() {
          const saved = (await get<unknown[]>(key, opened())) ?? [];
          return saved.map((item) => (upgrade ? upgrade(item) : (item as OutboxItem<Payload>)));
        },
        save: (items) => set(key, items, opened()),
      };
    },
  };
}
