import { For, Show, createResource, createSignal } from 'solid-js';
import { servicePlacesOf } from '../../lib/service-places';
import {
  TRACKED_KINDS,
  whatsappUpdateLink,
  whatsappUpdateText,
  type TrackedKind,
  type TrackedUpdate,
} from '../../lib/whatsapp-update';

/** Each office's wording, by its slug, then by what is tracked (content/agencies/: whatsappUpdates). */
export type WhatsAppTemplates = Record<string, Partial<Record<TrackedKind, string>>>;

interface Props {
  update: TrackedUpdate;
  /** The recipient's phone: the applicant's, the village contact's or the complainant's. */
  phone: string;
  /** The office's wording from its content file, if it has one for this kind. */
  template: string | undefined;
  /** Records "diberitahu via WhatsApp" in the record's internal timeline, as the signed-in account. */
  record: () => Promise<unknown>;
  /** After it is recorded: reload the timeline. */
  onRecorded: () => unknown;
}

/**
 * "Kabari lewat WhatsApp": opens WhatsApp on the sender's own device with the update ready to send
 * (no paid API), and records it in the internal timeline. The phone goes only into the wa.me link,
 * which the browser opens at WhatsApp, never to this site's server.
 */
export default function WhatsAppUpdate(props: Props) {
  const [result, setResult] = createSignal<{ ok: boolean; message: string }>();
  const recipient = () => TRACKED_KINDS[props.update.kind];
  // A finished request says where its result is collected: its service's delivery points.
  const [places] = createResource(
    () => props.update.kind === 'permohonan' && props.update.status === 'selesai' && props.update.serviceSlug,
    (slug) => servicePlacesOf(slug).catch(() => []),
  );
  const text = () =>
    whatsappUpdateText(
      props.update.kind === 'permohonan' ? { ...props.update, collectAt: places() ?? [] } : props.update,
      props.template,
    );

  async function record() {
    setResult(undefined);
    try {
      await props.record();
      await props.onRecorded();
      setResult({
        ok: true,
        message: 'Dicatat di riwayat: diberitahu via WhatsApp. Pastikan pesannya sudah Anda kirim di WhatsApp.',
      });
    } catch {
      setResult({
        ok: false,
        message:
          'WhatsApp dibuka, tetapi pemberitahuan belum tercatat di riwayat. Periksa koneksi, lalu tekan tombolnya lagi.',
      });
    }
  }

  return (
    <section aria-labelledby="kabari-judul">
      <h4 id="kabari-judul">Kabari {recipient()}</h4>
      <p class="hint">
        Membuka WhatsApp di perangkat Anda dengan pesan ini, siap dikirim ke {props.phone}. Pesan tidak memuat nama{' '}
        {recipient()}; tekan kirim di WhatsApp.
      </p>
      <blockquote class="message-preview">
        <For each={text().split(props.update.number)}>
          {(part, index) => (
            <>
              {index() > 0 && <span class="nomor">{props.update.number}</span>}
              {part}
            </>
          )}
        </For>
      </blockquote>
      <a
        class="button secondary"
        href={whatsappUpdateLink(props.phone, text())}
        target="_blank"
        rel="noopener noreferrer"
        onClick={() => void record()}
      >
        Kabari lewat WhatsApp
      </a>
      <p role="status" class={result() ? (result()!.ok ? 'callout saved' : 'error-message') : 'visually-hidden'}>
        <Show when={result()}>{result()!.message}</Show>
      </p>
    </section>
  );
}
