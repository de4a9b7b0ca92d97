// What a form keeps on the phone — its draft with the files chosen, and its outbox — in IndexedDB
// (blobs included), so a half-filled form survives a reload and a queued one survives closing the
// app. One database per form: idb-keyval keeps one object store per database.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { OutboxItem, OutboxStorage } from './outbox';

export interface DeviceStore<Draft> {
  loadDraft(owner: string): Promise<Draft | undefined>;
  saveDraft(owner: string, draft: Draft): Promise<void>;
  deleteDraft(owner: string): Promise<void>;
  /** The owner's outbox; `upgrade` reads items an earlier version of the page saved differently. */
  outbox<Payload>(owner: string, upgrade?: (saved: unknown) => OutboxItem<Payload>): OutboxStorage<Payload>;
}

export function deviceStore<Draft>(database: string, objectStore: string): DeviceStore<Draft> {
  let store: UseStore | undefined;
  const opened = () => (store ??= createStore(database, objectStore));
  return {
    loadDraft: (owner) => get<Draft>(`draf:${owner}`, opened()),
    saveDraft: (owner, draft) => set(`draf:${owner}`, draft, opened()),
    deleteDraft: (owner) => del(`draf:${owner}`, opened()),
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
