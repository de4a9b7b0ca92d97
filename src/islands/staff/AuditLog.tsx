import { Show, createResource } from 'solid-js';
import DataTable from '../DataTable';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';

/** The latest entries of the office's audit trail (kepala bidang only; nobody can change it). */
export default function AuditLog() {
  const [entries] = createResource(() =>
    pocketbase().collection('audit_log').getList(1, 100, { sort: '-created', requestKey: null }),
  );
  return (
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
  );
}
