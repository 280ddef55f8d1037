/**
 * What the workstation reads from the API (GET /cases/:id, /tasks/mine, /cases/:id/documents, the
 * journals) and small helpers shared by its pages: the service's regulation, remaining working time.
 */
import { useTranslation } from "react-i18next";
import { getJson } from "../../api.ts";
import type { Service } from "../../api-types.ts";
import type { Text3 } from "../../ui.tsx";
import { useLoad } from "../../ui.tsx";

export interface Task {
  id: string;
  caseId: string;
  stepId: string;
  stepN: string | null;
  kind: string;
  role: string;
  orgId: string;
  assigneeId: string | null;
  startedAt: string;
  dueAt: string;
  doneAt: string | null;
  doneBy: string | null;
  outcome: string | null;
  overdueAt: string | null;
}

export interface Person {
  iin: string;
  surname: string;
  givenName: string;
  patronymic?: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface CaseEvent {
  seq: number;
  at: string;
  actorId: string | null;
  actorRole: string;
  action: string;
  payload: Record<string, unknown>;
}

export interface StaffCase {
  id: string;
  incomingNumber: string | null;
  serviceCode: string;
  versionId: string;
  procedureId: string;
  variant: string | null;
  channel: string;
  providerId: string;
  intakeOfficeId: string | null;
  applicant: Person;
  representative: {
    iin: string;
    fullName: string;
    powerOfAttorney?: { number: string; date: string; notary: string };
  } | null;
  children: { iin?: string; fullName: string; birthDate: string }[];
  documents: { id: string; attachment?: { name: string; sha256: string; size: number } }[];
  status: string;
  currentStep: string | null;
  submittedAt: string;
  deadline: string | null;
  outputs: Record<string, unknown>;
  preliminaryRefusal: {
    grounds: { n: number; text: Text3 }[];
    reasoning: string;
    sentAt: string;
    hearingAt: string;
    place: string;
    latestAllowed: string | null;
  } | null;
  hearing: {
    heldAt: string;
    attended: boolean;
    objections: string | null;
    decisionDue: string;
    decision?: "grant" | "refuse";
    decidedAt?: string;
    reasoning?: string;
  } | null;
  outcome: { kind: string } | null;
  endedAt: string | null;
}

export interface CaseView {
  case: StaffCase;
  tasks: Task[];
  events: CaseEvent[];
}

export interface OutgoingDocument {
  id: string;
  caseId: string;
  purpose: "result" | "refusal";
  kind: string;
  lang: string;
  number: string;
  title: Text3;
  status: "prepared" | "signed" | "cancelled";
  sha256: string;
  sealed: boolean;
  preparedAt: string;
  signedAt: string | null;
  signer: { name: string; position: Text3; organisation: string | null } | null;
  signerStaffId: string | null;
}

export interface InboxItem {
  task: Task;
  incomingNumber: string | null;
  serviceCode: string;
  status: string;
  caseDeadline: string | null;
  remainingWorkingMs: number;
  overdue: boolean;
}

export type Version = Service["versions"][number];
export type Procedure = Version["procedures"][number];
export type Step = Procedure["steps"][number];

const services = new Map<string, Promise<Service>>();

/** The service with all its versions (GET /api/v1/services/:code), fetched once per page load. */
export function serviceDetail(code: string): Promise<Service> {
  let p = services.get(code);
  if (!p) {
    p = getJson<{ service: Service }>(`/api/v1/services/${encodeURIComponent(code)}`).then((r) => r.service);
    p.catch(() => services.delete(code));
    services.set(code, p);
  }
  return p;
}

/** The services of the given codes, as a map (for lists that show many cases). */
export function useServices(codes: string[]): Map<string, Service> {
  const key = [...new Set(codes)].sort().join(",");
  const [map] = useLoad(async () => {
    const list = await Promise.all(
      key
        .split(",")
        .filter(Boolean)
        .map((c) => serviceDetail(c)),
    );
    return new Map(list.map((s) => [s.code, s]));
  }, [key]);
  return map ?? new Map();
}

export function procedureOf(service: Service | undefined, versionId: string, procedureId: string) {
  const version = service?.versions.find((v) => v.id === versionId);
  return { version, procedure: version?.procedures.find((p) => p.id === procedureId) };
}

/** "3 h 20 min" of working time; the sign is the caller's. */
export function useWorkingTime(): (ms: number) => string {
  const { t } = useTranslation();
  return (ms) => {
    const minutes = Math.round(Math.abs(ms) / 60_000);
    return t("work.time.hm", { h: Math.floor(minutes / 60), m: minutes % 60 });
  };
}

export function fullName(p: Pick<Person, "surname" | "givenName" | "patronymic">): string {
  return [p.surname, p.givenName, p.patronymic].filter(Boolean).join(" ");
}

/** An event's action as a dictionary key ("case.registered" → "case_registered"). */
export const eventKey = (action: string) => `work.event.${action.replace(/\./g, "_")}`;

/** `key` translated when the dictionary has it, else `fallback` (never a missing key on screen). */
export function useTranslateOr(): (
  key: string,
  fallback: string,
  options?: Record<string, unknown>,
) => string {
  const { t, i18n } = useTranslation();
  return (key, fallback, options) => (i18n.exists(key) ? t(key, options) : t(fallback, options));
}
