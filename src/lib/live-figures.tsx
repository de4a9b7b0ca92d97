// What the public boards of figures fetched live (/kinerja/, /kinerja/logistik/, /kinerja/dtsen/) show
// while they load: each figure a grey line in its place until it arrives, and a line saying where the
// figures stand, each in a box that keeps the room of the longest text it can take; and the fetch
// itself, the last copy kept on the device.
import { type Accessor, type JSX, createSignal, onMount } from 'solid-js';
import { formatDateTime } from './dates';
import { keep, readKept } from './kept-on-device';
import { type RoomTexts, WIDEST_DATE_TIME } from './room';

/**
 * A box holding `children` that keeps the room of `room`, the longest texts they can be (src/lib/room.ts):
 * drawn invisibly in the same grid cell (.room in src/styles/global.css), they size the box at every
 * screen width, so nothing below moves as its text changes — figures loading, arrived, kept on the
 * device, out of reach. Their text is no element's: neither screen readers nor the page's text see it.
 */
function Room(props: { room: RoomTexts; children: JSX.Element }) {
  return (
    <span class="room" data-room={props.room[0]} data-room2={props.room[1]}>
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
 * A figure (figureOrPending) in the room of `room`, the longest text it can take: for figures written in
 * words, whose length changes with what arrives (the tables' figures, a number or two words, go without).
 */
export function Figure(props: { arrived: boolean; text: string; room: RoomTexts }) {
  return <Room room={props.room}>{figureOrPending(props.arrived, props.text)}</Room>;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How a board names its figures: in full ("data kinerja"), and once named ("data"). */
export interface FiguresNames {
  full: string;
  short: string;
}

/**
 * Where the figures stand: loading, not loaded, fetched at a time (`fetchedAt`, as written), or — the
 * server out of reach — the copy kept on this device and when it was fetched.
 */
function statusText(names: FiguresNames, fetchedAt: string | undefined, stale: boolean) {
  if (!fetchedAt)
    return stale
      ? `${capital(names.full)} tidak dapat dimuat: periksa sambungan internet, lalu muat ulang halaman.`
      : `Memuat ${names.full}…`;
  const source = stale
    ? `Tidak dapat terhubung ke server. Ini ${names.short} yang tersimpan di perangkat ini, diambil`
    : `${capital(names.short)} diambil`;
  return `${source} pada ${fetchedAt}.`;
}

/**
 * The line saying where a board's figures stand (statusText), in the room of the two longest it can say:
 * that the server is out of reach, with no copy and with one fetched at the widest moment (the others say
 * less in fewer words).
 */
export function FiguresStatus(props: { names: FiguresNames; fetchedAt: string | undefined; stale: boolean }) {
  const room = [statusText(props.names, undefined, true), statusText(props.names, WIDEST_DATE_TIME, true)] as const;
  return (
    <p class="meta" role="status">
      <Room room={room}>
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
