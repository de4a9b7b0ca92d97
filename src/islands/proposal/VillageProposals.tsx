import { For, Match, Switch, createResource } from 'solid-js';
import { pocketbase } from '../../lib/pocketbase-client';
import { DISASTER_TYPES } from '../../lib/proposal-rules';
import { formatDateTime } from '../../lib/dates';
import { STATUS_LABELS } from '../status/StatusResult';

/** The village's proposals with their status; each number links to its status page. */
export default function VillageProposals(props: { refresh: number }) {
  const [proposals] = createResource(
    () => props.refresh,
    () => pocketbase().collection('proposals').getList(1, 30, { sort: '-received_at', fields: 'id,number,status,received_at,disaster_type', requestKey: null }),
  );
  return (
    <Switch>
      <Match when={proposals.error}>
        <p class="hint">Daftar usulan tidak dapat dimuat tanpa sinyal. Usulan yang menunggu dikirim tetap tersimpan di ponsel ini.</p>
      </Match>
      <Match when={proposals()?.items.length === 0}>
        <p>Desa ini belum pernah mengirim usulan lewat situs ini.</p>
      </Match>
      <Match when={proposals()}>
        {(page) => (
          <div class="table-scroll" tabindex="0" role="region" aria-label="Usulan desa ini">
            <table>
              <thead>
                <tr>
                  <th scope="col">Nomor</th>
                  <th scope="col">Bencana</th>
                  <th scope="col">Dikirim</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                <For each={page().items}>
                  {(proposal) => (
                    <tr>
                      <td>
                        <a href={`/cek-status/?no=${proposal['number']}`}>{proposal['number']}</a>
                      </td>
                      <td>{DISASTER_TYPES[proposal['disaster_type'] as keyof typeof DISASTER_TYPES]}</td>
                      <td>{formatDateTime(proposal['received_at'])}</td>
                      <td>{STATUS_LABELS[proposal['status'] as keyof typeof STATUS_LABELS]}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Match>
    </Switch>
  );
}
