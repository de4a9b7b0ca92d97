import { Show, createResource, createSignal } from 'solid-js';
import DataTable from '../DataTable';
import { TextField } from '../form/fields';
import { pocketbase } from '../../lib/pocketbase-client';
import { ROUTES, routeUrl } from '../../lib/api-address';
import { formatDateTime } from '../../lib/dates';
import type { AuditCheck } from '../../domain/audit';

/**
 * Whether the trail is whole (GET /api/petugas/jejak-audit/periksa), optionally against an anchor
 * printed from an earlier daily summary: its entry number and its code.
 */
function TrailCheck() {
  const [seq, setSeq] = createSignal('');
  const [mac, setMac] = createSignal('');
  const [errors, setErrors] = createSignal<{ seq?: string; mac?: string; form?: string }>({});
  const [result, setResult] = createSignal<AuditCheck | null>(null);
  const [busy, setBusy] = createSignal(false);

  async function check(event: SubmitEvent) {
    event.preventDefault();
    const number = seq().trim();
    const code = mac().trim().toLowerCase();
    const found: { seq?: string; mac?: string } = {};
    if (number && !/^\d+$/.test(number)) found.seq = 'Tulis nomor entri dengan angka saja, seperti tercetak.';
    if (code && !/^[0-9a-f]{64}$/.test(code))
      found.mac = 'Kode berisi 64 huruf dan angka (0–9, a–f), seperti tercetak.';
    if (number && !code) found.mac = 'Tulis juga kodenya, atau kosongkan nomor entri.';
    if (code && !number) found.seq = 'Tulis juga nomor entrinya, atau kosongkan kode.';
    setErrors(found);
    if (found.seq || found.mac) return;
    setBusy(true);
    try {
      const response = await fetch(
        routeUrl(ROUTES.auditCheck, { query: number ? { jangkar: `${number}:${code}` } : {} }),
        { headers: { Authorization: pocketbase().authStore.token } },
      );
      const body = await response.json();
      if (!response.ok) throw new Error(body.message);
      setResult(body as AuditCheck);
    } catch (error) {
      setResult(null);
      setErrors({
        form: `Pemeriksaan tidak dapat dijalankan: ${(error as Error).message} Periksa koneksi, lalu coba lagi.`,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="audit-check" onSubmit={(event) => void check(event)} aria-labelledby="periksa-judul" novalidate>
      <h3 id="periksa-judul">Periksa keutuhan</h3>
      <p class="hint">
        Kosongkan kedua isian untuk memeriksa sampai jangkar terbaru di server, atau tulis nomor entri dan kode dari
        jangkar yang pernah dicetak dari ringkasan harian.
      </p>
      <TextField
        id="jangkar-nomor"
        label="Nomor entri (dari jangkar tercetak)"
        value={seq()}
        onInput={setSeq}
        inputmode="numeric"
        error={errors().seq}
      />
      <TextField
        id="jangkar-kode"
        label="Kode (MAC) dari jangkar tercetak"
        value={mac()}
        onInput={setMac}
        class="mac"
        error={errors().mac}
      />
      <p>
        <button type="submit" class="button" disabled={busy()}>
          {busy() ? 'Memeriksa…' : 'Periksa jejak audit'}
        </button>
      </p>
      <div role="status">
        <Show when={errors().form}>{(message) => <p class="error-message">{message()}</p>}</Show>
        <Show when={result()}>
          {(found) => (
            <p class={`promise ${found().intact ? 'promise-good' : 'promise-bad'}`}>
              {found().finding} Diperiksa {formatDateTime(found().checkedAt)}.
            </p>
          )}
        </Show>
      </div>
    </form>
  );
}

/** The latest entries of the office's audit trail (kepala bidang only; nobody can change it), and its check. */
export default function AuditLog() {
  const [entries] = createResource(() =>
    pocketbase().collection('audit_log').getList(1, 100, { sort: '-created', requestKey: null }),
  );
  return (
    <>
      <TrailCheck />
      <Show
        when={entries()}
        fallback={<p class="hint">{entries.error ? 'Jejak audit tidak dapat dimuat.' : 'Memuat jejak audit…'}</p>}
      >
        {(page) => (
          <DataTable label="Jejak audit" headers={['Waktu', 'Siapa', 'Tindakan', 'Atas']} rows={page().items}>
            {(entry) => (
              <tr>
                <td>{formatDateTime(entry.at)}</td>
                <td>{entry.actor_name || entry.actor_type}</td>
                <td>{entry.action}</td>
                <td class="nomor">{entry.target_label}</td>
              </tr>
            )}
          </DataTable>
        )}
      </Show>
    </>
  );
}
