import { Show, createSignal, lazy } from 'solid-js';
import SignInForm from '../SignInForm';
import { rememberedAccount } from '../../lib/pocketbase-client';
import type { OperatorsRecord } from '../../domain/records';
import { OPERATOR_EXPAND } from './operator';
import type { HouseholdOffice } from '../household/HouseholdDesk';

// The form, the outbox and photo shrinking load only once an operator is signed in.
const OperatorDesk = lazy(() => import('./OperatorDesk'));
const HouseholdDesk = lazy(() => import('../household/HouseholdDesk'));

/** The operator kept signed in on this device; offline their saved session is used as it is. */
const signedInOperator = (): OperatorsRecord | null => {
  const account = rememberedAccount();
  return account?.collectionName === 'operators' ? account : null;
};

/**
 * The village operator's app: sign in, then the task of the page — the disaster-logistics proposal
 * form (/usulan-logistik/), or with `household` the data entry of households proposed for DTSEN
 * (/data-desa/) — each with its own draft and outbox.
 */
export default function ProposalApp(props: { villagesUrl: string; household?: HouseholdOffice[] }) {
  const [account, setAccount] = createSignal<OperatorsRecord | null>(signedInOperator());
  // Signed in just now (not kept from before): the form takes focus, which the sign-in form had.
  const [signedInHere, setSignedInHere] = createSignal(false);
  return (
    <Show
      when={account()}
      keyed
      fallback={
        <div>
          <p>Masuk dengan akun operator desa/kelurahan. Akun dibuat oleh petugas Dinas Sosial P3A.</p>
          <SignInForm
            collection="operators"
            expand={OPERATOR_EXPAND}
            onSignedIn={(operator) => {
              setSignedInHere(true);
              setAccount(operator);
            }}
          />
        </div>
      }
    >
      {(operator) =>
        props.household ? (
          <Show
            when={props.household.find((office) => operator.expand?.village?.code.startsWith(`${office.kabupaten}.`))}
            fallback={
              <p class="callout">
                Dinas Sosial kabupaten Anda belum menerima usulan DTSEN lewat situs ini. Tanyakan caranya ke Dinas
                Sosial.
              </p>
            }
          >
            {(office) => (
              <HouseholdDesk
                account={operator}
                office={office()}
                villagesUrl={props.villagesUrl}
                onSignedOut={() => setAccount(null)}
              />
            )}
          </Show>
        ) : (
          <OperatorDesk
            account={operator}
            villagesUrl={props.villagesUrl}
            focusForm={signedInHere()}
            onSignedOut={() => setAccount(null)}
          />
        )
      }
    </Show>
  );
}
