// One opened case, whatever its type: its summary, its timeline naming who did what (the staff
// member or Camat, or the resident or village through the site), the action form offering the
// statuses the account may record next, and "Kabari lewat WhatsApp". Each case type gives only what
// is its own (WorkQueue.tsx, ComplaintInbox.tsx, ProposalReview.tsx).
import { For, Show, createResource, lazy, type Accessor, type JSX } from 'solid-js';
import ActionForm, { Timeline, type ActionValues } from './ActionForm';
import { pocketbase, rememberedAccount } from '../../lib/pocketbase-client';
import { formatDateTime } from '../../lib/dates';
import type { TrackedUpdate } from '../../lib/whatsapp-update';
import type { CollectionRecords } from '../../domain/records';
import { CASE_KINDS, type CaseKind } from './case-kinds';
// Loaded when a case is opened: the workspace's first view stays within its budget.
const WhatsAppUpdate = lazy(() => import('./WhatsAppUpdate'));

type Names<Kind extends CaseKind> = (typeof CASE_KINDS)[Kind];

/** A case type's WhatsApp contacts, where it has them. */
type ContactsOf<Kind extends CaseKind> = Names<Kind>['contacts'] extends keyof CollectionRecords
  ? CollectionRecords[Names<Kind>['contacts']][]
  : never[];

export interface LoadedCase<Kind extends CaseKind> {
  record: CollectionRecords[Names<Kind>['records']];
  events: CollectionRecords[Names<Kind>['events']][];
  contacts: ContactsOf<Kind>;
}

/** A timeline entry's author, as its record names them. */
export interface Authored {
  staff?: string;
  camat?: string;
  expand?: { staff?: { name: string }; camat?: { name: string } };
}

export interface CaseView<Kind extends CaseKind> {
  /** The heading: the number and what the case is about. */
  title: () => string;
  /** The rows of the summary (each a div of dt and dd). */
  summary: JSX.Element;
  /** Below the summary: documents, a receipt to print. */
  details?: JSX.Element;
  /** What an event of the timeline says. */
  eventLabel: (event: LoadedCase<Kind>['events'][number]) => string;
  /** Who made an entry that names no account: the resident through the site, the village. */
  nobody: (entry: Authored) => string;
  /** Who reads the public notes: "pemohon" by default. */
  reader?: string;
  actions: {
    heading: string;
    /** Whether this account handles the case; if not, `notHandled` is said instead of the form. */
    handled?: () => boolean;
    notHandled?: JSX.Element;
    /** Said above the form. */
    hint?: JSX.Element;
    idPrefix: string;
    statuses: () => { value: string; label: string }[];
    noActions: () => string | undefined;
    choice?: { label: string; missing: string };
    publicNoteLabel?: () => string;
    /** Fields above the choice, and fields the chosen status needs. */
    fields?: JSX.Element;
    fieldsFor?: (status: string) => JSX.Element;
    /** What the event records beyond its status and notes (the step, the unit). */
    eventFields?: (values: ActionValues) => Record<string, unknown>;
    /** After saving, before the case is loaded again: clear what the form held. */
    onSaved?: () => void;
  };
  /** The update to send by WhatsApp, or null when there is none; `noWhatsApp` is said then. */
  whatsapp: () => { update: TrackedUpdate; phone: string; template: string | undefined } | null;
  noWhatsApp?: JSX.Element;
}

/**
 * What an opened case shows, from its record; called once each time a case is opened, so what the
 * form holds (a step chosen, a unit typed) is made here and lives as long as the opened case.
 */
export type CaseDetailView<Kind extends CaseKind> = (
  record: Accessor<LoadedCase<Kind>['record']>,
  /** Loads the case again, and the list beside it: after something recorded outside the action form (a release of stock). */
  reload: () => void,
) => CaseView<Kind>;

export default function CaseDetail<Kind extends CaseKind>(props: {
  kind: Kind;
  id: string;
  /** Read again when this changes (CaseList's `refresh`). */
  refresh?: number | undefined;
  onChanged: () => void;
  view: CaseDetailView<Kind>;
}) {
  const pb = pocketbase();
  // The signed-in staff member or Camat: a step and a WhatsApp update they record name them.
  const account = rememberedAccount();
  const actor = { [account?.collectionName === 'camats' ? 'camat' : 'staff']: account?.id ?? '' };
  const names = CASE_KINDS[props.kind];
  const [data, { refetch }] = createResource(
    () => ({ id: props.id, refresh: props.refresh }),
    async ({ id }) => {
      const filter = pb.filter(`${names.parent} = {:id}`, { id });
      const list = { filter, sort: 'at', expand: names.people, requestKey: null };
      const [record, events, contacts] = await Promise.all([
        pb.collection(names.records).getOne(id, { expand: names.expand, requestKey: null }),
        pb.collection(names.events).getFullList(list),
        names.contacts ? pb.collection(names.contacts).getFullList(list) : [],
      ]);
      return { record, events, contacts } as LoadedCase<Kind>;
    },
  );
  const byWhom = (view: CaseView<Kind>, entry: Authored) =>
    entry.expand?.staff?.name ?? entry.expand?.camat?.name ?? view.nobody(entry);

  return (
    <Show when={data()} fallback={<p class="hint">Memuat {names.words.one}…</p>}>
      {(loaded) => {
        const view = props.view(
          () => loaded().record,
          () => {
            props.onChanged();
            void refetch();
          },
        );
        const actions = view.actions;
        return (
          <section class="detail" aria-labelledby={names.headingId}>
            <h3 id={names.headingId} tabindex="-1">
              {view.title()}
            </h3>
            <dl class="summary-list">{view.summary}</dl>
            {view.details}
            <h4>Riwayat</h4>
            <Timeline
              format={formatDateTime}
              reader={view.reader}
              events={[
                ...(loaded().events as (LoadedCase<Kind>['events'][number] & Authored)[]).map((event) => ({
                  at: event.at,
                  label: view.eventLabel(event),
                  publicNote: event.public_note,
                  internalNote: event.internal_note,
                  by: byWhom(view, event),
                })),
                // Internal: the resident's status page never shows these.
                ...(loaded().contacts as (LoadedCase<Kind>['contacts'][number] & Authored)[]).map((contact) => ({
                  at: contact.at,
                  label: 'Diberitahu via WhatsApp',
                  publicNote: '',
                  internalNote: '',
                  by: byWhom(view, contact),
                })),
              ].sort((a, b) => a.at.localeCompare(b.at))}
            />
            <h4>{actions.heading}</h4>
            <Show when={actions.handled?.() ?? true} fallback={actions.notHandled}>
              {actions.hint}
              <ActionForm
                idPrefix={actions.idPrefix}
                statuses={actions.statuses()}
                noActions={actions.noActions()}
                choice={actions.choice}
                publicNoteLabel={actions.publicNoteLabel?.()}
                fieldsFor={actions.fieldsFor}
                save={(values) =>
                  pb.collection(names.events).create({
                    [names.parent]: props.id,
                    status: values.status,
                    public_note: values.publicNote,
                    internal_note: values.internalNote,
                    ...(names.eventsNameTheirAuthor ? actor : {}),
                    ...actions.eventFields?.(values),
                  })
                }
                onSaved={() => {
                  actions.onSaved?.();
                  props.onChanged();
                  return refetch();
                }}
              >
                {actions.fields}
              </ActionForm>
              {/* After a step is saved: tell the resident or village where it stands now. */}
              <Show when={view.whatsapp()} fallback={view.noWhatsApp}>
                {(message) => (
                  <WhatsAppUpdate
                    update={message().update}
                    phone={message().phone}
                    template={message().template}
                    record={() =>
                      pb.collection(names.contacts!).create({
                        [names.parent]: props.id,
                        channel: 'whatsapp',
                        ...actor,
                      })
                    }
                    onRecorded={refetch}
                  />
                )}
              </Show>
            </Show>
          </section>
        );
      }}
    </Show>
  );
}

/** One fact of a case's summary: its name, and what it is. */
export function Fact(props: { label: string; children: JSX.Element }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** Whether a stored file is a photo (shown as a small preview) rather than a PDF, by its stored name. */
const isPhoto = (file: string) => /\.(jpe?g|png|webp)$/i.test(file);

/**
 * A case's files, each a link that opens it (with a short-lived file token): a photo with a small
 * preview, "foto 1", "PDF 2"; `note` says more of each (when it was sent).
 */
export function FileLinks(props: {
  record: { id: string; collectionId: string; collectionName: string };
  files: string[];
  token: string | undefined;
  note?: (file: string) => JSX.Element;
}) {
  const pb = pocketbase();
  const url = (file: string) => (props.token ? pb.files.getURL(props.record, file, { token: props.token }) : undefined);
  return (
    <ul class="file-links">
      <For each={props.files}>
        {(file, index) => (
          <li>
            <a href={url(file)} target="_blank" rel="noopener">
              <Show when={isPhoto(file) && url(file)}>
                {(address) => <img class="file-preview" src={address()} alt="" loading="lazy" />}
              </Show>
              {isPhoto(file) ? 'foto' : 'PDF'} {index() + 1}
            </a>
            {props.note?.(file)}
          </li>
        )}
      </For>
    </ul>
  );
}
