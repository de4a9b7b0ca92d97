import { For } from 'solid-js';
import { ROUTES, routeUrl } from '../lib/api-address';
import { FiguresStatus, figureOrPending, liveFigures } from '../lib/live-figures';
import { BOARD_FIGURES_NAMES } from '../lib/figures-status';
import { officeMonth } from '../domain/time';
import { monthsBefore } from '../domain/report-months';
import { formatQuantity } from '../domain/quantity';
import type { PublicStockFigures } from '../domain/stock-reports';

/**
 * What the page knows from the build: the warehouses and the catalogue (each item with its category's
 * name), in the order shown, and how many months of releases the server counts.
 */
export interface StockFiguresFrame {
  warehouses: { code: string; name: string }[];
  items: { slug: string; name: string; unit: string; categoryLabel: string }[];
  months: number;
}

const KEPT = 'logistik:angka';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const monthLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/**
 * The public stock figures of each warehouse (/kinerja/logistik/): what it holds per item, what it
 * released in the last months per item, and how many BAST per month — aggregates only, never a batch,
 * a village or a name. Every row is drawn from the build's warehouses and catalogue before the
 * figures arrive, each figure a grey line in its place, its column as wide as the widest figure (CELL_ROOMS
 * in src/lib/figure-rooms.ts, written by the page), so nothing moves when they come; the last
 * copy is kept on the device and shown offline with its date.
 */
export default function StockFigures(props: StockFiguresFrame) {
  const { shown, stale } = liveFigures<PublicStockFigures>(() => routeUrl(ROUTES.stockFigures), KEPT);

  const months = () => {
    const latest = officeMonth(shown() ? new Date(shown()!.figures.generatedAt) : new Date());
    return Array.from({ length: props.months }, (_, index) => monthsBefore(latest, index));
  };
  const warehouseOf = (code: string) => shown()?.figures.warehouses.find((warehouse) => warehouse.code === code);
  const held = (code: string, item: string) =>
    warehouseOf(code)
      ?.stock.flatMap((category) => category.items)
      .find((one) => one.item === item)?.quantity ?? 0;
  const released = (code: string, item: string) =>
    (warehouseOf(code)?.releases ?? [])
      .flatMap((month) => month.items)
      .filter((one) => one.item === item)
      .reduce((sum, one) => Math.round((sum + one.quantity) * 100) / 100, 0);
  const monthOf = (code: string, month: string) => warehouseOf(code)?.releases.find((one) => one.month === month);
  const figure = (text: string) => figureOrPending(shown() !== undefined, text);

  return (
    <div class="stock-figures">
      <FiguresStatus names={BOARD_FIGURES_NAMES.stock} fetchedAt={shown()?.fetchedAt} stale={stale()} />
      <For each={props.warehouses}>
        {(warehouse) => (
          <section aria-labelledby={`gudang-${warehouse.code}`}>
            <h2 id={`gudang-${warehouse.code}`}>{warehouse.name}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label={`Stok ${warehouse.name}`}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Barang</th>
                    <th scope="col">Kategori</th>
                    <th scope="col" class="angka">
                      Stok sekarang
                    </th>
                    <th scope="col" class="angka">
                      Disalurkan {props.months} bulan
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={props.items}>
                    {(item) => (
                      <tr data-barang={item.slug}>
                        <th scope="row">{item.name}</th>
                        <td>{item.categoryLabel}</td>
                        <td class="angka">
                          <span class="room-angka">
                            {figure(`${formatQuantity(held(warehouse.code, item.slug))} ${item.unit}`)}
                          </span>
                        </td>
                        <td class="angka">
                          <span class="room-angka">
                            {figure(`${formatQuantity(released(warehouse.code, item.slug))} ${item.unit}`)}
                          </span>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label={`Penyaluran per bulan ${warehouse.name}`}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Bulan</th>
                    <th scope="col" class="angka">
                      BAST penyaluran
                    </th>
                    <th scope="col" class="angka">
                      Jenis barang
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={months()}>
                    {(month) => (
                      <tr data-bulan={month}>
                        <th scope="row">{monthLabel(month)}</th>
                        <td class="angka">
                          <span class="room-angka">
                            {figure(String(monthOf(warehouse.code, month)?.bastCount ?? 0))}
                          </span>
                        </td>
                        <td class="angka">
                          <span class="room-angka">
                            {figure(String(monthOf(warehouse.code, month)?.items.length ?? 0))}
                          </span>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </section>
        )}
      </For>
    </div>
  );
}
