// An opened proposal's logistics (ProposalReview.tsx): once approved, the release of stock by the
// side that decided it (ReleaseForm.tsx); once released, its BAST — printed from here — and the
// receiver's signed copy attached as photos, which makes the proposal "Logistik diterima desa".
import { For, Show, createResource, createSignal } from 'solid-js';
import ReleaseForm, { type ExpandedProposal } from './ReleaseForm';
import SignedBastForm from './SignedBastForm';
import type { StockAccount } from './stock-data';
import { FileLinks } from '../staff/CaseDetail';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { formatQuantity } from '../../domain/stock';
import type { StockReleasesRecord } from '../../domain/records';

/** What a release's `lines` hold (pb_hooks/lib/stock_release.js). */
export interface ReleasedLine {
  item: string;
  name: string;
  unit: string;
  batch: string;
  quantity: number;
  expiresOn: string;
}

export const bastPrintPath = (release: { id: string }) => `/petugas/bast/?id=${release.id}`;

async function releasesOf(proposal: string): Promise<StockReleasesRecord[]> {
  const pb = pocketbase();
  return pb.collection('stock_releases').getFullList({
    filter: pb.filter('proposal = {:proposal}', { proposal }),
    sort: 'released_at',
    expand: 'warehouse',
    requestKey: null,
  });
}

export default function ProposalLogistics(props: {
  proposal: ExpandedProposal;
  account: StockAccount;
  /** Whether this account decides the proposal, and so releases its logistics. */
  handles: boolean;
  reload: () => void;
}) {
  const [releases, { refetch }] = createResource(() => props.proposal.id, releasesOf);
  const [releasing, setReleasing] = createSignal(false);
  const [token] = createResource(() => pocketbase().files.getToken({ requestKey: null }));
  const released = () => {
    void refetch();
    props.reload();
  };
  return (
    <section class="proposal-logistics" aria-labelledby="penyaluran-judul">
      <h4 id="penyaluran-judul">Penyaluran logistik</h4>
      <For each={releases.latest ?? []}>
        {(release) => (
          <div class="release">
            <p>
              <strong>{release.number}</strong> — {formatDateTime(release.released_at)}, dari{' '}
              {release.expand?.warehouse?.name}
            </p>
            <ul>
              <For each={release.lines as ReleasedLine[]}>
                {(line) => (
                  <li>
                    {line.name} {formatQuantity(line.quantity)} {line.unit}, batch {line.batch}
                  </li>
                )}
              </For>
            </ul>
            <p>
              <a class="button secondary" href={bastPrintPath(release)} target="_blank" rel="noopener">
                Cetak BAST {release.number}
              </a>
            </p>
            <Show
              when={release.received_at}
              fallback={
                <Show when={props.handles}>
                  <SignedBastForm release={release} onRecorded={released} />
                </Show>
              }
            >
              <p>
                Diterima desa {formatDateTime(release.received_at)}. BAST bertanda tangan:{' '}
                <FileLinks record={release} files={release.signed_bast} token={token()} />
              </p>
            </Show>
          </div>
        )}
      </For>
      <Show when={props.proposal.status === 'disetujui'}>
        <Show when={props.handles} fallback={<p class="hint">Logistiknya disalurkan oleh yang memutus usulan ini.</p>}>
          <Show
            when={releasing()}
            fallback={
              <button type="button" class="button" onClick={() => setReleasing(true)}>
                Catat penyaluran
              </button>
            }
          >
            <ReleaseForm proposal={props.proposal} account={props.account} onRecorded={released} />
          </Show>
        </Show>
      </Show>
      <Show when={releases.latest?.length === 0 && props.proposal.status !== 'disetujui'}>
        <p class="hint">Logistik disalurkan setelah usulan disetujui.</p>
      </Show>
    </section>
  );
}
