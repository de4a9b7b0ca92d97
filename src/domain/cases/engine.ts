// The case engine. A case type — a request, a village proposal, a complaint, and whatever comes
// next — is a declaration (src/domain/cases/<collection>.ts): its statuses and the moves between
// them, who may record each (from src/domain/roles.ts), what an event must carry, what reaching a
// status changes on the case, when it is late, its public status document and how its number is
// looked up. This module reads declarations; it knows no case type by name. The PocketBase hooks
// apply it to every case type alike (pb_hooks/case_events.pb.js, pb_hooks/lib/cases.js), the
// islands ask it what a staff member may do next, and tests/unit/case-types.test.ts holds every
// row of every transition table to its message.
import type { CompletionTimeUnit } from '../completion-time';
import { dateFromStored } from '../database';
import { buildPublicStatus, type PublicComplaint, type PublicStatus, type TrackedKind } from '../public-status';
import type { AnyStatus } from '../statuses';

/** A refusal, naming the field of the form it is about. */
export interface Problem {
  field: string;
  message: string;
}

/**
 * A record's fields as the rules read them: PocketBase records in the hooks (pb_hooks/lib/cases.js),
 * plain objects in tests. Dates are as stored ("2026-11-23 01:02:03.000Z"), '' when not set.
 */
export interface Fields {
  text(field: string): string;
  number(field: string): number;
  flag(field: string): boolean;
  /** A JSON field, parsed (null when empty). */
  json(field: string): unknown;
}

/** Who records an event: someone of the office (a staff member, a Camat, or the server for them), or the resident the case is about. */
export type Side = 'office' | 'resident';

/** What the rules know of an event being recorded. */
export interface EventFacts<S extends string> {
  from: S;
  to: S;
  /** The event being recorded. */
  event: Fields;
  /** The case it belongs to, as it is before the event. */
  subject: Fields;
  /** The office a staff member works at, or null when there is no such staff member. */
  officeOf(staffId: string): string | null;
}

/** What an event must carry on its way to `to`: refused, on `field`, when `refused` holds. */
export interface Requirement<S extends string> {
  field: string;
  /** The statuses it applies to; every status when left out. */
  to?: readonly S[];
  /** Checked on the case's first event too (the one its creation writes), not only on later ones. */
  alsoFirst?: true;
  refused(facts: EventFacts<S>): boolean;
  message: string | ((facts: EventFacts<S>) => string);
}

/** Statuses that satisfy a condition: these, or all but these. */
export type StatusCondition<S extends string> = { in: readonly S[] } | { notIn: readonly S[] };

/** A change a move makes to its case's fields: text (dates as ISO text, '' to clear), a number or a flag. */
export type CaseChanges = Record<string, string | number | boolean>;

/** What a move knows when it changes the case. */
export interface Move<S extends string> {
  from: S;
  to: S;
  /** When the event happened. */
  at: Date;
  event: Fields;
  subject: Fields;
  /** The case type's deadline counted from a moment (`deadline` of the declaration), or null when there is none. */
  deadline(from: Date): Date | null;
}

/** Where a case's office and service are found: on the case itself, or through its village (proposals). */
export type Placement = 'own' | 'village';

/** What the status page shows of a case (src/domain/public-status.ts), from its fields and its timeline. */
export interface PublicStatusDeclaration {
  kind: TrackedKind;
  /** The steps the status page lists. */
  steps(subject: Fields): string[];
  /** The step the case stands at, and the step an event of its timeline belongs to. */
  currentStep(subject: Fields): number;
  eventStep(event: Fields): number;
  /** An event's note as the public reads it (default: its public note). */
  eventNote?(event: Fields): string;
  /** Whether the status page shows the case's deadline (`due_at`). */
  showsDueAt: boolean;
  /** Whether the status page states the completion time the service's standard promises. */
  promisesCompletionTime: boolean;
  /** What documents were sent with it and how long they are kept, and what may be sent again now. */
  documents(
    subject: Fields,
    context: { keptDays: number; service: Fields | null },
  ): Pick<PublicStatus, 'documents' | 'resendableDocuments'>;
  /** Complaints only: what the status page says of one besides its timeline. */
  complaint?(subject: Fields): PublicComplaint;
}

/** How the status lookup (pb_hooks/lib/number_guard.js) finds a case by number: its verifier and dates, as SQL columns. */
export interface NumberLookup {
  /** The column holding the phone number (or the verifier digits) whose last four digits open it. */
  verifier: string;
  /** SQL of its current deadline, '' when it has none. */
  dueSql: string;
  /** SQL of when it was finished, '' while it is not. */
  finishedSql: string;
}

/**
 * A case type. `S` its statuses, `A` who acts on it in the office (roles.ts), `C` what decides who
 * may record what beyond the role (a service's completer, a proposal's decider).
 */
export interface CaseType<S extends string, A extends string = string, C = unknown> {
  /** The PocketBase collection of its cases: the one name of the case type in the domain, hooks and tests. */
  name: string;
  /** The collection of its timeline, and the event field naming the case. */
  events: { collection: string; caseField: string };
  /** What a case is called in messages ("permohonan"). */
  noun: string;
  /** The prefix of its numbers, where it has its own (usulan DTSEN); the office's code when left out. */
  numberPrefix?: string;
  /** Its statuses with their Indonesian labels (src/domain/statuses.ts, the status page's vocabulary). */
  statuses: Record<S, string>;
  /** The status a case starts in, from the case as it is being created. */
  firstStatus(subject: Fields): S;
  /** What its first event says publicly. */
  firstNote(subject: Fields): string;
  /** Where nothing more happens to it. */
  finished: readonly S[];
  /** The office's moves from each status; a status listed under itself may be recorded again (a note, a step). */
  moves: Record<S, readonly S[]>;
  /** The resident's own moves (a complainant's reply), where the case type has any, and how such an event is told apart. */
  resident?: { moves: Partial<Record<S, readonly S[]>>; records(event: Fields, to: S): boolean; refusal: string };
  /** Who in the office may record a status (roles.ts): the office's moves are limited to these. */
  mayRecord(actor: A, to: S, context: C): boolean;
  /** How a move is offered to staff, where it says more than the status's label. */
  moveLabel?(from: S, to: S): string;
  /** The words of a refusal: a case that no longer moves, and the moves there are. */
  wording: { closed(from: S): string; onlyTo(from: S, allowed: readonly S[]): string };
  /** What an event must carry, checked in this order after its move is allowed. */
  requirements: readonly Requirement<S>[];
  /** The event's text fields, with their names on the form (hidden control characters are refused there). */
  eventTexts: Record<string, string>;
  /** The event fields naming who recorded it, filled in by the server from the account (where staff do not name themselves). */
  recorder?: Partial<Record<'staff' | 'camats' | 'operators', string>>;
  /** What the server sets on an event before checking it (a finished request is recorded at its last step). */
  adjustEvent?(to: S, subject: Fields): CaseChanges;
  /** The deadline a move may start: a service's promised completion time, or an office's time to answer. */
  deadline: 'completion-time' | 'answer' | null;
  /** What reaching `to` changes on the case, besides its status. */
  effects(move: Move<S>): CaseChanges;
  /** Late: waiting on the office, in these statuses, past `due_at`. Null for a case type without deadlines. */
  late: { waiting: StatusCondition<S> } | null;
  placement: Placement;
  publicStatus: PublicStatusDeclaration;
  lookup: NumberLookup;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds case types of every status, actor and context type.
export type AnyCaseType = CaseType<any, any, any>;

/** "Dari status "X" permohonan hanya dapat menjadi: "A", "B"." — the allowed moves, each label quoted. */
export function onlyToQuoted<S extends string>(statuses: Record<S, string>, noun: string) {
  return (from: S, allowed: readonly S[]) =>
    `Dari status "${statuses[from]}" ${noun} hanya dapat menjadi: ${allowed.map((next) => `"${statuses[next]}"`).join(', ')}.`;
}

/** A stored date field as ISO text, or null when it is not set. */
export function isoOrNull(fields: Fields, field: string): string | null {
  const stored = fields.text(field);
  return stored ? dateFromStored(stored).toISOString() : null;
}

/**
 * Why an event may not move a case from `from` to `to`: the first refusal, as the hooks have always
 * answered one problem at a time (an empty list when it may). The case's first event — the one its
 * creation writes — is checked only for the requirements marked `alsoFirst`.
 */
export function transitionProblems<S extends string>(
  caseType: CaseType<S>,
  from: S,
  to: S,
  side: Side,
  facts: Omit<EventFacts<S>, 'from' | 'to'> & { first: boolean },
): Problem[] {
  const all: EventFacts<S> = { ...facts, from, to };
  if (!facts.first) {
    if (side === 'resident') {
      const resident = caseType.resident;
      const allowed = resident?.moves[from] ?? [];
      return allowed.includes(to)
        ? []
        : [{ field: 'status', message: resident?.refusal ?? caseType.wording.closed(from) }];
    }
    const allowed = caseType.moves[from];
    if (allowed.length === 0) return [{ field: 'status', message: caseType.wording.closed(from) }];
    if (!allowed.includes(to)) return [{ field: 'status', message: caseType.wording.onlyTo(from, allowed) }];
  }
  for (const requirement of caseType.requirements) {
    if (facts.first && !requirement.alsoFirst) continue;
    if (requirement.to && !requirement.to.includes(to)) continue;
    if (requirement.refused(all)) {
      const message = typeof requirement.message === 'string' ? requirement.message : requirement.message(all);
      return [{ field: requirement.field, message }];
    }
  }
  return [];
}

/** The side that recorded an event: the resident where the case type tells such events apart, else the office. */
export function sideOf<S extends string>(caseType: CaseType<S>, event: Fields, to: S): Side {
  return caseType.resident?.records(event, to) ? 'resident' : 'office';
}

/** The statuses this actor of the office may move a case to from `from`. */
export function nextStatuses<S extends string, A extends string, C>(
  caseType: CaseType<S, A, C>,
  actor: A,
  from: S,
  context: C,
): S[] {
  return caseType.moves[from].filter((to) => caseType.mayRecord(actor, to, context));
}

/** The moves this actor may make, each with the words staff choose it by. */
export function moveChoices<S extends string, A extends string, C>(
  caseType: CaseType<S, A, C>,
  actor: A,
  from: S,
  context: C,
): { value: S; label: string }[] {
  return nextStatuses(caseType, actor, from, context).map((to) => ({
    value: to,
    label: caseType.moveLabel?.(from, to) ?? caseType.statuses[to],
  }));
}

// ——— Late: one definition, read as JavaScript and written as SQL ———

function waits<S extends string>(condition: StatusCondition<S>, status: S): boolean {
  return 'in' in condition ? condition.in.includes(status) : !condition.notIn.includes(status);
}

/**
 * Whether a case is late at `now`: waiting on the office and past its deadline. `due_at` as stored
 * or as ISO text, '' for none.
 */
export function isLate<S extends string>(
  caseType: CaseType<S>,
  row: { status: string; due_at: string },
  now: Date,
): boolean {
  if (!caseType.late || !waits(caseType.late.waiting, row.status as S) || row.due_at === '') return false;
  return dateFromStored(row.due_at) < now;
}

/** A status as an SQL literal: statuses are slugs, so nothing in them needs escaping (checked). */
function sqlStatus(status: string): string {
  if (!/^[a-z-]+$/.test(status)) throw new Error(`Status "${status}" is not a slug.`);
  return `'${status}'`;
}

const column = (alias: string, name: string) => (alias ? `${alias}.${name}` : name);

/**
 * SQL of "waiting on the office" over a row of the case's collection (`alias.status`). For requests
 * it is exactly the condition of the open-queue index (migration 1795403100): SQLite uses a partial
 * index only when a query states its condition.
 */
export function waitingSql<S extends string>(caseType: CaseType<S>, alias = ''): string {
  if (!caseType.late) throw new Error(`${caseType.name} has no deadlines.`);
  const condition = caseType.late.waiting;
  const status = column(alias, 'status');
  return 'in' in condition
    ? `${status} IN (${condition.in.map(sqlStatus).join(', ')})`
    : condition.notIn.map((value) => `${status} != ${sqlStatus(value)}`).join(' AND ');
}

/** SQL of "late at {:now}", the same predicate as isLate, with `now` bound as a stored date (storedDate). */
export function lateSql<S extends string>(caseType: CaseType<S>, alias = '', now = '{:now}'): string {
  const due = column(alias, 'due_at');
  return `${waitingSql(caseType, alias)} AND ${due} != '' AND ${due} < ${now}`;
}

// ——— Numbers ———

/**
 * The status lookup's query: every case type's record with this number (they share one number
 * space), its public status, verifier, deadline and when it was finished.
 */
export function numberLookupSql(caseTypes: readonly AnyCaseType[]): string {
  return `${caseTypes
    .map(
      ({ name, lookup }) =>
        `SELECT '${name}' AS collection, id, public_status, ${lookup.verifier} AS phone,` +
        ` ${lookup.dueSql || "''"} AS due_at, ${lookup.finishedSql || "''"} AS finished_at FROM ${name} WHERE number = {:number}`,
    )
    .join(' UNION ALL ')} LIMIT 1`;
}

// ——— The public status document ———

/** What the hooks read for a case's public status: the case, its timeline (oldest first), its office and service. */
export interface PublicStatusSources {
  subject: Fields;
  events: Fields[];
  agency: { slug: string; name: string; shortName: string };
  service: Fields | null;
  /** How long documents are kept after a case is finished (the server's setting). */
  keptDays: number;
}

/** The completion time a service's standard promises, or null when the standard gives none. */
export function completionTimeOf(service: Fields): { amount: number; unit: CompletionTimeUnit; note: string } | null {
  const amount = service.number('completion_amount');
  const unit = service.text('completion_unit') as CompletionTimeUnit | '';
  return amount > 0 && unit ? { amount, unit, note: service.text('completion_note') } : null;
}

/**
 * The non-personal status document of a case (src/domain/public-status.ts), as its declaration
 * says: built by the hooks whenever the case or its timeline changes, read by the public lookup.
 */
export function casePublicStatus<S extends string>(caseType: CaseType<S>, sources: PublicStatusSources): PublicStatus {
  const { subject, service } = sources;
  const declared = caseType.publicStatus;
  return buildPublicStatus({
    kind: declared.kind,
    number: subject.text('number'),
    service: service && { slug: service.text('slug'), title: service.text('title'), url: service.text('url') },
    agency: sources.agency,
    status: subject.text('status') as AnyStatus,
    currentStep: declared.currentStep(subject),
    steps: declared.steps(subject),
    receivedAt: isoOrNull(subject, 'received_at'),
    dueAt: declared.showsDueAt ? isoOrNull(subject, 'due_at') : null,
    finishedAt: isoOrNull(subject, 'finished_at'),
    completionTime: service && declared.promisesCompletionTime ? completionTimeOf(service) : null,
    ...declared.documents(subject, { keptDays: sources.keptDays, service }),
    complaint: declared.complaint ? declared.complaint(subject) : null,
    events: sources.events.map((event) => ({
      step: declared.eventStep(event),
      status: event.text('status') as AnyStatus,
      note: declared.eventNote ? declared.eventNote(event) : event.text('public_note'),
      at: isoOrNull(event, 'at'),
    })),
  });
}
