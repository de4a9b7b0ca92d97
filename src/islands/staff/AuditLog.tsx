import { For, Show, createResource } from 'solid-js';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';

/** The latest entries of the office's audit trail (kepala bidang only; nobody can change it). */
export default function AuditLog() {
  const [entries] = createResource(() => pocketbase().collection('audit_log').getList(1, 100, { sort: '-created', requestKey: null }));
  return (
    <Show when={entries()} fallback={<p class="hint">{entries.error ? 'Jejak audit tidak dapat dimuat.' : 'Memuat jejak audit…'}</p>}>
      {(page) => (
        <div class="table-scroll" tabindex="0" role="region" aria-label="Jejak audit">
          <table>
            <thead>
              <tr><th scope="col">Waktu</th><th scope="col">Siapa</th><th scope="col">Tindakan</th><th scope="col">Atas</th></tr>
            </thead>
            <tbody>
              <For each={page().items}>
                {(entry) => (
                  <tr>
                    <td>{formatDateTime(entry['created'])}</td>
                    <td>{entry['actor_name'] || entry['actor_type']}</td>
                    <td>{entry['action']}</td>
                    <td>{entry['target_label']}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      )}
    </Show>
  );
}
