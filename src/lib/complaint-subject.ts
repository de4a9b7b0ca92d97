// The request or proposal a resident wants to complain about, handed from its status page to the
// complaint form in this tab's session storage: never in an address, where logs and history keep it.

export interface ComplaintSubject {
  number: string;
  /** The verifier it was looked up with: the server checks it again. */
  verifier: string;
  /** Office and service slugs. */
  agency: string;
  service: string;
}

const KEY = 'pengaduan-tentang';

export function rememberComplaintSubject(subject: ComplaintSubject) {
  sessionStorage.setItem(KEY, JSON.stringify(subject));
}

/** The subject left by the status page, once: taken, it is gone. */
export function takeComplaintSubject(): ComplaintSubject | null {
  try {
    const subject = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as ComplaintSubject | null;
    sessionStorage.removeItem(KEY);
    return subject;
  } catch {
    return null;
  }
}
