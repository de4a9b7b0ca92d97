import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import DataTable from '../DataTable';
import Pager from '../staff/Pager';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { forget, keep, readKept } from '../../lib/kept-on-device';
import { HOUSEHOLD_RESULTS } from '../../domain/household-proposal';
import { HOUSEHOLD_STATUSES } from '../../domain/statuses';
import type { HouseholdProposalsRecord } from '../../domain/records';

/** Households a page of the village's list shows: a village proposes a few hundred a year. */
export const VILLAGE_HOUSEHOLDS_PAGE_SIZE = 20;

type Listed = Pick<
  HouseholdProposalsRecord,
  'id' | 'number' | 'head_name' | 'rt' | 'rw' | 'status' | 'received_at' | 'note_for_village' | 'result'
>;
interface ListPage {
  page: number;
  items: Listed[];
  hasNext: boolean;
  /** When the server answered: a list kept for offline use says how old it is. */
  fetchedAt: string;
}

/** The first page as last fetched, per operator: without signal the operator still sees it (and its age). */
const keptKey = (operatorId: string) => `dtsen-daftar-desa:${operatorId}`;

/** Signing out of a shared phone: the list kept for offline use (heads of family, RT/RW) goes. */
export const forgetVillageHouseholds = (operatorId: string) => forget(keptKey(operatorId));

/**
 * The village's own households proposed for DTSEN, newest first and paged: number, head of family,
 * stage, and what the village must read — the Dinas's reason for returning one, or why the
 * deliberation did not agree it.
 */
export default function VillageHouseholds(props: { operatorId: string; refresh: number }) {
  const [page, setPage] = createSignal(1);
  const [list] = createResource(
    () => ({ page: page(), refresh: props.refresh }),
    async ({ page: wanted }): Promise<ListPage & { offline: boolean }> => {
      try {
        const answer = await pocketbase()
          .collection('household_proposals')
          .getList<Listed>(wanted, VILLAGE_HOUSEHOLDS_PAGE_SIZE, {
            sort: '-received_at',
            fields: 'id,number,head_name,rt,rw,status,received_at,note_for_village,result',
            skipTotal: true,
            requestKey: null,
          });
        const fetched: ListPage = {
          page: wanted,
          items: answer.items,
          hasNext: answer.items.length === VILLAGE_HOUSEHOLDS_PAGE_SIZE,
          fetchedAt: new Date().toISOString(),
        };
        if (wanted === 1) keep(keptKey(props.operatorId), fetched);
        return { ...fetched, offline: false };
      } catch (error) {
        const kept = readKept<ListPage>(keptKey(props.operatorId));
        if (!kept) throw error;
        return { ...kept, offline: true };
      }
    },
  );
  const stage = (household: Listed) =>
    household.status === 'hasil' && household.result
      ? `${HOUSEHOLD_STATUSES.hasil}: ${HOUSEHOLD_RESULTS[household.result]}`
      : HOUSEHOLD_STATUSES[household.status];
  return (
    <Switch>
      <Match when={list.error}>
        <p class="hint">
          Daftar usulan tidak dapat dimuat tanpa sinyal. Usulan yang menunggu dikirim tetap tersimpan di ponsel ini.
        </p>
      </Match>
      <Match when={list()?.items.length === 0 && page() === 1}>
        <p>Desa ini belum mencatat usulan DTSEN lewat situs ini.</p>
      </Match>
      <Match when={list()}>
        {(shown) => (
          <>
            <Show when={shown().offline}>
              <p class="callout" role="status">
                Tanpa sinyal: ini daftar terakhir yang dimuat, {formatDateTime(shown().fetchedAt)}. Tahap terbaru tampil
                begitu ada sambungan.
              </p>
            </Show>
            <DataTable
              cards
              label="Daftar usulan DTSEN desa ini"
              headers={['Nomor', 'Kepala keluarga', 'Dicatat', 'Tahap', 'Catatan untuk desa']}
              rows={shown().items}
            >
              {(household) => (
                <tr>
                  <td class="nomor">{household.number}</td>
                  <td>
                    {household.head_name} (RT {household.rt}/RW {household.rw})
                  </td>
                  <td>{formatDateTime(household.received_at)}</td>
                  <td>{stage(household)}</td>
                  <td>{household.note_for_village || '—'}</td>
                </tr>
              )}
            </DataTable>
            <Pager
              label="Halaman usulan DTSEN desa"
              page={shown().page}
              hasNext={shown().hasNext && !shown().offline}
              onPrevious={() => setPage(shown().page - 1)}
              onNext={() => setPage(shown().page + 1)}
            />
          </>
        )}
      </Match>
    </Switch>
  );
}
