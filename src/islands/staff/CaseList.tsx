// A staff list of one case type (src/domain/case-lists.ts): search by number or name, the list's
// own filters, a page of 50 from the server, its pages one after the other (each after the last
// row of the one before), and the opened case beside the list (CaseDetail.tsx).
import { Show, createEffect, createResource, createSignal, on, type Accessor, type JSX } from 'solid-js';
import DataTable, { OpenRowButton } from '../DataTable';
import Pager from './Pager';
import { SearchField } from '../form/fields';
import { pocketbase } from '../../lib/pocketbase-client';
import { routePath } from '../../lib/api-address';
import {
  CASE_LIST_PAGE_SIZE,
  caseListSearchParams,
  defaultCaseListQuery,
  type CaseListDeclaration,
  type CaseListPage,
  type CaseListQuery,
  type FilterValues,
} from '../../domain/case-list';
import CaseDetail, { type CaseDetailView } from './CaseDetail';
import { CASE_KINDS, type CaseKind } from './case-kinds';
import type { WhatsAppTemplates } from './WhatsAppUpdate';
import type { StaffRecord } from '../../domain/records';

/** What the office's own lists (the work queue, the complaint inbox) are given by the workspace. */
export interface OfficeListProps {
  staff: StaffRecord;
  whatsappTemplates: WhatsAppTemplates;
  /** Where the list starts when opened from the daily summary. */
  start?: ListStart | undefined;
}

type Declared<Kind extends CaseKind> = (typeof CASE_KINDS)[Kind]['list'];
type ViewOf<Kind extends CaseKind> = keyof Declared<Kind>['views'] & string;
type FiltersOf<Kind extends CaseKind> = Declared<Kind>['defaultFilters'];
type RowOf<Kind extends CaseKind> = Declared<Kind>['columns'];
type QueryOf<Kind extends CaseKind> = CaseListQuery<ViewOf<Kind>, FiltersOf<Kind>>;

interface Props<Kind extends CaseKind> {
  kind: Kind;
  /** The list's own filters beside the search; a change shows the first page again. */
  filters?: (
    query: Accessor<QueryOf<Kind>>,
    change: (patch: Partial<Omit<QueryOf<Kind>, 'after'>>) => void,
  ) => JSX.Element;
  headers: string[];
  /** A row's cells after its number. */
  cells: (row: RowOf<Kind>) => JSX.Element;
  rowClass?: (row: RowOf<Kind>) => string | undefined;
  /** After "Menampilkan 1–50": what the counts the list gives say (" dari 230 permohonan"). */
  counted?: (counts: Record<string, number>, query: QueryOf<Kind>) => string;
  /** What an opened case shows (CaseDetail.tsx). */
  view: CaseDetailView<Kind>;
  /** Where the list starts when opened from elsewhere (a number of the daily summary). */
  start?: ListStart | undefined;
  /**
   * Changes when the cases were changed elsewhere on the page (a deliberation's households exported,
   * results imported): the page and the opened case are read again.
   */
  refresh?: number;
}

/**
 * A list opened from a link elsewhere in the workspace (the daily summary): its late ones only, or
 * one case found by its number and opened.
 */
export interface ListStart {
  lateOnly?: boolean;
  open?: { id: string; number: string };
}

/** The list's first query: as declared, narrowed to what it was opened for. */
function startingQuery<View extends string, Filters extends FilterValues, Row>(
  list: CaseListDeclaration<View, Filters, Row>,
  start: ListStart | undefined,
): CaseListQuery<View, Filters> {
  const query = defaultCaseListQuery(list);
  if (start?.open) return { ...query, search: start.open.number };
  if (start?.lateOnly && 'lateOnly' in query.filters)
    return { ...query, filters: { ...query.filters, lateOnly: true } };
  return query;
}

const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

export default function CaseList<Kind extends CaseKind>(props: Props<Kind>) {
  const pb = pocketbase();
  const kind = CASE_KINDS[props.kind];
  // One declaration of the three, as the route it belongs to reads it.
  const list = kind.list as unknown as CaseListDeclaration<ViewOf<Kind>, FiltersOf<Kind>, RowOf<Kind>>;
  const [query, setQuery] = createSignal<QueryOf<Kind>>(startingQuery(list, props.start));
  // Where each page before this one began: "Sebelumnya" goes back to the last of them.
  const [earlier, setEarlier] = createSignal<string[]>([]);
  const [typed, setTyped] = createSignal(props.start?.open?.number ?? '');
  const [selected, setSelected] = createSignal<string | undefined>(props.start?.open?.id);
  // Opening a row again shows it as it is now (the resident may have sent something meanwhile).
  const [opened, setOpened] = createSignal(0);
  const [page, { refetch }] = createResource(query, (asked) =>
    pb.send<CaseListPage<RowOf<Kind>>>(`${routePath(kind.route)}?${caseListSearchParams(list, asked)}`, {
      requestKey: null,
    }),
  );
  const change = (patch: Partial<Omit<QueryOf<Kind>, 'after'>>) => {
    setEarlier([]);
    setQuery({ ...query(), ...patch, after: '' });
  };
  // After "Berikutnya" or "Sebelumnya" at the foot of a long list: to the top of the new page.
  let summaryLine: HTMLParagraphElement | undefined;
  let turned = false;
  createEffect(
    on(
      () => props.refresh,
      () => void refetch(),
      { defer: true },
    ),
  );
  createEffect(() => {
    if (!page() || page.loading || !turned) return;
    turned = false;
    summaryLine?.focus();
    summaryLine?.scrollIntoView({ block: 'start' });
  });
  const next = () => {
    const after = page()?.next;
    if (!after || page.loading) return;
    turned = true;
    setEarlier([...earlier(), query().after]);
    setQuery({ ...query(), after });
  };
  const previous = () => {
    turned = true;
    setQuery({ ...query(), after: earlier().at(-1) ?? '' });
    setEarlier(earlier().slice(0, -1));
  };
  const rows = () => page()?.items ?? [];
  const summary = () => {
    const loaded = page();
    if (page.loading || !loaded) return `Memuat ${kind.words.list}…`;
    if (loaded.items.length === 0)
      return query().search ? `Tidak ada ${kind.words.one} yang cocok dengan "${query().search}".` : kind.words.empty;
    const first = earlier().length * CASE_LIST_PAGE_SIZE + 1;
    const counted = Object.keys(loaded.counts).length > 0 ? (props.counted?.(loaded.counts, query()) ?? '') : '';
    return `Menampilkan ${first}–${first + loaded.items.length - 1}${counted}`;
  };

  return (
    <div>
      <form
        class="filters"
        role="search"
        aria-label={kind.words.filters}
        onSubmit={(event) => {
          event.preventDefault();
          change({ search: typed() } as Partial<QueryOf<Kind>>);
        }}
      >
        <div class="field">
          <SearchField id={kind.search.id} label={kind.search.label} value={typed()} onInput={setTyped} />
        </div>
        {props.filters?.(query, change)}
      </form>
      <div class="list-detail">
        <div>
          <Show
            when={!page.error}
            fallback={
              <p class="callout">{`${capitalised(kind.words.list)} tidak dapat dimuat. Periksa koneksi, lalu muat ulang.`}</p>
            }
          >
            <p class="hint" aria-live="polite" tabindex="-1" ref={summaryLine}>
              {summary()}
            </p>
            <Show when={rows().length > 0}>
              <DataTable cards label={kind.words.table} headers={props.headers} rows={rows()}>
                {(row) => (
                  <tr class={props.rowClass?.(row)}>
                    <td>
                      <OpenRowButton
                        open={selected() === row.id}
                        onOpen={() => {
                          setSelected(row.id);
                          setOpened(opened() + 1);
                        }}
                        focusId={kind.headingId}
                      >
                        {row.number}
                      </OpenRowButton>
                    </td>
                    {props.cells(row)}
                  </tr>
                )}
              </DataTable>
            </Show>
            <Pager
              label={kind.words.pages}
              page={earlier().length + 1}
              hasNext={Boolean(page()?.next)}
              onPrevious={previous}
              onNext={next}
            />
          </Show>
        </div>
        <Show when={selected() && `${selected()}:${opened()}`} keyed>
          {(_opening) => (
            <div class="detail-pane">
              <CaseDetail
                kind={props.kind}
                id={selected()!}
                refresh={props.refresh}
                onChanged={() => void refetch()}
                view={props.view}
              />
            </div>
          )}
        </Show>
      </div>
    </div>
  );
}
