// Disaster-logistics stock: the Dinas's warehouse and each Lambung Sosial's, the items they hold
// (both from content/logistics/, synced to the server like the other reference data) and what a
// release of stock for an approved village proposal must carry. The ledger itself — balances, the
// stock card, the monthly report, first-expiry-first-out, alerts — is src/domain/stock-ledger.ts.
import { officeDate } from './working-days';
import { roundQuantity } from './quantity';

// Quantities are their own small module, which the public stock page loads without the rest of this one.
export { formatQuantity, roundQuantity } from './quantity';

/** The item categories of the catalogue (content/logistics/items.yaml), as the office groups its stock. */
export const STOCK_CATEGORIES = {
  pangan: 'Pangan',
  sandang: 'Sandang',
  'perlengkapan-keluarga': 'Perlengkapan keluarga',
  'hunian-darurat': 'Hunian darurat',
  peralatan: 'Peralatan',
} as const;
export type StockCategory = keyof typeof STOCK_CATEGORIES;

/** An item of the catalogue, as the server keeps it (collection stock_items). */
export interface StockItem {
  slug: string;
  name: string;
  /** "paket", "lembar", "kg". */
  unit: string;
  /** Counted in whole units (a tent, a pack); false where part of a unit is handed out (kg of rice, litres of oil). */
  whole: boolean;
  category: StockCategory;
  /** Whether its batches carry an expiry date. */
  expires: boolean;
  /** Its batches appear in the daily summary this many days before they expire (90; ready meals 75). */
  alertDays: number;
}

/** An item as the logistics feed publishes it: with where it is named as typical stock. */
export interface FeedStockItem extends StockItem {
  source: string;
  checkedOn: string;
}

/** The two kinds of warehouse: the Dinas's own, and a Lambung Sosial in a kecamatan. */
export const WAREHOUSE_KINDS = { dinas: 'Gudang Dinas', 'lumbung-sosial': 'Lambung Sosial' } as const;
export type WarehouseKind = keyof typeof WAREHOUSE_KINDS;

/**
 * What a release of stock acts under. Lumbung Sosial stock leaves after the Bupati declares an
 * emergency (status tanggap darurat, a decree); the office's content may allow its own warehouse
 * more, such as an assessment report for a single house fire, which gets no declaration.
 */
export const LEGAL_BASES = {
  'status-tanggap-darurat': {
    label: 'Keputusan status tanggap darurat bencana',
    rule: 'keputusan status tanggap darurat bencana dari Bupati',
  },
  'laporan-asesmen': {
    label: 'Laporan asesmen kejadian',
    rule: 'laporan asesmen kejadian, misalnya untuk kebakaran satu rumah',
  },
} as const;
export type LegalBasisKind = keyof typeof LEGAL_BASES;

/** A warehouse, as the server keeps it (collection warehouses): one per office, one per Lambung Sosial kecamatan. */
export interface Warehouse {
  /** "dinas.dinsos-p3a-purwakarta", "lumbung.32.14.06". */
  code: string;
  name: string;
  kind: WarehouseKind;
  agency: string;
  /** The kecamatan code of a Lambung Sosial; '' for the Dinas's warehouse. */
  kecamatan: string;
  /** What a release from it may act under (content). */
  legalBases: LegalBasisKind[];
  /** Per item slug: below this the daily summary says so (content). */
  minimum: Record<string, number>;
}

export const dinasWarehouseCode = (agency: string) => `dinas.${agency}`;
export const lumbungWarehouseCode = (kecamatan: string) => `lumbung.${kecamatan}`;

/** What an office writes of its warehouses in content/logistics/warehouses.yaml. */
export interface OfficeWarehouseSettings {
  dinas: { name: string; legalBases: LegalBasisKind[]; minimum: Record<string, number> };
  lumbungSosial: { legalBases: LegalBasisKind[]; minimum: Record<string, number> };
  undeliveredAlertDays: number;
}

/**
 * An office's warehouses: its own, and one for each of its kecamatan with a Lambung Sosial. Throws,
 * naming the file, when a minimum names an item the catalogue does not have.
 */
export function officeWarehouses(
  agency: string,
  settings: OfficeWarehouseSettings,
  kecamatan: readonly { code: string; name: string; lambungSosial: boolean }[],
  itemSlugs: ReadonlySet<string>,
): Warehouse[] {
  for (const [side, { minimum }] of [
    ['dinas', settings.dinas],
    ['lumbungSosial', settings.lumbungSosial],
  ] as const) {
    for (const item of Object.keys(minimum)) {
      if (!itemSlugs.has(item))
        throw new Error(
          `content/logistics/warehouses.yaml: ${agency}.${side}.minimum names ${item}, which is not in content/logistics/items.yaml.`,
        );
    }
  }
  const { dinas, lumbungSosial } = settings;
  return [
    { code: dinasWarehouseCode(agency), name: dinas.name, kind: 'dinas', agency, kecamatan: '', ...pick(dinas) },
    ...kecamatan
      .filter((one) => one.lambungSosial)
      .map(
        (one): Warehouse => ({
          code: lumbungWarehouseCode(one.code),
          name: `Lambung Sosial Kecamatan ${one.name}`,
          kind: 'lumbung-sosial',
          agency,
          kecamatan: one.code,
          ...pick(lumbungSosial),
        }),
      ),
  ];
}

const pick = ({ legalBases, minimum }: { legalBases: LegalBasisKind[]; minimum: Record<string, number> }) => ({
  legalBases: [...legalBases],
  minimum: { ...minimum },
});

/** The legal basis a release records: the decree or report, its number, date and who issued it. */
export interface LegalBasis {
  kind: string;
  number: string;
  /** "YYYY-MM-DD". */
  date: string;
  issuer: string;
}

export interface StockProblem {
  field: string;
  message: string;
}

const LEGAL_BASIS_TEXT_LIMIT = 200;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const blank = (value: string) => value.trim() === '';

/**
 * Why a release from `warehouse` may not act under `basis` (empty when it may): the warehouse's rule
 * named, so whoever records it knows what to bring.
 */
export function legalBasisProblems(warehouse: Pick<Warehouse, 'name' | 'legalBases'>, basis: LegalBasis, now: Date) {
  const problems: StockProblem[] = [];
  const allowed = warehouse.legalBases.map((kind) => LEGAL_BASES[kind].rule).join(' atau ');
  if (!(warehouse.legalBases as string[]).includes(basis.kind)) {
    problems.push({
      field: 'legal_basis',
      message: `Stok ${warehouse.name} hanya dapat dikeluarkan dengan ${allowed}. Catat dasar itu dulu (nomor, tanggal, penerbit).`,
    });
    return problems;
  }
  const label = LEGAL_BASES[basis.kind as LegalBasisKind].label;
  if (blank(basis.number)) problems.push({ field: 'basis_number', message: `Isi nomor ${label.toLowerCase()}.` });
  if (!ISO_DATE.test(basis.date) || Number.isNaN(Date.parse(basis.date)))
    problems.push({ field: 'basis_date', message: `Isi tanggal ${label.toLowerCase()}.` });
  else if (basis.date > officeDate(now))
    problems.push({ field: 'basis_date', message: `Tanggal ${label.toLowerCase()} tidak boleh di masa depan.` });
  if (blank(basis.issuer))
    problems.push({ field: 'basis_issuer', message: 'Isi siapa yang menerbitkannya, misalnya Bupati Purwakarta.' });
  for (const field of ['number', 'issuer'] as const) {
    if (basis[field].length > LEGAL_BASIS_TEXT_LIMIT)
      problems.push({ field: `basis_${field}`, message: `Paling banyak ${LEGAL_BASIS_TEXT_LIMIT} huruf.` });
  }
  return problems;
}

/** A quantity above this in one entry is surely a typing mistake. */
export const MAX_STOCK_QUANTITY = 1_000_000;

/** A quantity that leaves the item's unit no room for mistakes: positive, whole where the unit is, at most two decimals. */
export function quantityProblem(item: Pick<StockItem, 'name' | 'unit' | 'whole'>, quantity: number): string | null {
  if (!Number.isFinite(quantity) || quantity <= 0) return `Jumlah ${item.name} harus lebih dari 0.`;
  if (item.whole && !Number.isInteger(quantity))
    return `${item.name} dihitung per ${item.unit} utuh: isi bilangan bulat, tanpa koma.`;
  if (roundQuantity(quantity) !== quantity) return `Jumlah ${item.name}: paling banyak dua angka di belakang koma.`;
  if (quantity > MAX_STOCK_QUANTITY) return `Jumlah ${item.name} terlalu besar; periksa lagi.`;
  return null;
}

/** What is recorded on a warehouse's stock, each through its route (pb_hooks/logistics.pb.js). */
export const STOCK_ACTIONS = {
  penerimaan: 'mencatat penerimaan stok',
  mutasi: 'memindahkan stok ke gudang lain',
  'dasar-penyaluran': 'mencatat dasar penyaluran',
  penyaluran: 'menyalurkan stok',
  penghapusan: 'menghapus stok rusak atau kedaluwarsa',
  koreksi: 'mengoreksi entri stok',
} as const;
export type StockAction = keyof typeof STOCK_ACTIONS;

/** Who keeps stock: the office's staff by role, or the Camat of a Lambung Sosial. */
export type StockActor = 'petugas' | 'kepala_bidang' | 'camat';

/**
 * What each actor may record on each kind of warehouse. The Dinas's petugas run its warehouse —
 * receipts, transfers out to a Lambung Sosial, releases — and its kepala bidang besides approves
 * write-offs, for a Lambung Sosial too; a Camat runs their own Lambung Sosial, but a write-off
 * there is still the kepala bidang's.
 */
export const STOCK_ACTIONS_BY_ACTOR: Record<StockActor, Record<WarehouseKind, readonly StockAction[]>> = {
  petugas: { dinas: ['penerimaan', 'mutasi', 'dasar-penyaluran', 'penyaluran', 'koreksi'], 'lumbung-sosial': [] },
  kepala_bidang: {
    dinas: ['penerimaan', 'mutasi', 'dasar-penyaluran', 'penyaluran', 'penghapusan', 'koreksi'],
    'lumbung-sosial': ['penghapusan', 'koreksi'],
  },
  camat: { dinas: [], 'lumbung-sosial': ['penerimaan', 'dasar-penyaluran', 'penyaluran', 'koreksi'] },
};

/** Whether an account reads a warehouse's stock: the staff of its office, or the Camat of its kecamatan. */
export function mayReadStock(
  actor: StockActor,
  warehouse: { agency: string; kecamatan: string },
  account: { agency: string; kecamatan: string },
): boolean {
  return actor === 'camat'
    ? warehouse.kecamatan !== '' && warehouse.kecamatan === account.kecamatan
    : warehouse.agency === account.agency;
}

/**
 * Why `actor` may not do `action` on `warehouse` (null when they may): staff only at their own
 * office's warehouses, a Camat only at the Lambung Sosial of their own kecamatan.
 */
export function stockActionRefusal(
  actor: StockActor,
  action: StockAction,
  warehouse: { kind: WarehouseKind; agency: string; kecamatan: string; name: string },
  account: { agency: string; kecamatan: string },
): string | null {
  const own =
    actor === 'camat'
      ? warehouse.kecamatan !== '' && warehouse.kecamatan === account.kecamatan
      : warehouse.agency === account.agency;
  if (!own) return `${warehouse.name} bukan gudang Anda.`;
  if (!STOCK_ACTIONS_BY_ACTOR[actor][warehouse.kind].includes(action))
    return `Anda tidak dapat ${STOCK_ACTIONS[action]} di ${warehouse.name}${action === 'penghapusan' ? '; penghapusan disetujui kepala bidang' : ''}.`;
  return null;
}

/** The names on a BAST: who hands over and who receives, each with their position. */
export const BAST_FIELD_LABELS: Record<string, string> = {
  giver_name: 'Nama yang menyerahkan',
  giver_position: 'Jabatan yang menyerahkan',
  receiver_name: 'Nama penerima',
  receiver_position: 'Jabatan penerima',
};

/** Lines of one release (one BAST page holds this many). */
export const MAX_RELEASE_LINES = 15;

/** The public page that checks a BAST by the code its QR carries (src/pages/bast.astro). */
export const BAST_PAGE_PATH = '/bast/';
/** The path a BAST's QR code opens: the page, with the code as `kode`. */
export const bastVerificationPath = (code: string) => `${BAST_PAGE_PATH}?kode=${encodeURIComponent(code)}`;
