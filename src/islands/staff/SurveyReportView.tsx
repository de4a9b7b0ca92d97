import { For, Show } from 'solid-js';
import { OTHER_SUGGESTIONS, type SurveyReport } from '../../domain/performance';
import { DISCLOSURE_MIN_RESPONDENTS } from '../../domain/satisfaction-index';
import {
  RESPONDENT_PROFILE,
  SURVEY_CHANNELS,
  SURVEY_ELEMENTS,
  UNTIED_CHANNEL,
  type ProfileField,
  type SurveyChannel,
} from '../../domain/satisfaction-survey';
import { formatIndex, formatUnit, sampleText, satisfactionHeadline } from '../../lib/figures';

/** Why the counter's responses are listed but not counted (UNTIED_CHANNEL). */
const UNTIED_RESPONSES =
  `Penilaian ${SURVEY_CHANNELS[UNTIED_CHANNEL].toLowerCase()} tidak terikat pada kunjungan mana pun (siapa saja dapat ` +
  'mengirimnya dari mana saja): dicatat dan sarannya dibaca, tetapi tidak dihitung dalam IKM maupun jumlah respondennya.';

const elementOf = (key: string) => SURVEY_ELEMENTS.find((element) => element.key === key)!;

const channelCounts = (byChannel: Record<SurveyChannel, number>) =>
  (Object.keys(SURVEY_CHANNELS) as SurveyChannel[])
    .map((channel) => `${SURVEY_CHANNELS[channel]}: ${byChannel[channel]}`)
    .join('; ');

/**
 * The satisfaction-survey report of an office for a period, as the kepala bidang reads it in the
 * workspace and prints it (A4): the index per element and per service, the respondents, their
 * profile and their suggestions. Below enough respondents no average is shown (the server sends none).
 */
export default function SurveyReportView(props: { report: SurveyReport }) {
  const office = () => props.report.satisfaction;
  const suggestionGroups = () =>
    [
      ...props.report.services.map((service) => ({ title: service.title, suggestions: service.suggestions })),
      { title: OTHER_SUGGESTIONS, suggestions: props.report.otherSuggestions },
    ].filter((group) => group.suggestions.length > 0);
  return (
    <div class="survey-report">
      <p>
        <strong>
          Indeks Kepuasan Masyarakat {props.report.office.name}, {props.report.period.label}:{' '}
          {satisfactionHeadline(office())}
        </strong>
      </p>
      <p>
        {sampleText(office())}. {channelCounts(office().byChannel)}. {UNTIED_RESPONSES}
      </p>
      <Show
        when={office().index}
        fallback={
          <p class="callout">
            Nilai per unsur ditampilkan setelah responden mencapai sampel minimal ({office().requiredRespondents}
            {'; '}paling sedikit {DISCLOSURE_MIN_RESPONDENTS} agar jawaban seseorang tidak dapat dikenali).
          </p>
        }
      >
        {(index) => (
          <div class="table-scroll" tabindex="0" role="region" aria-label="Nilai per unsur pelayanan">
            <table>
              <thead>
                <tr>
                  <th scope="col">Unsur pelayanan</th>
                  <th scope="col">Jawaban</th>
                  <th scope="col">NRR</th>
                  <th scope="col">NRR tertimbang</th>
                </tr>
              </thead>
              <tbody>
                <For each={index().elements}>
                  {(score) => (
                    <tr>
                      <th scope="row">
                        {elementOf(score.key).code} {elementOf(score.key).name}
                      </th>
                      <td>{score.answered}</td>
                      <td>{score.nrr === null ? '—' : formatIndex(score.nrr)}</td>
                      <td>{score.weightedNrr === null ? '—' : formatUnit(score.weightedNrr)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">IKM (jumlah NRR tertimbang)</th>
                  <td />
                  <td />
                  <td>{formatUnit(index().ikm)}</td>
                </tr>
                <tr>
                  <th scope="row">Nilai IKM (× 25)</th>
                  <td />
                  <td />
                  <td>
                    {formatIndex(index().converted)} — {index().grade} ({index().quality})
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </Show>

      <h3>Per layanan</h3>
      <div class="table-scroll" tabindex="0" role="region" aria-label="Nilai per layanan">
        <table class="survey-services">
          <thead>
            <tr>
              <th scope="col">Layanan</th>
              <th scope="col">Pengguna layanan</th>
              <th scope="col">Responden (minimal)</th>
              <th scope="col">Nilai IKM</th>
              <For each={SURVEY_ELEMENTS}>
                {(element) => (
                  <th scope="col">
                    <abbr title={element.name}>{element.code}</abbr>
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={props.report.services}>
              {(service) => (
                <tr data-layanan={service.slug}>
                  <th scope="row">{service.title}</th>
                  <td>{service.satisfaction.serviceUsers}</td>
                  <td>
                    {service.satisfaction.respondents} ({service.satisfaction.requiredRespondents})
                  </td>
                  <td>{satisfactionHeadline(service.satisfaction)}</td>
                  <For each={SURVEY_ELEMENTS}>
                    {(element) => {
                      const nrr =
                        service.satisfaction.index?.elements.find((score) => score.key === element.key)?.nrr ?? null;
                      return <td>{nrr === null ? '—' : formatIndex(nrr)}</td>;
                    }}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>

      <h3>Profil responden</h3>
      <Show
        when={props.report.profile}
        fallback={<p>Ditampilkan setelah ada paling sedikit {DISCLOSURE_MIN_RESPONDENTS} responden.</p>}
      >
        {(profile) => (
          <ul class="profile-counts">
            <For each={Object.keys(RESPONDENT_PROFILE) as ProfileField[]}>
              {(field) => {
                const options = RESPONDENT_PROFILE[field].options as Record<string, string>;
                const counts = Object.entries(profile()[field]);
                return (
                  <li>
                    <strong>{RESPONDENT_PROFILE[field].label}:</strong>{' '}
                    {counts.length === 0
                      ? 'tidak diisi'
                      : counts.map(([answer, count]) => `${options[answer] ?? answer} ${count}`).join(', ')}
                  </li>
                );
              }}
            </For>
          </ul>
        )}
      </Show>

      <h3>Saran</h3>
      <Show when={suggestionGroups().length > 0} fallback={<p>Belum ada saran pada periode ini.</p>}>
        <For each={suggestionGroups()}>
          {(group) => (
            <section class="suggestions" aria-label={`Saran untuk ${group.title}`}>
              <h4>{group.title}</h4>
              <ul>
                <For each={group.suggestions}>{(suggestion) => <li>{suggestion}</li>}</For>
              </ul>
            </section>
          )}
        </For>
      </Show>
    </div>
  );
}
