import { For, Show, createSignal, type JSX } from 'solid-js';
import { signOut } from '../lib/pocketbase-client';

/**
 * Who is signed in, and "Keluar": it ends the session on the server and leaves nothing personal on
 * a phone others may use — what the desk keeps (`forget`: drafts, outbox, lists kept for offline use)
 * is deleted. When something unsent would be lost (`losses`, one sentence each), it asks first.
 */
export default function SignOutOfDevice(props: {
  children: JSX.Element;
  losses: () => string[];
  forget: () => Promise<void>;
  onSignedOut: () => void;
}) {
  const [asking, setAsking] = createSignal(false);
  async function leave(confirmed: boolean) {
    if (props.losses().length > 0 && !confirmed) {
      setAsking(true);
      queueMicrotask(() => document.getElementById('keluar-judul')?.focus());
      return;
    }
    await props.forget();
    await signOut();
    props.onSignedOut();
  }
  return (
    <>
      <p class="meta">
        {props.children}{' '}
        <button type="button" class="link-button" onClick={() => void leave(false)}>
          Keluar
        </button>
      </p>
      <Show when={asking()}>
        <section class="callout" aria-labelledby="keluar-judul">
          <h2 id="keluar-judul" tabindex="-1">
            Keluar dan hapus dari ponsel ini?
          </h2>
          <ul>
            <For each={props.losses()}>{(loss) => <li>{loss}</li>}</For>
          </ul>
          <p>Semuanya dihapus dari ponsel ini, supaya tidak terlihat oleh orang lain yang memakai ponsel ini.</p>
          <p class="form-actions">
            <button type="button" class="button" onClick={() => setAsking(false)}>
              Batal, tetap masuk
            </button>{' '}
            <button type="button" class="button secondary" onClick={() => void leave(true)}>
              Hapus dan keluar
            </button>
          </p>
        </section>
      </Show>
    </>
  );
}
