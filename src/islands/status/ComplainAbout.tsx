import { COMPLAINT_FORM_PATH } from '../../lib/paths';
import { rememberComplaintSubject } from '../../lib/complaint-subject';
import type { StatusLookupAnswer as Result } from '../../domain/public-status';

/**
 * "Adukan permohonan ini": to the complaint form about this request or proposal. Its number and
 * the verifier go by this tab's storage, never the address; the server checks them again.
 */
export default function ComplainAbout(props: { result: Result; verifier: string }) {
  const what = () => (props.result.kind === 'usulan' ? 'usulan' : 'permohonan');
  function complain() {
    rememberComplaintSubject({
      number: props.result.number,
      verifier: props.verifier,
      agency: props.result.agency.slug,
      service: props.result.service?.slug ?? '',
    });
    location.assign(COMPLAINT_FORM_PATH);
  }
  return (
    <p>
      Ada masalah dengan {what()} ini?{' '}
      <button type="button" class="link-button" onClick={complain}>
        Adukan {what()} ini
      </button>
    </p>
  );
}
