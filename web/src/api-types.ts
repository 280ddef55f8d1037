/** The API's answers as the portal reads them; the catalogue's types come from its zod schemas. */
import type { RegulationVersion, Service } from "../../src/catalog/schema.ts";
import type { Text3 } from "./ui.tsx";

export type { RegulationVersion, Service };
export type Channel = RegulationVersion["standard"]["channels"][number]["channel"];
export type LifeSituation = Service["lifeSituations"][number];

export interface ServiceSummary {
  code: string;
  sphere: string;
  lifeSituations: LifeSituation[];
  title: string;
  channels: Channel[];
  versions: string[];
}

export interface CaseSummary {
  id: string;
  incomingNumber: string | null;
  serviceCode: string;
  status: string;
  submittedAt: string;
  deadline: string | null;
  currentStep: string | null;
  /** I am the applicant, or the representative who filed it under a power of attorney. */
  role: "applicant" | "representative";
}

export interface CaseDetail extends CaseSummary {
  versionId: string;
  procedureId: string;
  channel: Channel;
  endedAt: string | null;
  stages: {
    stepId: string;
    n: string | null;
    startedAt: string;
    dueAt: string;
    doneAt: string | null;
    overdue: boolean;
  }[];
  timeline: { action: string; at: string; stepId: string | null; n: string | null; answer: string | null }[];
  /** The preliminary decision to refuse with its hearing notice, once sent (APPC art. 73). */
  hearing: Hearing | null;
}

export interface Hearing {
  sentAt: string;
  hearingAt: string;
  /** Where or how, as the provider wrote it. */
  place: string;
  reasoning: string;
  grounds: { n: number; text: Text3 }[];
  groundsRef: Text3 | null;
  /** Objections in writing until then, or orally at the hearing. */
  objectionsBy: string;
  held: {
    heldAt: string;
    attended: boolean;
    decisionDue: string;
    decision: "grant" | "refuse" | null;
    decidedAt: string | null;
  } | null;
}

export const COMPLAINT_SUBJECTS = [
  "preliminary_refusal",
  "refusal",
  "not_accepted",
  "term",
  "result",
  "action",
  "other",
] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];
/** The server's limits on the complaint's text (src/citizens/complaints.ts). */
export const COMPLAINT_TEXT_MIN = 10;
export const COMPLAINT_TEXT_MAX = 10_000;

/** A complaint as the cabinet sees it (GET /api/v1/citizen/complaints). */
export interface Complaint {
  id: string;
  number: string;
  caseId: string | null;
  incomingNumber: string | null;
  serviceCode: string | null;
  providerId: string;
  provider: Text3 | null;
  reviewer: "provider" | "review_body";
  subject: ComplaintSubject | null;
  text: string;
  status: "registered" | "forwarded" | "satisfied" | "rejected" | "partially_satisfied";
  filedVia: string;
  registeredAt: string;
  forwardDue: string | null;
  reviewDue: string;
  forwardedAt: string | null;
  decidedAt: string | null;
  decision: {
    decision: string;
    reasoning: string;
    decidedBy: "provider" | "review_body";
    late: boolean;
  } | null;
  overdue: boolean;
}

export interface Notification {
  id: string;
  caseId: string | null;
  kind: string;
  text: Text3;
  createdAt: string;
  readAt: string | null;
}

/** A signed result document (GET /api/v1/citizen/cases/:id/documents). */
export interface ResultDocument {
  id: string;
  kind: string;
  number: string;
  title: Text3;
  status: "signed";
  signedAt: string;
  lang: string;
}

/** Text in three languages, or a plain string (names, as the document states them). */
export type Named = Text3 | string;

/** GET /api/v1/verify/:id, POST /api/v1/verify (src/documents/verify.ts). */
export interface Verification {
  verdict: "genuine" | "changed" | "unknown" | "foreign-signature";
  document?: {
    id: string;
    kind: string;
    number: string;
    title: Named;
    issuedAt: string;
    provider: Named | { id: string; name: Named; bin?: string };
    applicantIin: string;
    signer: { name: string; position: Named; organisation: string | null };
    signedAt: string;
    sha256: string;
  } | null;
  reason?: string | null;
}
