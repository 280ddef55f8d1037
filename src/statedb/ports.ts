/**
 * The state databases a state service consults, each shaped as a request
 * through the e-government gateway and its answer: whether the record was
 * found, the data, the database that answered and when. The bundled
 * implementation (local.ts) answers from tables of this database; the
 * production adapter would send the same requests through the gateway.
 */

/** The database that answered. */
export type StateDbSource =
  /** State database "Individuals" (Государственная база данных «Физические лица»). */
  | "ГБД ФЛ"
  /** Civil-status acts (актовые записи гражданского состояния). */
  | "АХАЖ"
  /** Unified notarial information system. */
  | "ЕНИС"
  /** Criminal records: the information system of the Committee on legal statistics and special records. */
  | "ИС КПСиСУ"
  | "dispensary"
  | "guardianship"
  /** The "Oralman" electronic database of кандас (ethnic Kazakh returnees), kept by the regions' departments. */
  | "Оралман"
  /** The national education database of the Ministry (Национальная образовательная база данных). */
  | "НОБД";

export interface StateDbAnswer<T> {
  found: boolean;
  /** Present when found. */
  data?: T;
  source: StateDbSource;
  /** When the database answered (ISO 8601). */
  queriedAt: string;
}

// ------------------------------------------------------------- ГБД ФЛ

export interface PersonRecord {
  iin: string;
  surname: string;
  givenName: string;
  patronymic: string | null;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: "m" | "f";
  regionCode: string;
  districtId: string | null;
  address: string;
  phone: string | null;
  /** YYYY-MM-DD when a death is registered, else null. */
  deathDate: string | null;
}

export interface PersonsDb {
  byIin(iin: string): Promise<StateDbAnswer<PersonRecord>>;
}

// --------------------------------------------------------------- АХАЖ

export interface BirthRecord {
  recordNumber: string;
  registeredOn: string;
  regionCode: string;
  childIin: string;
  motherIin: string | null;
  fatherIin: string | null;
}

export interface MarriageRecord {
  recordNumber: string;
  registeredOn: string;
  regionCode: string;
  husbandIin: string;
  wifeIin: string;
}

export interface DeathRecord {
  recordNumber: string;
  registeredOn: string;
  regionCode: string;
  iin: string;
}

export interface CivilRecordsDb {
  /** The births registered with this person as mother or father. */
  births(ofParentIin: string): Promise<StateDbAnswer<BirthRecord[]>>;
  birthOf(childIin: string): Promise<StateDbAnswer<BirthRecord>>;
  marriages(iin: string): Promise<StateDbAnswer<MarriageRecord[]>>;
  death(iin: string): Promise<StateDbAnswer<DeathRecord>>;
}

// --------------------------------------------------------------- ЕНИС

export type PowerOfAttorneyStatus = "valid" | "revoked" | "expired";

export interface PowerOfAttorneyRecord {
  number: string;
  principalIin: string;
  agentIin: string;
  notary: string;
  issuedOn: string;
  validUntil: string;
  revoked: boolean;
  /** On the day asked about. */
  status: PowerOfAttorneyStatus;
  /** The service codes the power covers; null: a general power to represent before state bodies. */
  services: string[] | null;
}

export interface NotaryDb {
  /**
   * The power of attorney of this number given by the principal to the agent,
   * with its status on `on` (YYYY-MM-DD; default today). Not found when the
   * number is unknown or names other persons.
   */
  powerOfAttorney(
    number: string,
    principalIin: string,
    agentIin: string,
    on?: string,
  ): Promise<StateDbAnswer<PowerOfAttorneyRecord>>;
  /**
   * The power of attorney of this number whoever it names, with its status on `on` — what a
   * gateway request by number returns; the caller compares principal and agent itself.
   */
  byNumber(number: string, on?: string): Promise<StateDbAnswer<PowerOfAttorneyRecord>>;
}

// ---------------------------------------------------------- ИС КПСиСУ

export interface CriminalRecord {
  article: string;
  verdictDate: string;
  expunged: boolean;
}

export interface CriminalRecordsDb {
  /** Found when any conviction is on file (expunged ones included, marked so). */
  of(iin: string): Promise<StateDbAnswer<CriminalRecord[]>>;
}

// --------------------------------------------------------- dispensary

export interface DispensaryRegistration {
  kind: "narcological" | "psychiatric";
  registeredOn: string;
  removedOn: string | null;
}

export interface DispensaryDb {
  /** Found when any registration is on file (past ones included, with the day of removal). */
  of(iin: string): Promise<StateDbAnswer<DispensaryRegistration[]>>;
}

// ------------------------------------------------------- guardianship

export interface GuardianshipRecord {
  id: string;
  wardIin: string;
  guardianIin: string;
  orderNumber: string;
  orderDate: string;
  providerId: string | null;
  endedOn: string | null;
}

export interface GuardianshipDb {
  /** Guardianships in force on `on` (YYYY-MM-DD, default today: not ended by then) with this person as guardian. */
  asGuardian(iin: string, on?: string): Promise<StateDbAnswer<GuardianshipRecord[]>>;
  /** Guardianships in force on `on` over this person. */
  asWard(iin: string, on?: string): Promise<StateDbAnswer<GuardianshipRecord[]>>;
}

// ------------------------------------------------------------ Оралман

export interface OralmanRecord {
  iin: string;
  /** The region whose department registered the person in the base. */
  regionCode: string;
  districtId: string | null;
  certificateNumber: string;
  registeredOn: string;
  /** ISO 3166-1 alpha-2 of the country of previous residence. */
  countryCode: string;
}

export interface OralmanDb {
  /** The person's entry in the "Oralman" base, if registered. */
  byIin(iin: string): Promise<StateDbAnswer<OralmanRecord>>;
}

// --------------------------------------------------------------- НОБД

export interface EducationRecord {
  id: string;
  iin: string;
  level: "preschool" | "school" | "college" | "university";
  /** The provider id of the organisation where it is one of ours (schools), else null. */
  organisationId: string | null;
  organisationName: string;
  regionCode: string;
  /** The class at school (1–11), null elsewhere. */
  grade: number | null;
  enrolledOn: string;
  leftOn: string | null;
}

export interface EducationDb {
  /** Enrolments of this person in force on `on` (YYYY-MM-DD, default today: enrolled by then, not left). */
  enrolments(iin: string, on?: string): Promise<StateDbAnswer<EducationRecord[]>>;
}

/** Every state database, as the automation and the services consult them. */
export interface StateDatabases {
  persons: PersonsDb;
  civil: CivilRecordsDb;
  notary: NotaryDb;
  criminal: CriminalRecordsDb;
  dispensary: DispensaryDb;
  guardianship: GuardianshipDb;
  oralman: OralmanDb;
  education: EducationDb;
}
