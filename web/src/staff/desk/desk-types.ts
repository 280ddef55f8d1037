/** The queue API's answers as the desk reads them (src/api/routes/queue.ts). */
import type { Source, Text3 } from "../../ui.tsx";

export interface Limits {
  maxWaitMinutes: number | null;
  maxServiceMinutes: number | null;
  source: Source | null;
  act: Text3;
  versionId: string;
}

export type TicketStatus = "waiting" | "called" | "serving" | "done" | "no_show";

export interface Ticket {
  id: string;
  branchId: string;
  day: string;
  number: number;
  label: string;
  serviceCode: string;
  serviceTitle: Text3;
  status: TicketStatus;
  applicantIin: string | null;
  takenAt: string;
  calledAt: string | null;
  servedAt: string | null;
  finishedAt: string | null;
  window: string | null;
  operatorId: string | null;
  caseId: string | null;
  limits: Limits;
  waitedMs: number;
  serviceMs: number | null;
  waitOver: boolean;
  serviceOver: boolean;
}

export interface Branch {
  id: string;
  name: Text3;
  address: Text3;
  regionCode: string;
  districtId: string | null;
}

export interface BranchServices {
  branch: Branch;
  services: { code: string; titles: Text3; limits: Limits }[];
}
