import { Match, Switch, createResource } from 'solid-js';
import DataTable from '../DataTable';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { ROUTES } from '../../lib/api-address';
import type { AnswerOf } from '../../domain/routes';

/**
 * The sanggah the office forwarded to this village (GET /api/desa/sanggah): whom each names, why, and
 * what the office asks — to weigh at the next deliberation. Who reported it is never sent here.
 */
export default function VillageSanggah() {
  const [forwarded] = createResource(() =>
    pocketbase().send<AnswerOf<typeof ROUTES.villageSanggah>>(ROUTES.villageSanggah.path, {
      method: ROUTES.villageSanggah.method,
      requestKey: null,
    }),
  );
  return (
    <Switch>
      <Match when={forwarded.error}>
        <p class="hint">Sanggah dari Dinas tidak dapat dimuat tanpa sinyal.</p>
      </Match>
      <Match when={forwarded()?.items.length === 0}>
        <p>Tidak ada sanggah yang diteruskan Dinas ke desa ini.</p>
      </Match>
      <Match when={forwarded()}>
        {(shown) => (
          <DataTable
            cards
            label="Sanggah yang diteruskan Dinas"
            headers={['Diteruskan', 'Nama', 'RT/RW', 'Alasan', 'Catatan Dinas']}
            rows={shown().items}
          >
            {(sanggah) => (
              <tr>
                <td>{formatDateTime(sanggah.forwardedAt)}</td>
                <td>{sanggah.name}</td>
                <td>
                  {sanggah.rt}/{sanggah.rw}
                </td>
                <td>{sanggah.reason}</td>
                <td>{sanggah.note}</td>
              </tr>
            )}
          </DataTable>
        )}
      </Match>
    </Switch>
  );
}
