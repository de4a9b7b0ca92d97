// Every collection's API rules, derived from the permission tables in roles.ts. `null` locks an
// action to superusers (and hooks); "" opens it to everyone. The migrations write these rules;
// tests/integration/schema-agreement.test.ts fails when a migrated collection's rules differ from
// them, so a permission changed here needs a migration, and a rule changed in a migration alone fails.
import {
  COMPLAINT_STATUSES_BY_ROLE,
  COMPLETERS,
  HOUSEHOLD_STATUSES_BY_ACTOR,
  PROPOSAL_ACTORS_BY_DECIDER,
  PROPOSAL_STATUSES_BY_ACTOR,
  REQUEST_STATUSES_BY_ROLE,
  OVERSIGHT_ROLES,
  STAFF_ROLES,
  requestStatusesAllowed,
  type Completer,
  type ProposalActor,
  type ProposalDecider,
  type StaffRole,
} from './roles';
import { WHATSAPP_REPLY } from './complaints';

export interface CollectionRules {
  listRule: string | null;
  viewRule: string | null;
  createRule: string | null;
  updateRule: string | null;
  deleteRule: string | null;
  /** Auth collections only. */
  authRule?: string | null;
  manageRule?: string | null;
}

const signedInAs = (collection: string) => `@request.auth.collectionName = "${collection}"`;
/** Staff of the office the record belongs to, `agencyPath` leading from the record to its office. */
const staffOfOffice = (agencyPath: string) => `${signedInAs('staff')} && ${agencyPath} = @request.auth.agency`;
const anyOf = (conditions: string[]) => conditions.map((condition) => `(${condition})`).join(' || ');
const bodyStatusIn = (statuses: readonly string[]) =>
  statuses.map((status) => `@request.body.status = "${status}"`).join(' || ');
/** The status sent may be one the signed-in staff member's role may record. */
const statusAllowedForRole = (table: Partial<Record<StaffRole, readonly string[]>>) =>
  anyOf(
    Object.entries(table).map(([role, statuses]) => `@request.auth.role = "${role}" && (${bodyStatusIn(statuses!)})`),
  );

const publicReadOnly: CollectionRules = {
  listRule: '',
  viewRule: '',
  createRule: null,
  updateRule: null,
  deleteRule: null,
};
/** Only the server's hooks read and write it. */
const serverOnly: CollectionRules = {
  listRule: null,
  viewRule: null,
  createRule: null,
  updateRule: null,
  deleteRule: null,
};
/** An update may not move an account to another place: the rule sees only the stored place. */
const placeUnchanged = (field: string) => `@request.body.${field}:isset = false`;
const readOnly = (rule: string): CollectionRules => ({
  listRule: rule,
  viewRule: rule,
  createRule: null,
  updateRule: null,
  deleteRule: null,
});

const requestReaders = staffOfOffice('agency');
const requestEventReaders = staffOfOffice('request.agency');
const complaintReaders = staffOfOffice('agency');
const complaintEventReaders = staffOfOffice('complaint.agency');
const proposalReaders = anyOf([
  `${signedInAs('operators')} && village = @request.auth.village`,
  `${signedInAs('camats')} && recipient = "camat" && village.kecamatan = @request.auth.kecamatan`,
  staffOfOffice('village.kecamatan.agency'),
]);
const proposalEventStaff = staffOfOffice('proposal.village.kecamatan.agency');
const proposalEventCamat = `${signedInAs('camats')} && proposal.recipient = "camat" && proposal.village.kecamatan = @request.auth.kecamatan`;
const operatorManagers = staffOfOffice('village.kecamatan.agency');
const camatManagers = staffOfOffice('kecamatan.agency');
/** Camat accounts exist only for kecamatan with a Lambung Sosial. */
const camatPlace = `${camatManagers} && kecamatan.lambung_sosial = true`;
const roleIsOneOf = (roles: readonly StaffRole[]) => {
  const conditions = roles.map((role) => `@request.auth.role = "${role}"`);
  return conditions.length === 1 ? conditions[0]! : `(${conditions.join(' || ')})`;
};
/**
 * A request's status may be one the role may record on a request for its service: the service's
 * `completed_by` (from content) lets that role finish it too.
 */
const requestStatusAllowed = anyOf(
  (Object.keys(COMPLETERS) as Completer[]).map((completer) => {
    const statuses = Object.fromEntries(
      (Object.keys(REQUEST_STATUSES_BY_ROLE) as StaffRole[]).map((role) => [
        role,
        requestStatusesAllowed(role, completer),
      ]),
    );
    return `request.service.completed_by = "${completer}" && (${statusAllowedForRole(statuses)})`;
  }),
);
/** The proposal is one the actor's side decides, and so handles (roles.ts: PROPOSAL_ACTORS_BY_DECIDER). */
const actorsSideDecides = (actor: ProposalActor) => {
  const deciders = (Object.keys(PROPOSAL_ACTORS_BY_DECIDER) as ProposalDecider[]).filter((decider) =>
    PROPOSAL_ACTORS_BY_DECIDER[decider].includes(actor),
  );
  return `(${anyOf(deciders.map((decider) => `proposal.decided_by = "${decider}"`))})`;
};
/** An actor records a proposal's statuses only when its side decides the proposal. */
const proposalStatusAllowed = (actor: ProposalActor) =>
  `${actorsSideDecides(actor)} && (${bodyStatusIn(PROPOSAL_STATUSES_BY_ACTOR[actor])})`;
/** Whoever handles the proposal, as themselves: the office's staff, or the Camat. */
const proposalHandler = (condition: (actor: ProposalActor) => string) =>
  anyOf([
    `${proposalEventStaff} && (${anyOf((Object.keys(STAFF_ROLES) as StaffRole[]).map((role) => `@request.auth.role = "${role}" && ${condition(role)}`))})`,
    `${proposalEventCamat} && ${condition('camat')}`,
  ]);
/**
 * Stock is read by the staff of the warehouse's office and by the Camat of its kecamatan (a Lambung
 * Sosial) — never by village operators. Written only through the logistics routes
 * (pb_hooks/logistics.pb.js), which check who may record what (src/domain/stock.ts), never through
 * the create rules; pb_hooks/stock_ledger.pb.js refuses every edit and deletion, superusers included.
 */
const stockReaders = (warehousePath: string) =>
  anyOf([
    staffOfOffice(`${warehousePath}agency`),
    `${signedInAs('camats')} && ${warehousePath}kecamatan = @request.auth.kecamatan`,
  ]);
/**
 * Household proposals (usulan DTSEN): their village's operator and the office's staff, nobody else —
 * no Camat, no other village, no other office. NIK, KK and photos are read only this way (audited).
 */
const householdReaders = anyOf([
  `${signedInAs('operators')} && village = @request.auth.village`,
  staffOfOffice('agency'),
]);
const householdEventOperator = `${signedInAs('operators')} && household_proposal.village = @request.auth.village`;
const householdEventStaff = staffOfOffice('household_proposal.agency');
// The operator's statuses (HOUSEHOLD_STATUSES_BY_ACTOR.operator) are recorded only by a deliberation's hook.
const { operator: _deliberatedByVillage, ...householdStatusesByRole } = HOUSEHOLD_STATUSES_BY_ACTOR;
const auditReaders = `${signedInAs('staff')} && ${roleIsOneOf(OVERSIGHT_ROLES)} && agency = @request.auth.agency`;

export const ACCESS_RULES = {
  agencies: publicReadOnly,
  services: publicReadOnly,
  kecamatan: publicReadOnly,
  villages: publicReadOnly,
  service_points: publicReadOnly,
  days_off: publicReadOnly,
  staff: { ...readOnly(`id = @request.auth.id || (${staffOfOffice('agency')})`), authRule: '', manageRule: null },
  requests: { ...readOnly(requestReaders), createRule: `${requestReaders} && service.agency = agency` },
  request_events: {
    ...readOnly(requestEventReaders),
    createRule: `${requestEventReaders} && staff = @request.auth.id && (${requestStatusAllowed})`,
  },
  // "Diberitahu via WhatsApp": a colleague of the request's office, as themselves; nobody edits or deletes.
  request_contacts: {
    ...readOnly(requestEventReaders),
    createRule: `${requestEventReaders} && staff = @request.auth.id`,
  },
  // Staff create and describe village accounts but never set or learn their passwords (no manage
  // rule): an account is activated with a one-time code (pb_hooks/village_accounts.pb.js).
  operators: {
    ...readOnly(`id = @request.auth.id || (${operatorManagers})`),
    createRule: operatorManagers,
    updateRule: `${operatorManagers} && ${placeUnchanged('village')}`,
    authRule: '',
    manageRule: null,
  },
  camats: {
    ...readOnly(`id = @request.auth.id || (${camatManagers})`),
    createRule: camatPlace,
    updateRule: `${camatManagers} && ${placeUnchanged('kecamatan')}`,
    authRule: '',
    manageRule: null,
  },
  proposals: {
    ...readOnly(proposalReaders),
    createRule: `${signedInAs('operators')} && village = @request.auth.village`,
  },
  proposal_events: {
    ...readOnly(anyOf([proposalEventStaff, proposalEventCamat])),
    createRule: proposalHandler(proposalStatusAllowed),
  },
  // "Diberitahu via WhatsApp" on a proposal: by whoever handles it, as themselves, named once.
  proposal_contacts: {
    ...readOnly(anyOf([proposalEventStaff, proposalEventCamat])),
    createRule: proposalHandler(
      (actor) =>
        `${actorsSideDecides(actor)} && ${actor === 'camat' ? 'camat = @request.auth.id && staff = ""' : 'staff = @request.auth.id && camat = ""'}`,
    ),
  },
  // Complaints arrive through their own route (pb_hooks/complaints.pb.js), never the create rule.
  // An anonymous complaint holds no name or contact to read (src/domain/complaints.ts).
  complaints: readOnly(complaintReaders),
  complaint_events: {
    ...readOnly(complaintEventReaders),
    createRule: `${complaintEventReaders} && staff = @request.auth.id && (${statusAllowedForRole(COMPLAINT_STATUSES_BY_ROLE)})`,
  },
  // Only to a complainant who asked to be answered by WhatsApp (never an anonymous one: no phone).
  complaint_contacts: {
    ...readOnly(complaintEventReaders),
    createRule: `${complaintEventReaders} && staff = @request.auth.id && complaint.reply_channel = "${WHATSAPP_REPLY}"`,
  },
  // A village sends its households through the create route (pb_hooks/household_proposals.pb.js checks each field).
  household_proposals: {
    ...readOnly(householdReaders),
    createRule: `${signedInAs('operators')} && village = @request.auth.village`,
  },
  // The office records its steps as themselves; the village's deliberation moves its households only
  // through a deliberation with its minutes (household_batches, pb_hooks/household_batches.pb.js).
  household_proposal_events: {
    ...readOnly(anyOf([householdEventOperator, householdEventStaff])),
    createRule: `${householdEventStaff} && staff = @request.auth.id && operator = "" && (${statusAllowedForRole(householdStatusesByRole)})`,
  },
  // A village's deliberations (musdes/muskel or SPTJM), with minutes: its operator and the office's staff only.
  household_batches: {
    ...readOnly(householdReaders),
    createRule: `${signedInAs('operators')} && village = @request.auth.village`,
  },
  audit_log: readOnly(auditReaders),
  // The catalogue is open data (/data/logistik.json); through the API only for those who keep stock.
  stock_items: readOnly(anyOf([signedInAs('staff'), signedInAs('camats')])),
  warehouses: readOnly(stockReaders('')),
  legal_bases: readOnly(stockReaders('warehouse.')),
  stock_entries: readOnly(stockReaders('warehouse.')),
  stock_releases: readOnly(stockReaders('warehouse.')),
  // Individual answers are read by nobody through the API, staff included: the hooks publish
  // aggregates (pb_hooks/performance.pb.js).
  survey_responses: serverOnly,
  sign_in_failures: serverOnly,
  lookup_failures: serverOnly,
  // Keys the server signs device cookies and survey tokens with (pb_hooks/lib/server_keys.js).
  server_keys: serverOnly,
  // Numbers erased at their data subject's request (pb_hooks/lib/data_subject.js): the server's alone.
  erasures: serverOnly,
  // Bytes uploaded without an account per day (src/domain/storage-guard.ts): the server's alone.
  upload_days: serverOnly,
} satisfies Record<string, CollectionRules>;

export type CollectionName = keyof typeof ACCESS_RULES;

/** Whether anyone may read a collection: public reference data, not about people. */
export function isPublicCollection(name: string): boolean {
  return (ACCESS_RULES as Record<string, CollectionRules>)[name]?.listRule === '';
}
