import { Show, createResource } from 'solid-js';
import StockAlerts from './StockAlerts';
import { fetchStock } from './stock-fetch';
import { ROUTES } from '../../lib/api-address';
import type { UndeliveredProposal } from '../../domain/stock-reports';

/** A Camat's stock alerts, above their proposals: their own Lambung Sosial only (GET /api/logistik/peringatan). */
export default function KeeperStockAlerts(props: { openProposal: (proposal: UndeliveredProposal) => void }) {
  const [alerts] = createResource(() => fetchStock(ROUTES.stockAlerts));
  return (
    <>
      <Show when={alerts.error}>
        <p class="callout" role="alert">
          Peringatan stok tidak dapat dimuat. Periksa koneksi, lalu buka tab ini lagi.
        </p>
      </Show>
      <Show when={alerts.latest}>
        {(loaded) => <StockAlerts alerts={loaded()} openProposal={props.openProposal} />}
      </Show>
    </>
  );
}
