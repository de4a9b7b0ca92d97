import { Show } from 'solid-js';
import DataTable from '../DataTable';
import { formatDateTime } from '../../lib/dates';
import { STOCK_REPORTS_PATH, stockCardPath } from '../../lib/stock-paths';
import { formatQuantity } from '../../domain/quantity';
import { PROPOSAL_STATUSES } from '../../domain/statuses';
import type { StockAlerts as Alerts, UndeliveredProposal } from '../../domain/stock-reports';

/** "75 hari lagi", "hari ini", "lewat 2 hari": how far a batch is from its expiry date. */
function expiryText(daysLeft: number): string {
  if (daysLeft > 0) return `${daysLeft} hari lagi`;
  if (daysLeft === 0) return 'hari ini';
  return `lewat ${-daysLeft} hari — ajukan penghapusan`;
}

/**
 * The stock alerts of the warehouses an account keeps (the kepala bidang's daily summary, the
 * Camat's proposals): each batch or item opens its kartu stok, each proposal opens in Usulan desa,
 * where it is released or followed up.
 */
export default function StockAlerts(props: { alerts: Alerts; openProposal: (proposal: UndeliveredProposal) => void }) {
  const cardLink = (alert: { warehouse: string; item: string; itemName: string }) => (
    <a href={stockCardPath(alert.warehouse, alert.item)}>{alert.itemName}</a>
  );
  return (
    <section aria-labelledby="peringatan-stok-judul">
      <h3 id="peringatan-stok-judul">Stok logistik</h3>
      <p>
        <a href={STOCK_REPORTS_PATH}>Buka laporan stok</a> (kartu stok, laporan bulanan, penyaluran per bencana).
      </p>
      <Show
        when={props.alerts.expiring.length > 0}
        fallback={<p>Tidak ada batch yang mendekati tanggal kedaluwarsanya.</p>}
      >
        <p>
          Batch yang harus segera disalurkan sebelum kedaluwarsa (batas peringatan tiap barang ada di katalog logistik),
          yang paling dekat lebih dulu. Pilih barangnya untuk membuka kartu stoknya.
        </p>
        <DataTable
          label="Batch mendekati kedaluwarsa"
          cards
          headers={['Barang', 'Gudang', 'Batch', 'Sisa', 'Kedaluwarsa']}
          rows={props.alerts.expiring}
        >
          {(alert) => (
            <tr>
              <td>{cardLink(alert)}</td>
              <td>{alert.warehouseName}</td>
              <td>{alert.batch}</td>
              <td>
                {formatQuantity(alert.balance)} {alert.unit}
              </td>
              <td>
                {alert.expiresOn} ({expiryText(alert.daysLeft)})
              </td>
            </tr>
          )}
        </DataTable>
      </Show>
      <Show when={props.alerts.belowMinimum.length > 0} fallback={<p>Semua barang di atas stok minimum gudangnya.</p>}>
        <p>Barang di bawah stok minimum gudangnya: ajukan pengadaan atau mutasi dari gudang lain.</p>
        <DataTable
          label="Barang di bawah stok minimum"
          cards
          headers={['Barang', 'Gudang', 'Sisa', 'Minimum']}
          rows={props.alerts.belowMinimum}
        >
          {(alert) => (
            <tr>
              <td>{cardLink(alert)}</td>
              <td>{alert.warehouseName}</td>
              <td>
                {formatQuantity(alert.balance)} {alert.unit}
              </td>
              <td>
                {formatQuantity(alert.minimum)} {alert.unit}
              </td>
            </tr>
          )}
        </DataTable>
      </Show>
      <Show
        when={props.alerts.undelivered.length > 0}
        fallback={
          <p>
            Tidak ada usulan yang disetujui lebih dari {props.alerts.undeliveredAlertDays} hari tanpa logistik diterima
            desa.
          </p>
        }
      >
        <p>
          Usulan yang disetujui lebih dari {props.alerts.undeliveredAlertDays} hari lalu dan logistiknya belum diterima
          desa. Pilih nomornya untuk membukanya di Usulan desa.
        </p>
        <DataTable
          label="Usulan disetujui, logistik belum diterima desa"
          cards
          headers={['Nomor', 'Desa', 'Disetujui', 'Menunggu', 'Status']}
          rows={props.alerts.undelivered}
        >
          {(proposal) => (
            <tr>
              <td class="nomor">
                <button type="button" class="link-button" onClick={() => props.openProposal(proposal)}>
                  {proposal.number}
                </button>
              </td>
              <td>
                {proposal.village}, Kec. {proposal.kecamatan}
              </td>
              <td>{formatDateTime(proposal.approvedAt)}</td>
              <td>{proposal.waitingDays} hari</td>
              <td>{PROPOSAL_STATUSES[proposal.status]}</td>
            </tr>
          )}
        </DataTable>
      </Show>
    </section>
  );
}
