import { Show } from 'solid-js';
import { announcedNextCutoff, type OfficeCutoff } from '../../domain/dtsen-cutoff';
import { fromOfficeClock } from '../../domain/time';
import { formatLongDate } from '../../lib/dates';

const weekday = new Intl.DateTimeFormat('id-ID', { weekday: 'long', timeZone: 'UTC' });

/**
 * The office's next monthly cut-off for uploading verified households to the centre, on the status
 * page and the household's slip — or, where the office has announced none, that it has not: never a
 * date of the site's own making.
 */
export default function NextCutoff(props: { cutoff: OfficeCutoff | null }) {
  const next = () => announcedNextCutoff(new Date(), props.cutoff);
  return (
    <Show
      when={next()}
      fallback={
        <p class="next-cutoff">
          Kantor belum mengumumkan tanggal batas unggah bulanan ke aplikasi pusat. Tanyakan jadwalnya ke desa atau
          kantor Dinas Sosial.
        </p>
      }
    >
      {(date) => (
        <p class="next-cutoff">
          Batas unggah berikutnya ke aplikasi pusat:{' '}
          <strong>
            <time datetime={date()}>
              {weekday.format(new Date(`${date()}T00:00:00Z`))},{' '}
              {formatLongDate(fromOfficeClock(new Date(`${date()}T12:00:00Z`)))}
            </time>
          </strong>
          . Usulan yang sudah diverifikasi Dinas Sosial sebelum tanggal itu ikut diunggah bulan itu. Tanggal ini
          ditetapkan kantor: {props.cutoff?.source}.
        </p>
      )}
    </Show>
  );
}
