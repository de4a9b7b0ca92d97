// What a multi-step form does, whatever it asks (a resident's online application or complaint, a
// village's disaster-logistics proposal): the draft kept on the device as it is typed — the step included, so a reload returns there — checked
// step by step with the same rules as the server, "periksa kembali" as the last step with a way
// back to each answer, and sending through the outbox: offline it waits, and it is delivered once.
import { createEffect, createMemo, createSignal, on, onCleanup, onMount, type Accessor } from 'solid-js';
import type { FieldError } from '../ErrorSummary';
import type { DeviceStore } from '../../lib/device-store';
import { createOutbox, type Outbox, type OutboxState, type OutboxStorage, type SendOutcome } from '../../lib/outbox';

export interface FormDraft {
  idempotencyKey: string;
  step: number;
  updatedAt: string;
}

export interface Problem {
  field: string;
  message: string;
}

/**
 * The errors still shown after a change: an error goes as soon as what it names is fixed — its
 * field was wrong before the change and the rules find nothing wrong with it now — or, for an
 * error the rules do not know (the server's), as soon as its field is edited (`edited`). Errors
 * on other fields stay: typing in one field never hides what is still wrong in another.
 */
export function withoutFixed<Shown extends { field: string }>(
  shown: Shown[],
  before: readonly Problem[],
  after: readonly Problem[],
  edited: readonly string[] = [],
): Shown[] {
  const wrong = (problems: readonly Problem[], field: string) => problems.some((problem) => problem.field === field);
  return shown.filter(
    (error) => wrong(after, error.field) || !(wrong(before, error.field) || edited.includes(error.field)),
  );
}

/** Keeps `shown` to what is still wrong whenever the rules' `problems` change (withoutFixed). */
export function dropFixedErrors<Shown extends { field: string }>(
  problems: Accessor<readonly Problem[]>,
  shown: Accessor<Shown[]>,
  setShown: (errors: Shown[]) => void,
) {
  createEffect(
    on(problems, (after, before) => {
      if (before && shown().length > 0) setShown(withoutFixed(shown(), before, after));
    }),
  );
}

interface Options<Draft extends FormDraft, Payload, Result> {
  store: DeviceStore<Draft>;
  /** Whose draft and outbox on this device (a service's, the complaint form's, a village operator's). */
  owner: string;
  /** The owner's outbox, when it reads items an earlier version of the page saved (default: the store's). */
  outbox?: OutboxStorage<Payload>;
  /** A new draft; after a sent one, `sent` is it (a village's contact stays filled in). */
  empty: (sent?: Draft) => Draft;
  /** Everything wrong with the draft, each under its field. */
  problems: (draft: Draft) => Problem[];
  /** The fields of each step; the last step is "periksa kembali". */
  stepFields: string[][];
  /** Id of the step heading, focused when the step changes. */
  headingId: string;
  /** Id prefix of the fields, for the error summary's links. */
  fieldId: (field: string) => string;
  /** A refusal that names no field is shown at this one. */
  fallbackField: string;
  /** The draft as loaded, adjusted to what the page says (the office a link came from). */
  prepare?: (loaded: Draft) => Draft;
  payload: (draft: Draft) => Payload;
  send: (
    item: { key: string; payload: Payload },
    onProgress: (sent: number, total: number) => void,
  ) => Promise<SendOutcome<Result>>;
  onSent: (payload: Payload, result: Result) => void;
  /** The submitted draft back from the outbox's payload, when the server refused it. */
  draftOf: (payload: Payload) => Draft;
  /**
   * The form stays on the page while its outbox sends (a village's next proposal): the new form
   * after sending, and the refused one back at "periksa kembali", take the focus to their heading.
   */
  staysOpen?: boolean;
}

export function createStepForm<Draft extends FormDraft, Payload, Result>(options: Options<Draft, Payload, Result>) {
  const [draft, setDraft] = createSignal<Draft>();
  const [shown, setShown] = createSignal<Problem[]>([]);
  const [returnToCheck, setReturnToCheck] = createSignal(false);
  const [outbox, setOutbox] = createSignal<OutboxState>({
    queued: 0,
    sending: null,
    waitingReason: null,
    needsSignIn: false,
  });
  const checkStep = options.stepFields.length - 1;
  let queue: Outbox<Payload> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set once the form is deleted from the device (forget): nothing may save it again. */
  let forgotten = false;
  const outboxStorage = options.outbox ?? options.store.outbox<Payload>(options.owner);
  const focusHeading = () => queueMicrotask(() => document.getElementById(options.headingId)?.focus());

  const current = () => draft()!;
  const step = () => current().step;
  const allProblems = createMemo(() => (draft() ? options.problems(current()) : []));
  const errorFor = (field: string) => [...shown()].reverse().find((problem) => problem.field === field)?.message;
  const summary = (): FieldError[] =>
    shown().map((problem) => ({ fieldId: options.fieldId(problem.field), message: problem.message }));

  /** Saves the whole draft now; resolves once it is on the device. */
  const persist = async () => {
    clearTimeout(saveTimer);
    if (draft() && !forgotten) await options.store.saveDraft(options.owner, current());
  };
  /** The page goes away: saved as usual, and what was typed also kept at once for a reload (DeviceStore.keepForReload). */
  const leaving = (event: PageTransitionEvent) => {
    void persist();
    // Kept in the back/forward cache, the page keeps its draft itself.
    if (draft() && !forgotten && !event.persisted) options.store.keepForReload(options.owner, current());
  };
  // An error goes as soon as the change that fixed it is made, not at the next "Lanjut".
  dropFixedErrors(allProblems, shown, setShown);
  /**
   * Changes the draft: what was typed is kept at once (DeviceStore.saveTyped), the whole draft with
   * its files once typing pauses, or at once (`now`) for what is hard to redo, like files: then it
   * resolves once the draft, files included, is on the device.
   */
  function update(patch: Partial<Draft>, now = false): Promise<void> {
    setDraft(() => ({ ...current(), ...patch, updatedAt: new Date().toISOString() }));
    clearTimeout(saveTimer);
    if (now) return persist();
    if (!forgotten) void options.store.saveTyped(options.owner, current());
    saveTimer = setTimeout(persist, 250);
    return Promise.resolve();
  }
  function go(next: number) {
    setShown([]);
    void update({ step: next } as Partial<Draft>, true);
    focusHeading();
  }
  function next() {
    const problems = allProblems().filter((problem) => options.stepFields[step()]!.includes(problem.field));
    if (problems.length > 0) return setShown(problems);
    go(returnToCheck() ? checkStep : step() + 1);
  }
  /** From "periksa kembali" to the step of an answer, and back there when it is saved. */
  function change(target: number) {
    setReturnToCheck(true);
    go(target);
  }
  async function submit() {
    const problems = allProblems();
    if (problems.length > 0) return setShown(problems);
    const sending = current();
    const fresh = options.empty(sending);
    await options.store.saveDraft(options.owner, fresh);
    setDraft(() => fresh);
    setReturnToCheck(false);
    if (options.staysOpen) focusHeading();
    await queue?.enqueue(sending.idempotencyKey, options.payload(sending));
  }

  onMount(async () => {
    const loaded = await options.store.loadDraft(options.owner, options.empty);
    setDraft(() => (options.prepare ? options.prepare(loaded) : loaded));
    queue = createOutbox<Payload, Result>({
      storage: outboxStorage,
      send: options.send,
      onChange: setOutbox,
      onSent: (item, result) => options.onSent(item.payload, result),
      onRefused: async (item, refusal) => {
        // Back to "periksa kembali" with the server's reasons and everything as typed, saved as the draft
        // before the outbox lets the item go.
        setDraft(() => ({ ...options.draftOf(item.payload), step: checkStep }));
        setShown(
          refusal.problems.length > 0 ? refusal.problems : [{ field: options.fallbackField, message: refusal.message }],
        );
        if (options.staysOpen) focusHeading();
        await persist();
      },
    });
    window.addEventListener('pagehide', leaving);
    await queue.start();
  });
  onCleanup(() => {
    window.removeEventListener('pagehide', leaving);
    queue?.dispose();
    void persist();
  });

  /** Deletes the draft and the outbox from the device (signing out of a shared phone); nothing is sent or saved after. */
  async function forget() {
    forgotten = true;
    clearTimeout(saveTimer);
    queue?.dispose();
    await Promise.all([options.store.deleteDraft(options.owner), outboxStorage.save([])]);
  }

  return {
    draft,
    current,
    step,
    checkStep,
    shown,
    setShown,
    errorFor,
    summary,
    update,
    go,
    next,
    change,
    submit,
    returnToCheck,
    outbox,
    flush: () => void queue?.flush(),
    forget,
  };
}
