import { For, Show, createResource, lazy } from 'solid-js';
import { Fact, FileLinks, type CaseDetailView } from './CaseDetail';
import CaseList, { type ListStart } from './CaseList';
import type { WhatsAppTemplates } from './WhatsAppUpdate';
import { pocketbase, rememberedAccount, type AccountRecords } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import { statusPagePath } from '../../lib/paths';
import { camatOffice } from '../../lib/whatsapp-update';
import { COUNT_FIELDS, DISASTER_TYPES, DOCUMENTS, RECIPIENTS, type CountField } from '../../domain/proposal';
import { PROPOSAL_STATUSES, isFinished } from '../../domain/statuses';
import { PROPOSAL_ACTORS_BY_DECIDER, PROPOSAL_DECIDERS, type ProposalActor } from '../../domain/roles';
import { moveChoices, proposals } from '../../domain/cases';

// Loaded when an approved or served proposal is opened: the release of stock and its BAST.
const ProposalLogistics = lazy(() => import('../stock/ProposalLogistics'));
/** From approval on, the proposal's logistics: released from stock, then received by the village. */
const SERVED_STATUSES = new Set(['disetujui', 'dikirim', 'diterima-desa']);

/** An opened proposal: the disaster, what the village asks for, its documents, and the decision — or who makes it. */
function proposalView(actor: ProposalActor, whatsappTemplates: WhatsAppTemplates): CaseDetailView<'usulan'> {
  return (proposal, reload) => {
    const pb = pocketbase();
    const handles = () => PROPOSAL_ACTORS_BY_DECIDER[proposal().decided_by].includes(actor);
    const [token] = createResource(() => pb.files.getToken({ requestKey: null }));
    const village = () => proposal().expand!.village!;
    const agency = () => village().expand!.kecamatan!.expand!.agency!;
    return {
      title: () => `${proposal().number} — ${DISASTER_TYPES[proposal().disaster_type]} di ${village().name}`,
      summary: (
        <>
          <Fact label="Status">{PROPOSAL_STATUSES[proposal().status]}</Fact>
          <Fact label="Desa">
            {village().name}, Kec. {village().expand?.kecamatan?.name}
          </Fact>
          <Fact label="Ditujukan kepada">{RECIPIENTS[proposal().recipient]}</Fact>
          <Fact label="Kejadian">
            {formatDateTime(proposal().occurred_at)} — {proposal().location_note}
            {proposal().location_lat ? ` (${proposal().location_lat}, ${proposal().location_lon})` : ''}
          </Fact>
          <Fact label="Kronologi">{proposal().chronology}</Fact>
          <For each={Object.entries(COUNT_FIELDS) as [CountField, string][]}>
            {([field, name]) => <Fact label={name}>{proposal()[field]}</Fact>}
          </For>
          <Fact label="Fasilitas umum">{proposal().public_facilities || '—'}</Fact>
          <Fact label="Kerugian lainnya">{proposal().other_losses || '—'}</Fact>
          <Fact label="Logistik diminta">
            {proposal()
              .logistics.map((row) => `${row.item} ${row.quantity} ${row.unit}`)
              .join('; ')}
          </Fact>
          <Fact label="Kontak">
            {proposal().contact_name}, <a href={`tel:${proposal().contact_phone}`}>{proposal().contact_phone}</a>
          </Fact>
        </>
      ),
      details: (
        <>
          <h4>Dokumen</h4>
          <ul>
            <For each={DOCUMENTS}>
              {(document) => (
                <li>
                  {document.label}: <FileLinks record={proposal()} files={proposal()[document.field]} token={token()} />
                </li>
              )}
            </For>
          </ul>
          <p class="hint">Tautan dokumen berlaku beberapa menit; muat ulang usulan bila sudah kedaluwarsa.</p>
          <Show when={SERVED_STATUSES.has(proposal().status)}>
            <ProposalLogistics
              proposal={proposal()}
              account={rememberedAccount() as AccountRecords['staff'] | AccountRecords['camats']}
              handles={handles()}
              reload={reload}
            />
          </Show>
        </>
      ),
      eventLabel: (event) => PROPOSAL_STATUSES[event.status],
      /** An entry whose staff member or Camat is not named to this account, or the village that sent the proposal. */
      nobody: (entry) =>
        entry.staff ? 'petugas Dinas Sosial' : entry.camat ? 'Camat' : `operator desa ${village().name}`,
      actions: {
        heading: 'Keputusan berikutnya',
        handled: handles,
        notHandled: (
          <p class="callout">
            Usulan ini diputus oleh {PROPOSAL_DECIDERS[proposal().decided_by]}
            {proposal().decided_by === 'camat' ? ` Kec. ${village().expand?.kecamatan?.name}` : ''}, yang juga
            memverifikasi dan mengirim logistiknya. Anda dapat memantaunya di sini.
          </p>
        ),
        idPrefix: 'usulan',
        choice: { label: 'Keputusan', missing: 'Pilih keputusan atas usulan ini, lalu tekan Simpan.' },
        statuses: () => moveChoices(proposals, actor, proposal().status, proposal().decided_by),
        noActions: () =>
          isFinished(proposal().status)
            ? `Usulan ini sudah selesai: ${PROPOSAL_STATUSES[proposal().status].toLowerCase()}.`
            : undefined,
      },
      whatsapp: () => ({
        update: {
          kind: 'usulan',
          // Whoever sends it: the Dinas, or the Camat from their own office.
          office: actor === 'camat' ? camatOffice(village().expand!.kecamatan!.name) : agency().short_name,
          number: proposal().number,
          service: 'Logistik kebencanaan',
          status: proposal().status,
          statusUrl: new URL(statusPagePath(proposal().number), location.origin).href,
        },
        phone: proposal().contact_phone,
        template: whatsappTemplates[agency().slug]?.usulan,
      }),
    };
  };
}

/** Village proposals the account may see (the office's, or those addressed to this Camat), newest first, searched and paged by the server. */
export default function ProposalReview(props: {
  actor: ProposalActor /** The signed-in staff member or Camat, who records a WhatsApp update as themselves. */;
  accountId: string;
  whatsappTemplates: WhatsAppTemplates;
  /** Where the list starts when a link opened it (a stock alert's proposal). */
  start?: ListStart | undefined;
}) {
  return (
    <CaseList
      kind="usulan"
      start={props.start}
      view={proposalView(props.actor, props.whatsappTemplates)}
      headers={['Nomor', 'Desa', 'Bencana', 'Dikirim', 'Diputus oleh', 'Status']}
      cells={(proposal) => (
        <>
          <td>{proposal.village_name}</td>
          <td>{DISASTER_TYPES[proposal.disaster_type]}</td>
          <td>{formatDateTime(proposal.received_at)}</td>
          <td>{PROPOSAL_DECIDERS[proposal.decided_by]}</td>
          <td>{PROPOSAL_STATUSES[proposal.status]}</td>
        </>
      )}
    />
  );
}
