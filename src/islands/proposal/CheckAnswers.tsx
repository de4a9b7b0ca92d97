import { For, Show, type JSX } from 'solid-js';
import type { ProposalDraft } from '../../lib/proposal-draft';
import { draftBytes } from '../../lib/proposal-draft';
import { COUNT_FIELDS, DISASTER_TYPES, DOCUMENTS, RECIPIENTS, type CountField } from '../../domain/proposal';
import { formatDateTime } from '../../lib/dates';
import { formatBytes } from '../../lib/bytes';

function Row(props: { label: string; children: JSX.Element }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function Section(props: { title: string; step: number; onChange: (step: number) => void; children: JSX.Element }) {
  return (
    <section>
      <h3>
        {props.title}
        <button type="button" class="link-button" onClick={() => props.onChange(props.step)}>
          Ubah<span class="visually-hidden"> {props.title.toLowerCase()}</span>
        </button>
      </h3>
      <dl class="summary-list">{props.children}</dl>
    </section>
  );
}

/** "Periksa kembali": everything that will be sent, each part with a way back to change it. */
export default function CheckAnswers(props: {
  draft: ProposalDraft;
  kecamatanName: string;
  onChange: (step: number) => void;
}) {
  const occurred = () => new Date(props.draft.occurred_local);
  const disaster = () =>
    props.draft.disaster_type === 'lainnya'
      ? props.draft.disaster_type_other
      : (DISASTER_TYPES[props.draft.disaster_type as keyof typeof DISASTER_TYPES] ?? '—');
  return (
    <div class="check-answers">
      <Section title="Kejadian bencana" step={0} onChange={props.onChange}>
        <Row label="Jenis bencana">{disaster()}</Row>
        <Row label="Tanggal dan jam">{Number.isNaN(occurred().getTime()) ? '—' : formatDateTime(occurred())}</Row>
        <Row label="Lokasi">
          {props.draft.location_note}
          <Show when={props.draft.location_lat != null}>
            <br />
            Titik: {props.draft.location_lat}, {props.draft.location_lon}
          </Show>
        </Row>
        <Row label="Kronologi">{props.draft.chronology}</Row>
      </Section>
      <Section title="Korban dan kerugian" step={1} onChange={props.onChange}>
        <For each={Object.entries(COUNT_FIELDS) as [CountField, string][]}>
          {([field, label]) => <Row label={label}>{props.draft.counts[field] || '—'}</Row>}
        </For>
        <Row label="Fasilitas umum">{props.draft.public_facilities || '—'}</Row>
        <Row label="Kerugian lainnya">{props.draft.other_losses || '—'}</Row>
      </Section>
      <Section title="Kebutuhan logistik" step={2} onChange={props.onChange}>
        <For each={props.draft.logistics.filter((row) => row.item.trim() !== '')}>
          {(row) => (
            <Row label={row.item}>
              {row.quantity} {row.unit}
            </Row>
          )}
        </For>
      </Section>
      <Section title="Tujuan dan kontak" step={3} onChange={props.onChange}>
        <Row label="Ditujukan kepada">
          {props.draft.recipient === 'camat' ? `Camat ${props.kecamatanName}` : RECIPIENTS.kepala_dinas}
        </Row>
        <Row label="Kontak">
          {props.draft.contact_name}, {props.draft.contact_phone}
        </Row>
      </Section>
      <Section title="Dokumen" step={4} onChange={props.onChange}>
        <For each={DOCUMENTS}>
          {(document) => (
            <Row label={document.label}>
              {props.draft.documents[document.field].length === 0
                ? '—'
                : props.draft.documents[document.field].map((file) => file.name).join(', ')}
            </Row>
          )}
        </For>
        <Row label="Ukuran kiriman">
          {formatBytes(draftBytes(props.draft).sent)}
          <Show when={draftBytes(props.draft).original > draftBytes(props.draft).sent}>
            {' '}
            (foto asli {formatBytes(draftBytes(props.draft).original)})
          </Show>
        </Row>
      </Section>
    </div>
  );
}
