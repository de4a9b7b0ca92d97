// @ts-check

// Staff and the addressed Camat record decisions now and as themselves. Who may record which
// status is the API rule's to check (src/domain/access-rules.ts), before this hook runs.
onRecordCreateRequest((e) => {
  const event = require(`${__hooks}/lib/given.js`).recordOf(e);
  if (!e.hasSuperuserAuth()) {
    // Without an account the API rule refuses the event (after this hook).
    const account = e.auth;
    const collection = account ? account.collection().name : '';
    require(`${__hooks}/lib/problems.js`).refuseHiddenControls(event, {
      public_note: 'Catatan untuk desa',
      internal_note: 'Catatan internal',
    });
    event.set('at', new Date().toISOString());
    event.set('staff', account && collection === 'staff' ? account.id : '');
    event.set('camat', account && collection === 'camats' ? account.id : '');
  }
  e.next();
}, 'proposal_events');

// A proposal moves received → verified → approved or rejected → delivered (src/domain/statuses.ts).
onRecordCreate((e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { throwProblems } = require(`${__hooks}/lib/problems.js`);
  const event = require(`${__hooks}/lib/given.js`).recordOf(e);
  const proposal = e.app.findRecordById('proposals', event.getString('proposal'));
  const from = /** @type {import("../../src/domain/statuses").ProposalStatus} */ (proposal.getString('status'));
  const to = /** @type {import("../../src/domain/statuses").ProposalStatus} */ (event.getString('status'));
  const isFirstEvent = to === domain.INITIAL_STATUS && from === domain.INITIAL_STATUS;
  const allowed = domain.PROPOSAL_TRANSITIONS[from];
  if (!isFirstEvent && allowed.indexOf(to) === -1) {
    throwProblems([
      {
        field: 'status',
        message:
          allowed.length === 0
            ? `Usulan ini sudah ${domain.PROPOSAL_STATUSES[from].toLowerCase()}; statusnya tidak dapat diubah lagi.`
            : `Dari status "${domain.PROPOSAL_STATUSES[from]}" usulan hanya dapat menjadi: ` +
              `${allowed.map((next) => domain.PROPOSAL_STATUSES[next]).join(' atau ')}.`,
      },
    ]);
  }
  if (event.getDateTime('at').isZero()) event.set('at', new Date().toISOString());

  e.next();

  if (isFirstEvent) return;
  proposal.set('status', to);
  if (domain.isFinished(to)) proposal.set('finished_at', event.getDateTime('at').string());
  require(`${__hooks}/lib/public_status.js`).refreshProposalPublicStatus(e.app, proposal);
  e.app.save(proposal);
}, 'proposal_events');
