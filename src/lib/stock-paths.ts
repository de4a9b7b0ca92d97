// Where the stock pages are; apart from src/lib/paths.ts, which every island loads.

/** The public figures of the logistics warehouses, beside /kinerja/. */
export const STOCK_FIGURES_PAGE_PATH = '/kinerja/logistik/';
/** The stock reports of the warehouses an account keeps: kartu stok, monthly report, releases per disaster. */
export const STOCK_REPORTS_PATH = '/petugas/laporan-stok/';
/** The reports page opened at one item's kartu stok in one warehouse (codes, never anyone's data). */
export const stockCardPath = (warehouse: string, item: string) =>
  `${STOCK_REPORTS_PATH}?${new URLSearchParams({ gudang: warehouse, barang: item })}#kartu-stok`;
