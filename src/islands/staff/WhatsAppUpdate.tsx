import { For, Show, createSignal } from 'solid-js';
import { pocketbase } from '../../lib/pocketbase-client';
import { statusPagePath } from '../../lib/paths';
import { whatsappUpdateLink, whatsappUpdateText } from '../../lib/whatsapp-update';
import type { AgenciesRecord, RequestsRecord, ServicesRecord } from '../../domain/records';

interface Props {
  request: RequestsRecord & { expand?: { service?: ServicesRecord; agency?: AgenciesRecord } };
  /** The office's wording from its content file, if it has one. */
  template: string | undefined;
  staffId: string;
  /** After "diberitahu via WhatsApp" is recorded: reload the timeline. */
  onRecorded: () => unknown;
}

/**
 * "Kabari lewat WhatsApp": opens WhatsApp on the staff member's own device with the update ready
 * to send to the applicant (no paid API), and records it in the request's internal timeline.
 */
export default function WhatsAppUpdate(props: Props) {
  const pb = pocketbase();
  const [result, setResult] = createSignal<{ ok: boolean; message: string }>();
  const text = () =>
    whatsappUpdateText(
      {
        office: props.request.expand?.agency?.short_name ?? '',
        number: props.request.number,
        service: props.request.expand?.service?.short_title ?? '',
        status: props.request.status,
        steps: props.request.steps,
        currentStep: props.request.current_step,
        statusUrl: new URL(statusPagePath(props.request.number), location.origin).href,
      },
      props.template,
    );

  async function record() {
    setResult(undefined);
    try {
      await pb.collection('request_contacts').create({ request: props.request.id, staff: props.staffId, channel: 'whatsapp' });
      await props.onRecorded();
      setResult({ ok: true, message: 'Dicatat di riwayat: diberitahu via WhatsApp. Pastikan pesannya sudah Anda kirim di WhatsApp.' });
    } catch {
      setResult({ ok: false, message: 'WhatsApp dibuka, tetapi pemberitahuan belum tercatat di riwayat. Periksa koneksi, lalu tekan tombolnya lagi.' });
    }
  }

  return (
    <section aria-labelledby="kabari-judul">
      <h4 id="kabari-judul">Kabari pemohon</h4>
      <p class="hint">
        Membuka WhatsApp di perangkat Anda dengan pesan ini, siap dikirim ke {props.request.applicant_phone}. Pesan tidak memuat nama pemohon; tekan kirim di WhatsApp.
      </p>
      <blockquote class="message-preview">
        <For each={text().split(props.request.number)}>
          {(part, index) => (
            <>
              {index() > 0 && <span class="nomor">{props.request.number}</span>}
              {part}
            </>
          )}
        </For>
      </blockquote>
      <a class="button secondary" href={whatsappUpdateLink(props.request.applicant_phone, text())} target="_blank" rel="noopener noreferrer" onClick={() => void record()}>
        Kabari lewat WhatsApp
      </a>
      <p role="status" class={result() ? (result()!.ok ? 'callout saved' : 'error-message') : 'visually-hidden'}>
        <Show when={result()}>{result()!.message}</Show>
      </p>
    </section>
  );
}
