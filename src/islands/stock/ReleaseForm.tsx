// A release of stock for an approved village proposal, by the side that decided it, from its
// warehouse: the legal basis the warehouse requires (a recorded one, or recorded here — decree number,
// date, issuer), the items with the batches first-expiry-first-out suggests, and the names on the
// BAST. Checked on the device with the server's own rules (src/domain/stock.ts, stock-ledger.ts);
// sent through the outbox with an idempotency key, so it is recorded offline and sent once.
import { For, Show, createEffect, createMemo, createResource, createSignal } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import { RadioGroup, SelectField, TextField } from '../form/fields';
import { serverProblems } from '../staff/server-problems';
import { loadBalances, loadItems, typedQuantity, type StockAccount } from './stock-data';
import { releaseOutbox, type RefusedRelease } from './release-outbox';
import { pocketbase } from '../../lib/pocketbase-client';
import { forget, keep, readKept } from '../../lib/kept-on-device';
import { ROUTES, type RequestOf, type StockReleaseRequest } from '../../domain/routes';
import {
  BAST_FIELD_LABELS,
  LEGAL_BASES,
  MAX_RELEASE_LINES,
  dinasWarehouseCode,
  formatQuantity,
  legalBasisProblems,
  lumbungWarehouseCode,
  quantityProblem,
  type LegalBasisKind,
  type StockProblem,
} from '../../domain/stock';
import { firstExpiryFirstOut, isExpired, releaseLineProblems, type BatchPick } from '../../domain/stock-ledger';
import { officeDate } from '../../domain/working-days';
import { formatOfficeDay } from '../../lib/dates';
import type { LegalBasesRecord, ProposalsRecord } from '../../domain/records';

/** A proposal as the workspace opens it: its village, kecamatan and office expanded. */
export type ExpandedProposal = ProposalsRecord;

/** The warehouse a proposal's logistics leave from: the Lambung Sosial of its Camat, or the Dinas's own. */
export function releaseWarehouseCode(proposal: ExpandedProposal): string {
  const kecamatan = proposal.expand!.village!.expand!.kecamatan!;
  return proposal.decided_by === 'camat'
    ? lumbungWarehouseCode(kecamatan.code)
    : dinasWarehouseCode(kecamatan.expand!.agency!.slug);
}

interface Line {
  id: number;
  item: string;
  quantity: string;
}

/** The release form as kept on the device until the release is recorded. */
interface ReleaseDraft {
  basisId: string;
  lines: Line[];
  names: Record<BastField, string>;
  key: string;
}

const NEW_BASIS = 'baru';
const BAST_FIELDS = ['giver_name', 'giver_position', 'receiver_name', 'receiver_position'] as const;
type BastField = (typeof BAST_FIELDS)[number];

async function loadRelease(code: string) {
  const pb = pocketbase();
  const warehouse = await pb
    .collection('warehouses')
    .getFirstListItem(pb.filter('code = {:code}', { code }), { requestKey: null });
  const [items, balances, bases] = await Promise.all([
    loadItems(),
    loadBalances(code),
    pb.collection('legal_bases').getFullList({
      filter: pb.filter('warehouse = {:warehouse}', { warehouse: warehouse.id }),
      sort: '-date,-created',
      requestKey: null,
    }),
  ]);
  return { warehouse, items, batches: balances.batches, bases };
}

const basisLabel = (basis: Pick<LegalBasesRecord, 'kind' | 'number' | 'date' | 'issuer' | 'disaster'>) =>
  `${LEGAL_BASES[basis.kind as LegalBasisKind]?.label ?? basis.kind} ${basis.number}, ${formatOfficeDay(basis.date)}, ${basis.issuer}` +
  (basis.disaster ? ` (${basis.disaster})` : '');

export default function ReleaseForm(props: {
  proposal: ExpandedProposal;
  account: StockAccount;
  onRecorded: () => void;
}) {
  const village = () => props.proposal.expand!.village!;
  const kecamatan = () => village().expand!.kecamatan!;
  const [data, { refetch }] = createResource(() => releaseWarehouseCode(props.proposal), loadRelease);
  const today = officeDate(new Date());
  // What is typed is kept on this device per proposal until the release is recorded: a reload, or a
  // browser closed on a weak connection, loses nothing — the idempotency key included, so a release
  // already waiting in the outbox is never recorded twice.
  const draftKey = `layanan.penyaluran.${props.proposal.id}`;
  const draft = readKept<ReleaseDraft>(draftKey);
  const [basisId, setBasisId] = createSignal(draft?.basisId ?? '');
  const [basis, setBasis] = createSignal({ kind: '', number: '', date: '', issuer: '', disaster: '' });
  const [lines, setLines] = createSignal<Line[]>(draft?.lines ?? [{ id: 0, item: '', quantity: '' }]);
  const [names, setNames] = createSignal<Record<BastField, string>>(
    draft?.names ?? {
      giver_name: props.account.name,
      giver_position: props.account.collectionName === 'camats' ? `Camat ${kecamatan().name}` : '',
      receiver_name: '',
      receiver_position: '',
    },
  );
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  // Made when the form opens, kept until the server has the release: sent again after a dropped connection, recorded once.
  const [key, setKey] = createSignal(draft?.key ?? crypto.randomUUID());
  createEffect(() =>
    keep(draftKey, { basisId: basisId(), lines: lines(), names: names(), key: key() } satisfies ReleaseDraft),
  );
  /** The key of the release sent last from this form, while it waits, is recorded, or was refused. */
  const [sentKey, setSentKey] = createSignal<string>();
  const fieldId = (field: string) => `salur-${field.replace(/\./g, '-')}`;
  const errorFor = (field: string) => errors().find((error) => error.fieldId === fieldId(field))?.message;
  const show = (problems: StockProblem[]) =>
    setErrors(problems.map((problem) => ({ fieldId: fieldId(problem.field), message: problem.message })));

  const warehouseRule = () => ({
    name: data.latest!.warehouse.name,
    legalBases: (data.latest!.warehouse.legal_bases ?? []) as LegalBasisKind[],
  });
  /** Each line's batches, first to expire first, and what the usable batches cannot cover. */
  const suggestions = createMemo(() =>
    lines().map((line) => {
      const quantity = typedQuantity(line.quantity);
      const batches = (data.latest?.batches ?? []).filter((batch) => batch.item === line.item);
      return line.item && quantity > 0
        ? firstExpiryFirstOut(batches, quantity, today)
        : { picks: [] as BatchPick[], short: 0 };
    }),
  );
  const usable = (item: string) =>
    (data.latest?.batches ?? [])
      .filter((batch) => batch.item === item && batch.balance > 0 && !isExpired(batch.expiresOn, today))
      .reduce((sum, batch) => sum + batch.balance, 0);
  const stocked = () =>
    [...(data.latest?.items.values() ?? [])].filter((item) =>
      (data.latest?.batches ?? []).some((b) => b.item === item.slug && b.balance > 0),
    );

  function releaseProblems(): StockProblem[] {
    const loaded = data.latest!;
    const problems: StockProblem[] = [];
    const chosen = loaded.bases.find((one) => one.id === basisId());
    problems.push(
      ...legalBasisProblems(warehouseRule(), chosen ?? { kind: '', number: '', date: '', issuer: '' }, new Date()),
    );
    const seen = new Set<string>();
    for (const [index, line] of lines().entries()) {
      const item = loaded.items.get(line.item);
      if (!item) {
        problems.push({ field: `lines.${index}.item`, message: `Barang ${index + 1}: pilih barang.` });
        continue;
      }
      if (seen.has(line.item)) {
        problems.push({ field: `lines.${index}.item`, message: `${item.name} sudah ada di baris lain.` });
        continue;
      }
      seen.add(line.item);
      const wrong = quantityProblem(item, typedQuantity(line.quantity));
      if (wrong) problems.push({ field: `lines.${index}.quantity`, message: wrong });
      else if (suggestions()[index]!.short > 0)
        problems.push({
          field: `lines.${index}.quantity`,
          message:
            `${item.name} yang dapat disalurkan tinggal ${formatQuantity(usable(line.item))} ${item.unit} ` +
            '(batch kedaluwarsa tidak dihitung); kurangi jumlahnya.',
        });
    }
    if (problems.every((problem) => !problem.field.startsWith('lines.'))) {
      const picked = releaseLines();
      for (const refusal of releaseLineProblems(picked, loaded.batches, loaded.items, today))
        problems.push({ field: 'lines.0.quantity', message: refusal.message });
      if (picked.length > MAX_RELEASE_LINES)
        problems.push({
          field: 'lines.0.item',
          message: `Satu BAST memuat paling banyak ${MAX_RELEASE_LINES} batch; bagi menjadi dua penyaluran.`,
        });
    }
    for (const field of BAST_FIELDS)
      if (!names()[field].trim()) problems.push({ field, message: `${BAST_FIELD_LABELS[field]}: wajib diisi.` });
    return problems;
  }
  const releaseLines = () =>
    lines().flatMap((line, index) =>
      suggestions()[index]!.picks.map((pick) => ({ item: line.item, batch: pick.batch, quantity: pick.quantity })),
    );

  async function recordBasis() {
    const typed = basis();
    const problems = legalBasisProblems(warehouseRule(), typed, new Date()).map((problem) =>
      problem.field === 'legal_basis' ? { ...problem, field: 'basis_kind' } : problem,
    );
    show(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const body = { warehouse: data.latest!.warehouse.code, ...typed } satisfies RequestOf<typeof ROUTES.legalBasis>;
      const { id } = await pocketbase().send<{ id: string }>(ROUTES.legalBasis.path, {
        method: 'POST',
        body,
        requestKey: null,
      });
      await refetch();
      setBasisId(id);
      setBasis({ kind: '', number: '', date: '', issuer: '', disaster: '' });
    } catch (error) {
      setErrors(
        serverProblems(error, {
          fieldId: (field) => fieldId(field === 'legal_basis' ? 'basis_kind' : field),
          fallback: fieldId('basis_kind'),
          unreachable:
            'Dasar penyaluran tidak dapat disimpan tanpa sambungan. Coba lagi saat ada sinyal; isian tetap di sini.',
          refused: (message, status) => (status === 403 ? message : undefined),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const problems = releaseProblems();
    show(problems);
    if (problems.length > 0) return;
    const request: StockReleaseRequest = {
      proposal: props.proposal.id,
      warehouse: data.latest!.warehouse.code,
      legal_basis: basisId(),
      lines: releaseLines(),
      ...Object.fromEntries(BAST_FIELDS.map((field) => [field, names()[field].trim()])),
      idempotency_key: key(),
    } as StockReleaseRequest;
    setSentKey(key());
    await releaseOutbox.enqueue(key(), {
      request,
      proposalNumber: props.proposal.number,
      village: `${village().type === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${village().name}`,
    });
  }

  const refusal = (): RefusedRelease | undefined => releaseOutbox.refused().find((one) => one.key === sentKey());
  const waiting = () => sentKey() !== undefined && !refusal();
  createEffect(() => {
    const sent = sentKey();
    if (sent && releaseOutbox.recorded()[sent]) {
      forget(draftKey);
      props.onRecorded();
    }
  });
  createEffect(() => {
    // Refused: the form is back, the balances loaded again, and the next send gets its own key.
    if (refusal()) {
      setKey(crypto.randomUUID());
      void refetch();
    }
  });

  return (
    <Show
      when={data.latest}
      fallback={
        <p class="hint">
          {data.error
            ? 'Stok gudang tidak dapat dimuat. Periksa koneksi, lalu buka usulan ini lagi.'
            : 'Memuat stok gudang…'}
        </p>
      }
    >
      {(loaded) => (
        <Show
          when={!waiting()}
          fallback={
            <p class="callout" role="status">
              <Show
                when={releaseOutbox.waiting(sentKey()!) && releaseOutbox.state().waitingReason}
                fallback="Mengirim penyaluran…"
              >
                Penyaluran tersimpan di perangkat ini dan dikirim otomatis begitu ada sinyal. BAST dapat dicetak setelah
                server mencatatnya.
              </Show>
            </p>
          }
        >
          <form class="stock-form" novalidate onSubmit={submit}>
            <ErrorSummary errors={errors()} />
            <p class="hint">
              Dari {loaded().warehouse.name}. Logistik diminta desa:{' '}
              {props.proposal.logistics.map((row) => `${row.item} ${row.quantity} ${row.unit}`).join('; ') || '—'}.
            </p>
            <RadioGroup
              id={fieldId('legal_basis')}
              name={fieldId('legal_basis')}
              label="Dasar penyaluran"
              hint={`Stok ${loaded().warehouse.name} keluar dengan ${warehouseRule()
                .legalBases.map((kind) => LEGAL_BASES[kind].rule)
                .join(' atau ')}.`}
              value={basisId()}
              options={[
                ...loaded().bases.map((one) => ({ value: one.id, label: basisLabel(one) })),
                { value: NEW_BASIS, label: 'Catat dasar penyaluran baru' },
              ]}
              error={errorFor('legal_basis')}
              onChange={setBasisId}
            />
            <Show when={basisId() === NEW_BASIS}>
              <fieldset class="stock-subform">
                <legend>Dasar penyaluran baru</legend>
                <RadioGroup
                  id={fieldId('basis_kind')}
                  name={fieldId('basis_kind')}
                  label="Jenis"
                  value={basis().kind}
                  options={warehouseRule().legalBases.map((kind) => ({ value: kind, label: LEGAL_BASES[kind].label }))}
                  error={errorFor('basis_kind')}
                  onChange={(kind) => setBasis({ ...basis(), kind })}
                />
                <TextField
                  id={fieldId('basis_number')}
                  label="Nomor"
                  hint="Misalnya 360/Kep.12-BPBD/2026."
                  value={basis().number}
                  error={errorFor('basis_number')}
                  onInput={(number) => setBasis({ ...basis(), number })}
                />
                <TextField
                  id={fieldId('basis_date')}
                  label="Tanggal"
                  type="date"
                  value={basis().date}
                  error={errorFor('basis_date')}
                  onInput={(date) => setBasis({ ...basis(), date })}
                />
                <TextField
                  id={fieldId('basis_issuer')}
                  label="Diterbitkan oleh"
                  hint="Misalnya Bupati Purwakarta."
                  value={basis().issuer}
                  error={errorFor('basis_issuer')}
                  onInput={(issuer) => setBasis({ ...basis(), issuer })}
                />
                <TextField
                  id={fieldId('basis_disaster')}
                  label="Kejadian bencana (tidak wajib)"
                  hint="Misalnya Banjir Darangdan Desember 2026."
                  value={basis().disaster}
                  onInput={(disaster) => setBasis({ ...basis(), disaster })}
                />
                <button type="button" class="button secondary" disabled={busy()} onClick={() => void recordBasis()}>
                  {busy() ? 'Menyimpan…' : 'Simpan dasar penyaluran'}
                </button>
              </fieldset>
            </Show>
            <h4>Barang yang disalurkan</h4>
            <Show when={stocked().length === 0}>
              <p class="callout">Gudang ini belum punya stok. Catat penerimaan di tab Stok logistik lebih dulu.</p>
            </Show>
            <For each={lines()}>
              {(line, index) => {
                const item = () => loaded().items.get(line.item);
                const change = (patch: Partial<Line>) =>
                  setLines(lines().map((one) => (one.id === line.id ? { ...one, ...patch } : one)));
                return (
                  <fieldset class="stock-subform">
                    <legend>Barang {index() + 1}</legend>
                    <SelectField
                      id={fieldId(`lines.${index()}.item`)}
                      label="Barang"
                      empty="Pilih barang"
                      value={line.item}
                      options={stocked().map((one) => ({
                        value: one.slug,
                        label: `${one.name} (tersedia ${formatQuantity(usable(one.slug))} ${one.unit})`,
                      }))}
                      error={errorFor(`lines.${index()}.item`)}
                      onChange={(value) => change({ item: value })}
                    />
                    <TextField
                      id={fieldId(`lines.${index()}.quantity`)}
                      label={`Jumlah${item() ? ` (${item()!.unit})` : ''}`}
                      inputmode={item()?.whole === false ? 'decimal' : 'numeric'}
                      value={line.quantity}
                      error={errorFor(`lines.${index()}.quantity`)}
                      onInput={(value) => change({ quantity: value })}
                    />
                    <Show when={suggestions()[index()]!.picks.length > 0}>
                      <p class="hint">Batch yang disarankan (kedaluwarsa paling awal keluar lebih dulu):</p>
                      <ul class="batch-list fefo-picks">
                        <For each={suggestions()[index()]!.picks}>
                          {(pick) => (
                            <li>
                              batch {pick.batch}: {formatQuantity(pick.quantity)} {item()!.unit}
                              {pick.expiresOn ? `, kedaluwarsa ${pick.expiresOn}` : ''}
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                    <Show when={lines().length > 1}>
                      <button
                        type="button"
                        class="link-button"
                        onClick={() => setLines(lines().filter((one) => one.id !== line.id))}
                      >
                        Hapus barang {index() + 1}
                      </button>
                    </Show>
                  </fieldset>
                );
              }}
            </For>
            <p>
              <button
                type="button"
                class="button secondary"
                onClick={() =>
                  setLines([...lines(), { id: Math.max(...lines().map((one) => one.id)) + 1, item: '', quantity: '' }])
                }
              >
                Tambah barang
              </button>
            </p>
            <h4>Nama di BAST</h4>
            <For each={BAST_FIELDS}>
              {(field) => (
                <TextField
                  id={fieldId(field)}
                  label={BAST_FIELD_LABELS[field]!}
                  hint={field === 'receiver_position' ? 'Misalnya Kepala Desa.' : undefined}
                  value={names()[field]}
                  error={errorFor(field)}
                  onInput={(value) => setNames({ ...names(), [field]: value })}
                />
              )}
            </For>
            <Show when={refusal()}>
              {(refused) => (
                <div class="callout" role="alert">
                  <p>
                    <strong>Server menolak penyaluran ini:</strong> {refused().reasons.join(' ')}
                  </p>
                  <p>Saldo dan saran batch di atas sudah dimuat ulang; sesuaikan jumlahnya, lalu simpan lagi.</p>
                </div>
              )}
            </Show>
            <button type="submit" class="button">
              Simpan penyaluran
            </button>
          </form>
        </Show>
      )}
    </Show>
  );
}
