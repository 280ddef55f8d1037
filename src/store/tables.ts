/**
 * The database's tables as Kysely sees them. Each capability owns its tables
 * (named in the comment above each group) and is the only one that writes them.
 * Instants are `timestamptz` (read back as `Date`); JSON is `jsonb`.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** A jsonb column: written as a JSON string, read as the parsed value. */
export type Json<T> = ColumnType<T, string, string>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type Text3 = { kk: string; ru: string; en: string };

// ------------------------------------------------------------ org (src/org)

export interface RegionsTable {
  code: string;
  kato: string;
  name: Json<Text3>;
}

export interface DistrictsTable {
  id: string;
  region_code: string;
  kato: string;
  name: Json<Text3>;
}

export interface ProvidersTable {
  /** Short code used in incoming numbers: `<provider>-<year>-<sequence>`. */
  id: string;
  /** A catalogue ProviderKind, or `state_corporation_branch`. */
  kind: string;
  region_code: string;
  district_id: string | null;
  bin: string;
  name: Json<Text3>;
  address: Json<Text3>;
}

export interface StaffTable {
  id: string;
  login: string;
  password_hash: string;
  full_name: string;
  iin: string;
  provider_id: string | null;
  /** Territorial scope: a supervisor sees the region; others their provider. */
  region_code: string | null;
  roles: Json<string[]>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token; the token itself is never stored. */
  token_hash: string;
  staff_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface CitizensTable {
  iin: string;
  surname: string;
  given_name: string;
  patronymic: string | null;
  birth_date: string;
  sex: "m" | "f";
  region_code: string;
  district_id: string | null;
  phone: string | null;
  address: string;
}

// ----------------------------------------------------- engine (src/engine)

export interface NumberSequencesTable {
  provider_id: string;
  year: number;
  kind: string;
  last: number;
}

export interface CasesTable {
  id: string;
  /** `<provider>-<year>-<sequence>`; null when the package was refused at acceptance. */
  incoming_number: string | null;
  idempotency_key: string;
  request_hash: string;
  service_code: string;
  version_id: string;
  procedure_id: string;
  variant: string | null;
  channel: string;
  region_code: string;
  district_id: string | null;
  /** The provider that renders the service. */
  provider_id: string;
  /** Where the package was handed in, when not the provider (State Corporation branch, akim's office). */
  intake_office_id: string | null;
  applicant_iin: string;
  applicant: Json<unknown>;
  representative: Json<unknown> | null;
  children: Json<unknown[]>;
  form: Json<Record<string, unknown>>;
  documents: Json<unknown[]>;
  has_child_data: boolean;
  status: string;
  /** The step the case waits on; null once it has ended. */
  cursor: string | null;
  submitted_at: Timestamp;
  term_start: Timestamp;
  deadline: Timestamp | null;
  term: Json<unknown>;
  outputs: Json<Record<string, unknown>>;
  preliminary_refusal: Json<unknown> | null;
  hearing: Json<unknown> | null;
  outcome: Json<unknown> | null;
  clock: Json<unknown[]>;
  ended_at: Timestamp | null;
  /** When the executor was warned that the last day for a preliminary refusal is near. */
  refusal_warned_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revision: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TasksTable {
  id: string;
  case_id: string;
  step_id: string;
  step_n: string | null;
  kind: string;
  role: string;
  /** The organisation whose staff hold the task (provider, State Corporation branch, akim's office). */
  org_id: string;
  /** The case's region (for a supervisor's overdue list). */
  region_code: string;
  assignee_id: string | null;
  started_at: Timestamp;
  due_at: Timestamp;
  done_at: Timestamp | null;
  done_by: string | null;
  outcome: string | null;
  overdue_at: Timestamp | null;
  overdue_holder_id: string | null;
}

export interface NotificationsTable {
  id: Generated<string>;
  staff_id: string | null;
  citizen_iin: string | null;
  case_id: string | null;
  kind: string;
  text: Json<Text3>;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

// --------------------------------------------------- history (src/history)

export interface EventsTable {
  id: Generated<string>;
  case_id: string;
  seq: number;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string;
  action: string;
  payload: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

export interface AccessLogTable {
  id: Generated<string>;
  at: Timestamp;
  staff_id: string | null;
  citizen_iin: string | null;
  case_id: string | null;
  action: string;
  allowed: boolean;
  detail: Json<Record<string, unknown>>;
}

// --------------------------------------------- monitoring (src/monitoring)

export interface OutboxTable {
  id: Generated<string>;
  message_id: string;
  topic: string;
  case_id: string | null;
  payload: Json<Record<string, unknown>>;
  created_at: Timestamp;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  delivered_at: Timestamp | null;
  last_error: string | null;
}

export interface TechnicalFailuresTable {
  id: Generated<string>;
  at: Timestamp;
  topic: string;
  message_id: string;
  error: string;
  protocol: Json<Text3>;
}

export interface MonitoringInboxTable {
  message_id: string;
  received_at: Timestamp;
  payload: Json<Record<string, unknown>>;
}

// --------------------------------------------- complaints (src/complaints)

export interface ComplaintsTable {
  id: string;
  number: string;
  case_id: string | null;
  provider_id: string;
  complainant_iin: string;
  complainant_name: string;
  text: string;
  /** provider: reviewed by the provider (5 wd); review_body: forwarded (15 wd). */
  reviewer: string;
  status: string;
  registered_at: Timestamp;
  forward_due: Timestamp;
  review_due: Timestamp;
  forwarded_at: Timestamp | null;
  decided_at: Timestamp | null;
  decision: Json<unknown> | null;
  /** Which decision or action the complaint concerns (SUBJECTS in src/complaints); null: not said. */
  subject: string | null;
  /** "office": registered by the provider's office; "portal": filed in the personal cabinet. */
  filed_via: Generated<string>;
}

// ------------------------------------- citizen accounts (src/citizens)

export interface CitizenAccountsTable {
  iin: string;
  /** scrypt, as staff passwords (src/auth/password.ts). */
  password_hash: string;
  /** The phone of the state database of individuals at registration, normalised `+7XXXXXXXXXX`. */
  phone: string;
  email: string | null;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** When the registration was confirmed by the SMS code; null: not yet, no sign-in. */
  verified_at: Timestamp | null;
}

export interface CitizenSessionsTable {
  /** SHA-256 of the cookie's token; the token itself is never stored. */
  token_hash: string;
  iin: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface SmsOutboxTable {
  id: Generated<string>;
  /** `+7XXXXXXXXXX`. */
  phone: string;
  text: Json<Text3 | string>;
  purpose: string;
  created_at: Timestamp;
  /** Set by a real SMS gateway adapter; the bundled sender only stores. */
  sent_at: Timestamp | null;
}

export interface OneTimePasswordsTable {
  id: Generated<string>;
  iin: string;
  /** "registration" | "sign_request". */
  purpose: string;
  /** `<salt hex>$<sha256 hex>`; the code itself is never stored here. */
  code_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  attempts: Generated<number>;
  used_at: Timestamp | null;
  /** `sign_request`: SHA-256 hex of the exact request bytes the code certifies (migration 0017). */
  bound_sha256: string | null;
}

/** A portal request signed with an EDS or certified with a one-time password (migration 0005, src/portal). */
export interface SignedRequestsTable {
  /** The request's idempotency key. */
  request_id: string;
  /** The signer's IIN (the signed-in citizen's). */
  iin: string;
  /** SHA-256 hex of the exact request bytes signed. */
  request_sha256: string;
  /** SHA-256 hex of the DER CMS (null: certified with a one-time password). */
  signature_sha256: string | null;
  /** The exact request bytes, base64 (to verify again later). */
  request_base64: string;
  /** The detached CMS (DER), base64 (null: certified with a one-time password). */
  signature_base64: string | null;
  /** The signer certificate's serial, lowercase hex (null: certified with a one-time password). */
  signer_serial: string | null;
  signer_common_name: string;
  /** The signingTime attribute, as claimed by the signer. */
  signing_time: Timestamp | null;
  received_at: Timestamp;
  /** Null until the provider\'s gateway workstation has registered the request. */
  case_id: string | null;
  /** How the request was certified (migration 0017). */
  certified_by: Generated<"eds" | "otp">;
  /** The one-time password that certified it (`one_time_passwords.id`). */
  otp_id: string | null;
}

// ------------------------------------------ gateway (src/gateway, migration 0007)

/** ШЭП delivery states of an outgoing message. */
export type GatewayDeliveryState = "ON_DELIVERY" | "DELIVERED" | "NOT_DELIVERED" | "DELIVERY_STOPPED";
export type GatewayLogEvent = "sent" | "delivered" | "failed" | "stopped" | "received";

export interface GatewayOutboxTable {
  message_id: string;
  receiver: string;
  /** The whole gateway message (src/gateway/message.ts). */
  message: Json<Record<string, unknown>>;
  state: GatewayDeliveryState;
  attempts: Generated<number>;
  /** Due time of the next attempt; while a deliverer holds the row, the end of its lease. */
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
}

export interface GatewayInboxTable {
  message_id: string;
  receiver: string;
  sender: string;
  message: Json<Record<string, unknown>>;
  received_at: Timestamp;
  processed_at: Timestamp | null;
}

/** Append-only (trigger), hash-chained: hash = sha256(prev_hash, canonical row). */
export interface GatewayLogTable {
  seq: Generated<string>;
  message_id: string;
  event: GatewayLogEvent;
  at: Timestamp;
  detail: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

/** A signed checkpoint of the gateway log's head: detached CMS (base64) over the checkpoint's canonical JSON. */
export interface GatewayLogCheckpointsTable {
  seq: string;
  hash: string;
  signed_at: Timestamp;
  signature: string;
}

// ------------------------------------------------ documents (src/documents)

export interface DocumentSigner {
  name: string;
  iin: string | null;
  bin: string | null;
  organisation: string | null;
  roles: string[];
  serial: string;
  /** The staff member who signed; null for the provider's information-system seal. */
  staffId: string | null;
  position: Text3;
}

/** An outgoing document: the exact signed bytes, never changed (trigger), never deleted. */
export interface DocumentsTable {
  id: string;
  case_id: string;
  provider_id: string;
  purpose: "result" | "refusal";
  kind: string;
  lang: "kk" | "ru" | "en" | "kk+ru";
  /** `<provider>-OUT-<year>-<sequence>`, gap-free per provider and year. */
  number: string;
  year: number;
  seq: number;
  title: Json<Text3>;
  /** What the document states that the engine checks at issue (e.g. the grounds of a refusal). */
  facts: Json<Record<string, unknown>>;
  pdf: Uint8Array;
  sha256: string;
  status: "prepared" | "signed" | "cancelled";
  signature: Uint8Array | null;
  signer: Json<DocumentSigner> | null;
  signed_at: Timestamp | null;
  sealed: Generated<boolean>;
  prepared_at: Timestamp;
  prepared_by: string;
}

export interface Database {
  regions: RegionsTable;
  districts: DistrictsTable;
  providers: ProvidersTable;
  staff: StaffTable;
  sessions: SessionsTable;
  citizens: CitizensTable;
  number_sequences: NumberSequencesTable;
  cases: CasesTable;
  tasks: TasksTable;
  notifications: NotificationsTable;
  events: EventsTable;
  access_log: AccessLogTable;
  outbox: OutboxTable;
  technical_failures: TechnicalFailuresTable;
  monitoring_inbox: MonitoringInboxTable;
  complaints: ComplaintsTable;
  citizen_accounts: CitizenAccountsTable;
  citizen_sessions: CitizenSessionsTable;
  sms_outbox: SmsOutboxTable;
  one_time_passwords: OneTimePasswordsTable;
  signed_requests: SignedRequestsTable;
  gateway_outbox: GatewayOutboxTable;
  gateway_inbox: GatewayInboxTable;
  gateway_log: GatewayLogTable;
  gateway_log_checkpoints: GatewayLogCheckpointsTable;
  civil_records: CivilRecordsTable;
  guardianship_records: GuardianshipRecordsTable;
  powers_of_attorney: PowersOfAttorneyTable;
  criminal_records: CriminalRecordsTable;
  dispensary_registrations: DispensaryRegistrationsTable;
  oralman_records: OralmanRecordsTable;
  education_records: EducationRecordsTable;
  registry_children: RegistryChildrenTable;
  registry_candidates: RegistryCandidatesTable;
  registry_placements: RegistryPlacementsTable;
  adoption_agencies: AdoptionAgenciesTable;
  agency_incidents: AgencyIncidentsTable;
  guardianship_orders: GuardianshipOrdersTable;
  registry_reminders: RegistryRemindersTable;
  registry_settings: RegistrySettingsTable;
  payment_coefficients: PaymentCoefficientsTable;
  payment_assignments: PaymentAssignmentsTable;
  payment_accruals: PaymentAccrualsTable;
  documents: DocumentsTable;
}

export type CaseRow = Selectable<CasesTable>;
export type NewCase = Insertable<CasesTable>;
export type CaseUpdate = Updateable<CasesTable>;
export type TaskRow = Selectable<TasksTable>;
export type StaffRow = Selectable<StaffTable>;
export type ProviderRow = Selectable<ProvidersTable>;
export type EventRow = Selectable<EventsTable>;
export type ComplaintRow = Selectable<ComplaintsTable>;
export type SignedRequestRow = Selectable<SignedRequestsTable>;

// ------------------------------------------- state databases (src/statedb)

/** АХАЖ: a birth (person = child, other = mother), marriage (person = husband, other = wife) or death. */
export interface CivilRecordsTable {
  id: string;
  kind: "birth" | "marriage" | "death";
  person_iin: string;
  other_iin: string | null;
  father_iin: string | null;
  registered_on: string;
  record_number: string;
  region_code: string;
}

export interface GuardianshipRecordsTable {
  id: string;
  ward_iin: string;
  guardian_iin: string;
  order_number: string;
  order_date: string;
  /** The guardianship authority (education department) that made the order. */
  provider_id: string | null;
  ended_on: string | null;
}

/** ЕНИС: notarised powers of attorney. */
export interface PowersOfAttorneyTable {
  number: string;
  principal_iin: string;
  agent_iin: string;
  notary: string;
  issued_on: string;
  valid_until: string;
  revoked: ColumnType<boolean, boolean | undefined, boolean>;
  /** The service codes it covers; null: a general power before state bodies (migration 0014). */
  services: ColumnType<string[] | null, string | null | undefined, string | null>;
}

export interface CriminalRecordsTable {
  id: string;
  iin: string;
  article: string;
  verdict_date: string;
  expunged: ColumnType<boolean, boolean | undefined, boolean>;
}

/** The "Oralman" base: кандас registered by a region (migration 0014). */
export interface OralmanRecordsTable {
  iin: string;
  region_code: string;
  district_id: string | null;
  certificate_number: string;
  registered_on: string;
  /** ISO 3166-1 alpha-2 of the country the person came from. */
  country_code: string;
}

/** НОБД: enrolments in education organisations (migration 0014). */
export interface EducationRecordsTable {
  id: string;
  iin: string;
  level: "preschool" | "school" | "college" | "university";
  organisation_id: string | null;
  organisation_name: string;
  region_code: string;
  grade: number | null;
  enrolled_on: string;
  left_on: string | null;
}

export interface DispensaryRegistrationsTable {
  id: string;
  iin: string;
  kind: "narcological" | "psychiatric";
  registered_on: string;
  removed_on: string | null;
}

// ------------------------------- registries and payments (src/registries, src/payments; migration 0010)
// Dates are ISO `YYYY-MM-DD` text, as in the state-database tables.

export interface RegistryChildrenTable {
  id: string;
  iin: string | null;
  full_name: string;
  birth_date: string;
  sex: "m" | "f";
  region_code: string;
  status: string;
  /** What a candidate may see: no name, no IIN, no exact birth date. */
  profile: Json<Record<string, unknown>>;
  registered_at: Timestamp;
  updated_at: Timestamp;
}

export interface RegistryCandidatesTable {
  id: string;
  iin: string;
  kind: string;
  full_name: string;
  region_code: string;
  provider_id: string | null;
  conclusion: "positive" | "negative";
  conclusion_case_id: string | null;
  concluded_on: string;
  valid_until: string | null;
  updated_at: Timestamp;
}

export interface RegistryPlacementsTable {
  id: string;
  child_id: string;
  candidate_id: string;
  form: string;
  stage: "selected" | "placed" | "ended";
  selected_at: Timestamp;
  placed_on: string | null;
  ended_on: string | null;
  document: string | null;
  case_id: string | null;
}

export interface AdoptionAgenciesTable {
  id: string;
  name: string;
  country: string;
  accredited_on: string;
  expires_on: string;
  status: "accredited" | "withdrawn";
  undertakings: Json<string[]>;
  case_id: string | null;
  updated_at: Timestamp;
}

export interface AgencyIncidentsTable {
  id: string;
  agency_id: string;
  kind: string;
  occurred_at: Timestamp;
  reported_at: Timestamp;
  late: boolean;
}

export interface GuardianshipOrdersTable {
  id: string;
  number: string;
  provider_id: string;
  child_id: string;
  guardian_iin: string;
  form: "guardianship" | "foster";
  order_date: string;
  relative_without_training: boolean;
  training_due: string | null;
  training_done_on: string | null;
  ended_on: string | null;
}

export interface RegistryRemindersTable {
  id: string;
  kind: string;
  subject_id: string;
  due_on: string;
  created_at: Timestamp;
  text: Json<Text3>;
  source: string;
}

export interface RegistrySettingsTable {
  key: string;
  value: Json<unknown>;
  set_by: string;
  set_at: Timestamp;
}

export interface PaymentCoefficientsTable {
  payment_type: string;
  effective_from: string;
  /** The coefficient × 10,000 (МРП multiples to four decimals). */
  coefficient_e4: number;
  source: string;
  set_by: string;
  set_at: Timestamp;
}

export interface PaymentAssignmentsTable {
  id: string;
  payment_type: string;
  case_id: string | null;
  recipient_iin: string;
  recipient_name: string;
  child_iin: string | null;
  child_birth_date: string | null;
  region_code: string;
  /** Null (with `account`) while the bank account is pending. */
  bank_bic: string | null;
  account: string | null;
  starts_on: string;
  term_ends_on: string | null;
  placement_ended_on: string | null;
  assigned_at: Timestamp;
  /** What the run waits for before paying: "account", "child" (migration 0012). */
  pending: ColumnType<string[], string | undefined, string>;
  /** The legal source of the entry that created it (a case's decision); null when entered by hand. */
  source: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  /** The child's index in the case's `children`; null for a payment without a child. */
  case_child: ColumnType<number | null, number | null | undefined, number | null>;
  completed_by: ColumnType<string | null, string | null | undefined, string | null>;
  completed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface PaymentAccrualsTable {
  id: string;
  assignment_id: string;
  for_month: string;
  kind: "regular" | "recovery";
  run_month: string;
  arrears: boolean;
  amount_tiyn: number;
  basis: Json<Record<string, unknown>>;
  bank_bic: string;
  /** The account paid to at the run (migration 0012; null on earlier rows: the assignment's). */
  account: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}
