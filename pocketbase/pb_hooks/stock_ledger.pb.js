// @ts-check
// The stock ledger is append-only, for everyone (src/domain/stock-ledger.ts): no entry and no legal
// basis is changed or deleted through PocketBase's records — API, batch, dashboard alike, superusers
// included — and nothing of stock is created through the records API: only the logistics routes
// write it (pb_hooks/logistics.pb.js), with app.save inside their transactions. A mistake is
// corrected by a reversing entry (POST /api/logistik/koreksi). A release is never deleted; its
// signed BAST is attached through its own route, never the records API.
const STOCK_RECORDS = ['stock_entries', 'legal_bases', 'stock_releases'];

onRecordCreateRequest(
  () => {
    throw new ForbiddenError('Stok logistik hanya dicatat lewat halaman Logistik (penerimaan, penyaluran, koreksi).');
  },
  ...STOCK_RECORDS,
);

onRecordUpdateRequest(
  () => {
    throw new ForbiddenError('Catatan stok tidak dapat diubah; koreksi dengan entri pembalik.');
  },
  ...STOCK_RECORDS,
);

onRecordUpdate(
  () => {
    throw new ForbiddenError('Catatan stok tidak dapat diubah; koreksi dengan entri pembalik.');
  },
  'stock_entries',
  'legal_bases',
);

onRecordDelete(
  () => {
    throw new ForbiddenError('Catatan stok tidak dapat dihapus; koreksi dengan entri pembalik.');
  },
  ...STOCK_RECORDS,
);
