import { For } from 'solid-js';
import { ROUTES, routeUrl } from '../lib/api-address';
import { FiguresStatus, figureOrPending, liveFigures } from '../lib/live-figures';
import { BOARD_FIGURES_NAMES } from '../lib/figures-status';
import type { PublicHouseholdFigures, PublicHouseholdOffice } from '../domain/household-public-figures';
import { countText, medianText } from '../lib/household-figures-text';

/** What the page knows from the build: the offices and the stages, in the order shown. */
export interface HouseholdFiguresFrame {
  offices: { slug: string; name: string }[];
  stages: { stage: string; label: string }[];
}

const KEPT = 'dtsen:angka';

/**
 * The public figures of household proposals (usulan DTSEN) of each office (/kinerja/dtsen/): counts
 * only, as the server publishes them (1 or 2 reads "kurang dari 3"). Every row is drawn from the
 * build's offices and stages before the figures arrive, each figure a grey line in its place, so
 * nothing moves when they come; the last copy is kept on the device and shown offline with its date.
 */
export default function HouseholdFigures(props: HouseholdFiguresFrame) {
  const { shown, stale } = liveFigures<PublicHouseholdFigures>(() => routeUrl(ROUTES.householdFiguresFeed), KEPT);

  const officeOf = (slug: string): PublicHouseholdOffice | undefined =>
    shown()?.figures.offices.find((office) => office.slug === slug);
  const figure = (text: string) => figureOrPending(shown() !== undefined, text);
  const median = (slug: string) => medianText(officeOf(slug)?.medianDaysToResult);

  return (
    <div class="household-figures">
      <FiguresStatus names={BOARD_FIGURES_NAMES.households} fetchedAt={shown()?.fetchedAt} stale={stale()} />
      <For each={props.offices}>
        {(office) => {
          const rows = () => [
            { key: 'diterima', label: 'Usulan diterima', text: countText(officeOf(office.slug)?.received) },
            ...props.stages.map((stage) => ({
              key: `tahap-${stage.stage}`,
              label: `Sekarang di tahap: ${stage.label}`,
              text: countText(officeOf(office.slug)?.stages.find((one) => one.stage === stage.stage)?.count),
            })),
            { key: 'masuk', label: 'Masuk DTSEN', text: countText(officeOf(office.slug)?.entered) },
            { key: 'tidak-masuk', label: 'Tidak masuk DTSEN', text: countText(officeOf(office.slug)?.notEntered) },
            { key: 'dikembalikan', label: 'Dikembalikan ke desa', text: countText(officeOf(office.slug)?.returned) },
            { key: 'median', label: 'Median lama dari dicatat desa sampai hasil', text: median(office.slug) },
          ];
          return (
            <section aria-labelledby={`dtsen-${office.slug}`} data-kantor={office.slug}>
              <h2 id={`dtsen-${office.slug}`}>{office.name}</h2>
              <div class="table-scroll" tabindex="0" role="region" aria-label={`Usulan DTSEN ${office.name}`}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Angka</th>
                      <th scope="col" class="angka">
                        Jumlah
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={rows()}>
                      {(row) => (
                        <tr data-angka={row.key}>
                          <th scope="row">{row.label}</th>
                          <td class="angka">
                            <span class="room-angka">{figure(row.text)}</span>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </section>
          );
        }}
      </For>
    </div>
  );
}
