// What the stock screens read: the warehouses and items the account may see (records API, their
// read rules: src/domain/access-rules.ts), a warehouse's batches with their balances (the ledger's
// sums, GET /api/logistik/saldo), and what the account may record there (src/domain/stock.ts).
import { pocketbase, type AccountRecords } from '../../lib/pocketbase-client';
import { ROUTES, type AnswerOf } from '../../domain/routes';
import {
  STOCK_ACTIONS_BY_ACTOR,
  type StockAction,
  type StockActor,
  type StockCategory,
  type StockItem,
  type WarehouseKind,
} from '../../domain/stock';
import type { WarehousesRecord } from '../../domain/records';

export type StockAccount = AccountRecords['staff'] | AccountRecords['camats'];
export type Balances = AnswerOf<typeof ROUTES.stockBalances>;
export type Batch = Balances['batches'][number];

export const stockActorOf = (account: StockAccount): StockActor =>
  account.collectionName === 'camats' ? 'camat' : account.role;

/** What `account` may record at `warehouse` (the server refuses the rest). */
export function mayRecord(
  account: StockAccount,
  warehouse: Pick<WarehousesRecord, 'kind'>,
  action: StockAction,
): boolean {
  return STOCK_ACTIONS_BY_ACTOR[stockActorOf(account)][warehouse.kind as WarehouseKind].includes(action);
}

/** The warehouses the account reads: a Camat their own Lambung Sosial, staff their office's, the Dinas's first. */
export function loadWarehouses(): Promise<WarehousesRecord[]> {
  return pocketbase().collection('warehouses').getFullList({ sort: 'kind,name', requestKey: null });
}

/** The item catalogue, by slug. */
export async function loadItems(): Promise<Map<string, StockItem>> {
  const records = await pocketbase().collection('stock_items').getFullList({ sort: 'name', requestKey: null });
  return new Map(
    records.map((record) => [
      record.slug,
      {
        slug: record.slug,
        name: record.name,
        unit: record.unit,
        whole: record.whole,
        category: record.category as StockCategory,
        expires: record.expires,
        alertDays: record.alert_days,
      },
    ]),
  );
}

export function loadBalances(warehouse: string): Promise<Balances> {
  return pocketbase().send<Balances>(ROUTES.stockBalances.path, { query: { gudang: warehouse }, requestKey: null });
}

/** A number typed with a decimal comma or point ("2,5"), NaN when it is not one. */
export function typedQuantity(text: string): number {
  const cleaned = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
