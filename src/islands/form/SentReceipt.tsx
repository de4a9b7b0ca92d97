// The confirmation a resident keeps after sending (GOV.UK's confirmation page): what was sent and
// its number in a panel, focused on arrival, then what the form says happens next.
import { onMount, type JSX } from 'solid-js';

interface Props {
  /** "Permohonan", "Pengaduan". */
  what: string;
  number: string;
  headingId: string;
  children: JSX.Element;
}

export default function SentReceipt(props: Props) {
  // Screen readers start at what happened; keyboards from there.
  onMount(() => document.getElementById(props.headingId)?.focus());
  return (
    <article class="receipt" aria-labelledby={props.headingId}>
      <div class="panel">
        <h2 id={props.headingId} tabindex="-1">
          {props.what} terkirim
        </h2>
        <p>Nomor {props.what.toLowerCase()} Anda</p>
        <p class="receipt-number">{props.number}</p>
      </div>
      {props.children}
    </article>
  );
}
