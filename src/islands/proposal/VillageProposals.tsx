import { Match, Switch, createResource } from 'solid-js';
import DataTable from '../DataTable';
import { pocketbase } from '../../lib/pocketbase-client';
import { DISASTER_TYPES } from '../../domain/proposal';
import { formatDateTime } from '../../lib/dates';
import { PROPOSAL_STATUSES } from '../../domain/statuses';
import { statusPagePath } from '../../lib/paths';

/** The village's proposals with their status; each number links to its status page. */
export default function VillageProposals(props: { refresh: number }) {
  const [proposals] = createResource(
    () => props.refresh,
    () =>
      pocketbase().collection('proposals').getList(1, 30, {
        sort: '-received_at',
        fields: 'id,number,status,received_at,disaster_type',
        requestKey: null,
      }),
  );
  return (
    <Switch>
      <Match when={proposals.error}>
        <p class="hint">
          Daftar usulan tidak dapat dimuat tanpa sinyal. Usulan yang menunggu dikirim tetap tersimpan di ponsel ini.
        </p>
      </Match>
      <Match when={proposals()?.items.length === 0}>
        <p>Desa ini belum pernah mengirim usulan lewat situs ini.</p>
      </Match>
      <Match when={proposals()}>
        {(page) => (
          <DataTable
            cards
            label="Usulan desa ini"
            headers={['Nomor', 'Bencana', 'Dikirim', 'Status']}
            rows={page().items}
          >
            {(proposal) => (
              <tr>
                <td class="nomor">
                  <a href={statusPagePath(proposal.number)}>{proposal.number}</a>
                </td>
                <td>{DISASTER_TYPES[proposal.disaster_type]}</td>
                <td>{formatDateTime(proposal.received_at)}</td>
                <td>{PROPOSAL_STATUSES[proposal.status]}</td>
              </tr>
            )}
          </DataTable>
        )}
      </Match>
    </Switch>
  );
}
