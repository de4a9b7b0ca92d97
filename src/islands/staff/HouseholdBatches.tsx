// The villages' deliberations in the workspace, newest first and paged: each with its minutes
// (read audited), how many households it agreed, and the spreadsheet of its verified households
// for the national application — downloaded once, again only when asked (the server says when it
// was). Below, the application's results imported in the same layout: all rows taken or none, each
// problem named by its row.
import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import DataTable from '../DataTable';
import Pager from './Pager';
import { FileLinks } from './CaseDetail';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime, formatLongDate } from '../../lib/dates';
import { routeUrl } from '../../lib/api-address';
import { ROUTES } from '../../domain/routes';
import { dateFromStored } from '../../domain/database';
import { readOutcomes } from '../../domain/household-batch';
import { DELIBERATION_WAYS } from '../../domain/household-proposal';
import type { HouseholdBatchesRecord } from '../../domain/records';

export const BATCHES_PAGE_SIZE = 20;

const agreedIn = (batch: HouseholdBatchesRecord) =>
  (readOutcomes(batch.outcomes) ?? []).filter((outcome) => outcome.agreed).length;

/** What the server said, in its words, or a plain fallback. */
async function refusal(response: Response, fallback: string): Promise<{ message: string; problems: string[] }> {
  try {
    const body = await response.json();
    return { message: body.message || fallback, problems: Array.isArray(body.problems) ? body.problems : [] };
  } catch {
    return { message: fallback, problems: [] };
  }
}

/** `onHouseholdsChanged`: an export or an import moved households on (the list and an opened one show it). */
export default function HouseholdBatches(props: { onHouseholdsChanged: () => void }) {
  const pb = pocketbase();
  const [page, setPage] = createSignal(1);
  const [version, setVersion] = createSignal(0);
  const [said, setSaid] = createSignal<{ message: string; problems: string[]; ok: boolean }>();
  const [batches] = createResource(
    () => ({ page: page(), version: version() }),
    ({ page: wanted }) =>
      pb.collection('household_batches').getList<HouseholdBatchesRecord>(wanted, BATCHES_PAGE_SIZE, {
        sort: '-held_on,-created',
        expand: 'village',
        skipTotal: true,
        requestKey: null,
      }),
  );
  const [token] = createResource(() => pb.files.getToken({ requestKey: null }));

  async function download(batch: HouseholdBatchesRecord, again: boolean) {
    setSaid(undefined);
    const response = await fetch(routeUrl(ROUTES.householdExport), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: pb.authStore.token },
      body: JSON.stringify({ musyawarah: batch.id, ...(again ? { ulang: true } : {}) }),
    }).catch(() => null);
    if (!response?.ok) {
      const why = response
        ? await refusal(response, 'Berkas tidak dapat diunduh.')
        : { message: 'Tidak tersambung. Periksa koneksi, lalu coba lagi.', problems: [] };
      return setSaid({ ...why, ok: false });
    }
    const name =
      /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'usulan-dtsen.csv';
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = name;
    link.click();
    URL.revokeObjectURL(link.href);
    setSaid({
      message: `${name} diunduh. Keluarga yang terverifikasi kini berstatus "Dikirim ke pusat"; unggah berkasnya ke aplikasi pusat.`,
      problems: [],
      ok: true,
    });
    setVersion(version() + 1);
    props.onHouseholdsChanged();
  }

  async function importResults(file: File | undefined) {
    setSaid(undefined);
    if (!file) return setSaid({ message: 'Pilih berkas CSV hasil dari aplikasi pusat.', problems: [], ok: false });
    const response = await fetch(routeUrl(ROUTES.householdResults), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: pb.authStore.token },
      body: JSON.stringify({ csv: await file.text() }),
    }).catch(() => null);
    if (!response?.ok) {
      const why = response
        ? await refusal(response, 'Berkas hasil tidak diimpor.')
        : { message: 'Tidak tersambung. Periksa koneksi, lalu coba lagi.', problems: [] };
      return setSaid({ ...why, ok: false });
    }
    const { imported } = (await response.json()) as { imported: number };
    setSaid({
      message: `Hasil ${imported} usulan diimpor; keluarganya membaca hasilnya di halaman Cek Status.`,
      problems: [],
      ok: true,
    });
    props.onHouseholdsChanged();
  }

  let resultsFile: HTMLInputElement | undefined;
  return (
    <section aria-labelledby="musyawarah-desa-judul" class="household-batches">
      <h3 id="musyawarah-desa-judul">Musyawarah desa dan kiriman ke aplikasi pusat</h3>
      <Show when={said()}>
        {(answer) => (
          <div class={answer().ok ? 'callout' : 'error-summary'} role={answer().ok ? 'status' : 'alert'}>
            <p>{answer().message}</p>
            <Show when={answer().problems.length > 0}>
              <ul>
                <For each={answer().problems}>{(problem) => <li>{problem}</li>}</For>
              </ul>
            </Show>
          </div>
        )}
      </Show>
      <Switch>
        <Match when={batches.error}>
          <p class="hint">Daftar musyawarah tidak dapat dimuat. Periksa koneksi, lalu buka lagi tab ini.</p>
        </Match>
        <Match when={batches()?.items.length === 0 && page() === 1}>
          <p>Belum ada musyawarah desa yang dicatat.</p>
        </Match>
        <Match when={batches()}>
          {(shown) => (
            <>
              <DataTable
                cards
                label="Musyawarah desa"
                headers={['Desa', 'Tanggal', 'Disepakati', 'Berita acara', 'Unduhan']}
                rows={shown().items}
              >
                {(batch) => (
                  <tr>
                    <td>{batch.expand?.village?.name}</td>
                    <td>
                      {DELIBERATION_WAYS[batch.way]}, {formatLongDate(dateFromStored(batch.held_on))}
                      {batch.attending ? `, ${batch.attending} hadir` : ''}
                    </td>
                    <td>{agreedIn(batch)} keluarga</td>
                    <td>
                      <FileLinks record={batch} files={batch.minutes} token={token()} />
                    </td>
                    <td>
                      <Show
                        when={batch.exported_at}
                        fallback={
                          <button type="button" class="button secondary" onClick={() => void download(batch, false)}>
                            Unduh CSV ({batch.expand?.village?.name})
                          </button>
                        }
                      >
                        <p>
                          Sudah diunduh {batch.export_count}×, terakhir {formatDateTime(batch.exported_at)}.
                        </p>
                        <button type="button" class="button secondary" onClick={() => void download(batch, true)}>
                          Unduh ulang ({batch.expand?.village?.name})
                        </button>
                      </Show>
                    </td>
                  </tr>
                )}
              </DataTable>
              <Pager
                label="Halaman musyawarah desa"
                page={page()}
                hasNext={shown().items.length === BATCHES_PAGE_SIZE}
                onPrevious={() => setPage(page() - 1)}
                onNext={() => setPage(page() + 1)}
              />
            </>
          )}
        </Match>
      </Switch>
      <div class="field">
        <label for="impor-hasil-dtsen">Impor hasil dari aplikasi pusat (CSV)</label>
        <p class="hint" id="impor-hasil-dtsen-petunjuk">
          Susunan kolom sama dengan berkas unduhan; dicocokkan dengan nomor usulan, bukan nama. Bila ada satu baris
          salah, tidak ada yang disimpan.
        </p>
        <input
          id="impor-hasil-dtsen"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="impor-hasil-dtsen-petunjuk"
          ref={resultsFile}
        />
      </div>
      <p>
        <button type="button" class="button" onClick={() => void importResults(resultsFile?.files?.[0])}>
          Impor hasil
        </button>
      </p>
    </section>
  );
}
