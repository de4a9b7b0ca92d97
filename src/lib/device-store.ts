// What a form keeps on the phone — its draft with the files chosen, and its outbox — in IndexedDB
// (blobs included), so a half-filled form survives a reload and a queued one survives closing the
// app. One database per form: idb-keyval keeps one object store per database. Only across a reload,
// what was typed last also waits in the tab's sessionStorage (keepForReload).
import { createStore, delMany, get, getMany, set, type UseStore } from 'idb-keyval';
import type { OutboxItem, OutboxStorage } from './outbox';
import { forget, keep, readKept } from './kept-on-device';

export interface DeviceStore<Draft> {
  /**
   * The owner's draft as last typed, or `empty()` when there is none — with what the tab kept across a
   * reload laid over it (keepForReload), so even a new form's first keystrokes, typed before anything
   * reached IndexedDB, come back.
   */
  loadDraft(owner: string, empty: () => Draft): Promise<Draft>;
  /** The whole draft, its files included: after a file changes, a step is taken, or typing pauses. */
  saveDraft(owner: string, draft: Draft): Promise<void>;
  /**
   * What was just typed, at once, on every change: the draft without its files, small enough to
   * write on each keystroke, so a reload right after typing loses nothing. (Written once the page
   * goes away — pagehide — it would not land: the page is gone before IndexedDB commits.)
   */
  saveTyped(owner: string, draft: Draft): Promise<void>;
  /**
   * What was typed, kept at once as the page goes away (pagehide): on a busy phone a keystroke's
   * IndexedDB write can still be pending when a reload comes. sessionStorage is written synchronously;
   * the tab's copy is read back by the next load when newer, moved into IndexedDB and removed, and
   * removed by deleteDraft (signing out of a shared phone). The draft without its files, as saveTyped.
   */
  keepForReload(owner: string, draft: Draft): void;
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
  const forReload = (owner: string) => `${database}/${objectStore}/${typed(owner)}`;
  /** Owners whose whole draft is on the device: what is typed is kept beside it, not instead of it. */
  const saved = new Set<string>();
  const saveDraft = (owner: string, draft: Draft) => {
    saved.add(owner);
    return set(whole(owner), draft, opened());
  };
  return {
    async loadDraft(owner, empty) {
      const [draft, latest] = (await getMany([whole(owner), typed(owner)], opened())) as [
        Draft | undefined,
        Partial<Draft> | undefined,
      ];
      const kept = readKept<Partial<Draft>>(forReload(owner), 'sessionStorage');
      forget(forReload(owner), 'sessionStorage');
      if (!draft) {
        if (!kept?.updatedAt) return empty();
        // A new form's first keystrokes, kept by the tab before any reached IndexedDB: now they do.
        const started = { ...empty(), ...kept };
        await saveDraft(owner, started);
        return started;
      }
      saved.add(owner);
      // Typed after the whole draft was last saved: the typing wins, the files stay.
      const loaded = latest?.updatedAt && latest.updatedAt > draft.updatedAt ? { ...draft, ...latest } : draft;
      if (!kept?.updatedAt || kept.updatedAt <= loaded.updatedAt) return loaded;
      // Typed just before a reload that came before IndexedDB's write.
      await set(typed(owner), kept, opened());
      return { ...loaded, ...kept };
    },
    saveDraft,
    saveTyped: (owner, draft) =>
      saved.has(owner) ? set(typed(owner), withoutFiles(draft), opened()) : saveDraft(owner, draft),
    keepForReload: (owner, draft) => keep(forReload(owner), withoutFiles(draft), 'sessionStorage'),
    async deleteDraft(owner) {
      saved.delete(owner);
      forget(forReload(owner), 'sessionStorage');
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
