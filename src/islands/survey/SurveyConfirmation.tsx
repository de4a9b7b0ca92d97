import { Show } from 'solid-js';
import type { SurveyOffer } from '../../domain/satisfaction-survey';
import { formatDateTime } from '../../lib/dates';
import { PERFORMANCE_PAGE_PATH } from '../../lib/paths';

/**
 * What a respondent reads once their response is in (GOV.UK's confirmation): that it arrived, what
 * happens next, and — with a number — until when it may be changed. Shown by the form, and as the
 * page a browser without JavaScript is sent to (rendered at build time, no script).
 */
export default function SurveyConfirmation(props: {
  changed?: boolean;
  offer?: SurveyOffer | null;
  headingId?: string;
}) {
  return (
    <div class="survey-sent">
      <div class="panel">
        <h2 id={props.headingId} tabindex="-1">
          {props.changed ? 'Penilaian Anda sudah diubah' : 'Terima kasih, penilaian Anda sudah kami terima'}
        </h2>
      </div>
      <h3>Apa yang terjadi selanjutnya</h3>
      <p>
        Penilaian Anda dihitung bersama penilaian warga lain menjadi Indeks Kepuasan Masyarakat tiap semester, dibahas
        kantor untuk memperbaiki layanan, dan diumumkan di halaman <a href={PERFORMANCE_PAGE_PATH}>Kinerja layanan</a>.
        Penilaian tidak dikaitkan dengan nama Anda: petugas hanya melihat angka gabungan dan saran.
      </p>
      <Show when={props.offer?.editableUntil}>
        {(until) => <p>Anda dapat mengubah penilaian ini sampai {formatDateTime(until())} dengan mengisinya lagi.</p>}
      </Show>
    </div>
  );
}
