// A release's BAST on one A4 page: number, date, warehouse, village, the legal basis, the items
// with units and batches, who hands over and who receives with their positions, signature lines,
// and the QR code of the public check (/bast/?kode=…). Read through the records API, whose rules
// give it to the warehouse's office and the Camat of its Lambung Sosial only.
import { For, Match, Show, Switch, createResource } from 'solid-js';
import type { ReleasedLine } from './ProposalLogistics';
import { pocketbase, signedInAccount } from '../../lib/pocketbase-client';
import { formatLongDate, formatOfficeDay } from '../../lib/dates';
import { qrSvg } from '../../lib/qr';
import { LEGAL_BASES, bastVerificationPath, formatQuantity, type LegalBasisKind } from '../../domain/stock';
import { DISASTER_TYPES } from '../../domain/proposal';

async function loadBast(id: string) {
  const release = await pocketbase()
    .collection('stock_releases')
    .getOne(id, { expand: 'warehouse,legal_basis,proposal.village.kecamatan', requestKey: null })
    .catch(() => null);
  if (!release) return null;
  const checkUrl = new URL(bastVerificationPath(release.code), location.origin).href;
  return { release, checkUrl, qr: await qrSvg(checkUrl) };
}

export default function BastPrint() {
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const account = signedInAccount();
  const signedIn = account?.collectionName === 'staff' || account?.collectionName === 'camats';
  const [bast] = createResource(() => (signedIn && /^[a-z0-9]{15}$/.test(id) ? id : false), loadBast);
  return (
    <Switch>
      <Match when={!signedIn}>
        <p class="callout">
          BAST dibuka petugas Dinas Sosial atau Camat pemegang gudangnya. <a href="/petugas/">Masuk ke ruang kerja</a>,
          lalu buka BAST dari usulannya.
        </p>
      </Match>
      <Match when={bast.loading}>
        <p class="hint">Memuat BAST…</p>
      </Match>
      <Match when={!bast()}>
        <p class="callout">BAST ini tidak ditemukan di gudang Anda, atau server tidak dapat dihubungi.</p>
      </Match>
      <Match when={bast()}>
        {(found) => {
          const release = () => found().release;
          const proposal = () => release().expand!.proposal!;
          const village = () => proposal().expand!.village!;
          const basis = () => release().expand?.legal_basis;
          const place = () =>
            `${village().type === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${village().name}, Kecamatan ${village().expand?.kecamatan?.name}`;
          return (
            <>
              <article class="bast-sheet">
                <p class="receipt-office">{release().expand?.warehouse?.name}</p>
                <h1>Berita Acara Serah Terima Logistik Bencana</h1>
                <p class="receipt-number">{release().number}</p>
                <dl class="summary-list">
                  <div>
                    <dt>Tanggal</dt>
                    <dd>{formatLongDate(new Date(release().released_at))}</dd>
                  </div>
                  <div>
                    <dt>Dari gudang</dt>
                    <dd>{release().expand?.warehouse?.name}</dd>
                  </div>
                  <div>
                    <dt>Untuk</dt>
                    <dd>
                      {place()} — usulan {proposal().number} ({DISASTER_TYPES[proposal().disaster_type].toLowerCase()})
                    </dd>
                  </div>
                  <Show when={basis()}>
                    {(legal) => (
                      <div>
                        <dt>Dasar</dt>
                        <dd>
                          {LEGAL_BASES[legal().kind as LegalBasisKind]?.label ?? legal().kind} nomor {legal().number}{' '}
                          tanggal {formatOfficeDay(legal().date)}, {legal().issuer}
                        </dd>
                      </div>
                    )}
                  </Show>
                </dl>
                <p>
                  Yang bertanda tangan di bawah ini menyatakan bahwa pihak yang menyerahkan telah menyerahkan kepada
                  pihak penerima barang berikut dalam keadaan baik dan lengkap, untuk warga terdampak bencana di{' '}
                  {place()}.
                </p>
                <table class="bast-items">
                  <thead>
                    <tr>
                      <th scope="col">No</th>
                      <th scope="col">Barang</th>
                      <th scope="col">Jumlah</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={release().lines as ReleasedLine[]}>
                      {(line, index) => (
                        <tr>
                          <td>{index() + 1}</td>
                          <td>
                            {line.name}
                            <span class="bast-batch">
                              batch {line.batch}
                              {line.expiresOn ? `, kedaluwarsa ${line.expiresOn}` : ''}
                            </span>
                          </td>
                          <td class="number">
                            {formatQuantity(line.quantity)} {line.unit}
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
                <div class="bast-signatures">
                  <div>
                    <p>Yang menyerahkan,</p>
                    <p class="signature-position">{release().giver_position}</p>
                    <p class="signature-line">{release().giver_name}</p>
                  </div>
                  <div>
                    <p>Yang menerima,</p>
                    <p class="signature-position">{release().receiver_position}</p>
                    <p class="signature-line">{release().receiver_name}</p>
                  </div>
                </div>
                <div class="receipt-qr">
                  <div class="qr" innerHTML={found().qr} role="img" aria-label={`Kode QR menuju ${found().checkUrl}`} />
                  <p>
                    Periksa keaslian BAST ini: pindai kode QR ini atau buka <strong>{found().checkUrl}</strong>. Halaman
                    itu menampilkan nomor, tanggal, gudang, desa dan barangnya.
                  </p>
                </div>
              </article>
              <p class="no-print">
                <button class="button" type="button" onClick={() => window.print()}>
                  Cetak BAST
                </button>
              </p>
            </>
          );
        }}
      </Match>
    </Switch>
  );
}
