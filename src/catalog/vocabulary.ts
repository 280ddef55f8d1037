/**
 * Closed vocabularies of the catalogue: channels, actor roles, duration units,
 * document kinds, provider kinds. Everything the engine may branch on is here,
 * never a service code.
 */
import { z } from "zod";

/** Seed files (source acts) under `shared/seeds/`. */
export const SEEDS = {
  "000": "000_ebd701db20d9be57.txt",
  "001": "001_e9cea40fad9b84a2.txt",
  "002": "002_b7563e0b6ca0ee96.txt",
  "003": "003_97ea3aa64303c238.txt",
  "004": "004_b0f6b37c67847754.txt",
} as const;
export const SeedId = z.enum(["000", "001", "002", "003", "004"]);
export type SeedId = z.infer<typeof SeedId>;

/** Channels through which an application may be submitted (and a result received). */
export const Channel = z.enum([
  "provider_office", // the provider's office (кеңсе / канцелярия)
  "state_corporation", // State Corporation "Government for Citizens" (ХҚКО / ЦОН)
  "portal", // www.egov.kz e-government portal
  "educational_organisation", // a school or other education organisation
  "akim_office", // the akim of a town, village or rural district
]);
export type Channel = z.infer<typeof Channel>;

/** Units in which the acts state durations. */
export const DurationUnit = z.enum(["minutes", "hours", "working_days", "calendar_days", "months"]);
export type DurationUnit = z.infer<typeof DurationUnit>;

/** Who performs a step. Staff roles match the case engine's roles. */
export const Role = z.enum([
  "applicant", // the service recipient or their representative
  "office_clerk", // provider office employee (кеңсе қызметкері)
  "head", // head of the provider (басшы) or the deputy
  "responsible_executor", // responsible executor (жауапты орындаушы)
  "department_head", // head of a department inside the provider (бөлім басшысы)
  "commission", // a collegial body of the provider (e.g. a commission that reviews)
  "akim", // akim of a town, village or rural district
  "akim_specialist", // specialist of the akim's office
  "akim_executor", // responsible executor of the akim's office
  "akimat", // a local executive body (akimat) acting collegially, e.g. adopting a resolution
  "state_corporation_operator", // State Corporation employee at the desk
  "state_corporation_back_office", // State Corporation accumulation / storage sector, couriers
  "portal", // the e-government portal (automated)
  "information_system", // an information system acting automatically (gateway, provider IS)
  "state_body", // another state body asked for a conclusion or data
]);
export type Role = z.infer<typeof Role>;

/** Kinds of documents the procedures produce or consume. */
export const DocumentKind = z.enum([
  "application", // өтініш / заявление
  "receipt", // receipt of documents (қолхат / расписка)
  "refusal_to_accept_receipt", // receipt of refusal to accept documents
  "resolution_note", // head's resolution assigning the executor (бұрыштама)
  "inspection_act", // act of inspection of housing and living conditions
  "certificate", // анықтама / справка
  "conclusion", // қорытынды / заключение
  "order", // бұйрық / приказ
  "akimat_resolution", // әкімдік қаулысы / постановление акимата
  "decision", // шешім / решение
  "contract", // шарт / договор
  "permission", // рұқсат / разрешение
  "voucher", // жолдама / путевка
  "id_certificate", // куәлік / удостоверение
  "duplicate", // телнұсқа / дубликат
  "notification", // хабарлама / уведомление
  "cover_letter", // ілеспе хат / сопроводительное письмо
  "preliminary_refusal", // preliminary decision to refuse with a hearing notice
  "hearing_protocol", // record of the hearing
  "reasoned_refusal", // дәлелді бас тарту / мотивированный отказ
  "data_bank_entry", // entry in the republican data bank
  "payment", // a money transfer
  "other",
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Kinds of bodies that render services. */
export const ProviderKind = z.enum([
  "ministry_committee", // a committee of a ministry (e.g. Committee for the Protection of Children's Rights)
  "regional_education_department", // education department of a region / city of republican significance
  "district_education_department", // education department (division) of a district or regional city
  "education_organisation", // school, pre-school or other education organisation
  "regional_employment_social_department", // regional employment and social programmes department
  "district_employment_social_department", // district / city employment and social programmes department
  "employment_centre", // district / city employment centre
  "akim_office", // akim of a town, village or rural district
  "local_executive_body", // akimat of a region, city or district
]);
export type ProviderKind = z.infer<typeof ProviderKind>;

/** Form in which the service is rendered (standard row "form"). */
export const RenderingForm = z.enum([
  "electronic_fully_automated",
  "electronic_partially_automated",
  "electronic", // the act says "electronic" without saying how automated
  "paper",
]);
export type RenderingForm = z.infer<typeof RenderingForm>;

/** Working schedules known to the calendar module. */
export const ScheduleId = z.enum(["provider", "state-corporation", "portal"]);
export type ScheduleId = z.infer<typeof ScheduleId>;

/**
 * The automated checks an information system runs at a decision step (the
 * portal's and the gateway's conditions). Each is a named rule the engine's
 * `Automation` port answers (src/statedb/automation.ts); the catalogue names them.
 */
export const AutomatedCheck = z.enum([
  "portal-authenticated", // the applicant signed in with IIN and password (portal process 1, condition 1)
  "eds-verified", // the request's EDS is valid, not revoked, and its IIN is the applicant's (condition 2)
  "guardianship-record-exists", // the information system holds the guardianship data the certificate states
  "person-known", // the applicant is in the State Database of Individuals (ГБД ФЛ)
  "person-and-power-of-attorney", // … and the representative's power of attorney is in the notarial system (ЕНИС)
]);
export type AutomatedCheck = z.infer<typeof AutomatedCheck>;

export const Sphere = z.enum(["family_children", "social_labour"]);
export type Sphere = z.infer<typeof Sphere>;

/**
 * Life situations a citizen starts from (the portal groups its catalogue by them); a service may
 * belong to several. Not from the acts: a classification of our own, kept with the service list.
 */
export const LifeSituation = z.enum([
  "child_without_care", // a child left without parental care: guardianship, patronage, foster family, property
  "adoption",
  "school", // schooling: transport, meals, camps, home education
  "unemployment",
  "social_support", // benefits, targeted social assistance, compensations, statuses
]);
export type LifeSituation = z.infer<typeof LifeSituation>;

export const Lang = z.enum(["kk", "ru", "en"]);
export type Lang = z.infer<typeof Lang>;
