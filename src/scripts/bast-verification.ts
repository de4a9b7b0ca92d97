// The BAST check (/bast/?kode=…): asks the server what the BAST with this code says
// (GET /api/layanan/bast/{code}) and shows it — number, date, warehouse, village, items; the server
// never sends names or signatures. An unknown or altered code is said to be so.
import type { AnswerOf } from '../domain/routes';
import { ROUTES, routeUrl } from '../lib/api-address';
import { formatLongDate } from '../lib/dates';

const quantityText = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const result = document.querySelector<HTMLElement>('[data-bast-result]')!;
const code = new URLSearchParams(location.search).get('kode')?.trim() ?? '';

function say(kind: 'ok' | 'error', heading: string, lines: string[] = []) {
  result.replaceChildren();
  result.className = `bast-result ${kind === 'ok' ? 'notice-ok' : 'notice-error'}`;
  const title = document.createElement('h2');
  title.textContent = heading;
  result.append(title);
  for (const line of lines) {
    const paragraph = document.createElement('p');
    paragraph.textContent = line;
    result.append(paragraph);
  }
  result.removeAttribute('aria-busy');
}

function show(bast: AnswerOf<typeof ROUTES.bastVerification>) {
  say('ok', `${bast.number} tercatat`, [
    `Tanggal: ${formatLongDate(new Date(`${bast.date}T12:00:00+07:00`))}`,
    `Dari: ${bast.warehouse}`,
    `Untuk: ${bast.village}`,
    bast.received
      ? 'BAST yang ditandatangani penerima sudah dilampirkan.'
      : 'BAST yang ditandatangani penerima belum dilampirkan.',
  ]);
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const label of ['Barang', 'Jumlah', 'Batch', 'Kedaluwarsa']) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = label;
    head.append(cell);
  }
  const body = table.createTBody();
  for (const item of bast.items) {
    const row = body.insertRow();
    for (const text of [
      item.name,
      `${quantityText.format(item.quantity)} ${item.unit}`,
      item.batch,
      item.expiresOn || '—',
    ])
      row.insertCell().textContent = text;
  }
  const caption = table.createCaption();
  caption.textContent = 'Barang yang diserahkan';
  result.append(table);
}

if (!code) say('error', 'Belum ada kode', ['Pindai kode QR pada BAST, atau buka tautan yang tercetak di bawahnya.']);
else
  fetch(routeUrl(ROUTES.bastVerification, { params: { code } }), { cache: 'no-store' })
    .then(async (response) => {
      if (response.ok) return show((await response.json()) as AnswerOf<typeof ROUTES.bastVerification>);
      if (response.status === 404)
        return say('error', 'BAST tidak dikenal', [
          'Kode ini tidak cocok dengan BAST mana pun yang tercatat: BAST-nya palsu, atau kodenya salah tulis atau diubah.',
          'Tanyakan ke Dinas Sosial atau Kantor Camat yang tertulis pada BAST.',
        ]);
      throw new Error(String(response.status));
    })
    .catch(() =>
      say('error', 'Belum dapat memeriksa', [
        'Server tidak dapat dihubungi. Periksa sinyal, lalu muat ulang halaman ini.',
      ]),
    );
