import { Show, createSignal, lazy } from 'solid-js';
import type { RecordModel } from 'pocketbase';
import SignInForm from '../SignInForm';
import { pocketbase } from '../../lib/pocketbase-client';
import { OPERATOR_EXPAND } from './operator';

// The form, the outbox and photo shrinking load only once an operator is signed in.
const OperatorDesk = lazy(() => import('./OperatorDesk'));

const signedInOperator = () => {
  const { authStore } = pocketbase();
  return authStore.record?.collectionName === 'operators' ? authStore.record : null;
};

/** The village operator's app: sign in, then the proposal form and its outbox. */
export default function ProposalApp(props: { villagesUrl: string }) {
  const [account, setAccount] = createSignal<RecordModel | null>(signedInOperator());
  return (
    <Show
      when={account()}
      keyed
      fallback={
        <div>
          <p>Masuk dengan akun operator desa/kelurahan. Akun dibuat oleh petugas Dinas Sosial P3A.</p>
          <SignInForm collection="operators" expand={OPERATOR_EXPAND} onSignedIn={() => setAccount(signedInOperator())} />
        </div>
      }
    >
      {(operator) => <OperatorDesk account={operator} villagesUrl={props.villagesUrl} onSignedOut={() => setAccount(null)} />}
    </Show>
  );
}
