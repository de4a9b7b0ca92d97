// What the public boards of figures fetched live (/kinerja/, /kinerja/logistik/, /kinerja/dtsen/) show
// while they load: each figure a grey line in its place until it arrives, and a line saying where the
// figures stand, each in a box that keeps the room of the longest text it can take; and the fetch
// itself, the last copy kept on the device.
import { type Accessor, type JSX, createSignal, onMount } from 'solid-js';
import { formatDateTime } from './dates';
import { keep, readKept } from './kept-on-device';
import { type FiguresNames, statusText } from './figures-status';
import { roomClass } from './room';

/**
 * A box holding `children` in the room named `room` (src/lib/room.ts): as high as the most lines any text
 * it can show takes at its width, worked out at build time and written by the page as CSS (roomStyles),
 * so nothing below moves as its text changes — figures loading, arrived, kept on the device, out of reach.
 */
function Room(props: { room: string; children: JSX.Element }) {
  return (
    <span class={roomClass(props.room)}>
      <span>{props.children}</span>
    </span>
  );
}

/** A figure's text once the figures arrived; before, a grey line in its place that screen readers skip. */
export function figureOrPending(arrived: boolean, text: string): JSX.Element {
  return arrived ? (
    text
  ) : (
    <span class="pending-figure" aria-hidden="true">
      {text}
    </span>
  );
}

/**
 * A figure (figureOrPending) in the room named `room`: for figures written in words, whose length changes
 * with what arrives (the tables' figures, a number or two words, go without).
 */
export function Figure(props: { arrived: boolean; text: string; room: string }) {
  return <Room room={props.room}>{figureOrPending(props.arrived, props.text)}</Room>;
}

/** The line saying where a board's figures stand (statusText), in its room (statusRoom, written by the page: src/lib/figures-status.ts). */
export function FiguresStatus(props: { names: FiguresNames; fetchedAt: string | undefined; stale: boolean }) {
  return (
    <p class="meta" role="status">
      <Room room="status">
        {statusText(props.names, props.fetchedAt && formatDateTime(props.fetchedAt), props.stale)}
      </Room>
    </p>
  );
}

/** Figures as fetched, with when. */
export interface FetchedFigures<T> {
  figures: T;
  fetchedAt: string;
}

/**
 * Figures fetched from `address()` (worked out in the browser: it reads the page's location) once the
 * island is mounted: first the copy kept on this device under `kept` (offline the page still reads,
 * saying when it was fetched), then the server's, kept in turn; `stale` when the server could not be reached.
 */
export function liveFigures<T>(
  address: () => string,
  kept: string,
): { shown: Accessor<FetchedFigures<T> | undefined>; stale: Accessor<boolean> } {
  const [shown, setShown] = createSignal<FetchedFigures<T>>();
  const [stale, setStale] = createSignal(false);
  onMount(async () => {
    const saved = readKept<FetchedFigures<T>>(kept);
    if (saved) setShown(() => saved);
    try {
      const response = await fetch(address(), { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const fetched = { figures: (await response.json()) as T, fetchedAt: new Date().toISOString() };
      keep(kept, fetched);
      setShown(() => fetched);
      setStale(false);
    } catch {
      setStale(true);
    }
  });
  return { shown, stale };
}
