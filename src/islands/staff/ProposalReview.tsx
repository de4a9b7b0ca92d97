import { For, Show, createResource, createSignal, lazy } from 'solid-js';
import ActionForm, { Timeline } from './ActionForm';
import DataTable, { OpenRowButton } from '../DataTable';
import { pocketbase } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { COUNT_FIELDS, DISASTER_TYPES, DOCUMENTS, RECIPIENTS, type CountField } from '../../domain/proposal';
import { PROPOSAL_STATUSES, isFinished } from '../../domain/statuses';
import { PROPOSAL_ACTORS_BY_DECIDER, PROPOSAL_DECIDERS, type ProposalActor } from '../../domain/roles';
import type { CamatsRecord, ProposalEventsRecord, StaffRecord } from '../../domain/records';
import { moveChoices, proposals } from '../../domain/cases';
import { statusPagePath } from '../../lib/paths';
import type { WhatsAppTemplates } from './WhatsAppUpdate';
import { camatOffice } from '../../lib/whatsapp-update';
// Loaded when a proposal is opened: the workspace's first view stays within its budget.
const WhatsAppUpdate = lazy(() => import('./WhatsAppUpdate'));

function ProposalDetail(props: {
  id: string;
  actor: ProposalActor;
  accountId: string;
  whatsappTemplates: WhatsAppTemplates;
  onChanged: () => void;
}) {
  const pb = pocketbase();
  const [data, { refetch }] = createResource(
    () => props.id,
    async (id) => {
      const [proposal, events, contacts, token] = await Promise.all([
        pb.collection('proposals').getOne(id, { expand: 'village.kecamatan.agency', requestKey: null }),
        pb.collection('proposal_events').getFullList({
          filter: pb.filter('proposal = {:id}', { id }),
          sort: 'at',
          expand: 'staff,camat',
          requestKey: null,
        }),
        pb.collection('proposal_contacts').getFullList({
          filter: pb.filter('proposal = {:id}', { id }),
          sort: 'at',
          expand: 'staff,camat',
          requestKey: null,
        }),
        pb.files.getToken({ requestKey: null }),
      ]);
      return { proposal, events, contacts, token };
    },
  );
  return (
    <Show when={data()} fallback={<p class="hint">Memuat usulan…</p>}>
      {(loaded) => {
        const proposal = () => loaded().proposal;
        const village = () => proposal().expand!.village!;
        /** Who made a timeline entry: the staff member or Camat, or the village that sent the proposal. */
        const agency = () => village().expand!.kecamatan!.expand!.agency!;
        const handles = () => PROPOSAL_ACTORS_BY_DECIDER[proposal().decided_by].includes(props.actor);
        const byWhom = (
          event: Pick<ProposalEventsRecord, 'staff' | 'camat'> & {
            expand?: { staff?: StaffRecord; camat?: CamatsRecord };
          },
        ) =>
          event.expand?.staff?.name ??
          event.expand?.camat?.name ??
          (event.staff ? 'petugas Dinas Sosial' : event.camat ? 'Camat' : `operator desa ${village().name}`);
        return (
          <section class="detail" aria-labelledby="usulan-detail-judul">
            <h3 id="usulan-detail-judul" tabindex="-1">
              {proposal().number} — {DISASTER_TYPES[proposal().disaster_type]} di {village().name}
            </h3>
            <dl class="summary-list">
              <div>
                <dt>Status</dt>
                <dd>{PROPOSAL_STATUSES[proposal().status]}</dd>
              </div>
              <div>
                <dt>Desa</dt>
                <dd>
                  {village().name}, Kec. {village().expand?.kecamatan?.name}
                </dd>
              </div>
              <div>
                <dt>Ditujukan kepada</dt>
                <dd>{RECIPIENTS[proposal().recipient]}</dd>
              </div>
              <div>
                <dt>Kejadian</dt>
                <dd>
                  {formatDateTime(proposal().occurred_at)} — {proposal().location_note}
                  {proposal().location_lat ? ` (${proposal().location_lat}, ${proposal().location_lon})` : ''}
                </dd>
              </div>
              <div>
                <dt>Kronologi</dt>
                <dd>{proposal().chronology}</dd>
              </div>
              <For each={Object.entries(COUNT_FIELDS) as [CountField, string][]}>
                {([field, name]) => (
                  <div>
                    <dt>{name}</dt>
                    <dd>{proposal()[field]}</dd>
                  </div>
                )}
              </For>
              <div>
                <dt>Fasilitas umum</dt>
                <dd>{proposal().public_facilities || '—'}</dd>
              </div>
              <div>
                <dt>Kerugian lainnya</dt>
                <dd>{proposal().other_losses || '—'}</dd>
              </div>
              <div>
                <dt>Logistik diminta</dt>
                <dd>
                  {proposal()
                    .logistics.map((row) => `${row.item} ${row.quantity} ${row.unit}`)
                    .join('; ')}
                </dd>
              </div>
              <div>
                <dt>Kontak</dt>
                <dd>
                  {proposal().contact_name}, <a href={`tel:${proposal().contact_phone}`}>{proposal().contact_phone}</a>
                </dd>
              </div>
            </dl>
            <h4>Dokumen</h4>
            <ul>
              <For each={DOCUMENTS}>
                {(document) => (
                  <li>
                    {document.label}:{' '}
                    <For each={proposal()[document.field]}>
                      {(file, index) => (
                        <>
                          {index() > 0 && ', '}
                          <a
                            href={pb.files.getURL(proposal(), file, { token: loaded().token })}
                            target="_blank"
                            rel="noopener"
                          >
                            file {index() + 1}
                          </a>
                        </>
                      )}
                    </For>
                  </li>
                )}
              </For>
            </ul>
            <p class="hint">Tautan dokumen berlaku beberapa menit; muat ulang usulan bila sudah kedaluwarsa.</p>
            <h4>Riwayat</h4>
            <Timeline
              format={formatDateTime}
              events={[
                ...loaded().events.map((event) => ({
                  at: event.at,
                  label: PROPOSAL_STATUSES[event.status],
                  publicNote: event.public_note,
                  internalNote: event.internal_note,
                  by: byWhom(event),
                })),
                ...loaded().contacts.map((contact) => ({
                  at: contact.at,
                  label: 'Diberitahu via WhatsApp',
                  publicNote: '',
                  internalNote: '',
                  by: byWhom(contact),
                })),
              ].sort((a, b) => a.at.localeCompare(b.at))}
            />
            <h4>Keputusan berikutnya</h4>
            <Show
              when={handles()}
              fallback={
                <p class="callout">
                  Usulan ini diputus oleh {PROPOSAL_DECIDERS[proposal().decided_by]}
                  {proposal().decided_by === 'camat' ? ` Kec. ${village().expand?.kecamatan?.name}` : ''}, yang juga
                  memverifikasi dan mengirim logistiknya. Anda dapat memantaunya di sini.
                </p>
              }
            >
              <ActionForm
                idPrefix="usulan"
                choice={{ label: 'Keputusan', missing: 'Pilih keputusan atas usulan ini, lalu tekan Simpan.' }}
                noActions={
                  isFinished(proposal().status)
                    ? `Usulan ini sudah selesai: ${PROPOSAL_STATUSES[proposal().status].toLowerCase()}.`
                    : undefined
                }
                statuses={moveChoices(proposals, props.actor, proposal().status, proposal().decided_by)}
                save={(values) =>
                  pb.collection('proposal_events').create({
                    proposal: props.id,
                    status: values.status,
                    public_note: values.publicNote,
                    internal_note: values.internalNote,
                  })
                }
                onSaved={() => {
                  props.onChanged();
                  return refetch();
                }}
              />
              <WhatsAppUpdate
                update={{
                  kind: 'usulan',
                  // Whoever sends it: the Dinas, or the Camat from their own office.
                  office:
                    props.actor === 'camat' ? camatOffice(village().expand!.kecamatan!.name) : agency().short_name,
                  number: proposal().number,
                  service: 'Logistik kebencanaan',
                  status: proposal().status,
                  statusUrl: new URL(statusPagePath(proposal().number), location.origin).href,
                }}
                phone={proposal().contact_phone}
                template={props.whatsappTemplates[agency().slug]?.usulan}
                record={() =>
                  pb.collection('proposal_contacts').create({
                    proposal: props.id,
                    channel: 'whatsapp',
                    ...(props.actor === 'camat' ? { camat: props.accountId } : { staff: props.accountId }),
                  })
                }
                onRecorded={refetch}
              />
            </Show>
          </section>
        );
      }}
    </Show>
  );
}

/** Village proposals the account may see (the office's, or those addressed to this Camat). */
export default function ProposalReview(props: {
  actor: ProposalActor /** The signed-in staff member or Camat, who records a WhatsApp update as themselves. */;
  accountId: string;
  whatsappTemplates: WhatsAppTemplates;
}) {
  const pb = pocketbase();
  const [selected, setSelected] = createSignal<string>();
  const [proposals, { refetch }] = createResource(() =>
    pb.collection('proposals').getFullList({
      sort: '-received_at',
      expand: 'village',
      fields: 'id,number,status,received_at,disaster_type,recipient,decided_by,expand.village.name',
      requestKey: null,
    }),
  );
  return (
    <div class="list-detail">
      <div>
        <Show
          when={!proposals.error}
          fallback={<p class="callout">Usulan tidak dapat dimuat. Periksa koneksi, lalu muat ulang.</p>}
        >
          <Show when={proposals()?.length !== 0} fallback={<p>Belum ada usulan.</p>}>
            <DataTable
              cards
              label="Usulan desa"
              headers={['Nomor', 'Desa', 'Bencana', 'Dikirim', 'Diputus oleh', 'Status']}
              rows={proposals() ?? []}
            >
              {(proposal) => (
                <tr>
                  <td>
                    <OpenRowButton
                      open={selected() === proposal.id}
                      onOpen={() => setSelected(proposal.id)}
                      focusId="usulan-detail-judul"
                    >
                      {proposal.number}
                    </OpenRowButton>
                  </td>
                  <td>{proposal.expand?.village?.name}</td>
                  <td>{DISASTER_TYPES[proposal.disaster_type]}</td>
                  <td>{formatDateTime(proposal.received_at)}</td>
                  <td>{PROPOSAL_DECIDERS[proposal.decided_by]}</td>
                  <td>{PROPOSAL_STATUSES[proposal.status]}</td>
                </tr>
              )}
            </DataTable>
          </Show>
        </Show>
      </div>
      <Show when={selected()} keyed>
        {(id) => (
          <div class="detail-pane">
            <ProposalDetail
              id={id}
              actor={props.actor}
              accountId={props.accountId}
              whatsappTemplates={props.whatsappTemplates}
              onChanged={() => void refetch()}
            />
          </div>
        )}
      </Show>
    </div>
  );
}
